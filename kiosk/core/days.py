"""Business days as people type them (YYYY-MM-DD), alone or as a range of days for reports and exports."""
from __future__ import annotations

from datetime import date

from kiosk.core.clock import FIRST_YEAR, LAST_YEAR
from kiosk.core.errors import QueueError


class BadRange(QueueError):
    """A date that is not YYYY-MM-DD, or a range that ends before it starts."""


def parse_day(text: str, what: str = "--date") -> str:
    try:
        day = date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        day = None
    if day is None:
        raise BadRange(f"{what}: {text!r} is not a date like 2026-11-23")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadRange(f"{what}: {text!r} is not between the years {FIRST_YEAR} and {LAST_YEAR}")
    return day.isoformat()


def check_range(day_from: str, day_to: str | None) -> tuple[str, str]:
    """The range as two valid days; BadRange when a date is malformed or `to` is before `from`."""
    day_from = parse_day(day_from, "--date")
    day_to = parse_day(day_to, "--to") if day_to else day_from
    if day_to < day_from:
        raise BadRange(f"--to {day_to} is before --date {day_from}")
    return day_from, day_to
