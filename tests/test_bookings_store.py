"""Bookings in slots, on each engine: which slots a day has (weekends, holidays, closed dates), capacity and
the next free slot, the check-in window, no-shows, and the quietest slots from bookings and past arrivals."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from types import MappingProxyType

import pytest

from kiosk.core.config import default_toml
from kiosk.core.errors import QueueError, UnknownCode
from kiosk.core.service_rules import BookingPlan
from kiosk.core.slots import Slot, day_slots, hourly_walk_ins, quietest
from kiosk.core.staff import Role
from kiosk.core.working_days import WorkingCalendar
from tests.conftest import SHANGHAI, branch_time
from tests.engines import rows

C_CAPACITY = "capacity = 2                      # bookings per slot"
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = (f"2026-11-{d}" for d in range(23, 30))


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py)."""
    return db_target


def branch_toml(capacity: int = 2) -> str:
    """The default branch with Wednesday 2026-11-25 a holiday, Thursday closed for service C's bookings."""
    text = default_toml().replace('holidays = ["2027-01-01"]', f'holidays = ["{WEDNESDAY}"]')
    text = text.replace("closed_dates = []", f'closed_dates = ["{THURSDAY}"]', 1)
    assert C_CAPACITY in text
    return text.replace(C_CAPACITY, f"capacity = {capacity}")


@pytest.fixture
def branch(store):
    store.configure(branch_toml(), at=branch_time(8))
    return store


def starts(slots) -> list[str]:
    return [s.start.astimezone(SHANGHAI).strftime("%d %H:%M") for s in slots]


def refusal(action) -> QueueError:
    with pytest.raises(QueueError) as info:
        action()
    return info.value


# -- which slots a day has


def test_day_slots_fill_each_span_and_leave_out_a_partial_last_slot():
    plan = BookingPlan("C", 30, 2, MappingProxyType({0: ((time(9), time(10, 45)), (time(13, 30), time(14)))}))
    got = day_slots(plan, date(2026, 11, 23), SHANGHAI, WorkingCalendar())
    assert [(s.strftime("%H:%M"), e.strftime("%H:%M")) for s, e in got] == [
        ("09:00", "09:30"), ("09:30", "10:00"), ("10:00", "10:30"), ("13:30", "14:00")]
    assert got[0][0] == branch_time(9)
    assert day_slots(plan, date(2026, 11, 24), SHANGHAI, WorkingCalendar()) == [], "no hours on Tuesday"


def test_a_span_to_midnight_keeps_its_last_slot():
    plan = BookingPlan("C", 60, 1, MappingProxyType({0: ((time(22), time(23, 59, 59)),)}))  # "22:00-24:00"
    got = day_slots(plan, date(2026, 11, 23), SHANGHAI, WorkingCalendar())
    assert [e for _, e in got] == [branch_time(23), branch_time(0, day=24)]


def test_slots_across_a_weekend_a_holiday_and_a_closed_date(branch):
    for day in (MONDAY, TUESDAY, FRIDAY):
        slots = branch.slots("C", day)
        assert len(slots) == 13, day  # 09:00-12:00 and 13:30-17:00 in half hours
        assert starts(slots)[:1] == [f"{day[-2:]} 09:00"] and starts(slots)[-1] == f"{day[-2:]} 16:30"
        assert {(s.capacity, s.booked, s.free) for s in slots} == {(2, 0, 2)}
    assert branch.slots("C", SATURDAY) == [] and branch.slots("C", SUNDAY) == [], "the weekend"
    assert branch.slots("C", WEDNESDAY) == [], "a configured holiday"
    assert branch.slots("C", THURSDAY) == [], "a closed date of this service"
    f_slots = branch.slots("F", THURSDAY)  # 09:00-12:00 and 13:30-16:00 in 20 minutes: 15:50 left out
    assert len(f_slots) == 16 and f_slots[-1].end == branch_time(15, 50, day=26), \
        "another service books on C's closed date"
    assert branch.slots("D", TUESDAY) == [], "a weekday without hours"
    slot = branch.slots("D", MONDAY)[0]
    assert (slot.start, slot.end, slot.capacity) == (branch_time(9, 30), branch_time(10), 1)


