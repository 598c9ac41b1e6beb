"""Time for the queue: parsing `--at`, and the business day in the branch's time zone."""
from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from kiosk.core.errors import ClockError

# Times outside these years are typing mistakes; far ones also overflow date arithmetic.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def now_utc() -> datetime:
    return datetime.now(UTC)


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


def local_iso(at: datetime, tz: ZoneInfo) -> str:
    return at.astimezone(tz).isoformat(timespec="seconds")


def whole_minutes(seconds: float) -> int:
    return int(max(seconds, 0.0) // 60)
