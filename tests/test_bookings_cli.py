"""`kiosk slots|book|check-in|bookings|cancel-booking`: the issue's JSON contract, on each engine; a full slot
exits 2 with one `error:` line naming the next free slot."""
from __future__ import annotations

import pytest

from tests.engines import rows
from tests.test_cli import ok, user_error

DAY = "2026-11-23"  # a Monday
BEFORE = "2026-11-23T08:00:00+08:00"


@pytest.fixture
def db(db_target):
    ok("init", "--db", db_target)
    return db_target


def test_slots_then_book_until_full(db):
    slots = ok("slots", "--db", db, "--service", "D", "--date", DAY, "--at", BEFORE)
    assert slots[:2] == [
        {"start": "2026-11-23T09:30:00+08:00", "end": "2026-11-23T10:00:00+08:00", "capacity": 1,
         "booked": 0},
        {"start": "2026-11-23T10:00:00+08:00", "end": "2026-11-23T10:30:00+08:00", "capacity": 1,
         "booked": 0}]
    assert len(slots) == 9
    booked = ok("book", "--db", db, "--service", "D", "--slot", "2026-11-23T09:30", "--lang", "zh_CN",
                "--at", BEFORE)
    assert set(booked) == {"code", "service", "start", "end"}
    assert len(booked["code"]) == 6 and booked["code"].isdigit()
    assert (booked["service"], booked["start"], booked["end"]) == (
        "D", "2026-11-23T09:30:00+08:00", "2026-11-23T10:00:00+08:00")
    line = user_error("book", "--db", db, "--service", "D", "--slot", "2026-11-23T09:30:00+08:00",
                      "--at", BEFORE)
    assert line == ("error: the slot 2026-11-23T09:30:00+08:00 of service D is full; the next free slot is "
                    "2026-11-23T10:00:00+08:00")
    after = ok("slots", "--db", db, "--service", "D", "--date", DAY, "--at", BEFORE)
    assert [s["booked"] for s in after[:2]] == [1, 0]
    assert rows(db, "SELECT code, lang, booked_by FROM appointments") == [(booked["code"], "zh_CN", "cli")]


def test_check_in_prints_what_issue_prints(db):
    on_time = ok("book", "--db", db, "--service", "C", "--slot", "2026-11-23T10:00", "--at", BEFORE)
    late = ok("book", "--db", db, "--service", "C", "--slot", "2026-11-23T10:00", "--at", BEFORE)
    issued = ok("issue", "--db", db, "--service", "C", "--at", "2026-11-23T09:40")
    checked = ok("check-in", "--db", db, "--code", on_time["code"], "--at", "2026-11-23T09:45")
    assert set(checked) == set(issued)
    assert checked == {"id": 2, "ticket": "C002", "service": "C", "priority": "appointment",
                       "ahead": checked["ahead"], "eta_minutes": checked["eta_minutes"],
                       "eta_seconds": checked["eta_seconds"], "eta_range": checked["eta_range"],
                       "issued_at": "2026-11-23T09:45:00+08:00", "drill": None}
    assert ok("check-in", "--db", db, "--code", late["code"], "--at", "2026-11-23T10:20")["priority"] == \
        "regular", "more than late_minutes (15) after the slot began"
    assert user_error("check-in", "--db", db, "--code", late["code"], "--at", "2026-11-23T10:21") == \
        f"error: booking code {late['code']} was already used"


def test_bookings_list_and_cancel(db):
    first = ok("book", "--db", db, "--service", "C", "--slot", "2026-11-23T10:00", "--at", BEFORE)
    second = ok("book", "--db", db, "--service", "F", "--slot", "2026-11-23T09:20", "--at", BEFORE)
    listed = ok("bookings", "--db", db, "--date", DAY, "--at", BEFORE)
    assert [(b["code"], b["service"], b["start"], b["status"], b["booked_by"]) for b in listed] == [
        (second["code"], "F", "2026-11-23T09:20:00+08:00", "booked", "cli"),
        (first["code"], "C", "2026-11-23T10:00:00+08:00", "booked", "cli")]
    assert [b["code"] for b in ok("bookings", "--db", db, "--date", DAY, "--service", "C",
                                  "--at", BEFORE)] == [first["code"]]
    cancelled = ok("cancel-booking", "--db", db, "--code", first["code"], "--at", "2026-11-23T08:30")
    assert (cancelled["code"], cancelled["status"]) == (first["code"], "cancelled")
    assert user_error("check-in", "--db", db, "--code", first["code"], "--at", "2026-11-23T09:50") == \
        f"error: booking code {first['code']} was cancelled"


def test_slots_marks_no_shows(db):
    booked = ok("book", "--db", db, "--service", "D", "--slot", "2026-11-23T09:30", "--at", BEFORE)
    ok("slots", "--db", db, "--service", "D", "--date", DAY, "--at", "2026-11-23T10:31")
    # listed as of before the no-show time: what it shows was marked by `slots`
    assert ok("bookings", "--db", db, "--date", DAY, "--at", "2026-11-23T10:29")[0]["status"] == "no_show"
    line = user_error("check-in", "--db", db, "--code", booked["code"], "--at", "2026-11-23T10:32")
    assert line == f"error: booking code {booked['code']} was not checked in in time (a no-show)"


def test_the_list_marks_no_shows_itself(db):
    """Listed after the no-show time, without anything else having marked it: a no-show, not "booked"."""
    ok("book", "--db", db, "--service", "D", "--slot", "2026-11-23T09:30", "--at", BEFORE)
    assert ok("bookings", "--db", db, "--date", DAY, "--at", "2026-11-23T10:29")[0]["status"] == "booked"
    assert ok("bookings", "--db", db, "--date", DAY, "--at", "2026-11-23T10:31")[0]["status"] == "no_show"


@pytest.mark.parametrize("args, message", [
    (("book", "--service", "A", "--slot", "2026-11-23T10:00"),
     "service A takes no bookings (no [[appointments.services]] for it)"),
    (("book", "--service", "C", "--slot", "2026-11-23T10:10"),
     "2026-11-23T10:10:00+08:00 is not the start of a slot of service C"),
    (("book", "--service", "C", "--slot", "tomorrow"),
     "--slot: 'tomorrow' is not an ISO 8601 time like 2026-11-23T09:30"),
    (("book", "--service", "C", "--slot", "2026-11-28T10:00"),
     "2026-11-28T10:00:00+08:00 is not the start of a slot of service C"),  # a Saturday
    (("slots", "--service", "C", "--date", "23.11.2026"), "'23.11.2026' is not a date like 2026-11-23"),
    (("check-in", "--code", "12"), "'12' is not a booking code"),
])
def test_refusals_are_one_error_line(db, args, message):
    line = user_error(*args[:1], "--db", db, *args[1:], "--at", BEFORE)
    assert line.startswith(f"error: {message}"), line
