"""Transfer to another counter (reserved for it), and tellers bound to their own counter."""
import json
import sqlite3

import pytest
from sqlite_utils import Database

from kiosk.core.errors import CounterUnavailable, QueueError, UnknownCode
from kiosk.core.models import CounterMode, TicketStatus
from kiosk.core.staff import NotAllowed, Role
from kiosk.store import QueueStore
from kiosk.store.schema import migrations


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py), unless marked sqlite_only."""
    return db_target


def called_at(store, clock, counter, *services, mode=CounterMode.NORMAL):
    """Open `counter` and call its next ticket."""
    store.open_counter(counter, services or None, mode, at=clock())
    return store.call_next(counter, at=clock())


def test_ticket_sent_to_a_counter_is_called_there_first_and_nowhere_else(store, clock):
    store.issue_ticket("A", at=clock())  # A001: called at 1, then sent to counter 3
    store.issue_ticket("A", at=clock(1))  # A002
    store.issue_ticket("B", "elderly", at=clock(1))  # B001 outranks A001 by class at counter 3
    assert called_at(store, clock, 1, "A").ticket.label == "A001"
    store.open_counter(3, ("B", "A"), at=clock())
    moved = store.transfer(1, to_counter=3, at=clock(5))
    assert (moved.status, moved.service, moved.counter) == (TicketStatus.WAITING, "A", None)
    assert (moved.reserved_counter, moved.transferred_from) == (3, 1)
    # counter 2 serves A too, but A001 is not for it: it calls A002
    assert called_at(store, clock, 2, "A").ticket.label == "A002"
    choice = store.call_next(3, at=clock())
    assert choice.ticket.label == "A001"
    assert choice.reason == "transferred from counter 1, waited 7 min" and choice.reserved
    assert choice.ticket.reserved_counter is None, "the reservation ends once it is called"
    details = store.db.execute("SELECT details FROM events WHERE action = 'transfer'").fetchone()[0]
    assert json.loads(details) == {"label": "A001", "from_service": "A", "to_service": "A", "to_counter": 3}
    store.no_show(3, at=clock())
    assert store.call_next(3, at=clock()).ticket.label == "B001", "then its own ranking again"


def test_an_overdue_ticket_sent_elsewhere_does_not_jump_this_counters_queue(store, clock):
    """Found by the state machine: A001 waited past the maximum but is reserved for counter 2."""
    store.issue_ticket("A", at=clock())  # A001
    store.issue_ticket("A", at=clock(1))  # A002
    assert called_at(store, clock, 1, "A").ticket.label == "A001"
    store.open_counter(2, ("A",), at=clock())
    store.pause_counter(2, "break", at=clock())
    store.transfer(1, to_counter=2, at=clock(45))
    choice = store.call_next(1, at=clock())
    assert choice.ticket.label == "A002" and not choice.reserved
    assert store.ticket("A001", "2026-11-23").reserved_counter == 2


def test_love_window_calls_a_regular_ticket_sent_to_it(store, clock):
    store.issue_ticket("A", at=clock())  # A001, regular
    called_at(store, clock, 1, "A")
    store.open_counter(3, ("B", "A"), CounterMode.LOVE, at=clock())
    store.transfer(1, to_counter=3, at=clock())
    store.issue_ticket("A", "elderly", at=clock())  # A002: a love window's own class
    choice = store.call_next(3, at=clock())
    assert (choice.ticket.label, choice.ticket.priority) == ("A001", "regular")
    store.no_show(3, at=clock())
    assert store.call_next(3, at=clock()).ticket.label == "A002"


def test_transfer_to_service_and_counter_at_once(store, clock):
    store.issue_ticket("A", at=clock())
    called_at(store, clock, 2, "A")
    store.pause_counter(3, "break", at=clock())
    moved = store.transfer(2, "B", 3, at=clock())
    assert (moved.service, moved.reserved_counter) == ("B", 3)
    store.open_counter(1, ("B",), at=clock())
    assert store.call_next(1, at=clock()) is None, "reserved for counter 3"
    store.open_counter(3, at=clock())
    assert store.call_next(3, at=clock()).ticket.label == "A001"


@pytest.mark.parametrize(
    ("to_service", "to_counter", "error", "message"),
    [
        (None, None, QueueError, "transfer to which service or counter"),
        (None, 42, UnknownCode, "unknown counter 42"),
        ("Q", None, UnknownCode, "unknown service 'Q'"),
        (None, 4, QueueError, "counter 4 does not serve A \\(it serves C, D\\)"),
        ("C", 3, QueueError, "counter 3 does not serve C \\(it serves B, A\\)"),
        (None, 1, QueueError, "ticket A001 is already at counter 1"),
        ("A", None, QueueError, "ticket A001 is already for service A"),
        (None, 2, CounterUnavailable, "counter 2 is closed"),
    ],
)
def test_transfer_targets_are_checked(store, clock, to_service, to_counter, error, message):
    store.issue_ticket("A", at=clock())
    called_at(store, clock, 1, "A")
    store.open_counter(4, at=clock())
    store.open_counter(3, at=clock())
    with pytest.raises(error, match=message):
        store.transfer(1, to_service, to_counter, at=clock())
    assert store.ticket("A001", "2026-11-23").status == TicketStatus.CALLED, "nothing changed"


def test_closing_a_counter_hands_its_transferred_tickets_back(store, clock):
    store.issue_ticket("A", at=clock())
    called_at(store, clock, 1, "A")
    store.open_counter(3, ("B", "A"), at=clock())
    store.pause_counter(3, "break", at=clock())
    store.transfer(1, to_counter=3, at=clock())  # paused: it will call A001 when back
    assert store.call_next(1, at=clock()) is None
    store.close_counter(3, at=clock())
    details = json.loads(store.db.execute("SELECT details FROM events WHERE action = 'close' "
                                          "ORDER BY id DESC").fetchone()[0])
    assert details["released"] == ["A001"]
    assert store.call_next(1, at=clock()).ticket.label == "A001"


def test_calling_a_reserved_ticket_by_number_ends_the_reservation(store, clock):
    store.issue_ticket("A", at=clock())
    called_at(store, clock, 1, "A")
    store.open_counter(3, at=clock())
    store.transfer(1, to_counter=3, at=clock())
    assert store.call_ticket(1, "A001", at=clock()).reserved_counter is None
    store.no_show(1, at=clock())
    store.reinstate("A001", at=clock())
    assert store.call_next(1, at=clock()).ticket.label == "A001"


@pytest.mark.sqlite_only("a SQLite file an older release left, upgraded by SQLite's own migrations")
def test_a_database_from_before_the_transfer_migration_is_upgraded(db_path):
    db = Database(sqlite3.connect(db_path))
    migrations.apply(db, stop_before="m004_transfer_to_counter")
    db.close()
    store = QueueStore.init(db_path)
    assert {"reserved_counter", "transferred_from"} <= set(store.db["tickets"].columns_dict)
    assert store.issue_ticket("A").ticket.reserved_counter is None


@pytest.fixture
def desks(db_path, store, open_store):
    from kiosk.store.staff import add_staff

    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    return open_store(db_path, station="console-1")


@pytest.mark.parametrize("role", [Role.LOBBY_MANAGER, Role.MANAGER])
def test_managers_may_act_on_any_counter(desks, clock, role):
    desks.sign_in_as("2001", role, 1)
    desks.issue_ticket("A", at=clock())
    assert called_at(desks, clock, 2, "A").ticket.label == "A001"
    desks.close_counter(3, at=clock())


@pytest.mark.parametrize(
    "action",
    ["open", "pause", "close", "call", "call_ticket", "recall", "start", "finish", "no_show", "transfer"],
)
def test_teller_acts_on_their_own_counter_only(desks, store, clock, action):
    store.issue_ticket("A", at=clock())
    store.issue_ticket("A", at=clock())
    called_at(store, clock, 2, "A")
    desks.sign_in_as("1001", Role.TELLER, 1)
    act = {
        "open": lambda: desks.open_counter(2, at=clock()),
        "pause": lambda: desks.pause_counter(2, at=clock()),
        "close": lambda: desks.close_counter(2, at=clock()), "call": lambda: desks.call_next(2, at=clock()),
        "call_ticket": lambda: desks.call_ticket(2, "A002", at=clock()),
        "transfer": lambda: desks.transfer(2, "B", at=clock()),
    }.get(action, lambda: getattr(desks, action)(2, at=clock()))
    before = store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    with pytest.raises(NotAllowed, match="a teller signed in at counter 1 may not act on counter 2"):
        act()
    assert store.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == before


def test_teller_serves_their_counter_and_may_transfer_to_another(desks, store, clock):
    with pytest.raises(UnknownCode, match="unknown counter 9"):
        desks.sign_in_as("1001", Role.TELLER, 9)
    desks.sign_in_as("1001", Role.TELLER, 1)
    desks.issue_ticket("A", at=clock())
    assert called_at(desks, clock, 1, "A").ticket.label == "A001"
    store.open_counter(3, at=clock())
    assert desks.transfer(1, to_counter=3, at=clock()).reserved_counter == 3
    actor = store.db.execute("SELECT actor FROM events WHERE action = 'transfer'").fetchone()[0]
    assert actor == "1001"
    desks.sign_out()
    assert (desks.actor, desks.role, desks.bound_counter) == ("", None, None)
