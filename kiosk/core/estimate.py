"""Wait estimates for a new ticket: how many the policy calls before it, and in how many minutes."""
from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from datetime import datetime, timedelta

from kiosk.core.config import GREEN_CHANNEL, Branch


def ahead_cutoffs(branch: Branch, priority: str, now: datetime) -> dict[str, datetime | None]:
    """For each class, the issue time at or before which a waiting ticket ranks ahead of a new
    ticket of `priority` issued `now` (None: every waiting ticket of that class does).

    Scores grow at the same rate for everyone, so a ticket whose head start minus time waited
    beats the newcomer now stays ahead; a ticket past the maximum wait is ahead of any
    newcomer but the green channel.
    """
    h = branch.head_start_s(priority)
    cutoffs: dict[str, datetime | None] = {}
    for cls in branch.priority_classes:
        gap = h - cls.head_start_s  # seconds a ticket of `cls` must have waited to be ahead
        if cls.code == GREEN_CHANNEL and priority != GREEN_CHANNEL:
            gap = min(gap, 0)
        if priority != GREEN_CHANNEL:
            gap = min(gap, branch.max_wait_s)
        cutoffs[cls.code] = None if gap <= 0 else now - timedelta(seconds=gap)
    return cutoffs


def minutes_per_ticket(observed_seconds: Sequence[float], default_minutes: float, needed: int) -> float:
    """Today's median service time once `needed` tickets were seen, else the configured default."""
    if len(observed_seconds) >= needed:
        return max(statistics.median(observed_seconds) / 60.0, 0.5)
    return default_minutes


def eta_minutes(ahead: int, per_ticket: float, counters_open: int) -> int:
    """Minutes until a ticket with `ahead` before it is called, rounded up."""
    if ahead <= 0:
        return 0
    return math.ceil(ahead * per_ticket / max(counters_open, 1))

