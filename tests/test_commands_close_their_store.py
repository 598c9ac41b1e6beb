"""A command closes the store it opened when it ends, done or refused: its PostgreSQL session ends properly
(before, every command left that to the process's exit, and a refused configuration or database left it
open)."""
from __future__ import annotations

import gc
import warnings

import pytest

from kiosk.core.config import default_toml
from tests.test_cli import db, kiosk_here  # noqa: F401  (db is a fixture)

AT = "2026-11-23T09:00"


def left_open(*args, check_exit: int) -> list[str]:
    """Runs `kiosk ARGS…` in this process; the connections it left for the garbage collector to find."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        kiosk_here(*args, check_exit=check_exit)
        gc.collect()
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


@pytest.mark.parametrize(("command", "options", "exit_code"), [
    (["status"], ["--at", AT], 0),
    (["call"], ["--counter", "1", "--at", AT], 2),
    (["issue"], ["--service", "Z", "--at", AT], 2),
    (["init"], [], 0),
    (["slots"], ["--service", "D", "--date", "2026-11-23", "--at", AT], 0),
    (["book"], ["--service", "D", "--slot", "2026-11-23T03:00", "--at", AT], 2),
    (["complaint", "list"], ["--at", AT], 0),
    (["home-visit", "list"], ["--at", AT], 0),
    (["rate"], ["--ticket", "A001", "--score", "5", "--at", AT], 2),
    (["staff", "list"], [], 0),
    (["staff", "deactivate"], ["--number", "9999"], 2),
])
def test_a_command_done_or_refused_leaves_no_connection_open(db, command, options, exit_code):  # noqa: F811
    assert left_open(*command, "--db", db, *options, check_exit=exit_code) == []


def test_a_refused_configuration_leaves_no_connection_open(tmp_path, db_target):
    config = tmp_path / "xx.toml"
    config.write_text(default_toml().replace('languages = ["zh_CN", "zh_TW", "en"]',
                                             'languages = ["zh_CN", "xx"]'), "utf-8")
    assert left_open("init", "--db", db_target, "--config", config, check_exit=2) == []
