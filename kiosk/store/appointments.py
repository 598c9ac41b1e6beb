"""Appointments: a booking registered, then checked in at the kiosk as a ticket, exactly once."""
from __future__ import annotations

from datetime import UTC, datetime

from kiosk.core import clock, estimate
from kiosk.core.errors import QueueError, UnknownCode
from kiosk.core.models import Issued, booking_code


class Appointments:
    """QueueStore's part: bookings and their check-in."""

    def add_appointment(self, code: str, service: str, due_at: datetime) -> None:
        """Register a booking (bookings themselves arrive in a later release)."""
        self.check("book")
        code = booking_code(code)
        self.branch.service(service)
        with self.conn.errors(), self.conn.write() as db:
            if db.execute("SELECT 1 FROM appointments WHERE code = ?", [code]).fetchone():
                raise QueueError(f"booking code {code} already exists")
            db.execute("INSERT INTO appointments (code, service, due_at, status) VALUES (?, ?, ?, 'booked')",
                       [code, service, due_at.timestamp()])
            self._event(due_at, "book", None, None, {"code": code, "service": service})

    def check_in(self, code: str, lang: str = "", needs: tuple[str, ...] = (),
                 at: datetime | None = None) -> Issued:
        """Turn today's booking into a ticket (appointment class once it is due), exactly once."""
        self.check("issue")
        at = at or self.clock.now()
        code = booking_code(code)
        booking = self._booking(code, at)
        priority = estimate.check_in_priority(datetime.fromtimestamp(booking[2], UTC), at)
        ahead, eta = self._estimate_new(booking[1], priority, at)
        with self.conn.errors(), self.conn.write() as db:
            booking_id, service, _, _ = self._booking(code, at)  # again, under the write lock
            ticket = self._insert_ticket(service, priority, lang, needs, at)
            db.execute("UPDATE appointments SET status = 'checked_in', ticket_id = ? WHERE id = ?",
                       [ticket.id, booking_id])
        return Issued(ticket, ahead, eta)

    def _booking(self, code: str, at: datetime) -> tuple:
        tz = self.branch.tz
        with self.conn.errors():
            row = self.db.execute("SELECT id, service, due_at, status FROM appointments WHERE code = ?",
                                  [code]).fetchone()
        if row is None:
            raise UnknownCode(f"booking code {code} was not found", reason="booking_unknown")
        due_day = clock.business_day(datetime.fromtimestamp(row[2], UTC), tz)
        if row[3] != "booked":
            raise QueueError(f"booking code {code} was already used", reason="booking_used")
        if due_day != clock.business_day(at, tz):
            raise QueueError(f"booking code {code} is for {due_day}, not today", reason="booking_not_today",
                             day=due_day)
        return row
