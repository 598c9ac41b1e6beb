"""Cancelling a ticket whose customer left: store rules, the CLI, and the day's figures."""
import pytest

from kiosk.core.errors import IllegalTransition
from kiosk.core.models import TicketStatus
from kiosk.core.staff import NotAllowed, Role
from kiosk.store.reports import build_report
from kiosk.store.staff import add_staff
from tests.test_cli import ok, user_error


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py), unless marked sqlite_only."""
    return db_target


def test_a_waiting_ticket_is_cancelled_and_never_called(store, clock):
    first = store.issue_ticket("A", at=clock()).ticket
    store.issue_ticket("A", at=clock(1))
    gone = store.cancel_ticket(" a001 ", at=clock(2))
    assert gone.status == TicketStatus.CANCELLED
    assert store.status(at=clock())["waiting"]["A"] == 1, "the waiting count drops at once"
    store.open_counter(1, ("A",), at=clock())
    assert store.call_next(1, at=clock()).ticket.label == "A002"
    day = first.business_day
    figures = build_report(store, day, day).total
    assert (figures.issued, figures.cancelled) == (2, 1)


def test_a_called_ticket_cancelled_frees_its_counter(store, clock):
    store.issue_ticket("A", at=clock())
    store.issue_ticket("A", at=clock())
    store.open_counter(1, ("A",), at=clock())
    store.call_next(1, at=clock())
    store.cancel_ticket("A001", at=clock())
    assert next(c for c in store.counters() if c.number == 1).current_ticket_id is None
    assert store.call_next(1, at=clock()).ticket.label == "A002"


def test_a_finished_ticket_cannot_be_cancelled(store, clock):
    store.issue_ticket("A", at=clock())
    store.open_counter(1, ("A",), at=clock())
    store.call_next(1, at=clock())
    store.start(1, at=clock())
    store.finish(1, at=clock())
    try:
        store.cancel_ticket("A001", at=clock())
    except IllegalTransition as exc:
        assert "cannot cancel ticket A001: it is done" in str(exc)
    else:
        raise AssertionError("a finished ticket was cancelled")


def test_a_teller_cancels_at_their_own_counter_only(store, clock):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    store.issue_ticket("A", at=clock())
    store.open_counter(2, ("A",), at=clock())
    store.call_next(2, at=clock())
    store.sign_in_as("1001", Role.TELLER, 1)
    try:
        store.cancel_ticket("A001", at=clock())
    except NotAllowed:
        pass
    else:
        raise AssertionError("a teller at counter 1 cancelled counter 2's ticket")
    assert store.ticket_by_id(1).status == TicketStatus.CALLED


def test_cancel_on_the_command_line(db_path):
    db = db_path
    ok("init", "--db", db)
    ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:00")
    done = ok("cancel", "--db", db, "--ticket", "A001", "--at", "2026-11-23T09:05")
    assert (done["ticket"], done["status"]) == ("A001", "cancelled")
    later = ("--at", "2026-11-23T09:06")
    assert "it is cancelled" in user_error("cancel", "--db", db, "--ticket", "A001", *later)
    assert "no ticket A009" in user_error("cancel", "--db", db, "--ticket", "A009", *later)
