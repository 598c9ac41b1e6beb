"""The event log: every writer appends one event per action, chained to the last (kiosk.core.chain)."""
from __future__ import annotations

import json
from datetime import datetime

from kiosk.core.chain import GENESIS, link

_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(ensure_ascii=False), built once

# (ticket_id is None, counter is None) -> the INSERT with NULL written out for the missing ones:
# binding None costs sqlite3 an adapter lookup that raises and clears two AttributeErrors.
_EVENT_SQL = {
    (no_ticket, no_counter): "INSERT INTO events (id, at, station, actor, action, ticket_id, counter, "
    f"details, hash) VALUES (?, ?, ?, ?, ?, {'NULL' if no_ticket else '?'}, {'NULL' if no_counter else '?'}, "
    "?, ?)"
    for no_ticket in (False, True) for no_counter in (False, True)
}
_LAST_EVENT_SQL = "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"


def append_event(db, at: datetime, station: str, actor: str, action: str, ticket_id: int | None,
                 counter: int | None, details: dict) -> None:
    """Inside a write transaction on `db`: append the event, chained to the last one (kiosk verify)."""
    last = db.execute(_LAST_EVENT_SQL).fetchone()
    event_id, previous = (last[0] + 1, last[1] or "") if last else (1, GENESIS)
    ts, action, text = at.timestamp(), str(action), _json(details)
    row = (event_id, ts, station, actor, action, ticket_id, counter, text)
    db.execute(
        _EVENT_SQL[ticket_id is None, counter is None],
        [event_id, ts, station, actor, action,
         *(() if ticket_id is None else (ticket_id,)), *(() if counter is None else (counter,)),
         text, link(previous, row)],
    )
