"""The registers' figures worked out by hand, and read from a database on both engines.

The register tables are filled directly (the stations' actions that write them are tested with their own
workflows); three tickets are issued for the foreign keys. The range is Monday 2026-11-23 to Thursday
2026-11-26 (Asia/Shanghai) and the figures are taken on Thursday at 10:00, so every boundary falls on it:
  bookings (no-show 30 min after the slot ends):
    A 23rd 09:00  checked in (ticket 1) | booked, never came: no-show | cancelled
    B 23rd 09:00  marked no-show
    A 26th 09:00  ended 09:30, 30 min later is 10:00 = now: a no-show (at the boundary)
    A 26th 09:30  ends 10:00: still pending       A 27th 09:00: outside the range
  home visits (promised by the 25th, or the 27th for one asked on the 25th):
    1 done on the 25th 16:00 (the promised day itself): on time   2 done on the 26th: late
    3 assigned, not done: overdue   4 asked on the 25th, due the 27th: open, not overdue   5 refused
    6 asked on the 22nd: outside the range
  complaints (reply promised a working day later):
    1 counter, A, counter 1: replied exactly at the promised time: on time
    2 phone, A, counter 2: replied an hour late
    3 box, no service or counter: in progress, past its time: overdue
    4 online, received on the 26th, due the 27th: waiting, not overdue
    5 counter, A, counter 1: resolved on the spot (closed, no reply time): on time
  ratings (low: 2 or less): 5 and 2 for teller 1001 at counter 1 (A), 3 for 1002 at counter 2 (B)
  shunting: A offered three times (self-service, ticket, self-service), B once (ticket)
"""
from __future__ import annotations

import pytest

from kiosk.core.records import HOME_VISIT_PERSONAL, register_columns
from kiosk.core.register_stats import RegisterRules, compute_registers
from kiosk.store import QueueStore
from tests.conftest import branch_time
from tests.engines import raw

FIRST, LAST = "2026-11-23", "2026-11-26"
NOW = branch_time(10, 0, day=26)
CONTACT, ADDRESS = "138 0013 8000", "幸福路 8 号 3 单元"


def at(day: int, hour: int, minute: int = 0) -> float:
    return branch_time(hour, minute, day=day).timestamp()


BOOKINGS = [  # code, service, slot start (day, hour, minute), status, ticket, checked in at
    ("K1", "A", (23, 9, 0), "checked_in", 1, at(23, 9, 5)),
    ("K2", "A", (23, 9, 0), "booked", None, None),
    ("K3", "A", (23, 9, 0), "cancelled", None, None),
    ("K4", "B", (23, 9, 0), "no_show", None, None),
    ("K5", "A", (26, 9, 0), "booked", None, None),
    ("K6", "A", (26, 9, 30), "booked", None, None),
    ("K7", "A", (27, 9, 0), "booked", None, None),
]
HOME_VISITS = [  # requested at, service, status, due_by, done at
    (at(23, 10), "A", "done", "2026-11-25", at(25, 16)),
    (at(23, 11), "A", "done", "2026-11-25", at(26, 9)),
    (at(23, 12), "A", "assigned", "2026-11-25", None),
    (at(25, 9), "B", "approved", "2026-11-27", None),
    (at(24, 9), "A", "refused", "2026-11-26", None),
    (at(22, 9), "A", "requested", "2026-11-24", None),
]
COMPLAINTS = [  # received, channel, service, ticket, counter, status, reply due, replied, closed
    (at(23, 10), "counter", "A", 1, 1, "replied", at(24, 10), at(24, 10), None),
    (at(23, 11), "phone", "A", None, 2, "replied", at(24, 11), at(24, 12), None),
    (at(24, 9), "box", None, None, None, "in_progress", at(25, 9), None, None),
    (at(26, 9), "online", "B", None, None, "received", at(27, 9), None, None),
    (at(23, 15), "counter", "A", 2, 1, "closed", at(24, 15), None, at(23, 15, 5)),
]
RATINGS = [(at(23, 9, 30), 1, 1, "1001", "A", 5), (at(23, 9, 40), 2, 1, "1001", "A", 2),
           (at(23, 9, 50), 3, 2, "1002", "B", 3)]
SHUNTS = [(at(23, 9), "A", "zh_CN", 20, "self_service"), (at(23, 9, 5), "A", "en", 20, "ticket"),
          (at(24, 9), "A", "zh_CN", 25, "self_service"), (at(24, 10), "B", "zh_CN", 30, "ticket")]


