"""Hypothesis state machine: random days of issuing and calling against a real store, on each engine (a new
SQLite file per example; one PostgreSQL database, emptied between examples).

Checked after every step: each ticket is in exactly one state and at most one counter; labels
are unique per service and business day (cancelled ones included); the trigger-kept waiting
counts match the tickets; and every call matches the policy applied to *all* waiting tickets
(the store only reads the head of each group), so a regular ticket past the maximum wait is called before any
non-green-channel ticket and a love window never calls a regular ticket unless it was
transferred there; a ticket transferred to a counter is called by that counter only, and
first.
"""
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import psycopg
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from kiosk.core.errors import QueueError
from kiosk.core.models import CounterMode, TicketStatus
from kiosk.core.policy import choose_next
from kiosk.store import QueueStore
from kiosk.store.tickets import _TICKET_COLUMNS, _ticket
from tests.conftest import branch_time

SERVICES = st.sampled_from(["A", "B", "C"])
CLASSES = st.sampled_from(["regular", "regular", "regular", "elderly", "green_channel", "vip",
                           "appointment", "pregnant"])
COUNTERS = st.sampled_from([1, 2, 3, 4])
# Every table the store writes (not kiosk_migrations: the schema stays).
QUEUE_TABLES = ("settings, tickets, counters, events, waiting_counts, help_requests, appointments, staff, "
                "assistance, complaint_steps, complaints, home_visits, ratings, shunt_offers, drills")


