"""The home-visit register in the store, on both engines: the promised day across weekends and configured
holidays, the lifecycle, two distinct active staff, who may approve, overdue visits, and the erasure of
contact and address after the retention period, with no personal data in any event."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.config import default_toml
from kiosk.core.errors import IllegalTransition, QueueError, UnknownCode
from kiosk.core.home_visits import VisitStatus
from kiosk.core.staff import NotAllowed, Role
from kiosk.store.staff import add_staff, set_active
from tests.engines import rows

SHANGHAI = ZoneInfo("Asia/Shanghai")
PHONE, ADDRESS = "139 1234 5678 Mr Zhao", "12 Plum Lane, flat 3"
REASON, OUTCOME = "bedridden after surgery", "card activated at home"


def at(day: int, hour: int = 10, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=SHANGHAI)


@pytest.fixture
def branch(db_target, open_store, clock):
    store = open_store(db_target, init=True, clock=clock)
    for number, name, role in (("1001", "Wang Fang", Role.TELLER), ("1002", "Zhao Lei", Role.TELLER),
                               ("1003", "Sun Li", Role.TELLER), ("2001", "Li Na", Role.LOBBY_MANAGER)):
        add_staff(store, number, name, role, "135790")
    set_active(store, "1003", False)
    return store


def with_holidays(store, *days: str) -> None:
    text = default_toml().replace('holidays = ["2027-01-01"]', f"holidays = {list(days)!r}".replace("'", '"'))
    assert text != default_toml()
    store.configure(text)


def request(store, when: datetime, **kw):
    return store.request_home_visit("B", REASON, kw.pop("by", "customer"), PHONE, ADDRESS, at=when)


def test_the_promised_day_counts_working_days_across_a_weekend(branch):
    assert request(branch, at(27)).due_by == date(2026, 12, 1)  # Friday + 2 working days: Tuesday
    assert request(branch, at(23)).due_by == date(2026, 11, 25)  # Monday: Wednesday
    # on Saturday the request counts from Monday: two working days later is Wednesday
    assert request(branch, at(28)).due_by == date(2026, 12, 2)


def test_the_promised_day_skips_a_configured_holiday(branch):
    with_holidays(branch, "2026-11-30", "2026-12-01")
    # Friday; Monday and Tuesday are holidays: Wednesday is the first working day, Thursday the second
    assert request(branch, at(27)).due_by == date(2026, 12, 3)
    # Sunday: counted from Wednesday, the next working day: Friday
    assert request(branch, at(29)).due_by == date(2026, 12, 4)
    # late at night on a working day is still that day, in the branch's zone
    assert request(branch, datetime(2026, 11, 26, 23, 30, tzinfo=SHANGHAI)).due_by == date(2026, 12, 2)


def test_a_visit_goes_from_request_to_done_and_events_name_only_id_and_status(branch, db_target):
    visit = request(branch, at(23, 9), by="agent")
    assert (visit.status, visit.requested_by, visit.contact, visit.address) == (
        VisitStatus.REQUESTED, "agent", PHONE, ADDRESS)
    branch.sign_in_as("2001", Role.LOBBY_MANAGER)
    approved = branch.approve_home_visit(visit.id, at=at(23, 10))
    assert (approved.status, approved.approved_by, approved.approved_at) == ("approved", "2001", at(23, 10))
    assigned = branch.assign_home_visit(visit.id, "1001", "1002", at=at(23, 11))
    assert (assigned.status, assigned.staff_a, assigned.staff_b) == ("assigned", "1001", "1002")
    branch.sign_in_as("1002", Role.TELLER)
    called = branch.log_home_visit_call(visit.id, "customer at home from 14:00", at=at(24, 13))
    assert (called.status, called.call_at, called.call_note) == ("departed", at(24, 13),
                                                                 "customer at home from 14:00")
    done = branch.finish_home_visit(visit.id, OUTCOME, at=at(24, 15))
    assert (done.status, done.done_at, done.outcome) == ("done", at(24, 15), OUTCOME)
    assert branch.home_visits() == [done]
    assert branch.home_visits(open_only=True) == []
    events = rows(db_target, "SELECT action, details FROM events WHERE action LIKE 'home_visit%' ORDER BY id")
    assert [a for a, _ in events] == ["home_visit_request", "home_visit_approve", "home_visit_assign",
                                      "home_visit_call", "home_visit_done"]
    assert [d for _, d in events] == [f'{{"visit": {visit.id}, "status": "{s}"}}' for s in
                                      ("requested", "approved", "assigned", "departed", "done")]


def test_two_distinct_active_staff_go(branch):
    visit = request(branch, at(23))
    branch.sign_in_as("2001", Role.LOBBY_MANAGER)
    branch.approve_home_visit(visit.id)
    refusals = {}
    for a, b in (("1001", ""), ("", "1001"), ("1001", "1001"), ("1001", "9999"), ("1003", "1001")):
        with pytest.raises(QueueError) as caught:
            branch.assign_home_visit(visit.id, a, b)
        refusals[a, b] = (caught.value.reason, str(caught.value))
    assert refusals == {
        ("1001", ""): ("two_staff_needed", "two staff go on a home visit: name both"),
        ("", "1001"): ("two_staff_needed", "two staff go on a home visit: name both"),
        ("1001", "1001"): ("same_staff", "two different staff go on a home visit, not 1001 twice"),
        ("1001", "9999"): ("staff_unknown", "no staff number 9999"),
        ("1003", "1001"): ("staff_inactive", "staff 1003 is deactivated: choose an active colleague"),
    }
    assert branch.home_visits()[0].status == "approved"  # nothing changed
    assert branch.assign_home_visit(visit.id, " 1002 ", "2001").staff_a == "1002"


def test_only_a_lobby_manager_or_manager_approves(branch):
    visit = request(branch, at(23))
    branch.actor = ""  # the command line without --by
    with pytest.raises(QueueError, match="say who approves"):
        branch.approve_home_visit(visit.id)
    branch.actor = "1001"  # a teller's number
    with pytest.raises(NotAllowed, match="1001 is a teller"):
        branch.approve_home_visit(visit.id)
    branch.actor = "2001"
    assert branch.approve_home_visit(visit.id).approved_by == "2001"
    other = request(branch, at(23))
    branch.staff_only = True
    branch.sign_in_as("1001", Role.TELLER)
    for act in (lambda: branch.approve_home_visit(other.id), lambda: branch.refuse_home_visit(other.id, "no"),
                lambda: branch.assign_home_visit(other.id, "1001", "1002")):
        with pytest.raises(NotAllowed) as caught:
            act()
        assert caught.value.reason == "role_not_allowed"


def test_only_the_visiting_staff_or_a_manager_report(branch):
    visit = request(branch, at(23))
    branch.sign_in_as("2001", Role.LOBBY_MANAGER)
    branch.approve_home_visit(visit.id)
    branch.assign_home_visit(visit.id, "1001", "1002")
    branch.sign_in_as("1003", Role.TELLER)
    with pytest.raises(NotAllowed) as caught:
        branch.log_home_visit_call(visit.id, "on my way")
    assert caught.value.reason == "not_your_visit"
    branch.sign_in_as("1001", Role.TELLER)
    assert branch.log_home_visit_call(visit.id, "on my way").status == "departed"


def test_steps_out_of_order_refusals_and_texts(branch):
    visit = request(branch, at(23))
    branch.sign_in_as("2001", Role.LOBBY_MANAGER)
    with pytest.raises(IllegalTransition) as caught:
        branch.finish_home_visit(visit.id, OUTCOME)
    assert (caught.value.reason, caught.value.facts["status"]) == ("visit_status", "requested")
    with pytest.raises(IllegalTransition):
        branch.log_home_visit_call(visit.id, "too early")
    with pytest.raises(UnknownCode, match="no home visit 99"):
        branch.approve_home_visit(99)
    with pytest.raises(QueueError, match="reason: at most 500 characters, not 501"):
        branch.request_home_visit("B", "x" * 501, "customer", PHONE)
    with pytest.raises(QueueError, match="contact: say it"):
        branch.request_home_visit("B", REASON, "customer", "  ")
    with pytest.raises(QueueError, match="requested by"):
        branch.request_home_visit("B", REASON, "neighbour", PHONE)
    with pytest.raises(UnknownCode):
        branch.request_home_visit("Z", REASON, "customer", PHONE)
    refused = branch.refuse_home_visit(visit.id, "the branch can do this by phone")
    assert (refused.status, refused.outcome) == ("refused", "the branch can do this by phone")
    with pytest.raises(IllegalTransition):
        branch.approve_home_visit(visit.id)
    cancelled = branch.cancel_home_visit(request(branch, at(23)).id, "came to the branch herself")
    assert cancelled.status == "cancelled"


def test_overdue_once_its_last_allowed_day_has_ended(branch, clock):
    late = request(branch, at(27))  # due Tuesday 1 December
    refused = request(branch, at(27))
    branch.refuse_home_visit(refused.id, "not needed")
    clock.set(at(1, 23, month=12))
    assert branch.home_visits(overdue_only=True) == []
    clock.set(at(2, 0, month=12))
    assert [v.id for v in branch.home_visits(overdue_only=True)] == [late.id]
    assert late.overdue(date(2026, 12, 2)) and not late.overdue(date(2026, 12, 1))
    # open ones first, by their last allowed day
    assert [v.id for v in branch.home_visits()] == [late.id, refused.id]


def test_contact_and_address_erased_after_the_retention_period(branch, clock, db_target):
    done = request(branch, at(23))
    branch.sign_in_as("2001", Role.LOBBY_MANAGER)
    branch.approve_home_visit(done.id)
    branch.assign_home_visit(done.id, "1001", "1002")
    branch.log_home_visit_call(done.id, "leaving now", at=at(24, 9))
    branch.finish_home_visit(done.id, OUTCOME, at=at(24, 11))
    refused = branch.refuse_home_visit(request(branch, at(24, 12)).id, "not eligible", at=at(24, 12))
    still_open = request(branch, at(24, 13))
    assert branch.erase_expired_home_visits(at=at(24, 11) + timedelta(days=180)) == 0  # not yet
    erase_at = at(24, 12) + timedelta(days=180, hours=1)
    clock.set(erase_at)
    assert branch.erase_expired_home_visits() == 2
    assert branch.erase_expired_home_visits() == 0  # once
    by_id = {v.id: v for v in branch.home_visits()}
    for visit_id in (done.id, refused.id):
        gone = by_id[visit_id]
        assert (gone.contact, gone.address, gone.erased_at) == (None, None, erase_at)
    kept = by_id[done.id]
    assert (kept.status, kept.reason, kept.outcome, kept.staff_a, kept.staff_b, kept.due_by) == (
        "done", REASON, OUTCOME, "1001", "1002", date(2026, 11, 25))
    assert (by_id[still_open.id].contact, by_id[still_open.id].address) == (PHONE, ADDRESS)
    assert rows(db_target, "SELECT contact, address FROM home_visits WHERE id IN (?, ?)",
                [done.id, refused.id]) == [(None, None), (None, None)]
    events = rows(db_target, "SELECT action, details FROM events")
    assert ("home_visit_erase", f'{{"visit": {done.id}, "status": "done"}}') in events
    for _, details in events:
        for personal in (PHONE, ADDRESS, REASON, OUTCOME, "leaving now", "not eligible", "139", "Plum"):
            assert personal not in details
