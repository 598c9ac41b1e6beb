"""A damaged database is found before anything is written to it, and then refused everywhere: every command
exits 2 naming `kiosk restore`, every staff station shows it, the kiosk sends customers to staff."""
from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.core.clock import FrozenClock
from kiosk.store import QueueStore, health
from kiosk.store.backup import BackupError, daily_backup
from kiosk.store.db import DatabaseDamaged
from kiosk.store.reports import RangeReader, build_report, read_report, snapshot
from tests.conftest import branch_time
from tests.test_cli import kiosk, user_error

TICKETS = 3000
DAY = "2026-11-23"
AT = "2026-11-23T15:00:00"
PAGE = 4096  # the store's page size (SQLite's default)


def _branch_day(path: Path) -> None:
    """A real day of 3,000 tickets made through the store: issued, called, served and finished as they come
    (a backlog of hundreds would make each issue's wait estimate simulate hundreds of calls: 35 s here)."""
    clock = FrozenClock(branch_time(8))
    store = QueueStore.init(path, clock=clock)
    store.db.execute("PRAGMA synchronous = OFF")  # making the fixture only: no fsync per action
    store.open_counter(1)  # A and B
    store.open_counter(4)  # C and D
    for i in range(TICKETS):
        clock.advance(seconds=4)
        store.issue_ticket("ABC"[i % 3], "regular" if i % 5 else "elderly")
        counter = 4 if i % 3 == 2 else 1
        store.call_next(counter)
        store.start(counter)
        store.finish(counter)
    store.close()  # the last connection: the WAL is checkpointed into the file and removed


