"""What the waiting hall sees: the calls made, newest first, and calls made since the last look."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.store.queue import QueueStore

_CALLS = ("SELECT e.id, e.at, e.action, e.counter, t.label, t.lang, t.priority FROM events e "
          "JOIN tickets t ON t.id = e.ticket_id WHERE e.action IN ('call', 'recall') ")


@dataclass(frozen=True)
class Call:
    event_id: int
    at: datetime
    recall: bool
    counter: int
    label: str
    lang: str
    priority: str


def _calls(rows) -> list[Call]:
    return [Call(i, datetime.fromtimestamp(at, UTC), action == "recall", counter, label, lang or "", priority)
            for i, at, action, counter, label, lang, priority in rows]


def recent_calls(store: QueueStore, limit: int = 8) -> list[Call]:
    """The latest calls and recalls, newest first (events are read backwards by rowid)."""
    with store.conn.errors():
        return _calls(store.db.execute(_CALLS + "ORDER BY e.id DESC LIMIT ?", [limit]).fetchall())


def calls_since(store: QueueStore, after_event_id: int) -> list[Call]:
    """Calls and recalls after an event id, oldest first: what the hall has not announced yet."""
    with store.conn.errors():
        return _calls(store.db.execute(_CALLS + "AND e.id > ? ORDER BY e.id", [after_event_id]).fetchall())


def last_event_id(store: QueueStore) -> int:
    with store.conn.errors():
        return store.db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]