def test_slots_refuse_a_service_without_bookings_a_bad_date_and_an_unknown_service(branch):
    assert refusal(lambda: branch.slots("A", MONDAY)).reason == "not_bookable"
    assert refusal(lambda: branch.slots("C", "23/11/2026")).reason == "bad_date"
    with pytest.raises(UnknownCode):
        branch.slots("Z", MONDAY)


# -- booking


def test_a_booking_gets_a_six_digit_code_and_takes_a_place(branch, db_path):
    booked = branch.book("C", branch_time(10), lang="zh_CN", at=branch_time(8, 30))
    assert len(booked.code) == 6 and booked.code.isdigit()
    assert (booked.service, booked.start, booked.end, booked.status, booked.lang, booked.booked_by) == (
        "C", branch_time(10), branch_time(10, 30), "booked", "zh_CN", "cli")
    assert [(s.booked, s.free) for s in branch.slots("C", MONDAY) if s.start == branch_time(10)] == [(1, 1)]
    assert branch.bookings(MONDAY) == [booked]
    assert branch.bookings(MONDAY, "D") == [] and branch.bookings(TUESDAY) == []
    details = rows(db_path, "SELECT details FROM events WHERE action = 'book'")
    assert [d for (d,) in details] == [
        f'{{"code": "{booked.code}", "service": "C", "start": "2026-11-23T10:00:00+08:00"}}']


def test_a_full_slot_names_the_next_free_one(branch):
    for _ in range(2):
        branch.book("C", branch_time(10), at=branch_time(8))
    branch.book("C", branch_time(10, 30), at=branch_time(8))
    branch.book("C", branch_time(10, 30), at=branch_time(8))
    error = refusal(lambda: branch.book("C", branch_time(10), at=branch_time(8)))
    assert error.reason == "slot_full"
    assert error.facts["next_free"] == "2026-11-23T11:00:00+08:00"
    assert str(error) == ("the slot 2026-11-23T10:00:00+08:00 of service C is full; the next free slot is "
                          "2026-11-23T11:00:00+08:00")
    assert [s.booked for s in branch.slots("C", MONDAY)][2:5] == [2, 2, 0], "never more than its capacity"


def test_the_next_free_slot_skips_the_holiday_and_the_closed_days(branch):
    """D books on Mondays, Wednesdays and Fridays; Wednesday is a holiday."""
    last = branch.slots("D", MONDAY)[-1]
    branch.book("D", last.start, at=branch_time(8))
    error = refusal(lambda: branch.book("D", last.start, at=branch_time(8)))
    assert (error.reason, error.facts["next_free"]) == ("slot_full", "2026-11-27T09:30:00+08:00")


def test_a_cancelled_booking_frees_its_place(branch, db_path):
    first = branch.book("D", branch_time(9, 30), at=branch_time(8))
    assert refusal(lambda: branch.book("D", branch_time(9, 30), at=branch_time(8))).reason == "slot_full"
    cancelled = branch.cancel_booking(first.code, at=branch_time(8, 5))
    assert (cancelled.code, cancelled.status) == (first.code, "cancelled")
    assert branch.book("D", branch_time(9, 30), at=branch_time(8, 6)).code != first.code
    assert refusal(lambda: branch.cancel_booking(first.code)).reason == "booking_not_cancellable"
    assert refusal(lambda: branch.cancel_booking("000000" if first.code != "000000" else "000001")
                   ).reason == "booking_unknown"
    assert rows(db_path, "SELECT details FROM events WHERE action = 'booking_cancel'") == [
        (f'{{"code": "{first.code}"}}',)]


