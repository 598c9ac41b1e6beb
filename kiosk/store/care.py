"""Care for customers: answering help requests (with response times) and recording assistance given."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.core.errors import QueueError, UnknownCode
from kiosk.store.events import append_event

if TYPE_CHECKING:
    from kiosk.store.queue import QueueStore

ASSISTANCE_KINDS = (
    "wheelchair", "reading_glasses", "magnifier", "sign_language", "forms_help", "read_aloud",
    "escorted", "priority_handling", "medical_kit", "interpreter", "authorised_representative", "other",
)
# A need declared at the kiosk -> the assistance a counter most likely gives for it (hard of hearing has no
# one answer: written notes are not a kind, sign language is for the deaf).
ASSISTANCE_FOR_NEED = {"wheelchair": "wheelchair", "low_vision": "magnifier",
                       "sign_language": "sign_language", "forms_help": "forms_help"}


class HelpRequests:
    """QueueStore's part: a customer's or a device's call for staff, and the open ones."""

    def request_help(self, kind: str, ticket_id: int | None = None, note: str = "",
                     at: datetime | None = None) -> int:
        """Record that a customer or a device needs staff; the console shows it at once."""
        self.check("request_help")
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            request_id = db.execute(
                "INSERT INTO help_requests (at, station, kind, ticket_id, status, note) "
                "VALUES (?, ?, ?, ?, 'open', ?) RETURNING id",
                [at.timestamp(), self.station, kind, ticket_id, note],
            ).fetchone()[0]
            self._event(at, "help_request", ticket_id, None, {"request": request_id, "kind": kind})
        return request_id

    def open_help_requests(self) -> list[dict[str, Any]]:
        """Every help request not yet resolved, whatever its day, oldest first; `ticket` is its label,
        `drill` its drill's id (None: a customer's)."""
        with self.conn.errors():
            rows = self.db.execute(
                "SELECT h.id, h.at, h.station, h.kind, h.ticket_id, t.label, h.status, h.note, t.drill_id "
                "FROM help_requests h LEFT JOIN tickets t ON t.id = h.ticket_id "
                "WHERE h.status != 'resolved' ORDER BY h.id").fetchall()
        return [dict(zip(("id", "at", "station", "kind", "ticket_id", "ticket", "status", "note", "drill"), r,
                         strict=True)) for r in rows]


def answer_help(store: QueueStore, request_id: int, resolve: bool = False, note: str = "",
                at: datetime | None = None) -> dict:
    """Acknowledge (someone is going) or resolve a help request; the first answer's time is kept."""
    store.check("help_requests")
    at = at or store.clock.now()
    with store.conn.errors(), store.conn.write() as db:
        row = db.execute("SELECT status, at, acknowledged_at, ticket_id FROM help_requests WHERE id = ?",
                         [request_id]).fetchone()
        if row is None:
            raise UnknownCode(f"no help request {request_id}")
        status, asked, acknowledged, ticket_id = row
        if status == "resolved":
            raise QueueError(f"help request {request_id} is already resolved", reason="help_resolved")
        acknowledged = acknowledged or at.timestamp()
        new_status = "resolved" if resolve else "acknowledged"
        db.execute("UPDATE help_requests SET status = ?, acknowledged_at = ?, resolved_at = ?, actor = ?, "
                   "note = CASE WHEN ? != '' THEN ? ELSE note END WHERE id = ?",
                   [new_status, acknowledged, at.timestamp() if resolve else None, store.actor,
                    note, note, request_id])
        append_event(store.db, at, store.station, store.actor, f"help_{new_status}", ticket_id, None,
                     {"request": request_id, "response_seconds": round(acknowledged - asked, 1)})
    return {"id": request_id, "status": new_status, "response_seconds": round(acknowledged - asked, 1)}


def record_assistance(store: QueueStore, kind: str, ticket_id: int | None = None, counter: int | None = None,
                      note: str = "", at: datetime | None = None) -> int:
    """One assistance given (several per ticket allowed); `other` needs a note."""
    store.check("assistance")
    if counter is not None:
        store.check_counter(counter)  # a teller records what was given at their own counter only
    if kind not in ASSISTANCE_KINDS:
        raise QueueError(f"unknown assistance {kind!r} (one of: {', '.join(ASSISTANCE_KINDS)})")
    if kind == "other" and not note.strip():
        raise QueueError("say what was given in the note for 'other'", reason="note_needed")
    at = at or store.clock.now()
    with store.conn.errors(), store.conn.write() as db:
        record = db.execute("INSERT INTO assistance (at, ticket_id, counter, actor, kind, note) "
                            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                            [at.timestamp(), ticket_id, counter, store.actor, kind, note.strip()],
                            ).fetchone()[0]
        append_event(store.db, at, store.station, store.actor, "assist", ticket_id, counter,
                     {"kind": kind, "record": record})
    return record


def assistance_for(store: QueueStore, ticket_id: int) -> list[str]:
    with store.conn.errors():
        return [k for (k,) in store.db.execute("SELECT kind FROM assistance WHERE ticket_id = ? ORDER BY id",
                                               [ticket_id])]
