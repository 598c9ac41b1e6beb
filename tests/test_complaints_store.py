"""The complaint register in the store, on both engines: the promised reply by working days, the lifecycle
and its refusals, resolved on the spot, overdue once the clock passes the promise, no text in the events."""
from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.core.errors import ClockError, IllegalTransition, QueueError, UnknownCode
from kiosk.core.staff import NotAllowed, Role
from kiosk.store.staff import add_staff
from tests.conftest import branch_time
from tests.engines import rows

MATTER = "王女士 13800138000: waited 50 minutes, nobody explained"


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py)."""
    return db_target


@pytest.fixture
def staffed(store):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    store.sign_in_as("1001", Role.TELLER, 1)
    return store


def with_holidays(store, *days: str) -> None:
    text = store.branch_toml()
    listed = ", ".join(f'"{d}"' for d in days)
    store.configure(text.replace('holidays = ["2027-01-01"]', f"holidays = [{listed}]"))


def test_the_reply_is_promised_one_working_day_on_across_a_weekend(store):
    friday = branch_time(15, 30, day=27)  # 2026-11-27 is a Friday
    c = store.add_complaint("phone", MATTER, at=friday)
    assert c.reply_due == branch_time(15, 30, day=30)  # Monday, same time of day
    assert c.reply_due.utcoffset() == timedelta(hours=8)  # read back in the branch's zone
    assert (c.status, c.channel, c.received_at) == ("received", "phone", friday)


def test_a_configured_holiday_moves_the_promise_on(store):
    with_holidays(store, "2026-11-30", "2027-01-01")  # the Monday after is a holiday
    c = store.add_complaint("box", MATTER, at=branch_time(10, day=27))
    assert c.reply_due.isoformat() == "2026-12-01T10:00:00+08:00"  # Tuesday
    saturday = store.add_complaint("online", MATTER, at=branch_time(22, day=28))  # taken online at a weekend
    assert saturday.reply_due.isoformat() == "2026-12-02T09:00:00+08:00"  # from Tuesday's opening, + 1


def test_the_lifecycle_with_who_did_each_step(staffed, clock):
    store = staffed
    issued = store.issue_ticket("A")
    store.open_counter(1)
    store.call_next(1)
    c = store.add_complaint("counter", MATTER, ticket=issued.ticket.label, at=clock())
    assert (c.ticket, c.ticket_id, c.service, c.counter, c.taken_by) == ("A001", issued.ticket.id, "A", 1,
                                                                         "1001")
    store.complaint_step(c.id, "in_progress", "asked the cash team", at=clock(5))
    store.complaint_step(c.id, "in_progress", "the queue screen was stuck", at=clock(5))
    replied = store.complaint_step(c.id, "replied", "called her back, apologised", at=clock(5))
    assert replied.status == "replied" and replied.replied_at == clock.now()
    assert replied.replied_on_time() is True
    with pytest.raises(NotAllowed) as refused:  # a teller takes it further, but may not close it
        store.close_complaint(c.id)
    assert refused.value.reason == "role_not_allowed"
    store.sign_in_as("2001", Role.LOBBY_MANAGER)
    closed = store.close_complaint(c.id, "she is satisfied", at=clock(5))
    assert (closed.status, closed.closed_at) == ("closed", clock.now())
    assert [(s.status, s.actor, s.note) for s in closed.steps] == [
        ("received", "1001", ""), ("in_progress", "1001", "asked the cash team"),
        ("in_progress", "1001", "the queue screen was stuck"),
        ("replied", "1001", "called her back, apologised"), ("closed", "2001", "she is satisfied")]
    assert [s.at for s in closed.steps] == sorted(s.at for s in closed.steps)
    assert store.complaints() == [closed] and store.complaints(open_only=True) == []


@pytest.mark.parametrize(("steps", "reason"), [
    ([("closed", "")], "complaint_step_refused"),  # closing needs the reply first
    ([("replied", "ok"), ("in_progress", "more")], "complaint_step_refused"),
    ([("replied", "ok"), ("replied", "again")], "complaint_step_refused"),
    ([("replied", "ok"), ("closed", ""), ("replied", "after")], "complaint_step_refused"),
    ([("in_progress", "  ")], "text_needed"),
    ([("replied", "x" * 1001)], "text_too_long"),
    ([("waiting", "x")], "complaint_status"),
])
def test_illegal_steps_are_refused_and_change_nothing(store, clock, steps, reason):
    c = store.add_complaint("counter", MATTER, at=clock())
    *before, (status, note) = steps
    for s, n in before:
        store.complaint_step(c.id, s, n, at=clock(1))
    kept = store.complaint(c.id)
    with pytest.raises(QueueError) as refused:
        store.complaint_step(c.id, status, note, at=clock(1))
    assert refused.value.reason == reason
    if reason == "complaint_step_refused":
        assert isinstance(refused.value, IllegalTransition)
        assert refused.value.facts == {"id": c.id, "status": kept.status, "to": status}
    assert store.complaint(c.id) == kept


def test_what_is_refused_when_recording(store, clock):
    for args, reason in [(("fax", MATTER), "complaint_channel"), (("phone", ""), "text_needed"),
                         (("phone", "x" * 1001), "text_too_long")]:
        with pytest.raises(QueueError) as refused:
            store.add_complaint(*args)
        assert refused.value.reason == reason
    with pytest.raises(UnknownCode) as refused:
        store.add_complaint("counter", MATTER, ticket="A009")
    assert refused.value.reason == "no_ticket"
    with pytest.raises(UnknownCode):
        store.add_complaint("counter", MATTER, counter=99)
    with pytest.raises(UnknownCode) as refused:
        store.complaint_step(42, "replied", "x")
    assert refused.value.reason == "no_complaint"
    assert store.add_complaint("phone", "x" * 1000).matter == "x" * 1000  # the limit itself is kept
    c = store.add_complaint("phone", MATTER, at=clock(10))
    with pytest.raises(ClockError):
        store.complaint_step(c.id, "replied", "x", at=clock.now() - timedelta(minutes=5))
    assert len(store.complaints()) == 2


def test_resolved_on_the_spot_is_one_closed_step(staffed, clock):
    store = staffed
    issued = store.issue_ticket("B")
    at = clock()
    c = store.add_complaint("counter", MATTER, ticket=issued.ticket.label, on_the_spot="explained the fee",
                            at=at)
    assert (c.status, c.received_at, c.replied_at, c.closed_at) == ("closed", at, at, at)
    assert [(s.status, s.actor, s.note) for s in c.steps] == [("closed", "1001", "explained the fee")]
    assert c.service == "B" and c.counter is None  # the ticket was never called
    clock.advance(days=5)
    assert not c.overdue(clock.now()) and store.complaints(overdue_only=True) == []
    with pytest.raises(QueueError) as refused:
        store.add_complaint("counter", MATTER, on_the_spot=" ")
    assert refused.value.reason == "text_needed"


def test_overdue_once_the_clock_passes_the_promise(store, clock):
    c = store.add_complaint("phone", MATTER, at=clock())  # Monday 09:00: due Tuesday 09:00
    spot = store.add_complaint("phone", MATTER, on_the_spot="done", at=clock())
    replied = store.add_complaint("phone", MATTER, at=clock())
    store.complaint_step(replied.id, "replied", "answered", at=clock(60))
    assert store.overdue_complaint_count() == 0
    clock.set(c.reply_due)
    assert store.complaints(overdue_only=True) == []  # due at 09:00 is not late at 09:00
    clock.advance(minutes=1)
    assert [x.id for x in store.complaints(overdue_only=True)] == [c.id]
    assert store.overdue_complaint_count() == 1
    assert store.complaint(c.id).overdue(clock.now())
    assert {x.id for x in store.complaints(open_only=True)} == {c.id, replied.id}
    late = store.complaint_step(c.id, "replied", "sorry for the delay", at=clock())
    assert late.replied_on_time() is False
    assert store.overdue_complaint_count() == 0
    assert spot.id not in {x.id for x in store.complaints(open_only=True)}


def test_no_matter_or_note_in_any_event(db_path, staffed, clock):
    store = staffed
    issued = store.issue_ticket("A")
    c = store.add_complaint("counter", MATTER, ticket=issued.ticket.label, at=clock())
    store.complaint_step(c.id, "in_progress", "NOTE-ONE 13800138000", at=clock())
    store.complaint_step(c.id, "replied", "NOTE-TWO", at=clock())
    store.sign_in_as("2001", Role.LOBBY_MANAGER)
    store.close_complaint(c.id, "NOTE-THREE", at=clock())
    store.add_complaint("phone", "MATTER-TWO", on_the_spot="NOTE-FOUR", at=clock())
    events = rows(db_path, "SELECT action, ticket_id, details FROM events WHERE action LIKE 'complaint%' "
                           "ORDER BY id")
    assert [e[0] for e in events] == ["complaint_add", "complaint_step", "complaint_step", "complaint_close",
                                      "complaint_add"]
    assert events[0][1] == issued.ticket.id
    everything = " ".join(str(r) for r in rows(db_path, "SELECT * FROM events"))
    for text in ("王女士", "13800138000", "waited", "NOTE", "MATTER"):
        assert text not in everything
    assert "'status': 'closed'" in str(events[-1][2]) or '"status": "closed"' in str(events[-1][2])
    assert store.verify_events().ok