def test_book_refuses_what_is_no_slot_over_too_far_ahead_or_not_bookable(branch):
    assert refusal(lambda: branch.book("C", branch_time(10, 10), at=branch_time(8))).reason == "not_a_slot"
    assert refusal(lambda: branch.book("C", branch_time(9, 30), at=branch_time(10))).reason == "slot_over"
    assert branch.book("C", branch_time(9, 30), at=branch_time(9, 45)).code, "a slot under way may be booked"
    two_weeks = datetime(2026, 12, 7, 9, tzinfo=SHANGHAI)  # Monday, 14 days on: the last day allowed
    assert branch.book("C", two_weeks, at=branch_time(8)).start == two_weeks
    error = refusal(lambda: branch.book("C", two_weeks + timedelta(days=1), at=branch_time(8)))
    assert (error.reason, error.facts["last_day"]) == ("too_far_ahead", "2026-12-07")
    assert refusal(lambda: branch.book("A", branch_time(10), at=branch_time(8))).reason == "not_bookable"
    with pytest.raises(UnknownCode):
        branch.book("Z", branch_time(10), at=branch_time(8))


def test_the_kiosk_and_lobby_manager_may_book_a_teller_may_not(branch):
    branch.sign_in_as("1001", Role.TELLER, counter=1)
    assert refusal(lambda: branch.book("C", branch_time(10), at=branch_time(8))).reason == "role_not_allowed"
    branch.sign_in_as("2001", Role.LOBBY_MANAGER)
    assert branch.book("C", branch_time(10), at=branch_time(8)).status == "booked"
    branch.sign_out()  # the kiosk: nobody signed in, the customer books "come back later"
    assert branch.book("C", branch_time(10, 30), at=branch_time(8)).status == "booked"


def test_a_code_already_taken_is_drawn_again(branch, monkeypatch):
    first = branch.book("C", branch_time(10), at=branch_time(8))
    draws = iter([int(first.code), int(first.code), 4242])
    monkeypatch.setattr("kiosk.store.bookings.secrets.randbelow", lambda n: next(draws))
    assert branch.book("C", branch_time(10), at=branch_time(8)).code == "004242"


# -- check-in


@pytest.mark.parametrize("minute, priority", [
    (-31, "regular"),  # earlier than 30 minutes before the slot (early_minutes): a regular ticket
    (-30, "appointment"),
    (0, "appointment"),
    (15, "appointment"),  # up to late_minutes after the slot began
    (16, "regular"),  # later, until the no-show time: a regular ticket
    (60, "regular"),  # the slot (10:00-10:30) ended 30 minutes ago: still not a no-show
])
def test_check_in_follows_the_configured_window(branch, db_path, minute, priority):
    booked = branch.book("C", branch_time(10), at=branch_time(8))
    at = branch_time(10) + timedelta(minutes=minute)
    issued = branch.check_in(booked.code, at=at)
    assert (issued.ticket.label, issued.ticket.priority) == ("C001", priority)
    assert rows(db_path, "SELECT status, checked_in_at, ticket_id FROM appointments") == [
        ("checked_in", at.timestamp(), issued.ticket.id)]
    assert [b.status for b in branch.bookings(MONDAY)] == ["checked_in"]
    again = at + timedelta(minutes=1)
    assert refusal(lambda: branch.check_in(booked.code, at=again)).reason == "booking_used"


def test_a_booking_registered_by_its_code_checks_in_by_the_same_window(branch):
    """add_appointment (imports, scripts: no slot) follows the configured window from its time."""
    for code in ("1001", "1002", "1003"):
        branch.add_appointment(code, "A", branch_time(10))
    assert branch.check_in("1001", at=branch_time(9, 30)).ticket.priority == "appointment", "30 min early"
    assert branch.check_in("1002", at=branch_time(10, 16)).ticket.priority == "regular", "16 min late"
    assert refusal(lambda: branch.check_in("1003", at=branch_time(10, 31))).reason == "booking_no_show"


