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
    """An ISO 8601 time; one without an offset is read in the branch's zone, where it must name one
    instant: a time the clocks skip is refused, and a time they repeat needs its offset."""
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise ClockError(f"--at: {text!r} is not an ISO 8601 time like 2026-11-23T09:30") from None
    if not FIRST_YEAR <= dt.year <= LAST_YEAR:
        raise ClockError(f"--at: {text!r} is not between the years {FIRST_YEAR} and {LAST_YEAR}")
    if dt.tzinfo is None:
        dt = _one_local_instant(dt, tz, text.strip())
    return dt.astimezone(UTC)


def _one_local_instant(naive: datetime, tz: ZoneInfo, text: str) -> datetime:
    # PEP 495: fold=0 reads a skipped time with the offset before the change and a repeated one as its
    # first pass, fold=1 the other way round; the two differ only at a change.
    first, second = (naive.replace(tzinfo=tz, fold=fold) for fold in (0, 1))
    before, after = first.utcoffset(), second.utcoffset()
    if before == after:
        return first
    zone = getattr(tz, "key", None) or str(tz)
    if before < after:
        raise ClockError(f"--at: {text} does not exist in {zone}: the clocks go forward from "
                         f"{offset_text(before)} to {offset_text(after)} that night; give a time outside "
                         "the gap")
    raise ClockError(f"--at: {text} happens twice in {zone} (the clocks go back): give its offset, "
                     f"{text}{offset_text(before)} or {text}{offset_text(after)}")


def offset_text(offset: timedelta | float) -> str:
    """A UTC offset (a timedelta or seconds) as ISO 8601 writes it: +08:00, -03:30."""
    seconds = int(offset.total_seconds() if isinstance(offset, timedelta) else offset)
    sign, seconds = ("-" if seconds < 0 else "+"), abs(seconds)
    text = f"{sign}{seconds // 3600:02d}:{seconds // 60 % 60:02d}"
    return text + f":{seconds % 60:02d}" if seconds % 60 else text


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


def minutes_text(seconds: float) -> str:
    """Seconds as minutes for people: 1800 -> "30", 90 -> "1.5", 100 -> "1.7"."""
    return f"{seconds / 60:.1f}".removesuffix(".0")