def _damage(path: Path) -> int:
    """Overwrite one whole leaf page of the tickets table's b-tree, in the middle of the file, with 4 KB of
    random bytes (always the same ones); the page number."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'tickets'").fetchone()[0]
    assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE
    conn.close()
    data = path.read_bytes()
    page = data[(root - 1) * PAGE:root * PAGE]
    assert page[0] == 0x05, "3,000 tickets make the table's root an interior page"
    cells = int.from_bytes(page[3:5], "big")
    offsets = [int.from_bytes(page[12 + 2 * i:14 + 2 * i], "big") for i in range(cells)]
    leaves = [int.from_bytes(page[o:o + 4], "big") for o in offsets]
    victim = leaves[len(leaves) // 2]
    assert len(data) // PAGE / 4 < victim < len(data) // PAGE * 3 / 4, "in the middle of the file"
    with path.open("r+b") as f:
        f.seek((victim - 1) * PAGE)
        f.write(random.Random(20261123).randbytes(PAGE))
    return victim


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchall())
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def branch_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("branch") / "queue.db"
    _branch_day(path)
    return path


@pytest.fixture
def good(branch_file, tmp_path) -> Path:
    path = tmp_path / "queue.db"
    shutil.copy(branch_file, path)
    return path


@pytest.fixture
def damaged(good) -> Path:
    _damage(good)
    assert _integrity(good) != "[('ok',)]", "the damage must break integrity_check"
    return good


# -- every command ---------------------------------------------------------------------------------------

COMMANDS = {
    "status": ["status"],
    "issue": ["issue", "--service", "A", "--at", AT],
    "open": ["open", "--counter", "2", "--at", AT],
    "call": ["call", "--counter", "1", "--at", AT],
    "no-show": ["no-show", "--counter", "1", "--at", AT],
    "staff list": ["staff", "list"],
    **{f"export {fmt}": ["export", "--date", DAY, "--format", fmt, "--out", f"OUT/day.{fmt}"]
       for fmt in ("csv", "xlsx", "pdf", "json")},
    "backup": ["backup", "--out", "OUT/copy.db"],
}


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_refuses_a_damaged_file_with_one_error_and_writes_nothing(damaged, tmp_path, name):
    before = _digest(damaged)
    args = [a.replace("OUT", str(tmp_path / "out")) for a in COMMANDS[name]]
    (tmp_path / "out").mkdir()
    line = user_error(*args, "--db", damaged)
    assert "is damaged" in line and f"kiosk restore --db {damaged}" in line, line
    assert _digest(damaged) == before, "no write may reach the damaged file"
    assert list((tmp_path / "out").iterdir()) == [], "nothing is exported or backed up from it"
    assert health.marked(damaged), "the damage is marked for every other station"


def test_the_error_names_the_newest_backup_to_restore(damaged):
    folder = damaged.parent / "backups"
    folder.mkdir()
    for day in ("2026-11-21", "2026-11-22"):
        (folder / f"queue-{day}.db").write_bytes(b"")
    line = user_error("status", "--db", damaged)
    assert line.endswith(f"kiosk restore --db {damaged} --from {folder / 'queue-2026-11-22.db'}")


def test_a_restore_clears_the_damage_and_the_queue_works_again(damaged, branch_file, tmp_path):
    user_error("status", "--db", damaged)
    assert health.marked(damaged)
    backup = tmp_path / "good.db"
    shutil.copy(branch_file, backup)
    kiosk("restore", "--db", damaged, "--from", backup, check_exit=0)
    assert health.marked(damaged) is None
    status = json.loads(kiosk("status", "--db", damaged, "--at", AT, check_exit=0).stdout)
    assert status["counters"][0]["mode"] == "normal"


# -- the store, with other processes running ---------------------------------------------------------------

def test_damage_marked_by_another_process_stops_this_ones_next_write(good):
    kiosk_store = QueueStore(good, station="kiosk")
    display_store = QueueStore(good, station="display")
    _damage(good)
    before = _digest(good)
    found = health.check_file(good)  # the display's worker-thread check
    assert found is not None
    display_store.conn.found_damage(found)
    with pytest.raises(DatabaseDamaged, match="kiosk restore"):
        kiosk_store.issue_ticket("A")
    kiosk_store.close()
    display_store.close()
    assert _digest(good) == before


def test_damage_met_by_a_read_refuses_every_later_write(good):
    store = QueueStore(good, station="manager")
    _damage(good)
    store.db.execute("PRAGMA shrink_memory")  # the pages the open's check read are read again from the disk
    before = _digest(good)
    with pytest.raises(DatabaseDamaged, match="kiosk restore"):
        build_report(store, DAY, DAY)  # reads every ticket, the damaged page's too
    with pytest.raises(DatabaseDamaged):
        store.open_counter(2)  # reads nothing damaged, but writes: refused all the same
    store.close()
    assert _digest(good) == before
    assert health.marked(good)


def test_an_export_meeting_damage_reports_it_not_a_failing_commit(good):
    """The export's read transaction ended with COMMIT outside the error handling: a traceback."""
    store = QueueStore(good, station="export", read_only=True)
    _damage(good)
    store.db.execute("PRAGMA shrink_memory")
    reader = RangeReader(store, DAY, DAY)
    with pytest.raises(DatabaseDamaged, match="kiosk restore"), snapshot(store):
        read_report(reader)
    assert not store.db.conn.in_transaction
    store.close()


# -- the daily backup --------------------------------------------------------------------------------------

def test_the_daily_backup_refuses_a_damaged_file_and_keeps_every_older_backup(damaged, branch_file):
    folder = damaged.parent / "backups"
    folder.mkdir()
    today = date(2026, 11, 23)
    for days_ago in (1, 2, 30):  # 30 days: past keep_days, pruned only once today's backup is made
        shutil.copy(branch_file, folder / f"queue-{today - timedelta(days=days_ago)}.db")
    before = {p.name: _digest(p) for p in folder.iterdir()}
    with pytest.raises(BackupError, match="integrity_check.*no backup was made.*kiosk restore"):
        daily_backup(damaged, today=today, keep_days=14)
    assert {p.name: _digest(p) for p in folder.iterdir()} == before
    assert health.marked(damaged)