def test_check_in_refuses_a_no_show_a_cancelled_booking_and_another_days(branch):
    late, cancelled, tomorrow = (branch.book("C", start, at=branch_time(8)) for start in
                                 (branch_time(10), branch_time(10, 30), branch_time(10, day=24)))
    branch.cancel_booking(cancelled.code, at=branch_time(8, 1))
    error = refusal(lambda: branch.check_in(late.code, at=branch_time(11) + timedelta(seconds=1)))
    assert error.reason == "booking_no_show" and "a no-show" in str(error)
    branch.mark_no_shows(at=branch_time(11, 5))
    assert refusal(lambda: branch.check_in(late.code, at=branch_time(11, 6))).reason == "booking_no_show"
    assert refusal(lambda: branch.check_in(cancelled.code, at=branch_time(10, 30))).reason == \
        "booking_cancelled"
    error = refusal(lambda: branch.check_in(tomorrow.code, at=branch_time(10)))
    assert (error.reason, error.facts["day"]) == ("booking_not_today", TUESDAY)


# -- no-shows


def test_no_shows_are_marked_once_their_time_has_passed(branch, db_path):
    came, missed, later = (branch.book("C", start, at=branch_time(8)) for start in
                           (branch_time(10), branch_time(10), branch_time(11)))
    branch.check_in(came.code, at=branch_time(9, 50))
    assert branch.mark_no_shows(at=branch_time(11)) == 0, "the slot ended 10:30: 30 minutes' grace"
    assert branch.mark_no_shows(at=branch_time(11, 1)) == 1
    assert branch.mark_no_shows(at=branch_time(11, 2)) == 0, "each once"
    assert {b.code: b.status for b in branch.bookings(MONDAY)} == {
        came.code: "checked_in", missed.code: "no_show", later.code: "booked"}
    assert rows(db_path, "SELECT details FROM events WHERE action = 'booking_no_show'") == [
        (f'{{"code": "{missed.code}"}}',)]
    assert [s.booked for s in branch.slots("C", MONDAY) if s.start == branch_time(10)] == [1], \
        "a no-show holds no place"


# -- the quietest slots


def test_quiet_slots_rank_by_bookings_and_the_same_weekdays_arrivals(branch):
    # the last four Mondays' arrivals for C: nine at 10:xx, one at 11:xx; last Tuesday one at 09:xx;
    # another service's arrivals and older ones do not count
    for day, hour, minute, service in [(19, 10, 5, "C"), (26, 10, 5, "C"), (26, 10, 30, "C"),
                                       (26, 10, 40, "C"), (2, 10, 5, "C"), (2, 11, 10, "B"),
                                       (9, 10, 10, "C"), (9, 10, 20, "C"), (9, 10, 50, "C"),
                                       (16, 10, 15, "C"), (16, 10, 25, "C"), (16, 11, 5, "C"),
                                       (17, 9, 5, "C")]:
        month = 10 if day > 17 else 11
        branch.issue_ticket(service, at=datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI))
    for _ in range(2):
        branch.book("C", branch_time(13, 30), at=branch_time(8))  # full: never offered
    branch.book("C", branch_time(14), at=branch_time(8))  # one booked
    quiet = branch.quiet_slots("C", at=branch_time(9, 40), limit=100)
    today = [s for s in quiet if s.start.date() == date(2026, 11, 23)]
    tomorrow = [s for s in quiet if s.start.date() == date(2026, 11, 24)]
    assert len(tomorrow) == 13 and len(today) == 10, "later today (from 10:00, one full) and tomorrow"
    assert starts(quiet)[:3] == ["23 14:30", "23 15:00", "23 15:30"], "nobody expected, earliest first"
    # expected in the slot's hour: 11:xx one walk-in in 4 weeks (0.25); 14:00 one booked; 10:xx nine (2.25)
    assert starts(today)[-5:] == ["23 11:00", "23 11:30", "23 14:00", "23 10:00", "23 10:30"]
    assert starts(tomorrow)[-2:] == ["24 09:00", "24 09:30"], "last Tuesday's 09:xx arrival"
    assert starts(branch.quiet_slots("C", at=branch_time(9, 40))) == ["23 14:30", "23 15:00", "23 15:30"]


