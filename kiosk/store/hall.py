"""What the waiting hall sees: today's calls, newest first, calls made since the last look, and the
ticket at each counter."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from kiosk.core import clock
from kiosk.store.queue import QueueStore

_CALLS = ("SELECT e.id, e.at, e.action, e.counter, t.label, t.lang, t.priority, t.business_day, t.drill_id "
          "FROM events e JOIN tickets t ON t.id = e.ticket_id WHERE e.action IN ('call', 'recall') ")

_PAST_EVERY_ROWID = 2**63 - 1  # SQLite's largest integer


@dataclass(frozen=True)
class Call:
    event_id: int
    at: datetime
    recall: bool
    counter: int
    label: str
    lang: str
    priority: str
    drill: bool = False  # a drill's ticket: marked on the board and said to be a drill


def _calls(rows, day: str | None = None) -> list[Call]:
    """The rows as calls; only those of tickets of business day `day` when given."""
    return [Call(i, datetime.fromtimestamp(at, UTC), action == "recall", counter, label, lang or "", priority,
                 drill_id is not None)
            for i, at, action, counter, label, lang, priority, ticket_day, drill_id in rows
            if day is None or ticket_day == day]


def today(store: QueueStore, at: datetime | None = None) -> str:
    """The business day now in the branch's time zone."""
    return clock.business_day(at, store.branch.tz) if at else store.today()


def recent_calls(store: QueueStore, tickets: int = 8, at: datetime | None = None) -> list[Call]:
    """Today's latest calls and recalls, newest first, going back far enough to hold the calls of
    `tickets` different tickets (a ticket recalled again and again still leaves room for the others).
    Events are read backwards by rowid, a page at a time, and the reading stops at a page with none of
    today's tickets: yesterday's last call is not "now calling" the next morning, when today's tickets
    reuse its number, and the year's event log is not read back each morning."""
    day, page = today(store, at), 4 * tickets
    calls: list[Call] = []
    before = _PAST_EVERY_ROWID
    while True:
        with store.conn.errors():
            rows = store.db.execute(_CALLS + "AND e.id < ? ORDER BY e.id DESC LIMIT ?",
                                    [before, page]).fetchall()
        todays = _calls(rows, day)
        calls += todays
        if len(rows) < page or not todays or len({c.label for c in calls if not c.recall}) >= tickets:
            return calls
        before = rows[-1][0]


class AtCounter(NamedTuple):
    """The ticket a counter holds: called (its customer is on the way) or being served."""
    label: str
    serving: bool
    drill: bool = False


def tickets_at_counters(store: QueueStore, at: datetime | None = None) -> dict[int, AtCounter]:
    """Counter number -> its current ticket, for tickets of today only (one left at a counter from an
    earlier day is staff's to clear, not the hall's to show)."""
    day = today(store, at)
    with store.conn.errors():
        rows = store.db.execute("SELECT c.number, t.label, t.status = 'serving', t.drill_id FROM counters c "
                                "JOIN tickets t ON t.id = c.current_ticket_id WHERE t.business_day = ?",
                                [day]).fetchall()
    return {number: AtCounter(label, bool(serving), drill_id is not None)
            for number, label, serving, drill_id in rows}


def calls_since(store: QueueStore, after_event_id: int) -> list[Call]:
    """Calls and recalls after an event id, oldest first: what the hall has not announced yet."""
    with store.conn.errors():
        return _calls(store.db.execute(_CALLS + "AND e.id > ? ORDER BY e.id", [after_event_id]).fetchall())


def last_event_id(store: QueueStore) -> int:
    with store.conn.errors():
        return store.db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]


class Line(NamedTuple):
    """One ticket's line under "Recent calls"."""
    label: str
    counter: int
    recalled: bool
    drill: bool = False


def recent_lines(calls: list[Call]) -> list[Line]:
    """One line per ticket, newest call first, from calls newest first. A recall marks the ticket's line
    instead of adding one (the big panel shows the recall); a ticket called again elsewhere (after a
    transfer) moves up to its new counter. The newest call is on the big panel, so it has no line yet."""
    lines: dict[str, Line] = {}
    recalled: set[str] = set()
    for call in calls:
        if call.label in lines:  # an older call or recall of a ticket already placed
            continue
        if call.recall:
            recalled.add(call.label)
        else:
            lines[call.label] = Line(call.label, call.counter, call.label in recalled, call.drill)
    if calls and not calls[0].recall:
        del lines[calls[0].label]
    return list(lines.values())
