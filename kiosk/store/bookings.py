"""QueueStore's part: slots per service and day; booking a slot under the write lock; no-shows."""
from __future__ import annotations

import re
import secrets
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.core import clock
from kiosk.core.errors import QueueError
from kiosk.core.models import booking_code
from kiosk.core.service_rules import BookingPlan
from kiosk.core.slots import (
    BOOKED,
    CANCELLED,
    NO_SHOW,
    Booking,
    Slot,
    day_slots,
    hourly_walk_ins,
    no_show_after,
    quietest,
)

_HOLDING = "status IN ('booked', 'checked_in')"  # kiosk.core.slots.HOLDING: they take a place
_WALK_IN_WEEKS = 4  # the arrivals that predict a slot's walk-ins: the same weekday over this many weeks
_CODE_DIGITS = 6
_CODE_TRIES = 50  # a million codes: a collision is rare, fifty in a row means something else is wrong
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_BOOKING_COLUMNS = "code, service, due_at, slot_end, status, lang, booked_by"


def _booking(row: tuple, tz: ZoneInfo) -> Booking:
    """A booking's row, its times in the branch's zone (a booking made outside the slots: end = start)."""
    code, service, due_at, slot_end, status, lang, booked_by = row
    start = datetime.fromtimestamp(due_at, tz)
    end = start if slot_end is None else datetime.fromtimestamp(slot_end, tz)
    return Booking(code, service, start, end, status, lang or "", booked_by or "")


def _day(day: str) -> date:
    try:
        if _DATE.fullmatch(day.strip()):
            return date.fromisoformat(day.strip())
    except ValueError:
        pass
    raise QueueError(f"{day[:40]!r} is not a date like 2026-11-23", reason="bad_date")


