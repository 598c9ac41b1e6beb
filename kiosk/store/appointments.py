"""Appointments: a booking registered, then checked in at the kiosk as a ticket, exactly once."""
from __future__ import annotations

from datetime import UTC, datetime

from kiosk.core import clock
from kiosk.core.errors import QueueError, UnknownCode
from kiosk.core.models import Issued, booking_code
from kiosk.core.slots import BOOKED, CANCELLED, NO_SHOW, check_in_priority, no_show_after


class Appointments:
    """QueueStore's part: bookings and their check-in."""

    def add_appointment(self, code: str, service: str, due_at: datetime) -> None:
        """Register a booking by a given code, outside the slots (imports, scripts); `book` books a slot."""
        self.check("book")
        code = booking_code(code)
        self.branch.service(service)
        with self.conn.errors(), self.conn.write() as db:
            if db.execute("SELECT 1 FROM appointments WHERE code = ?", [code]).fetchone():
                raise QueueError(f"booking code {code} already exists")
            db.execute("INSERT INTO appointments (code, service, due_at, status, booked_by) "
                       "VALUES (?, ?, ?, 'booked', ?)", [code, service, due_at.timestamp(), self.station])
            self._event(due_at, "book", None, None, {"code": code, "service": service})

    def check_in(self, code: str, lang: str = "", needs: tuple[str, ...] = (),
                 at: datetime | None = None) -> Issued:
        """Turn today's booking into a ticket, exactly once: the appointment class from early_minutes before
        its slot until late_minutes after it began, a regular ticket earlier or later that day; a cancelled
        booking, or one past its no-show time, is refused."""
        self.check("issue")
        at = at or self.clock.now()
        code = booking_code(code)
        booking = self._booking(code, at)
        priority = check_in_priority(datetime.fromtimestamp(booking[2], UTC), at, self.branch.bookings)
        told = self._estimate_new(booking[1], priority, at)
        with self.conn.errors(), self.conn.write() as db:
            booking_id, service, _, _, _ = self._booking(code, at)  # again, under the write lock
            ticket = self._insert_ticket(service, priority, lang, needs, at, eta_s=told.seconds)
            db.execute("UPDATE appointments SET status = 'checked_in', ticket_id = ?, checked_in_at = ? "
                       "WHERE id = ?", [ticket.id, at.timestamp(), booking_id])
        return told.issued(ticket)

    def _booking(self, code: str, at: datetime) -> tuple:
        tz = self.branch.tz
        with self.conn.errors():
            row = self.db.execute("SELECT id, service, due_at, status, slot_end FROM appointments "
                                  "WHERE code = ?", [code]).fetchone()
        if row is None:
            raise UnknownCode(f"booking code {code} was not found", reason="booking_unknown")
        start = datetime.fromtimestamp(row[2], UTC)
        due_day = clock.business_day(start, tz)
        if row[3] == CANCELLED:
            raise QueueError(f"booking code {code} was cancelled", reason="booking_cancelled", day=due_day)
        if row[3] == NO_SHOW:
            raise QueueError(f"booking code {code} was not checked in in time (a no-show)",
                             reason="booking_no_show", day=due_day)
        if row[3] != BOOKED:
            raise QueueError(f"booking code {code} was already used", reason="booking_used")
        if due_day != clock.business_day(at, tz):
            raise QueueError(f"booking code {code} is for {due_day}, not today", reason="booking_not_today",
                             day=due_day)
        end = start if row[4] is None else datetime.fromtimestamp(row[4], UTC)
        if at > no_show_after(end, self.branch.bookings):
            raise QueueError(f"booking code {code} was not checked in in time: its slot ended at "
                             f"{clock.local_iso(end, tz)} (a no-show)", reason="booking_no_show", day=due_day)
        return row
