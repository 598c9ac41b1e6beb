"""QueueStore's part: the complaint register: each step with its note and who took it."""
from __future__ import annotations

from datetime import datetime

from kiosk.core import clock
from kiosk.core.complaints import (
    CLOSED,
    RECEIVED,
    REPLIED,
    Complaint,
    ComplaintStep,
    check_channel,
    checked_text,
    next_status,
    reply_due,
)
from kiosk.core.errors import ClockError, UnknownCode

_COLUMNS = ("c.id, c.received_at, c.channel, c.matter, c.service, c.ticket_id, c.counter, c.taken_by, "
            "c.status, c.reply_due, c.replied_at, c.closed_at, c.rating_id, t.label")
_FROM = "FROM complaints c LEFT JOIN tickets t ON t.id = c.ticket_id"
_AWAITING = "c.status IN ('received', 'in_progress')"


class Complaints:
    """QueueStore's part: the complaint register: each step with its note and who took it. Events carry
    the complaint's id and status only: a matter or a note may name a person, and events are never erased."""

    def add_complaint(self, channel: str, matter: str, ticket: str | None = None, service: str | None = None,
                      counter: int | None = None, rating_id: int | None = None,
                      on_the_spot: str | None = None, at: datetime | None = None,
                      day: str | None = None) -> Complaint:
        """Record a complaint taken by the signed-in staff member (首问负责). `ticket`: a label of today, or
        of `day` (its service and counter are taken when not given). `on_the_spot`: how it was resolved
        there and then: received and closed in one step."""
        self.check("complaint")
        check_channel(channel)
        matter = checked_text(matter, "matter")
        resolution = None if on_the_spot is None else checked_text(on_the_spot, "resolution")
        at = at or self.clock.now()
        branch = self.branch
        ticket_id = None
        if ticket is not None:
            t = self.ticket(ticket, day or clock.business_day(at, branch.tz))
            ticket_id, service, counter = t.id, service or t.service, counter or t.counter
        if service is not None:
            branch.service(service)  # a configured service, or UnknownCode
        if counter is not None:
            branch.counter(counter)
        due = reply_due(branch.calendar, at.astimezone(branch.tz), branch.complaints.reply_working_days)
        status = RECEIVED if resolution is None else CLOSED
        done = None if resolution is None else at.timestamp()
        with self.conn.errors(), self.conn.write() as db:
            complaint_id = db.execute(
                "INSERT INTO complaints (received_at, channel, matter, service, ticket_id, counter, "
                "taken_by, status, reply_due, replied_at, closed_at, rating_id, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [at.timestamp(), channel, matter, service, ticket_id, counter, self.actor or None, status,
                 due.timestamp(), done, done, rating_id, at.timestamp()]).fetchone()[0]
            self._add_step(db, complaint_id, at, status, resolution)
            self._event(at, "complaint_add", ticket_id, counter,
                        {"complaint": complaint_id, "status": status})
        return self.complaint(complaint_id)

    def complaint_step(self, id: int, status: str, note: str, at: datetime | None = None) -> Complaint:
        """Take complaint `id` further: in_progress (a follow-up noted) or replied (the reply given);
        closed goes through close_complaint (a lobby manager's or manager's)."""
        if status == CLOSED:
            return self.close_complaint(id, note, at)
        self.check("complaint")
        return self._step(id, status, checked_text(note, "reply" if status == REPLIED else "note"), at,
                          "complaint_step")

    def close_complaint(self, id: int, note: str = "", at: datetime | None = None) -> Complaint:
        """Close a replied complaint (the customer was answered)."""
        self.check("complaint_close")
        return self._step(id, CLOSED, checked_text(note, "note", required=False) or None, at,
                          "complaint_close")

    def complaints(self, open_only: bool = False, overdue_only: bool = False) -> list[Complaint]:
        """The register, newest first: `open_only` leaves out the closed ones, `overdue_only` keeps those
        not replied by their promised time."""
        where, args = ["1 = 1"], []
        if open_only:
            where.append("c.status != 'closed'")
        if overdue_only:
            where.append(f"{_AWAITING} AND c.reply_due < ?")
            args.append(self.clock.now().timestamp())
        condition = " AND ".join(where)
        with self.conn.errors():
            rows = self.db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE {condition} ORDER BY c.id DESC",
                                   args).fetchall()
            steps = self.db.execute(
                "SELECT s.complaint_id, s.at, s.actor, s.status, s.note FROM complaint_steps s "
                f"JOIN complaints c ON c.id = s.complaint_id WHERE {condition} ORDER BY s.complaint_id, s.id",
                args).fetchall()
        tz = self.branch.tz
        by_complaint: dict[int, list[ComplaintStep]] = {}
        for complaint_id, at, actor, status, note in steps:
            by_complaint.setdefault(complaint_id, []).append(
                ComplaintStep(datetime.fromtimestamp(at, tz), actor or "", status, note or ""))
        return [_complaint(row, tz, by_complaint.get(row[0], [])) for row in rows]

    def complaint(self, id: int) -> Complaint:
        with self.conn.errors():
            row = self.db.execute(f"SELECT {_COLUMNS} {_FROM} WHERE c.id = ?", [id]).fetchone()
            steps = self.db.execute("SELECT at, actor, status, note FROM complaint_steps "
                                    "WHERE complaint_id = ? ORDER BY id", [id]).fetchall()
        if row is None:
            raise UnknownCode(f"no complaint {id}", reason="no_complaint", id=id)
        tz = self.branch.tz
        return _complaint(row, tz, [ComplaintStep(datetime.fromtimestamp(at, tz), actor or "", status,
                                                  note or "") for at, actor, status, note in steps])

    def overdue_complaint_count(self) -> int:
        """How many complaints are past their promised reply now: one count, cheap enough for every poll."""
        with self.conn.errors():
            return self.db.execute(f"SELECT COUNT(*) FROM complaints c WHERE {_AWAITING} AND c.reply_due < ?",
                                   [self.clock.now().timestamp()]).fetchone()[0]

    def _step(self, complaint_id: int, to: str, note: str | None, at: datetime | None,
              action: str) -> Complaint:
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            row = db.execute("SELECT status, updated_at, ticket_id, counter FROM complaints WHERE id = ?",
                             [complaint_id]).fetchone()
            if row is None:
                raise UnknownCode(f"no complaint {complaint_id}", reason="no_complaint", id=complaint_id)
            status, updated_at, ticket_id, counter = row
            next_status(complaint_id, status, to)
            if at.timestamp() < updated_at:
                raise ClockError(f"the clock is earlier than complaint {complaint_id}'s last step",
                                 reason="earlier_than_last_step", id=complaint_id)
            stamp = at.timestamp()
            db.execute("UPDATE complaints SET status = ?, updated_at = ?, "
                       "replied_at = COALESCE(CAST(? AS DOUBLE PRECISION), replied_at), "
                       "closed_at = COALESCE(CAST(? AS DOUBLE PRECISION), closed_at) WHERE id = ?",
                       [to, stamp, stamp if to == REPLIED else None, stamp if to == CLOSED else None,
                        complaint_id])
            self._add_step(db, complaint_id, at, to, note)
            self._event(at, action, ticket_id, counter, {"complaint": complaint_id, "status": to})
        return self.complaint(complaint_id)

    def _add_step(self, db, complaint_id: int, at: datetime, status: str, note: str | None) -> None:
        db.execute("INSERT INTO complaint_steps (complaint_id, at, actor, status, note) "
                   "VALUES (?, ?, ?, ?, ?)", [complaint_id, at.timestamp(), self.actor or None, status, note])


def _complaint(row: tuple, tz, steps: list[ComplaintStep]) -> Complaint:
    (id_, received, channel, matter, service, ticket_id, counter, taken_by, status, due, replied, closed,
     rating_id, label) = row

    def when(stamp: float | None) -> datetime | None:
        return None if stamp is None else datetime.fromtimestamp(stamp, tz)

    return Complaint(id_, when(received), channel, matter, service, ticket_id, counter, taken_by or "",
                     status, when(due), when(replied), when(closed), rating_id, tuple(steps), label)

