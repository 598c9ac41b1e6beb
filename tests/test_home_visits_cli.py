"""`kiosk home-visit …` as a script meets it, on both engines: JSON on stdout, the promised day, two distinct
active staff, who approves, the list with --open and --overdue, one `error:` line for every refusal."""
from __future__ import annotations

import pytest

from tests.test_cli import kiosk, ok, user_error


@pytest.fixture
def db(db_target):
    ok("init", "--db", db_target)
    staff = (("1001", "teller"), ("1002", "teller"), ("1003", "teller"), ("2001", "lobby_manager"))
    for number, role in staff:
        ok("staff", "add", "--db", db_target, "--number", number, "--name", f"Staff {number}", "--role", role,
           "--pin", "135790")
    ok("staff", "deactivate", "--db", db_target, "--number", "1003")
    return db_target


def hv(*args):
    return ok("home-visit", *args)


def test_a_visit_end_to_end(db):
    # Friday 27 November: two working days later is Tuesday 1 December (the weekend does not count)
    assert hv("request", "--db", db, "--service", "B", "--reason", "bedridden", "--contact", "139 1234 5678",
              "--address", "12 Plum Lane", "--requested-by", "agent", "--at", "2026-11-27T10:00") == {
        "id": 1, "status": "requested", "due_by": "2026-12-01"}
    assert hv("approve", "--db", db, "--id", 1, "--by", "2001", "--at", "2026-11-27T11:00")["status"] == \
        "approved"
    assert hv("assign", "--db", db, "--id", 1, "--staff", "1001,1002", "--at", "2026-11-27T11:05") == {
        "id": 1, "status": "assigned", "due_by": "2026-12-01"}
    assert hv("call", "--db", db, "--id", 1, "--note", "at home after 2 pm",
              "--at", "2026-11-30T13:00")["status"] == "departed"
    assert hv("done", "--db", db, "--id", 1, "--outcome", "card activated",
              "--at", "2026-11-30T15:00")["status"] == "done"
    [visit] = hv("list", "--db", db, "--at", "2026-11-30T16:00")
    assert visit == {
        "id": 1, "requested_at": "2026-11-27T10:00:00+08:00", "service": "B", "reason": "bedridden",
        "requested_by": "agent", "contact": "139 1234 5678", "address": "12 Plum Lane", "status": "done",
        "due_by": "2026-12-01", "approved_by": "2001", "approved_at": "2026-11-27T11:00:00+08:00",
        "staff_a": "1001", "staff_b": "1002", "assigned_at": "2026-11-27T11:05:00+08:00",
        "call_at": "2026-11-30T13:00:00+08:00", "call_note": "at home after 2 pm",
        "done_at": "2026-11-30T15:00:00+08:00", "outcome": "card activated", "erased_at": None,
        "updated_at": "2026-11-30T15:00:00+08:00", "overdue": False}
    assert hv("list", "--db", db, "--open", "--at", "2026-11-30T16:00") == []
    # 180 days after it closed, contact and address are gone; the record stays
    [kept] = hv("list", "--db", db, "--at", "2027-05-30T16:00")
    assert (kept["contact"], kept["address"], kept["outcome"]) == (None, None, "card activated")
    assert kept["erased_at"] == "2027-05-30T16:00:00+08:00"


def test_two_distinct_active_staff_else_one_error_line(db):
    hv("request", "--db", db, "--service", "B", "--reason", "r", "--contact", "c", "--at", "2026-11-23T09:00")
    hv("approve", "--db", db, "--id", 1, "--by", "2001", "--at", "2026-11-23T09:30")
    assert user_error("home-visit", "assign", "--db", db, "--id", 1, "--staff", "1001") == (
        "error: Invalid value for --staff: give exactly two staff numbers, e.g. 1001,1002")
    assert user_error("home-visit", "assign", "--db", db, "--id", 1, "--staff", "1001,1001") == (
        "error: two different staff go on a home visit, not 1001 twice")
    assert user_error("home-visit", "assign", "--db", db, "--id", 1, "--staff", "1001,1003") == (
        "error: staff 1003 is deactivated: choose an active colleague")
    assert user_error("home-visit", "assign", "--db", db, "--id", 1, "--staff", "1001,7777") == (
        "error: no staff number 7777")
    assert user_error("home-visit", "assign", "--db", db, "--id", 1, "--staff", "1001,") == (
        "error: two staff go on a home visit: name both")
    assert hv("list", "--db", db, "--at", "2026-11-23T10:00")[0]["status"] == "approved"


def test_who_approves_steps_in_order_and_text_limits(db):
    hv("request", "--db", db, "--service", "B", "--reason", "r", "--contact", "c", "--at", "2026-11-23T09:00")
    assert user_error("home-visit", "approve", "--db", db, "--id", 1, "--by", "1001") == (
        "error: staff 1001 is a teller: only a lobby manager or manager approves a home visit")
    assert user_error("home-visit", "approve", "--db", db, "--id", 1, "--by", "5555") == (
        "error: no staff number 5555")
    assert user_error("home-visit", "approve", "--db", db, "--id", 9, "--by", "2001") == (
        "error: no home visit 9")
    assert user_error("home-visit", "done", "--db", db, "--id", 1, "--outcome", "x") == (
        "error: cannot record the outcome of home visit 1: it is requested (only a visit that is departed "
        "can be)")
    assert user_error("home-visit", "request", "--db", db, "--service", "B", "--reason", "x" * 501,
                      "--contact", "c").endswith("reason: at most 500 characters, not 501")
    assert user_error("home-visit", "request", "--db", db, "--service", "B", "--reason", "r",
                      "--contact", "c", "--address", "y" * 600) == (
        "error: address: at most 500 characters, not 600")
    assert "Invalid value for '--requested-by'" in user_error(
        "home-visit", "request", "--db", db, "--service", "B", "--reason", "r", "--contact", "c",
        "--requested-by", "neighbour")
    assert hv("refuse", "--db", db, "--id", 1, "--note", "by phone instead")["status"] == "refused"


def test_list_open_and_overdue(db):
    for day in ("2026-11-23", "2026-11-27"):  # due Wednesday 25th and Tuesday 1st
        hv("request", "--db", db, "--service", "B", "--reason", "r", "--contact", "c", "--at", f"{day}T09:00")
    hv("request", "--db", db, "--service", "A", "--reason", "r", "--contact", "c", "--at", "2026-11-23T09:00")
    hv("cancel", "--db", db, "--id", 3, "--note", "came herself", "--at", "2026-11-23T10:00")
    assert [v["id"] for v in hv("list", "--db", db, "--open", "--at", "2026-11-26T09:00")] == [1, 2]
    overdue = hv("list", "--db", db, "--overdue", "--at", "2026-11-26T09:00")
    assert [(v["id"], v["overdue"]) for v in overdue] == [(1, True)]
    assert [v["id"] for v in hv("list", "--db", db, "--overdue", "--at", "2026-12-02T09:00")] == [1, 2]
    assert [v["id"] for v in hv("list", "--db", db, "--at", "2026-11-26T09:00")] == [1, 2, 3]
    out = kiosk("home-visit", "--help", check_exit=0).stdout
    for command in ("request", "approve", "refuse", "cancel", "assign", "call", "done", "list"):
        assert command in out
