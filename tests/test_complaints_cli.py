"""`kiosk complaint …`: the exact contract of issue 13 on both engines: JSON on stdout, promised replies
with their offset, the lifecycle, refusals as one `error:` line with exit 2."""
from __future__ import annotations

import pytest

from tests.test_cli import ok, user_error

FRIDAY = "2026-11-27T10:05"  # 2026-11-27 is a Friday


@pytest.fixture
def db(db_target):
    ok("init", "--db", db_target)
    return db_target


def test_add_promises_a_reply_on_the_next_working_day_and_takes_the_tickets_service(db):
    ok("issue", "--db", db, "--service", "B", "--at", "2026-11-27T10:00")
    added = ok("complaint", "add", "--db", db, "--channel", "counter", "--text", "等了很久没人解释",
               "--ticket", "b1", "--at", FRIDAY)
    assert added == {"id": 1, "status": "received", "reply_due": "2026-11-30T10:05:00+08:00"}
    [listed] = ok("complaint", "list", "--db", db, "--at", "2026-11-27T11:00")
    assert (listed["ticket"], listed["service"], listed["channel"], listed["matter"]) == (
        "B001", "B", "counter", "等了很久没人解释")
    assert listed["received_at"] == "2026-11-27T10:05:00+08:00" and listed["overdue"] is False


def test_the_lifecycle_and_the_overdue_list(db):
    first = ok("complaint", "add", "--db", db, "--channel", "phone", "--text", "card swallowed",
               "--at", FRIDAY)
    second = ok("complaint", "add", "--db", db, "--channel", "online", "--text", "rude", "--at", FRIDAY)
    spot = ok("complaint", "add", "--db", db, "--channel", "box", "--text", "pen missing",
              "--on-the-spot", "a pen was put back", "--at", FRIDAY)
    assert spot["status"] == "closed"
    assert ok("complaint", "list", "--db", db, "--overdue", "--at", "2026-11-30T10:05") == []
    overdue = ok("complaint", "list", "--db", db, "--overdue", "--at", "2026-11-30T10:06")
    assert [c["id"] for c in overdue] == [second["id"], first["id"]]
    progress = ok("complaint", "progress", "--db", db, "--id", first["id"], "--text", "asked the ATM vendor",
                  "--at", "2026-11-30T09:00")
    assert progress["status"] == "in_progress"
    assert ok("complaint", "reply", "--db", db, "--id", first["id"], "--text", "card returned",
              "--at", "2026-11-30T10:00")["status"] == "replied"
    assert ok("complaint", "close", "--db", db, "--id", first["id"], "--at", "2026-11-30T10:30") == {
        "id": first["id"], "status": "closed", "reply_due": "2026-11-30T10:05:00+08:00"}
    still = ok("complaint", "list", "--db", db, "--overdue", "--at", "2026-11-30T11:00")
    assert [c["id"] for c in still] == [second["id"]]
    assert [c["id"] for c in ok("complaint", "list", "--db", db, "--open")] == [second["id"]]
    closed = next(c for c in ok("complaint", "list", "--db", db) if c["id"] == first["id"])
    assert [(s["status"], s["note"]) for s in closed["steps"]] == [
        ("received", ""), ("in_progress", "asked the ATM vendor"), ("replied", "card returned"),
        ("closed", "")]
    assert closed["replied_at"] == "2026-11-30T10:00:00+08:00"


def test_refusals_are_one_error_line(db):
    ok("complaint", "add", "--db", db, "--channel", "phone", "--text", "x", "--at", FRIDAY)
    assert "--channel" in user_error("complaint", "add", "--db", db, "--channel", "fax", "--text", "x")
    too_long = user_error("complaint", "add", "--db", db, "--channel", "box", "--text", "长" * 1001)
    assert "1001 characters" in too_long and "at most 1000" in too_long
    assert "empty" in user_error("complaint", "reply", "--db", db, "--id", "1", "--text", "  ")
    assert "cannot become closed" in user_error("complaint", "close", "--db", db, "--id", "1",
                                                "--at", "2026-11-27T11:00")
    assert "--id" in user_error("complaint", "close", "--db", db, "--id", "9" * 20)  # no int64: refused
    assert "no complaint 9" in user_error("complaint", "reply", "--db", db, "--id", "9", "--text", "x")
    assert "no ticket A007" in user_error("complaint", "add", "--db", db, "--channel", "counter",
                                          "--text", "x", "--ticket", "A007", "--at", FRIDAY)
    assert ok("complaint", "add", "--db", db, "--channel", "box", "--text", "长" * 1000,
              "--at", FRIDAY)["id"] == 2
