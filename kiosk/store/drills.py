"""QueueStore's part: starting and ending a drill, its summary notes, and reading drills back."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from kiosk.core.drills import DRILL_KINDS, Drill
from kiosk.core.errors import QueueError, UnknownCode

_DRILL_COLUMNS = "id, kind, started_at, started_by, plan, ended_at, ended_by, notes"
MAX_NOTES = 4000  # characters of the staff's summary


def _drill(row: tuple) -> Drill:
    id_, kind, started, started_by, plan, ended, ended_by, notes = row
    return Drill(id_, kind, datetime.fromtimestamp(started, UTC), started_by or "", json.loads(plan or "{}"),
                 None if ended is None else datetime.fromtimestamp(ended, UTC), ended_by or "", notes or "")


class Drills:
    """QueueStore's part: one drill at a time, started and ended by a manager; its tickets are issued by
    issue_drill_ticket (kiosk.store.tickets)."""

    def start_drill(self, kind: str, plan: dict[str, Any] | None = None,
                    at: datetime | None = None) -> Drill:
        """Start a drill of `kind` (surge or special) with `plan` (rate, mix, script, targets: JSON)."""
        self.check("drill")
        if kind not in DRILL_KINDS:
            raise QueueError(f"unknown drill kind {kind!r} (one of: {', '.join(DRILL_KINDS)})",
                             reason="bad_drill_kind", kind=kind)
        at = at or self.clock.now()
        plan_text = json.dumps(plan or {}, ensure_ascii=False, sort_keys=True)
        with self.conn.errors(), self.conn.write() as db:
            running = self._running_drill_id()
            if running is not None:
                raise QueueError(f"drill {running} is still running: end it first", reason="drill_running",
                                 drill=running)
            drill_id = db.execute("INSERT INTO drills (kind, started_at, started_by, plan) "
                                  "VALUES (?, ?, ?, ?) RETURNING id",
                                  [kind, at.timestamp(), self.actor, plan_text]).fetchone()[0]
            self._event(at, "drill_start", None, None, {"drill": drill_id, "kind": kind})
        return Drill(drill_id, kind, at, self.actor, json.loads(plan_text))

    def end_drill(self, notes: str = "", at: datetime | None = None) -> Drill:
        """End the running drill; `notes`: the staff's summary (kept with the drill, never in an event)."""
        self.check("drill")
        notes = _checked_notes(notes)
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            running = self._running_drill_id()
            if running is None:
                raise QueueError("no drill is running", reason="no_drill")
            db.execute("UPDATE drills SET ended_at = ?, ended_by = ?, notes = ? WHERE id = ?",
                       [at.timestamp(), self.actor, notes, running])
            self._event(at, "drill_end", None, None, {"drill": running})
        return self.drill(running)

    def save_drill_notes(self, drill_id: int, notes: str) -> Drill:
        """Write the staff's summary of a drill (总结, 完善预案), during or after it."""
        self.check("drill")
        notes = _checked_notes(notes)
        at = self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            if db.execute("SELECT 1 FROM drills WHERE id = ?", [drill_id]).fetchone() is None:
                raise UnknownCode(f"no drill {drill_id}", reason="no_drill", drill=drill_id)
            db.execute("UPDATE drills SET notes = ? WHERE id = ?", [notes, drill_id])
            self._event(at, "drill_notes", None, None, {"drill": drill_id})
        return self.drill(drill_id)

    def running_drill(self) -> Drill | None:
        """The drill now running, if any."""
        with self.conn.errors():
            row = self.db.execute(f"SELECT {_DRILL_COLUMNS} FROM drills WHERE ended_at IS NULL "
                                  "ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else _drill(row)

    def drill(self, drill_id: int) -> Drill:
        with self.conn.errors():
            row = self.db.execute(f"SELECT {_DRILL_COLUMNS} FROM drills WHERE id = ?", [drill_id]).fetchone()
        if row is None:
            raise UnknownCode(f"no drill {drill_id}", reason="no_drill", drill=drill_id)
        return _drill(row)

    def drills(self, since: datetime | None = None) -> list[Drill]:
        """Drills started at or after `since` (all by default), newest first."""
        with self.conn.errors():
            rows = self.db.execute(f"SELECT {_DRILL_COLUMNS} FROM drills WHERE started_at >= ? "
                                   "ORDER BY started_at DESC, id DESC",
                                   [since.timestamp() if since else 0.0]).fetchall()
        return [_drill(r) for r in rows]

    def _running_drill_id(self) -> int | None:
        row = self.db.execute("SELECT id FROM drills WHERE ended_at IS NULL "
                              "ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else int(row[0])


def _checked_notes(notes: str) -> str:
    notes = (notes or "").strip()
    if len(notes) > MAX_NOTES:
        raise QueueError(f"the notes are {len(notes)} characters long; at most {MAX_NOTES}",
                         reason="notes_too_long", limit=MAX_NOTES)
    return notes
