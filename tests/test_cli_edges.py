"""The CLI at the edges the review found: far dates, a BOM, spaces in staff numbers, other SQLite files,
calls timed before a transfer. Each a real `kiosk` process, as in tests/test_cli.py."""
from __future__ import annotations

import pytest

from kiosk.core.config import default_toml
from tests.test_cli import db, ok, user_error  # noqa: F401  (db is a fixture)
from tests.test_store_guards import other_apps_file


@pytest.mark.parametrize("args", [
    ("issue", "--service", "A", "--at", "0001-01-01T00:00"),
    ("status", "--at", "9999-12-31T23:59:59-01:00"),
    ("issue", "--service", "A", "--at", "9999-12-31T23:59"),
    ("export", "--date", "2026-01-01", "--to", "9999-12-31", "--format", "csv", "--out", "y.csv"),
])
def test_dates_at_the_ends_of_the_calendar_are_one_error_line(db, args):  # noqa: F811
    line = user_error(args[0], "--db", db, *args[1:])
    assert "between the years 2000 and 2100" in line


def test_a_configuration_saved_with_a_bom_is_read(tmp_path, db_target):
    config = tmp_path / "bom.toml"
    config.write_bytes(b"\xef\xbb\xbf" + default_toml().replace('"Demo Branch"', '"BOM Branch"').encode())
    assert ok("init", "--db", db_target, "--config", config)["branch"] == "BOM Branch"


def test_an_unknown_language_in_the_configuration_is_refused(tmp_path, db_target):
    config = tmp_path / "xx.toml"
    config.write_text(default_toml().replace('languages = ["zh_CN", "zh_TW", "en"]',
                                             'languages = ["zh_CN", "xx"]'), "utf-8")
    assert "branch.languages[1]: 'xx' is not a language" in user_error(
        "init", "--db", db_target, "--config", config)


def test_staff_add_strips_the_number(db):  # noqa: F811
    added = ok("staff", "add", "--db", db, "--number", " 1003 ", "--name", "x", "--role", "teller",
               "--pin", "123456")
    assert added["number"] == "1003"
    assert [s["number"] for s in ok("staff", "list", "--db", db)] == ["1003"]


@pytest.mark.sqlite_only("another program's SQLite file, and restoring from a file")
def test_another_apps_sqlite_file_is_refused_and_left_as_it_was(tmp_path, db):  # noqa: F811
    photos = other_apps_file(tmp_path)
    before = photos.read_bytes()
    assert "is not a queue database" in user_error("status", "--db", photos)
    assert "is not a queue database" in user_error("init", "--db", photos)
    assert "is not a queue database" in user_error("restore", "--db", db, "--from", photos)
    assert photos.read_bytes() == before and not (tmp_path / "photos.sqlite-wal").exists()


def test_a_call_timed_before_the_transfer_is_refused(db):  # noqa: F811
    ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:00")
    for counter in (1, 2):
        ok("open", "--db", db, "--counter", counter, "--at", "2026-11-23T08:00")
    ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:10")
    ok("start", "--db", db, "--counter", 1, "--at", "2026-11-23T09:12")
    ok("transfer", "--db", db, "--counter", 1, "--to-counter", 2, "--at", "2026-11-23T10:00")
    line = user_error("call", "--db", db, "--counter", 2, "--at", "2026-11-23T09:30")
    assert "earlier than ticket A001's last event" in line
    assert ok("call", "--db", db, "--counter", 2, "--at", "2026-11-23T10:01")["ticket"] == "A001"