class NewFile:
    """SQLite: a new database file for each example, removed after it."""

    def fresh(self) -> Path:
        self.dir = Path(tempfile.mkdtemp(prefix="kiosk-prop-"))
        return self.dir / "q.db"

    def done(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


class EmptiedDatabase:
    """PostgreSQL: one database for every example, its tables emptied before each (a new database per
    example costs a CREATE DATABASE and the schema's migration each time). The events' append-only triggers
    refuse TRUNCATE; the superuser's replica role skips them, for this statement only."""

    def __init__(self, url: str):
        self.url = url
        QueueStore.init(url).close()  # the schema, made once
        self.admin = psycopg.connect(url, autocommit=True)

    def fresh(self) -> str:
        with self.admin.transaction():
            self.admin.execute("SET LOCAL session_replication_role = replica")
            self.admin.execute(f"TRUNCATE {QUEUE_TABLES} RESTART IDENTITY")
        return self.url

    def done(self) -> None:
        pass

    def close(self) -> None:
        self.admin.close()


class QueueMachine(RuleBasedStateMachine):
    def __init__(self, database: NewFile | EmptiedDatabase):
        super().__init__()
        self.database = database
        self.store = QueueStore.init(database.fresh())
        self.branch = self.store.branch
        self.now = branch_time(8)
        self.issued = 0
        for number, services, mode in [(1, ("A", "B", "C"), CounterMode.NORMAL),
                                       (2, ("B", "A"), CounterMode.NORMAL),
                                       (3, ("C",), CounterMode.NORMAL),
                                       (4, ("A", "B", "C"), CounterMode.LOVE)]:
            self.store.open_counter(number, services, mode, at=self.tick())

    def teardown(self):
        self.store.close()
        self.database.done()

    def tick(self, minutes: float = 0.0):
        self.now += timedelta(minutes=minutes, seconds=1)
        return self.now

    def all_tickets(self):
        return [_ticket(r) for r in self.store.db.execute(f"SELECT {_TICKET_COLUMNS} FROM tickets")]

    @rule(minutes=st.sampled_from([0, 1, 5, 20, 45, 90]))
    def wait(self, minutes):
        self.tick(minutes)

    @rule(arrivals=st.lists(st.tuples(SERVICES, CLASSES, st.integers(0, 15)), min_size=1, max_size=6))
    def issue(self, arrivals):
        for service, priority, gap in arrivals:
            issued = self.store.issue_ticket(service, priority, at=self.tick(gap))
            self.issued += 1
            assert issued.ahead >= 0 and issued.eta_minutes >= 0

    @rule(counter=COUNTERS)
    def serve_current(self, counter):
        desk = next(c for c in self.store.counters() if c.number == counter)
        if desk.current_ticket_id is None:
            return
        if self.store.ticket_by_id(desk.current_ticket_id).status == TicketStatus.CALLED:
            self.store.start(counter, at=self.tick())
        self.store.finish(counter, at=self.tick(3))

    @rule(counter=COUNTERS, love=st.booleans(), services=st.permutations(["A", "B", "C"]),
          width=st.integers(1, 3))
    def open_counter(self, counter, love, services, width):
        mode = CounterMode.LOVE if love else CounterMode.NORMAL
        self.store.open_counter(counter, tuple(services[:width]), mode, at=self.tick())

    @rule(counter=COUNTERS, close=st.booleans())
    def close_or_pause(self, counter, close):
        try:
            if close:
                self.store.close_counter(counter, at=self.tick())
            else:
                self.store.pause_counter(counter, "break", at=self.tick())
        except QueueError as exc:
            assert "still has ticket" in str(exc)

    @rule(counter=COUNTERS)
    def call_next(self, counter):
        at = self.tick()
        desk = next(c for c in self.store.counters() if c.number == counter)
        waiting = [t for t in self.all_tickets() if t.status == TicketStatus.WAITING
                   and t.business_day == at.date().isoformat()]
        try:
            expected = choose_next(waiting, desk, self.branch, at)
        except QueueError:
            expected = "refused"
        try:
            got = self.store.call_next(counter, at=at)
        except QueueError:
            assert expected == "refused" or desk.current_ticket_id is not None
            return
        assert expected != "refused"
        assert (got and got.ticket.id) == (expected and expected.ticket.id)
        if got is None:
            return
        if got.reason.startswith("transferred"):
            assert {t.id: t.reserved_counter for t in waiting}[got.ticket.id] == counter
            assert got.ticket.reserved_counter is None
            return
        assert not [t for t in waiting if t.reserved_counter == counter], "reserved ones go first"
        if desk.mode == CounterMode.LOVE:
            assert got.ticket.priority != "regular"
        # A ticket reserved for another counter is not this counter's to call, however long it waited.
        overdue = [t for t in waiting if t.priority == "regular" and t.service in desk.services
                   and t.reserved_counter is None
                   and (at - t.issued_at) >= timedelta(minutes=self.branch.max_wait_minutes)]
        if overdue and desk.mode == CounterMode.NORMAL:
            assert got.ticket.priority == "green_channel" or got.ticket.id in {
                t.id for t in waiting if (at - t.issued_at) >= timedelta(minutes=40)}

    @rule(counter=COUNTERS, action=st.sampled_from(["recall", "start", "finish", "no_show"]))
    def act(self, counter, action):
        try:
            getattr(self.store, action)(counter, at=self.tick())
        except QueueError:
            pass

    @rule(counter=COUNTERS, service=SERVICES)
    def transfer(self, counter, service):
        try:
            self.store.transfer(counter, service, at=self.tick())
        except QueueError:
            pass

    @rule(data=st.data(), to_counter=COUNTERS, service=st.none() | SERVICES)
    def transfer_to_counter(self, data, to_counter, service):
        busy = [c.number for c in self.store.counters() if c.current_ticket_id is not None]
        if not busy:
            return
        counter = data.draw(st.sampled_from(busy))
        try:
            self.store.transfer(counter, service, to_counter, at=self.tick())
        except QueueError:
            pass

    @rule(data=st.data())
    def call_where_transferred(self, data):
        targets = sorted({t.reserved_counter for t in self.all_tickets() if t.reserved_counter})
        if targets:
            self.call_next(data.draw(st.sampled_from(targets)))

    @precondition(lambda self: self.issued > 0)
    @rule(data=st.data())
    def reinstate(self, data):
        no_shows = [t for t in self.all_tickets() if t.status == TicketStatus.NO_SHOW]
        if not no_shows:
            return
        t = data.draw(st.sampled_from(no_shows))
        try:
            self.store.reinstate(t.label, at=self.tick())
        except QueueError as exc:
            assert "min ago" in str(exc) or "no ticket" in str(exc)

    @precondition(lambda self: self.issued > 0)
    @rule(data=st.data())
    def cancel(self, data):
        tickets = [t for t in self.all_tickets() if t.status in (TicketStatus.WAITING, TicketStatus.CALLED)]
        if not tickets:
            return
        t = data.draw(st.sampled_from(tickets))
        gone = self.store.cancel_ticket(t.label, t.business_day, at=self.tick())
        assert gone.status == TicketStatus.CANCELLED and gone.reserved_counter is None

    @invariant()
    def each_ticket_in_one_state_and_at_most_one_counter(self):
        tickets = {t.id: t for t in self.all_tickets()}
        assert len(tickets) == self.issued
        holders = {}
        for c in self.store.counters():
            if c.current_ticket_id is not None:
                t = tickets[c.current_ticket_id]
                assert t.status in (TicketStatus.CALLED, TicketStatus.SERVING)
                assert t.counter == c.number
                assert t.id not in holders
                holders[t.id] = c.number
        at_desk = {t.id for t in tickets.values()
                   if t.status in (TicketStatus.CALLED, TicketStatus.SERVING)}
        assert at_desk == set(holders)

    @invariant()
    def reserved_tickets_wait_for_a_counter_that_is_not_closed(self):
        modes = {c.number: c.mode for c in self.store.counters()}
        for t in self.all_tickets():
            if t.reserved_counter is not None:
                assert t.status == TicketStatus.WAITING and modes[t.reserved_counter] != CounterMode.CLOSED

    @invariant()
    def labels_unique_per_day_and_counts_match(self):
        db = self.store.db
        assert db.execute("SELECT COUNT(*) FROM (SELECT 1 FROM tickets GROUP BY business_day, label "
                          "HAVING COUNT(*) > 1) AS twice").fetchone()[0] == 0
        actual = dict(((d, s, p), n) for d, s, p, n in db.execute(
            "SELECT business_day, service, priority, COUNT(*) FROM tickets WHERE status = 'waiting' "
            "GROUP BY 1, 2, 3"))
        kept = {(d, s, p): n for d, s, p, n in db.execute("SELECT * FROM waiting_counts") if n}
        assert kept == actual


def days(examples: int) -> settings:
    """`examples` random days of 50 steps; the "hunt" profile (make hunt) asks for many more."""
    hunting = settings.default.max_examples > 100
    return settings(max_examples=max(examples, settings.default.max_examples) if hunting else examples,
                    stateful_step_count=50, deadline=None)


def test_random_days_on_sqlite():
    # 60 days keep the suite fast.
    run_state_machine_as_test(lambda: QueueMachine(NewFile()), settings=days(60))


def test_random_days_on_postgresql(pg_url):
    # 30, not 60: every statement is a round trip to the server, and a day of 50 steps and their checks
    # makes about 750, so a day costs about twice SQLite's here (60 took 20 s against 9 s). The SQL both
    # engines share also runs SQLite's 60 days, and `make hunt` runs many more on both.
    database = EmptiedDatabase(pg_url)
    try:
        run_state_machine_as_test(lambda: QueueMachine(database), settings=days(30))
    finally:
        database.close()
