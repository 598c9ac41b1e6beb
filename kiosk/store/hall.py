"""What the waiting hall sees: today's calls, newest first, and calls made since the last look."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.core import clock
from kiosk.store.queue import QueueStore

_CALLS = ("SELECT e.id, e.at, e.action, e.counter, t.label, t.lang, t.priority, t.business_day "
          "FROM events e JOIN tickets t ON t.id = e.ticket_id WHERE e.action IN ('call', 'recall') ")


@dataclass(frozen=True)
class Call:
    event_id: int
    at: datetime
    recall: bool
    counter: int
    label: str
    lang: str
    priority: str


def _calls(rows, day: str | None = None) -> list[Call]:
    """The rows as calls; only those of tickets of business day `day` when given."""
    return [Call(i, datetime.fromtimestamp(at, UTC), action == "recall", counter, label, lang or "", priority)
            for i, at, action, counter, label, lang, priority, ticket_day in rows
            if day is None or ticket_day == day]


def today(store: QueueStore, at: datetime | None = None) -> str:
    """The business day now in the branch's time zone."""
    return clock.business_day(at, store.branch.tz) if at else store.today()


def recent_calls(store: QueueStore, limit: int = 8, at: datetime | None = None) -> list[Call]:
    """Today's latest calls and recalls, newest first (events are read backwards by rowid); yesterday's
    last call is not "now calling" the next morning, when today's tickets reuse its number."""
    day = today(store, at)
    with store.conn.errors():  # the newest calls of any day, then today's among them: a filter in SQL
        rows = store.db.execute(_CALLS + "ORDER BY e.id DESC LIMIT ?", [limit]).fetchall()
    return _calls(rows, day)  # (in SQL it would read the whole event log back each morning)


def serving_today(store: QueueStore, at: datetime | None = None) -> dict[int, str]:
    """Counter number -> label of its current ticket, for tickets of today only (one left at a counter
    from an earlier day is staff's to clear, not the hall's to show)."""
    day = today(store, at)
    with store.conn.errors():
        rows = store.db.execute("SELECT c.number, t.label FROM counters c JOIN tickets t "
                                "ON t.id = c.current_ticket_id WHERE t.business_day = ?", [day]).fetchall()
    return dict(rows)


def calls_since(store: QueueStore, after_event_id: int) -> list[Call]:
    """Calls and recalls after an event id, oldest first: what the hall has not announced yet."""
    with store.conn.errors():
        return _calls(store.db.execute(_CALLS + "AND e.id > ? ORDER BY e.id", [after_event_id]).fetchall())


def last_event_id(store: QueueStore) -> int:
    with store.conn.errors():
        return store.db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]
