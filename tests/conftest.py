"""Shared fixtures: a real queue database on disk, and a fixed clock in the branch's zone."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's own data, settings and logs folders are never touched, on any system: this run (and every
# station or command it starts) gets empty ones of its own, removed at the end.
_HOME = Path(tempfile.mkdtemp(prefix="kiosk-tests-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _name in ("KIOSK_DATA_DIR", "KIOSK_LOG_DIR", "KIOSK_CONFIG_DIR"):
    os.environ[_name] = str(_HOME / _name.lower())
# PIN hashes at a test-only low cost (kiosk/store/staff.py pin_cost): the suite makes hundreds of accounts.
# tests/test_pins.py removes it to check the production cost.
os.environ["KIOSK_TEST_PIN_COST"] = "fast"

# `make test` (and CI) runs the same examples on every machine; `make hunt` searches afresh for
# longer. A fresh search that fails prints the blob to reproduce it.
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("hunt", max_examples=1500, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

from kiosk.core.clock import FrozenClock  # noqa: E402
from kiosk.store import QueueStore  # noqa: E402

SHANGHAI = ZoneInfo("Asia/Shanghai")


def branch_time(hour: int, minute: int = 0, day: int = 23) -> datetime:
    """A time on 2026-11-`day` in the default branch's zone (Asia/Shanghai)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "queue.db"


@pytest.fixture(scope="session")
def pg_server():
    """The run's one throwaway PostgreSQL server (tests/pg_server.py), started when a test first asks.
    Shared (tests run one at a time): a test may restart() it; one that stops it makes its own PgServer."""
    from tests.pg_server import PgServer

    with PgServer() as server:
        yield server


@pytest.fixture
def pg_url(pg_server):
    """The URL of a fresh empty database on the shared server, dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


ENGINES = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): a test of SQLite's files themselves (modes, "
                                       "damage, WAL, paths): run on SQLite only, for the reason given")


def pytest_generate_tests(metafunc):
    """A test that asks for `engine` (through db_target, or a module's db_path built on it) runs once per
    engine; one marked sqlite_only once, on SQLite."""
    if "engine" in metafunc.fixturenames:
        marker = metafunc.definition.get_closest_marker("sqlite_only")
        if marker is not None and not (marker.args or marker.kwargs.get("reason")):
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: say why it is sqlite_only")
        metafunc.parametrize("engine", ENGINES[:1] if marker else ENGINES)


@pytest.fixture
def db_target(engine, request, tmp_path):
    """What `--db` takes, once per engine: a SQLite file path in tmp_path, or a fresh PostgreSQL URL."""
    if engine == "sqlite":
        return str(tmp_path / "queue.db")
    return request.getfixturevalue("pg_url")


class TestClock(FrozenClock):
    """The test's one clock, standing at 09:00 branch time on the fixtures' day until moved:
    `clock()` steps it on by a microsecond (and `minutes`) and returns the new instant."""

    def __call__(self, minutes: float = 0.0) -> datetime:
        return self.advance(minutes=minutes, microseconds=1)


@pytest.fixture
def clock():
    return TestClock(branch_time(9))


@pytest.fixture(autouse=True)
def _no_wall_clock(clock, monkeypatch):
    """Every station a test opens without a clock of its own gets the test's clock, not the wall
    clock: the suite passes on any day. (Child processes see the real clock: give them --at.)"""
    monkeypatch.setattr("kiosk.core.clock.SYSTEM", clock)


@pytest.fixture
def store(db_path, clock):
    s = QueueStore.init(db_path, clock=clock)
    yield s
    s.close()


@pytest.fixture
def open_store():
    """Opens another station on a database, closed when the test ends (passed or not): an unclosed
    PostgreSQL connection is a ResourceWarning, an error in this suite. `init=True`: QueueStore.init."""
    opened = []

    def open_(target, *args, init: bool = False, **kwargs) -> QueueStore:
        opened.append((QueueStore.init if init else QueueStore)(target, *args, **kwargs))
        return opened[-1]

    yield open_
    for station in opened:
        station.close()


@pytest.fixture(autouse=True)
def _english_again():
    """Each test starts in the source language, whatever the last one switched the screens to."""
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from kiosk.ui.i18n import LanguageSwitcher

        LanguageSwitcher().set_language("en")
