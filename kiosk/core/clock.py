"""Time for the queue: the one clock stations are given, `--at`, and the branch's business day."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from kiosk.core.errors import ClockError

# Times outside these years are typing mistakes; far ones also overflow date arithmetic.
FIRST_YEAR, LAST_YEAR = 2000, 2100


class Clock(Protocol):
    """Where every station, window and store action reads "now" (an aware UTC datetime)."""

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's clock: the one production uses."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock:
    """A clock that stands still until told to move: tests and replays drive it."""

    def __init__(self, at: datetime):
        self._at = _aware(at)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = _aware(at)

    def advance(self, **delta: float) -> datetime:
        """Move forward by timedelta(**delta), e.g. advance(minutes=5); returns the new now."""
        self._at += timedelta(**delta)
        return self._at


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError(f"a clock needs an aware time, not {at!r}")
    return at.astimezone(UTC)


# The clock a station gets unless given another; tests put their frozen clock here (tests/conftest.py).
SYSTEM: Clock = SystemClock()


def or_system(given: Clock | None) -> Clock:
    """`given`, else the process's clock (looked up now, so a test's replacement is seen)."""
    return given if given is not None else SYSTEM


def parse_at(text: str, tz: ZoneInfo) -> datetime:
    """An ISO 8601 time; one without an offset is read in the branch's zone."""
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise ClockError(f"--at: {text!r} is not an ISO 8601 time like 2026-11-23T09:30") from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    if not FIRST_YEAR <= dt.year <= LAST_YEAR:
        raise ClockError(f"--at: {text!r} is not between the years {FIRST_YEAR} and {LAST_YEAR}")
    return dt.astimezone(UTC)


def business_day(at: datetime, tz: ZoneInfo) -> str:
    """The branch's calendar date at `at`; numbering restarts when it changes."""
    return at.astimezone(tz).date().isoformat()


def day_start(day: str, tz: ZoneInfo) -> datetime:
    """The first instant of business day `day` (YYYY-MM-DD) in the branch's zone."""
    return datetime.combine(date.fromisoformat(day), time(0), tzinfo=tz)


def previous_day(day: str) -> str:
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def local_iso(at: datetime, tz: ZoneInfo) -> str:
    return at.astimezone(tz).isoformat(timespec="seconds")


def whole_minutes(seconds: float) -> int:
    return int(max(seconds, 0.0) // 60)