def test_quiet_slots_on_a_friday_offer_monday(branch):
    friday = datetime(2026, 11, 27, 16, 40, tzinfo=SHANGHAI)  # after the last slot began
    quiet = branch.quiet_slots("C", at=friday, limit=2)
    assert [s.start for s in quiet] == [datetime(2026, 11, 30, 9, tzinfo=SHANGHAI),
                                        datetime(2026, 11, 30, 9, 30, tzinfo=SHANGHAI)]


def test_quietest_and_hourly_walk_ins_are_pure():
    def slot(hour: int, booked: int, capacity: int = 2) -> Slot:
        return Slot("C", branch_time(hour), branch_time(hour, 30), capacity, booked)

    walk_ins = hourly_walk_ins([branch_time(10, 5, day=16), branch_time(10, 6, day=9),
                                branch_time(11, day=16)], SHANGHAI, 4)
    assert walk_ins == {(0, 10): 0.5, (0, 11): 0.25}
    slots = [slot(9, 1), slot(10, 0), slot(11, 0), slot(12, 2), slot(13, 0)]
    expected = lambda start: walk_ins.get((start.weekday(), start.hour), 0.0)  # noqa: E731
    assert [s.start.hour for s in quietest(slots, expected, 10)] == [13, 11, 10, 9]
    assert [s.start.hour for s in quietest(slots, expected, 1)] == [13]


# -- what a kiosk's and a console's PostgreSQL logins may do


def test_a_kiosks_and_a_consoles_postgresql_logins_may_book_check_in_and_mark_no_shows(pg_url, open_store):
    from kiosk.store.pg_access import grant_roles
    from tests.engines import run

    open_store(pg_url, init=True).configure(branch_toml(), at=branch_time(8))
    grant_roles(pg_url)
    for login, group in (("bookings_kiosk", "kiosk_station"), ("bookings_console", "kiosk_staff")):
        run(pg_url, f"DROP ROLE IF EXISTS {login}", f"CREATE ROLE {login} LOGIN IN ROLE {group}")
    user = pg_url.split("://", 1)[1].split("@", 1)[0]
    kiosk = open_store(pg_url.replace(f"//{user}@", "//bookings_kiosk@"), station="kiosk-1")
    console = open_store(pg_url.replace(f"//{user}@", "//bookings_console@"), station="console-1")
    console.sign_in_as("2001", Role.LOBBY_MANAGER)
    assert [s.start for s in kiosk.quiet_slots("C", at=branch_time(8), limit=1)] == [branch_time(9)]
    came = kiosk.book("C", branch_time(10), lang="en", at=branch_time(8, 1))  # "come back later"
    missed = console.book("C", branch_time(10), at=branch_time(8, 2))  # booked for a customer who phoned
    dropped = console.book("C", branch_time(10, 30), at=branch_time(8, 3))
    assert [s.booked for s in kiosk.slots("C", MONDAY)][2:4] == [2, 1]
    kiosk.cancel_booking(dropped.code, at=branch_time(8, 4))
    assert kiosk.check_in(came.code, at=branch_time(9, 45)).ticket.priority == "appointment"
    assert kiosk.mark_no_shows(at=branch_time(11, 1)) == 1
    assert console.mark_no_shows(at=branch_time(11, 2)) == 0
    assert {b.code: (b.status, b.booked_by) for b in console.bookings(MONDAY)} == {
        came.code: ("checked_in", "kiosk-1"), missed.code: ("no_show", "console-1"),
        dropped.code: ("cancelled", "console-1")}
