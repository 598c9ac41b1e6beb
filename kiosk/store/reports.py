"""Reading a range of business days for reports and exports: one snapshot, rows streamed, no write lock.

Drills (kiosk.core.drill_marks) are left out of every row and figure unless the reader is asked for them."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from kiosk.core.days import check_range
from kiosk.core.drill_marks import DRILL_ACTIONS, DrillMarks
from kiosk.core.records import (
    ASSISTANCE_COLUMNS,
    EVENT_COLUMNS,
    HELP_COLUMNS,
    REGISTER_COLUMNS,
    TICKET_COLUMNS,
    names,
    register_columns,
)
from kiosk.core.register_stats import REGISTERS, RegisterBuilder, RegisterRules, Registers
from kiosk.core.stats import Report, ReportBuilder, TicketFacts, ticket_facts
from kiosk.core.surge_report import COUNTER_ACTIONS, SURGE_ALERT, SURGE_EVENTS

if TYPE_CHECKING:
    from kiosk.store.queue import QueueStore

_LATE_EVENTS = timedelta(days=1)  # a ticket's last events may come after its day's midnight
# register -> its table and the time a row belongs to a day by
_REGISTER_TABLES = {"bookings": ("appointments", "due_at"), "home_visits": ("home_visits", "requested_at"),
                    "complaints": ("complaints", "received_at"), "ratings": ("ratings", "at"),
                    "shunting": ("shunt_offers", "at")}
_ABOUT_A_TICKET = ("bookings", "complaints", "ratings")  # registers whose rows may name a drill's ticket

# The SQL twin of DrillMarks: what a report without drills leaves out.
_DRILL_TICKETS = "SELECT id FROM tickets WHERE drill_id IS NOT NULL"
_NOT_A_DRILL_TICKET = f"(ticket_id IS NULL OR ticket_id NOT IN ({_DRILL_TICKETS}))"
_DURING_A_DRILL = ("EXISTS (SELECT 1 FROM drills d WHERE d.started_at <= events.at "
                   "AND (d.ended_at IS NULL OR events.at <= d.ended_at))")
_NOT_A_DRILL_EVENT = (f"{_NOT_A_DRILL_TICKET} AND action NOT IN ({', '.join(map(repr, DRILL_ACTIONS))}) "
                      f"AND NOT (action IN ({', '.join(map(repr, SURGE_EVENTS))}) AND {_DURING_A_DRILL})")
_COUNTER_EVENTS = f"action IN ({', '.join(map(repr, (SURGE_ALERT, *COUNTER_ACTIONS)))})"


@dataclass
class RangeReader:
    """The rows of a range of days, read inside one read transaction (a WAL snapshot: stations keep
    writing meanwhile; the export sees the data as it was when it began)."""

    store: QueueStore
    day_from: str
    day_to: str
    drills: bool = False  # include the drills' rows (marked); by default they are left out
    _marks: DrillMarks | None = field(default=None, init=False, repr=False)
    _drilled: bool | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.branch = self.store.branch
        tz = self.branch.tz
        start = datetime.combine(date.fromisoformat(self.day_from), time(0), tzinfo=tz)
        end = datetime.combine(date.fromisoformat(self.day_to) + timedelta(days=1), time(0), tzinfo=tz)
        self.lo, self.hi = start.timestamp(), end.timestamp()
        self.late = (end + _LATE_EVENTS).timestamp()

    def _rows(self, sql: str, params: list[Any]) -> Iterator[tuple]:
        with self.store.conn.errors():
            # not `yield from`: a reader left unfinished (a failed export) would close its cursor when
            # collected, after the connection, and print an error ("Cannot operate on a closed database")
            for row in self.store.db.execute(sql, params):  # noqa: UP028 (see above)
                yield row

    def _count(self, sql: str, params: list[Any]) -> int:
        with self.store.conn.errors():
            return self.store.db.execute(sql, params).fetchone()[0]

    def _real(self, condition: str) -> str:
        """` AND condition` unless drills are included, or none ran near the range (the usual range: its
        queries stay as cheap as they were)."""
        return "" if self.drills or not self._drilled_near() else f" AND {condition}"

    def _drilled_near(self) -> bool:
        """Whether a drill ran in the range or the day before (whose tickets' last events may fall in it)."""
        if self._drilled is None:
            self._drilled = self._count(
                "SELECT COUNT(*) FROM drills WHERE started_at < ? AND (ended_at IS NULL OR ended_at >= ?)",
                [self.hi, self.lo - _LATE_EVENTS.total_seconds()]) > 0
        return self._drilled

    def marks(self) -> DrillMarks:
        """Which rows belong to a drill (read once; every row is real when drills are left out)."""
        if self._marks is None:
            tickets, spans = {}, ()
            if self.drills:
                with self.store.conn.errors():
                    tickets = dict(self.store.db.execute(
                        "SELECT id, drill_id FROM tickets WHERE drill_id IS NOT NULL AND issued_at >= ? "
                        "AND issued_at < ?", [self.lo - _LATE_EVENTS.total_seconds(), self.hi]).fetchall())
                    spans = tuple(tuple(row) for row in self.store.db.execute(
                        "SELECT id, started_at, ended_at FROM drills WHERE started_at < ? "
                        "AND (ended_at IS NULL OR ended_at >= ?) ORDER BY started_at, id",
                        [self.hi, self.lo]))
            self._marks = DrillMarks(tickets, spans)
        return self._marks

    def counts(self) -> dict[str, int]:
        """Rows each part will stream, for progress."""
        return {
            "tickets": self._count("SELECT COUNT(*) FROM tickets WHERE business_day BETWEEN ? AND ?"
                                   + self._real("drill_id IS NULL"), [self.day_from, self.day_to]),
            "events": self._count("SELECT COUNT(*) FROM events WHERE at >= ? AND at < ?"
                                  + self._real(_NOT_A_DRILL_EVENT), [self.lo, self.hi]),
            "assistance": self._count("SELECT COUNT(*) FROM assistance WHERE at >= ? AND at < ?"
                                      + self._real(_NOT_A_DRILL_TICKET), [self.lo, self.hi]),
            **{register: self._count(self._register_sql(register, "COUNT(*)"), [self.lo, self.hi])
               for register in REGISTER_COLUMNS},
        }

    def until(self) -> float:
        """The end of the data: the latest ticket event of the range (for tickets never called)."""
        last = self._count("SELECT MAX(at) FROM events WHERE ticket_id IS NOT NULL AND at >= ? AND at < ?"
                           + self._real(_NOT_A_DRILL_TICKET), [self.lo, self.hi])
        return self.lo if last is None else last

    def ticket_facts(self) -> Iterator[tuple[dict[str, Any], TicketFacts]]:
        """Each ticket of the range (by id) with its facts: tickets and their events merged in one pass,
        both sorted by ticket id, so memory stays flat however long the range."""
        max_wait, until = self.branch.max_wait_minutes, self.until()
        events = self._rows("SELECT ticket_id, action, at, counter, actor FROM events "
                            "WHERE ticket_id IS NOT NULL AND at >= ? AND at < ? ORDER BY ticket_id, id",
                            [self.lo, self.late])
        pending = next(events, None)
        tickets = self._rows(f"SELECT {', '.join(TICKET_COLUMNS)} FROM tickets WHERE business_day BETWEEN ? "
                             f"AND ?{self._real('drill_id IS NULL')} ORDER BY id",
                             [self.day_from, self.day_to])
        for values in tickets:
            row = dict(zip(TICKET_COLUMNS, values, strict=True))
            tid = row["id"]
            while pending is not None and pending[0] < tid:
                pending = next(events, None)
            mine = []
            while pending is not None and pending[0] == tid:
                _, action, at, counter, actor = pending
                mine.append({"action": action, "at": at, "counter": counter, "actor": actor})
                pending = next(events, None)
            yield row, ticket_facts(row, mine, max_wait, until)

    def events(self) -> Iterator[tuple]:
        """The range's events in EVENT_COLUMNS order; with drills, each with its drill (or None) after."""
        rows = self._rows(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE at >= ? AND at < ?"
                          f"{self._real(_NOT_A_DRILL_EVENT)} ORDER BY id", [self.lo, self.hi])
        if not self.drills:
            return rows
        marks = self.marks()
        return ((*row, marks.event(row[1], row[4], row[5], row[7])) for row in rows)

    def counter_events(self) -> Iterator[tuple[float, str, int | None, dict, int | None]]:
        """Surge alerts and counters' openings, pauses and closes, in order: (at, action, counter, details,
        drill)."""
        marks = self.marks()
        for at, action, counter, details in self._rows(
                "SELECT at, action, counter, details FROM events WHERE at >= ? AND at < ? "
                f"AND {_COUNTER_EVENTS}{self._real(_NOT_A_DRILL_EVENT)} ORDER BY id", [self.lo, self.hi]):
            yield at, action, counter, json.loads(details or "{}"), marks.event(at, action, None, details)

    def assistance(self) -> Iterator[tuple]:
        return self._rows(f"SELECT {', '.join(ASSISTANCE_COLUMNS)} FROM assistance WHERE at >= ? AND at < ?"
                          f"{self._real(_NOT_A_DRILL_TICKET)} ORDER BY id", [self.lo, self.hi])

    def help_requests(self) -> Iterator[tuple]:
        return self._rows(f"SELECT {', '.join(HELP_COLUMNS)} FROM help_requests WHERE at >= ? AND at < ?"
                          f"{self._real(_NOT_A_DRILL_TICKET)} ORDER BY id", [self.lo, self.hi])

    def _register_sql(self, register: str, columns: str) -> str:
        if register == "complaint_steps":  # the steps of the range's complaints, whenever taken
            return (f"SELECT {columns} FROM complaint_steps WHERE complaint_id IN "
                    "(SELECT id FROM complaints WHERE received_at >= ? AND received_at < ?"
                    f"{self._real(_NOT_A_DRILL_TICKET)})")
        table, by = _REGISTER_TABLES[register]
        real = self._real(_NOT_A_DRILL_TICKET) if register in _ABOUT_A_TICKET else ""
        return f"SELECT {columns} FROM {table} WHERE {by} >= ? AND {by} < ?{real}"

    def register_rows(self, register: str, personal: bool = False) -> Iterator[tuple]:
        """A register's rows of the range in kiosk.core.records.register_columns(register, personal) order:
        by the time they belong to the day by (a complaint's steps by complaint), then id."""
        by = "complaint_id" if register == "complaint_steps" else _REGISTER_TABLES[register][1]
        sql = self._register_sql(register, ", ".join(register_columns(register, personal)))
        return self._rows(f"{sql} ORDER BY {by}, id", [self.lo, self.hi])

    def registers(self) -> Registers:
        """The registers' figures of the range; what is open or overdue as of the store clock's now."""
        b = self.branch
        rules = RegisterRules(b.bookings.no_show_minutes, b.home_visits.due_working_days,
                              b.complaints.reply_working_days, b.ratings.low_score,
                              b.shunting.threshold_minutes)
        builder = RegisterBuilder(b.time_zone, self.store.clock.now().timestamp(), rules)
        for register in REGISTERS:
            columns = register_columns(register)
            for values in self.register_rows(register):
                builder.add(register, dict(zip(columns, values, strict=True)))
        return builder.registers()

    def last_link(self) -> tuple[int, str | None] | None:
        """The last event of the range and its chain hash (kiosk verify); None without events."""
        with self.store.conn.errors():
            return self.store.db.execute(f"SELECT id, hash FROM events WHERE at >= ? AND at < ?"
                                         f"{self._real(_NOT_A_DRILL_EVENT)} ORDER BY id DESC LIMIT 1",
                                         [self.lo, self.hi]).fetchone()

    def builder(self) -> ReportBuilder:
        b = self.branch
        return ReportBuilder(b.name, self.day_from, self.day_to, b.time_zone, b.max_wait_minutes, names(b))

    def read(self, on_ticket: Callable[[dict, TicketFacts], None] | None = None,
             on_event: Callable[[tuple], None] | None = None,
             on_assistance: Callable[[tuple], None] | None = None,
             on_help: Callable[[tuple], None] | None = None) -> Report:
        """read_report() of this range."""
        return read_report(self, on_ticket, on_event, on_assistance, on_help)


@contextmanager
def snapshot(store: QueueStore) -> Iterator[None]:
    """One read transaction: a consistent view that takes no lock writers wait for (WAL). When reading
    failed, that failure is what is reported, not a failing end of the transaction after it."""
    with store.conn.snapshot():
        yield


def read_report(reader: RangeReader, on_ticket: Callable[[dict, TicketFacts], None] | None = None,
                on_event: Callable[[tuple], None] | None = None,
                on_assistance: Callable[[tuple], None] | None = None,
                on_help: Callable[[tuple], None] | None = None) -> Report:
    """Stream every row of the range once, handing each to the given callbacks, and return the Report."""
    builder = reader.builder()
    for row, facts in reader.ticket_facts():
        builder.add_ticket(facts)
        if on_ticket:
            on_ticket(row, facts)
    for values in reader.help_requests():
        builder.add_help(dict(zip(HELP_COLUMNS, values, strict=True)))
        if on_help:
            on_help(values)
    for values in reader.assistance():
        builder.add_assistance(dict(zip(ASSISTANCE_COLUMNS, values, strict=True)))
        if on_assistance:
            on_assistance(values)
    for event in reader.counter_events():
        builder.add_counter_event(*event)
    if on_event:
        for values in reader.events():
            on_event(values)
    final = reader.last_link() or (None, None)
    return replace(builder.report(reader.drills), final_event=final[0], final_hash=final[1],
                   registers=reader.registers())


def build_report(store: QueueStore, day_from: str, day_to: str, drills: bool = False) -> Report:
    """The Report of business days `day_from`..`day_to` (YYYY-MM-DD, inclusive); the drills' tickets and
    events only with `drills`."""
    day_from, day_to = check_range(day_from, day_to)
    reader = RangeReader(store, day_from, day_to, drills)
    with snapshot(store):
        return read_report(reader)


class Reports:
    """QueueStore's part: the figures and rows of a range of business days, read in one snapshot."""

    def report(self, day_from: str, day_to: str | None = None, drills: bool = False) -> Report:
        """The Report of business days `day_from`..`day_to` (YYYY-MM-DD, inclusive; one day by default);
        drill tickets and their events are left out unless `drills`."""
        return build_report(self, day_from, day_to, drills)

    @contextmanager
    def read_range(self, day_from: str, day_to: str | None = None,
                   drills: bool = False) -> Iterator[RangeReader]:
        """The rows of business days `day_from`..`day_to`, for an export that streams them: read inside one
        read transaction (a snapshot that takes no lock writers wait for) open while the block runs. The
        drills' rows only with `drills` (then marked: RangeReader.events, TicketFacts.drill)."""
        day_from, day_to = check_range(day_from, day_to)
        reader = RangeReader(self, day_from, day_to, drills)
        with snapshot(self):
            yield reader
