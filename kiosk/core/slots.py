"""Booking slots: a service's slots on a day, the check-in window, and which free slots are quietest."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.service_rules import BookingPlan, BookingRules
from kiosk.core.working_days import WorkingCalendar

BOOKED, CHECKED_IN, CANCELLED, NO_SHOW = "booked", "checked_in", "cancelled", "no_show"
HOLDING = (BOOKED, CHECKED_IN)  # the statuses that take a place in their slot
_END_OF_DAY = time(23, 59, 59)  # how kiosk.core.service_rules reads "24:00"


@dataclass(frozen=True)
class Slot:
    """One bookable slot of a service: `booked` of its `capacity` places taken."""

    service: str
    start: datetime
    end: datetime
    capacity: int
    booked: int

    @property
    def free(self) -> int:
        return max(self.capacity - self.booked, 0)


@dataclass(frozen=True)
class Booking:
    """A customer's booking of a slot, by its code (status: booked, checked_in, cancelled, no_show)."""

    code: str
    service: str
    start: datetime
    end: datetime
    status: str
    lang: str
    booked_by: str  # the station that booked it


def day_slots(plan: BookingPlan, day: date, tz: ZoneInfo,
              calendar: WorkingCalendar) -> list[tuple[datetime, datetime]]:
    """The (start, end) of each slot of `plan` on `day`, in time order: none on a day the branch does not
    work, on one of the plan's closed dates, or on a weekday without opening hours; slot_minutes each within
    each span of hours, a last slot that would run past the span's end left out."""
    if not calendar.is_working(day) or day.isoformat() in plan.closed_dates:
        return []
    step = timedelta(minutes=plan.slot_minutes)
    out = []
    for opens, closes in plan.hours.get(day.weekday(), ()):
        start = datetime.combine(day, opens)
        end = datetime.combine(day + timedelta(days=1), time(0)) if closes == _END_OF_DAY \
            else datetime.combine(day, closes)
        while start + step <= end:  # wall-clock times: a slot is 09:00-09:30 on a day the clocks change too
            out.append((_local(start, tz), _local(start + step, tz)))
            start += step
    return out


def _local(naive: datetime, tz: ZoneInfo) -> datetime:
    return naive.replace(tzinfo=tz)


def check_in_priority(start: datetime, now: datetime, rules: BookingRules) -> str:
    """`appointment` from early_minutes before the slot's start until late_minutes after it; `regular`
    before or after that window (the store refuses a no-show, and another day's booking)."""
    opens = start - timedelta(minutes=rules.early_minutes)
    closes = start + timedelta(minutes=rules.late_minutes)
    return "appointment" if opens <= now <= closes else "regular"


def no_show_after(end: datetime, rules: BookingRules) -> datetime:
    """When a booking not checked in becomes a no-show."""
    return end + timedelta(minutes=rules.no_show_minutes)


def hourly_walk_ins(issued: Iterable[datetime], tz: ZoneInfo, weeks: int) -> dict[tuple[int, int], float]:
    """The tickets expected per (weekday, hour) from those issued over the last `weeks` weeks: the mean
    count per week (a week with none counts as none)."""
    counts: dict[tuple[int, int], float] = {}
    for at in issued:
        local = at.astimezone(tz)
        key = (local.weekday(), local.hour)
        counts[key] = counts.get(key, 0.0) + 1.0
    return {key: n / weeks for key, n in counts.items()}


def quietest(slots: Iterable[Slot], expected_walk_ins: Callable[[datetime], float], limit: int) -> list[Slot]:
    """The free slots, quietest first: the fewest people expected (those booked plus the walk-ins expected
    in the hour the slot starts), ties by time; at most `limit`."""
    free = [s for s in slots if s.free > 0]
    free.sort(key=lambda s: (s.booked + expected_walk_ins(s.start), s.start))
    return free[:max(limit, 0)]