def seed_registers(store: QueueStore) -> None:
    """Three tickets, then every register's rows above, written straight into the store's database."""
    for service in ("A", "A", "B"):
        store.issue_ticket(service, at=branch_time(9))
    with raw(store.location) as db:
        for code, service, (day, hour, minute), status, ticket, checked_in in BOOKINGS:
            start = at(day, hour, minute)
            db.execute("INSERT INTO appointments (code, service, due_at, status, ticket_id, slot_end, lang, "
                       "booked_at, booked_by, checked_in_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [code, service, start, status, ticket, start + 1800, "zh_CN", at(20, 15), "console-2",
                        checked_in])
        for requested, service, status, due_by, done in HOME_VISITS:
            db.execute("INSERT INTO home_visits (requested_at, service, reason, requested_by, contact, "
                       "address, status, due_by, staff_a, staff_b, done_at, outcome, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [requested, service, "行动不便", "agent", CONTACT, ADDRESS, status, due_by, "1001",
                        "1002", done, "已办理" if done else None, requested])
        for received, channel, service, ticket, counter, status, due, replied, closed in COMPLAINTS:
            db.execute("INSERT INTO complaints (received_at, channel, matter, service, ticket_id, counter, "
                       "taken_by, status, reply_due, replied_at, closed_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [received, channel, "等候时间太长", service, ticket, counter, "1001", status, due,
                        replied, closed, received])
        for complaint, when, status in ((1, at(23, 10), "received"), (1, at(24, 10), "replied"),
                                        (5, at(23, 15, 5), "closed")):
            db.execute("INSERT INTO complaint_steps (complaint_id, at, actor, status, note) "
                       "VALUES (?, ?, ?, ?, ?)", [complaint, when, "1001", status, "已处理"])
        for row in RATINGS:
            db.execute("INSERT INTO ratings (at, ticket_id, counter, staff, service, score) "
                       "VALUES (?, ?, ?, ?, ?, ?)", list(row))
        for row in SHUNTS:
            db.execute("INSERT INTO shunt_offers (at, service, lang, wait_minutes, choice) "
                       "VALUES (?, ?, ?, ?, ?)", list(row))


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py)."""
    return db_target


@pytest.fixture
def registers_db(store, clock):
    seed_registers(store)
    clock.set(NOW)
    return store


def check_figures(r) -> None:
    """The figures the module docstring works out."""
    b = r.bookings
    t = b.total
    assert (t.booked, t.checked_in, t.no_show, t.open, t.cancelled) == (5, 1, 3, 1, 1)
    assert [(s.service, s.start, s.booked, s.checked_in, s.no_show, s.open, s.cancelled)
            for s in b.by_slot] == [
        ("A", "2026-11-23 09:00", 2, 1, 1, 0, 1), ("B", "2026-11-23 09:00", 1, 0, 1, 0, 0),
        ("A", "2026-11-26 09:00", 1, 0, 1, 0, 0), ("A", "2026-11-26 09:30", 1, 0, 0, 1, 0)]
    assert (b.by_service["A"].booked, b.by_service["B"].no_show) == (4, 1)
    h = r.home_visits.total
    assert (h.requested, h.done, h.done_on_time, h.open, h.overdue, h.refused, h.cancelled) == (
        5, 2, 1, 2, 1, 1, 0)
    assert h.on_time_share == pytest.approx(1 / 3)  # on time / (done + overdue)
    assert (r.home_visits.by_service["B"].open, r.home_visits.by_service["B"].overdue) == (1, 0)
    c = r.complaints
    assert (c.total.received, c.total.replied, c.total.replied_on_time, c.total.overdue, c.total.closed) == (
        5, 3, 2, 1, 1)
    assert c.total.on_time_share == 0.5
    assert {k: (v.received, v.replied_on_time) for k, v in c.by_channel.items()} == {
        "counter": (2, 2), "phone": (1, 0), "box": (1, 0), "online": (1, 0)}
    assert list(c.by_channel) == ["counter", "phone", "box", "online"]
    assert {k: v.received for k, v in c.by_counter.items()} == {"1": 2, "2": 1, "": 2}
    assert list(c.by_counter) == ["1", "2", ""]  # counters by number, none last
    assert {k: (v.received, v.overdue) for k, v in c.by_service.items()} == {
        "A": (3, 0), "B": (1, 0), "": (1, 1)}
    assert list(c.by_status.items()) == [("received", 1), ("in_progress", 1), ("replied", 2), ("closed", 1)]
    g = r.ratings
    assert (g.total.count, g.total.mean, g.total.low) == (3, pytest.approx(10 / 3), 1)  # 2 is low (boundary)
    assert g.distribution == {"1": 0, "2": 1, "3": 1, "4": 0, "5": 1}
    assert {k: (v.count, v.mean, v.low) for k, v in g.by_teller.items()} == {
        "1001": (2, 3.5, 1), "1002": (1, 3, 0)}
    assert list(g.by_counter) == ["1", "2"] and list(g.by_service) == ["A", "B"]
    s = r.shunting
    assert (s.total.offered, s.total.self_service, s.total.ticket) == (4, 2, 2)
    assert (s.by_service["A"].offered, s.by_service["A"].self_service_share) == (3, pytest.approx(2 / 3))
    assert s.by_service["B"].self_service_share == 0
    assert r.as_of == "2026-11-26T10:00:00+08:00"


def _rows(columns, table):
    return [dict(zip(columns, row, strict=True)) for row in table]


def test_figures_worked_out_by_hand_from_rows():
    """The pure fold, given the rows as dicts (the range's rows only, as the store reads them)."""
    def booking(code, service, start, status, ticket, checked_in):
        begin = at(*start)
        return {"due_at": begin, "slot_end": begin + 1800, "service": service, "status": status,
                "ticket_id": ticket, "checked_in_at": checked_in}

    rows = {
        "bookings": [booking(*b) for b in BOOKINGS[:-1]],
        "home_visits": _rows(("requested_at", "service", "status", "due_by", "done_at"), HOME_VISITS[:-1]),
        "complaints": _rows(("received_at", "channel", "service", "ticket_id", "counter", "status",
                             "reply_due", "replied_at", "closed_at"), COMPLAINTS),
        "ratings": _rows(("at", "ticket_id", "counter", "staff", "service", "score"), RATINGS),
        "shunting": _rows(("at", "service", "lang", "wait_minutes", "choice"), SHUNTS),
    }
    check_figures(compute_registers("Asia/Shanghai", NOW.timestamp(), RegisterRules(), rows))


def test_a_moment_earlier_the_boundary_booking_is_still_pending_and_nothing_of_the_25th_overdue():
    rows = {"bookings": [{"due_at": at(26, 9), "slot_end": at(26, 9, 30), "service": "A",
                          "status": "booked"}],
            "home_visits": [{"service": "A", "status": "approved", "due_by": "2026-11-25"}],
            "complaints": [{"received_at": at(24, 9), "channel": "box", "status": "received",
                            "reply_due": at(25, 9)}]}
    r = compute_registers("Asia/Shanghai", at(25, 23, 59), RegisterRules(), rows)
    assert (r.bookings.total.open, r.bookings.total.no_show) == (1, 0)
    assert (r.home_visits.total.open, r.home_visits.total.overdue) == (1, 0)  # the 25th is the promised day
    assert r.home_visits.total.on_time_share is None  # nothing judged yet
    assert r.complaints.total.overdue == 1  # 09:00 on the 25th has passed


def test_the_store_reads_each_register_of_the_range(registers_db):
    report = registers_db.report(FIRST, LAST)
    check_figures(report.registers)
    assert report.registers.rules == RegisterRules(30, 2, 1, 2, 15)  # the default branch's rules


def test_rows_come_in_the_records_column_order_without_personal_data_unless_asked(registers_db):
    with registers_db.read_range(FIRST, LAST) as reader:
        counts = reader.counts()
        visits = list(reader.register_rows("home_visits"))
        personal = list(reader.register_rows("home_visits", personal=True))
        bookings = list(reader.register_rows("bookings"))
        steps = list(reader.register_rows("complaint_steps"))
        ratings = list(reader.register_rows("ratings"))
    assert {k: counts[k] for k in ("bookings", "home_visits", "complaints", "complaint_steps", "ratings",
                                   "shunting")} == {"bookings": 6, "home_visits": 5, "complaints": 5,
                                                    "complaint_steps": 3, "ratings": 3, "shunting": 4}
    plain = register_columns("home_visits")
    assert not set(HOME_VISIT_PERSONAL) & set(plain) and len(visits[0]) == len(plain)
    assert not any(CONTACT in map(str, row) or ADDRESS in map(str, row) for row in visits)
    full = [dict(zip(register_columns("home_visits", personal=True), row, strict=True)) for row in personal]
    assert {(v["contact"], v["address"]) for v in full} == {(CONTACT, ADDRESS)}
    assert [v["requested_at"] for v in full] == sorted(v["requested_at"] for v in full)  # by their time
    columns = register_columns("bookings")
    codes = [dict(zip(columns, row, strict=True))["code"] for row in bookings]
    assert codes == ["K1", "K2", "K3", "K4", "K5", "K6"]
    assert [row[1] for row in steps] == [1, 1, 5]  # complaint_id: each complaint's steps together
    assert [row[-1] for row in ratings] == [5, 2, 3]
