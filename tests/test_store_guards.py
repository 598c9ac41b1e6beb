"""What the store refuses or keeps: removed counters, counters' chosen services across a save,
calls timed before a ticket's last event, reinstating without sign-in, staff numbers, other files."""
from __future__ import annotations

import sqlite3

import pytest

from kiosk.core.config import default_toml
from kiosk.core.errors import ClockError, ConfigError, CounterUnavailable, QueueError, UnknownCode
from kiosk.core.models import TicketStatus
from kiosk.core.staff import NotAllowed, Role
from kiosk.store import QueueStore
from kiosk.store.db import StoreError
from kiosk.store.staff import add_staff, list_staff, set_active, sign_in
from tests.conftest import branch_time
from tests.engines import rows, run

COUNTER_5 = "[[counters]]\nnumber = 5\n"


def _without_counter_5() -> str:
    text = default_toml()
    start = text.index(COUNTER_5)
    end = text.find("[[", start + len(COUNTER_5))
    return text[:start] + (text[end:] if end != -1 else "")


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py), unless marked sqlite_only."""
    return db_target


def test_a_counter_removed_from_the_configuration_stops_working(store):
    store.open_counter(5, at=branch_time(8))
    store.issue_ticket("A", at=branch_time(9))
    store.configure(_without_counter_5(), at=branch_time(9, 1))
    assert 5 not in [c["counter"] for c in store.status(at=branch_time(9, 2))["counters"]]
    for act in (lambda: store.call_next(5, at=branch_time(9, 2)), lambda: store.open_counter(5),
                lambda: store.pause_counter(5)):
        with pytest.raises(UnknownCode, match="unknown counter 5"):
            act()
    store.configure(default_toml(), at=branch_time(9, 3))  # back again, closed
    assert {c["counter"]: c["mode"] for c in store.status()["counters"]}[5] == "closed"


def test_removing_a_counter_that_has_a_ticket_is_refused(store):
    store.open_counter(5, at=branch_time(8))
    store.issue_ticket("A", at=branch_time(9))
    store.call_next(5, at=branch_time(9, 1))
    with pytest.raises(CounterUnavailable, match="counter 5 still has ticket A001"):
        store.configure(_without_counter_5(), at=branch_time(9, 2))
    assert "[[counters]]\nnumber = 5" in store.branch_toml()  # nothing was saved
    assert store.no_show(5, at=branch_time(9, 3)).status == TicketStatus.NO_SHOW


def test_saving_the_configuration_keeps_each_counters_chosen_services(store):
    store.open_counter(1, ("B",), at=branch_time(8))
    store.configure(default_toml().replace('name = "', 'name = "Renamed ', 1), at=branch_time(9))
    assert [c.services for c in store.counters() if c.number == 1] == [("B",)]
    # a counter whose configured services changed takes the new ones
    changed = default_toml().replace('[[counters]]\nnumber = 1\nservices = ["A", "B"]',
                                     '[[counters]]\nnumber = 1\nservices = ["A"]')
    assert changed != default_toml()
    store.configure(changed, at=branch_time(9, 1))
    assert [c.services for c in store.counters() if c.number == 1] == [("A",)]


def test_a_call_before_the_tickets_transfer_is_refused(store):
    store.issue_ticket("A", at=branch_time(9))
    store.open_counter(1, at=branch_time(8))
    store.open_counter(2, at=branch_time(8))
    store.call_next(1, at=branch_time(9, 10))
    store.start(1, at=branch_time(9, 12))
    store.transfer(1, to_counter=2, at=branch_time(10))
    with pytest.raises(ClockError, match="earlier than ticket A001's last event"):
        store.call_next(2, at=branch_time(9, 30))
    assert store.ticket("A001", "2026-11-23").status == TicketStatus.WAITING
    store.open_counter(3, ("B", "A"), at=branch_time(8))
    store.call_next(2, at=branch_time(10, 1))
    store.start(2, at=branch_time(10, 2))
    store.transfer(2, to_service="B", at=branch_time(10, 5))
    with pytest.raises(ClockError, match="earlier than ticket A001's last event"):
        store.call_next(3, at=branch_time(9, 50))
    assert store.call_next(3, at=branch_time(10, 6)).ticket.label == "A001"


def test_reinstate_needs_a_signed_in_active_account(store, db_path, open_store):
    add_staff(store, "1001", "T", Role.TELLER, "123456")
    store.issue_ticket("A", at=branch_time(9))
    store.open_counter(1, at=branch_time(8))
    store.call_next(1, at=branch_time(9, 1))
    store.no_show(1, at=branch_time(9, 2))
    console = open_store(db_path, station="console-1")
    console.staff_only = True
    with pytest.raises(NotAllowed, match="sign in first"):
        console.reinstate("A001", at=branch_time(9, 3))
    console.sign_in_as("1001", Role.TELLER, 1)
    set_active(store, "1001", False)
    with pytest.raises(NotAllowed, match="deactivated"):
        console.reinstate("A001", at=branch_time(9, 3))
    assert store.ticket("A001", "2026-11-23").status == TicketStatus.NO_SHOW


def test_staff_numbers_are_stored_without_spaces(store):
    add_staff(store, " 1003 ", "Zhao", Role.TELLER, "123456")
    assert [s["number"] for s in list_staff(store)] == ["1003"]
    with pytest.raises(QueueError, match="staff number is 1 to 12 digits, not '10 03'"):
        add_staff(store, "10 03", "Zhao", Role.TELLER, "123456")
    assert sign_in(store, " 1003", "123456").number == "1003"


def _tables(path) -> tuple[set[str], str]:
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return names, conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def other_apps_file(folder):
    """A photo app's SQLite file: not the queue's."""
    photos = folder / "photos.sqlite"
    conn = sqlite3.connect(photos)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return photos


@pytest.mark.sqlite_only("another program's SQLite file (the server's case is the next test)")
def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    photos = other_apps_file(tmp_path)
    before = photos.read_bytes()
    for open_it in (lambda: QueueStore(photos), lambda: QueueStore.init(photos),
                    lambda: QueueStore(photos, read_only=True)):
        with pytest.raises(StoreError, match="is not a queue database"):
            open_it()
    assert _tables(photos) == ({"photos"}, "delete")
    assert photos.read_bytes() == before
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoreError, match="is empty; create it with: kiosk init"):
        QueueStore(empty)
    QueueStore.init(empty).close()  # init may make an empty file a queue database


def test_another_programs_database_on_the_server_is_refused_untouched(pg_url):
    tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    empty = pg_url
    with pytest.raises(StoreError, match="is empty; create the queue in it with: kiosk init"):
        QueueStore(empty)
    run(pg_url, "CREATE TABLE photos (id INTEGER PRIMARY KEY)", "INSERT INTO photos VALUES (1)")
    for open_it in (lambda: QueueStore(pg_url), lambda: QueueStore.init(pg_url),
                    lambda: QueueStore(pg_url, read_only=True)):
        with pytest.raises(StoreError, match="is not a queue database"):
            open_it()
    assert rows(pg_url, tables) == [("photos",)] and rows(pg_url, "SELECT id FROM photos") == [(1,)]


def test_unknown_language_tags_are_refused_naming_the_field():
    from kiosk.core.config import parse_branch

    with pytest.raises(ConfigError, match=r"branch\.languages\[1\]: 'xx' is not a language"):
        parse_branch(default_toml().replace('languages = ["zh_CN", "zh_TW", "en"]',
                                            'languages = ["zh_CN", "xx"]'))
    with pytest.raises(ConfigError, match=r"branch\.announce_languages\[0\]: 'qq'"):
        parse_branch(default_toml().replace('announce_languages = ["zh_CN", "en"]',
                                            'announce_languages = ["qq"]'))


def test_a_call_is_not_refused_because_another_station_acted_a_moment_before_it(db_path, monkeypatch,
                                                                                  open_store):
    """Between a console's ranking read and its write lock, another console calls and a no-show is
    reinstated: the call must go ahead, not report a wrong clock (its time is taken under the lock)."""
    store = open_store(db_path, station="console-1", init=True)
    other = open_store(db_path, station="console-2")
    store.issue_ticket("A")
    store.issue_ticket("A")
    for counter in (1, 2, 3):
        store.open_counter(counter)
    store.call_next(3)
    store.no_show(3)  # A001
    original, acted = QueueStore._choose, []

    def others_act_meanwhile(self, *args):
        choice = original(self, *args)
        if self is store and not acted:
            acted.append(True)
            other.call_next(2)  # takes A002
            other.reinstate("A001")
        return choice
    monkeypatch.setattr(QueueStore, "_choose", others_act_meanwhile)
    assert store.call_next(1).ticket.label == "A001"


def test_a_stored_configuration_an_older_version_accepted_still_works(db_path, open_store):
    """A language tag this version does not know, saved before it checked them: stations keep
    working; only saving it again asks for the fix, naming the field."""
    store = open_store(db_path, init=True)
    legacy = default_toml().replace('languages = ["zh_CN", "zh_TW", "en"]',
                                    'languages = ["zh_CN", "zh_TW", "en", "de"]', 1)
    assert legacy != default_toml()
    with store.conn.write() as db:
        db.execute("UPDATE settings SET value = ? WHERE key = 'branch_toml'", [legacy])
    station = open_store(db_path)
    assert station.issue_ticket("A").ticket.label == "A001"
    assert "de" in station.branch.languages
    with pytest.raises(ConfigError, match=r"branch.languages\[3\]: 'de' is not a language"):
        station.configure(legacy)