class Bookings:
    """QueueStore's part: slots per service and day; booking a slot under the write lock; no-shows."""

    def slots(self, service: str, day: str) -> list[Slot]:
        """The service's slots on `day` (YYYY-MM-DD) with their places booked (booked or checked in)."""
        plan = self._plan(service)
        spans = self._spans(plan, _day(day))
        if not spans:
            return []
        with self.conn.errors():
            held = self._held(service, spans[0][0], spans[-1][0])
        return [Slot(service, s, e, plan.capacity, held.get(s.timestamp(), 0)) for s, e in spans]

    def book(self, service: str, start: datetime, lang: str = "", at: datetime | None = None) -> Booking:
        """Book a place in the slot of `service` starting at `start`: a new 6-digit code. Counted and
        inserted under the write lock, so no slot is ever overbooked, whichever stations book at once."""
        self.check("book")
        at = at or self.clock.now()
        plan = self._plan(service)
        tz = self.branch.tz
        day = start.astimezone(tz).date()
        end = next((e for s, e in self._spans(plan, day) if s == start), None)
        where = clock.local_iso(start, tz)
        if end is None:
            raise QueueError(f"{where} is not the start of a slot of service {service}", reason="not_a_slot",
                             service=service, start=where)
        if end <= at:
            raise QueueError(f"the slot {where} of service {service} is over", reason="slot_over",
                             service=service, start=where)
        last = self._last_bookable_day(at)
        if day > last:
            raise QueueError(f"slots can be booked up to {self.branch.bookings.days_ahead} days ahead "
                             f"(until {last}), not on {day}", reason="too_far_ahead",
                             last_day=last.isoformat())
        with self.conn.errors(), self.conn.write() as db:
            taken = db.execute("SELECT COUNT(*) FROM appointments WHERE service = ? AND due_at = ? "
                               f"AND {_HOLDING}", [service, start.timestamp()]).fetchone()[0]
            if taken >= plan.capacity:
                free = self._next_free(plan, start, at)
                raise self._full(service, where, free)
            code = self._new_code()
            db.execute("INSERT INTO appointments (code, service, due_at, slot_end, status, lang, booked_at, "
                       "booked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [code, service, start.timestamp(), end.timestamp(), BOOKED, lang, at.timestamp(),
                        self.station])
            self._event(at, "book", None, None, {"code": code, "service": service, "start": where})
        return Booking(code, service, start.astimezone(tz), end, BOOKED, lang, self.station)

    def quiet_slots(self, service: str, at: datetime | None = None, limit: int = 3) -> list[Slot]:
        """Free slots later today and on the next day with slots (within days_ahead), quietest first:
        the fewest booked plus the walk-ins expected in that hour (the tickets issued for the service on
        the same weekday over the last four weeks, per week), ties by time."""
        at = at or self.clock.now()
        plan = self._plan(service)
        tz = self.branch.tz
        today = at.astimezone(tz).date()
        candidates = [s for s in self.slots(service, today.isoformat()) if s.start > at]
        nxt = self._next_day_with_slots(plan, today, self._last_bookable_day(at))
        if nxt is not None:
            candidates += self.slots(service, nxt.isoformat())
        # the same weekdays over the last weeks, read by the numbering index (business_day, issued_service)
        days = sorted({(d - timedelta(weeks=k)).isoformat() for d in (today, nxt) if d is not None
                       for k in range(1, _WALK_IN_WEEKS + 1)})
        with self.conn.errors():
            issued = [datetime.fromtimestamp(r[0], UTC) for r in self.db.execute(
                f"SELECT issued_at FROM tickets WHERE business_day IN ({', '.join('?' * len(days))}) "
                "AND issued_service = ?", [*days, service]).fetchall()]
        walk_ins = hourly_walk_ins(issued, tz, _WALK_IN_WEEKS)

        def expected(start: datetime) -> float:
            local = start.astimezone(tz)
            return walk_ins.get((local.weekday(), local.hour), 0.0)

        return quietest(candidates, expected, limit)

    def bookings(self, day: str, service: str | None = None) -> list[Booking]:
        """The bookings of `day` (YYYY-MM-DD), of one service or all, by slot then in booking order."""
        tz = self.branch.tz
        first = clock.day_start(_day(day).isoformat(), tz)
        params: list = [first.timestamp(), (first + timedelta(days=1)).timestamp()]
        only = ""
        if service is not None:
            self.branch.service(service)
            only, params = " AND service = ?", [*params, service]
        with self.conn.errors():
            rows = self.db.execute(f"SELECT {_BOOKING_COLUMNS} FROM appointments WHERE due_at >= ? "
                                   f"AND due_at < ?{only} ORDER BY due_at, id", params).fetchall()
        return [_booking(r, tz) for r in rows]

    def cancel_booking(self, code: str, at: datetime | None = None) -> Booking:
        """Cancel a booking not yet checked in: its place is free again."""
        self.check("book")
        at = at or self.clock.now()
        code = booking_code(code)
        with self.conn.errors(), self.conn.write() as db:
            row = db.execute(f"SELECT id, {_BOOKING_COLUMNS} FROM appointments WHERE code = ?",
                             [code]).fetchone()
            if row is None:
                raise QueueError(f"booking code {code} was not found", reason="booking_unknown", code=code)
            status = row[5]
            if status == BOOKED and at > no_show_after(_booking(row[1:], self.branch.tz).end,
                                                       self.branch.bookings):
                status = NO_SHOW  # not marked yet (no station has looked since): the figures count it so
            if status != BOOKED:
                raise QueueError(f"booking code {code} is {status.replace('_', ' ')}: only a booking not yet "
                                 "checked in can be cancelled", reason="booking_not_cancellable", code=code,
                                 status=status)
            db.execute("UPDATE appointments SET status = ? WHERE id = ?", [CANCELLED, row[0]])
            self._event(at, "booking_cancel", None, None, {"code": code})
        return replace(_booking(row[1:], self.branch.tz), status=CANCELLED)

    def mark_no_shows(self, at: datetime | None = None) -> int:
        """Bookings still not checked in no_show_minutes after their slot ended become no-shows, one event
        each; how many. A read only, unless there are some (cheap enough for a console's poll)."""
        at = at or self.clock.now()
        cutoff = at.timestamp() - self.branch.bookings.no_show_minutes * 60
        sql = ("SELECT id, code FROM appointments WHERE status = ? AND COALESCE(slot_end, due_at) < ? "
               "ORDER BY id")
        with self.conn.errors():
            if not self.db.execute(sql, [BOOKED, cutoff]).fetchone():
                return 0
        with self.conn.errors(), self.conn.write() as db:
            rows = db.execute(sql, [BOOKED, cutoff]).fetchall()  # again, under the write lock
            for booking_id, code in rows:
                db.execute("UPDATE appointments SET status = ? WHERE id = ?", [NO_SHOW, booking_id])
                self._event(at, "booking_no_show", None, None, {"code": code})
        return len(rows)

    # -- inside the store

    def _plan(self, service: str) -> BookingPlan:
        self.branch.service(service)  # UnknownCode for a service that does not exist
        plan = self.branch.bookings.plan(service)
        if plan is None:
            raise QueueError(f"service {service} takes no bookings (no [[appointments.services]] for it)",
                             reason="not_bookable", service=service)
        return plan

    def _spans(self, plan: BookingPlan, day: date) -> list[tuple[datetime, datetime]]:
        return day_slots(plan, day, self.branch.tz, self.branch.calendar)

    def _last_bookable_day(self, at: datetime) -> date:
        return at.astimezone(self.branch.tz).date() + timedelta(days=self.branch.bookings.days_ahead)

    def _next_day_with_slots(self, plan: BookingPlan, after: date, last: date) -> date | None:
        day = after + timedelta(days=1)
        while day <= last:
            if self._spans(plan, day):
                return day
            day += timedelta(days=1)
        return None

    def _held(self, service: str, first: datetime, last: datetime) -> dict[float, int]:
        """Places taken per slot start (a timestamp) from `first` to `last`, both included."""
        rows = self.db.execute(f"SELECT due_at, COUNT(*) FROM appointments WHERE service = ? AND due_at >= ? "
                               f"AND due_at <= ? AND {_HOLDING} GROUP BY due_at",
                               [service, first.timestamp(), last.timestamp()]).fetchall()
        return {float(due_at): count for due_at, count in rows}

    def _next_free(self, plan: BookingPlan, after: datetime, at: datetime) -> Slot | None:
        """Inside the write: the first slot after `after` with a free place, not over at `at`, up to
        days_ahead."""
        last = self._last_bookable_day(at)
        day = after.astimezone(self.branch.tz).date()
        while day <= last:
            spans = [(s, e) for s, e in self._spans(plan, day) if s > after and e > at]
            if spans:
                held = self._held(plan.service, spans[0][0], spans[-1][0])
                for s, e in spans:
                    if held.get(s.timestamp(), 0) < plan.capacity:
                        return Slot(plan.service, s, e, plan.capacity, held.get(s.timestamp(), 0))
            day += timedelta(days=1)
        return None

    def _full(self, service: str, where: str, free: Slot | None) -> QueueError:
        if free is None:
            return QueueError(f"the slot {where} of service {service} is full, and so is every later one "
                              f"in the next {self.branch.bookings.days_ahead} days", reason="slot_full",
                              service=service, start=where, next_free=None)
        nxt = clock.local_iso(free.start, self.branch.tz)
        return QueueError(f"the slot {where} of service {service} is full; the next free slot is {nxt}",
                          reason="slot_full", service=service, start=where, next_free=nxt)

    def _new_code(self) -> str:
        """Inside the write: a 6-digit code no booking has had."""
        for _ in range(_CODE_TRIES):
            code = booking_code(f"{secrets.randbelow(10 ** _CODE_DIGITS):0{_CODE_DIGITS}d}")
            if not self.db.execute("SELECT 1 FROM appointments WHERE code = ?", [code]).fetchone():
                return code
        raise QueueError("no unused booking code was found; tell the branch's support", reason="no_code")
