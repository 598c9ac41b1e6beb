"""What a simulated day is made of: the customers arriving, the staffing shifts, the counters open."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.core.config import Branch
from kiosk.core.models import CounterMode


@dataclass(frozen=True)
class Arrival:
    """A customer: when they take a ticket, for what, and how long the counter will take."""

    at: datetime
    service: str
    priority: str
    service_s: float


@dataclass(frozen=True)
class Staffed:
    """A counter open during a shift: its number, services in order of preference, and mode."""

    number: int
    services: tuple[str, ...]
    mode: CounterMode = CounterMode.NORMAL


@dataclass(frozen=True)
class Shift:
    """`counters` counters open from `start` to `end` (with these services, or each its configured
    ones); `desks` names the very counters instead (a recorded day's)."""

    start: datetime
    end: datetime
    counters: int
    services: tuple[str, ...] | None = None
    desks: tuple[Staffed, ...] | None = None
    line: int = field(default=0, compare=False)  # where it was read, for messages


def staffed_at(branch: Branch, shifts: Sequence[Shift], at: datetime) -> dict[int, Staffed]:
    """The counters the shifts running at `at` open: named desks first, then the configured counters in
    their order, shift by shift in the order given."""
    active = [s for s in shifts if s.start <= at < s.end]
    chosen: dict[int, Staffed] = {}
    for shift in active:
        for desk in shift.desks or ():
            chosen[desk.number] = desk
    free = [c for c in branch.counters if c.number not in chosen]
    for shift in active:
        if shift.desks is not None:
            continue
        for counter in free[:shift.counters]:
            chosen[counter.number] = Staffed(counter.number, shift.services or counter.services)
        free = free[shift.counters:]
    return chosen


def compressed(arrivals: Sequence[Arrival], speedup: float) -> list[Arrival]:
    """Arrivals `speedup` times as fast: the times squeezed toward the first arrival (2.0: twice the
    customers per hour, the day's first customer at the same time)."""
    if not arrivals or speedup == 1.0:
        return list(arrivals)
    first = min(a.at for a in arrivals)
    return [replace(a, at=first + (a.at - first) / speedup) for a in arrivals]


def hour_of(at: datetime, tz: ZoneInfo) -> datetime:
    """The start of the local hour `at` falls in."""
    return at.astimezone(tz).replace(minute=0, second=0, microsecond=0)


def hour_starts(arrivals: Sequence[Arrival], tz: ZoneInfo) -> list[datetime]:
    """Each local hour from the first arrival's to the last one's (empty hours included)."""
    if not arrivals:
        return []
    first, last = hour_of(min(a.at for a in arrivals), tz), hour_of(max(a.at for a in arrivals), tz)
    hours, at = [], first
    while at <= last:
        hours.append(at)
        at = (at + timedelta(hours=1)).astimezone(tz)
    return hours