def test_the_daily_backup_still_prunes_once_todays_is_made(good):
    folder = good.parent / "backups"
    folder.mkdir()
    (folder / "queue-2026-10-01.db").write_bytes(b"")
    made = daily_backup(good, today=date(2026, 11, 23), keep_days=14)
    assert sorted(p.name for p in folder.iterdir()) == [made.name]


# -- the stations ------------------------------------------------------------------------------------------

def _found_by_the_watch(qtbot, watch) -> None:
    with qtbot.waitSignal(watch.damaged, timeout=10_000):
        watch.check_now()  # what the 5-minute timer does, on the worker thread


def test_console_shows_the_damage_over_its_sign_in(qtbot, good):
    from kiosk.ui.console_window import ConsoleWindow
    from kiosk.ui.i18n import LanguageSwitcher

    store = QueueStore(good, station="console-1")
    window = ConsoleWindow(store, 1)
    qtbot.addWidget(window)
    window.show()
    assert not window.damage_banner.isVisible()
    _damage(good)
    _found_by_the_watch(qtbot, window.health)
    banner = window.damage_banner
    assert banner.isVisible() and banner.geometry().bottom() < window.pages.geometry().top()
    assert "The queue database is damaged" in banner.text() and "kiosk restore" in banner.text()
    LanguageSwitcher().set_language("zh_CN")  # the staff's language, switched: the banner follows
    qtbot.waitUntil(lambda: banner.text().startswith("排队数据库已损坏"))
    window.health.stop()
    store.close()


def test_manager_shows_the_damage_another_station_marked(qtbot, good):
    from kiosk.ui.manager_window import ManagerWindow

    store = QueueStore(good, station="manager")
    window = ManagerWindow(store)
    qtbot.addWidget(window)
    window.show()
    health.mark(good.resolve(), "quick_check: found by the display")
    qtbot.waitUntil(window.damage_banner.isVisible, timeout=5000)  # the watch looks every 2 s
    assert "found by the display" in window.damage_banner.text()
    window.health.stop()
    store.close()


def test_display_shows_the_damage_to_staff(qtbot, good):
    from kiosk.adapters.speech import Speaker
    from kiosk.station.display_station import DisplayStation
    from kiosk.ui.display_window import DisplayWindow

    store = QueueStore(good, station="display")
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.show()
    speaker = Speaker(player=())
    station = DisplayStation(store, window, speaker, backup_every_ms=None)
    _damage(good)
    _found_by_the_watch(qtbot, station.health)
    assert window.staff_note.isVisible()
    assert "The queue database is damaged" in window.staff_note.text()
    station.stop()
    speaker.stop()
    store.close()


def test_kiosk_sends_customers_to_staff(qtbot, good, tmp_path):
    from kiosk.adapters.speech import Speaker
    from kiosk.station.kiosk_station import KioskStation, TicketPrinter
    from kiosk.ui.kiosk_window import KioskWindow

    store = QueueStore(good, station="kiosk")
    window = KioskWindow(store, default_language="en")
    qtbot.addWidget(window)
    window.show()
    speaker = Speaker(player=())
    station = KioskStation(store, window, TicketPrinter(f"pdf:{tmp_path}"), speaker)
    qtbot.waitUntil(lambda: window.view is not None)
    window.choose_language("en")  # a customer is choosing a service
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert window.stack.currentWidget() is window.services
    _damage(good)
    _found_by_the_watch(qtbot, station.health)
    assert window.stack.currentWidget() is window.message
    assert window.message.title.text() == "Please ask any member of staff"
    assert "ask any member of staff" in window.message.body.text()
    window.message.button.click()  # the next customer: sent to staff too
    assert window.stack.currentWidget() is window.message
    assert window.message.title.text() == "Please ask any member of staff"
    station.close()
    store.close()
