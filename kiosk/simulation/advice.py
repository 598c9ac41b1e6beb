"""Staffing advice: the fewest counters per hour that keep the p90 wait under a target, found by
simulation hour by hour (the hours before kept as chosen, the hours after at the same count), and
Erlang C's count beside it as the textbook check.

An hour's count must bring that hour's customers' p90 wait to the target and keep every earlier hour that
met it still meeting it (its customers may still wait when the hour begins). The search runs the policy in
memory (kiosk.simulation.floors.MemoryFloor); the command confirms the plan with one run on the store."""
from __future__ import annotations

import bisect
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.config import Branch
from kiosk.core.erlang import servers_needed
from kiosk.simulation.day import Arrival, Shift, hour_of, hour_starts
from kiosk.simulation.engine import Outcome, run_day
from kiosk.simulation.figures import nearest_rank
from kiosk.simulation.floors import MemoryFloor

NEVER = float("inf")


@dataclass(frozen=True)
class HourAdvice:
    start: datetime
    end: datetime
    counters: int  # found by simulation (at most the configured counters)
    erlang_c_counters: int  # Erlang C's fewest for the hour's arrival rate and mean service
    tickets: int  # arrivals in the hour
    met: bool  # the target is reached with `counters` (False: even every configured counter is not enough)


def _next_hour(at: datetime, branch: Branch) -> datetime:
    return hour_of(at + timedelta(minutes=90), branch.tz)  # one hour on, also across a clock change


def plan_shifts(branch: Branch, hours: Sequence[datetime], counts: Sequence[int]) -> list[Shift]:
    """Shifts of `counts[i]` counters for hours[i] (the last count held to the last hour's end)."""
    ends = [*hours[1:], _next_hour(hours[-1], branch)]
    return [Shift(start, end, n) for start, end, n in zip(hours, ends, counts, strict=False)]


def hour_p90s(branch: Branch, hours: Sequence[datetime], outcomes: Sequence[Outcome]) -> list[float | None]:
    """The p90 wait of each hour's arrivals (None: nobody came; inf: someone was never called)."""
    waits: dict[datetime, list[float]] = {}
    for o in outcomes:
        waits.setdefault(hour_of(o.arrival.at, branch.tz), []).append(NEVER if o.wait_s is None else o.wait_s)
    return [nearest_rank(waits[h], 0.9) if h in waits else None for h in hours]


def advise(branch: Branch, arrivals: Sequence[Arrival], target_s: float) -> list[HourAdvice]:
    """The plan for each hour from the first arrival's to the last one's."""
    hours = hour_starts(arrivals, branch.tz)
    most = len(branch.counters)
    counts: list[int] = []
    met: list[bool] = []
    for i, hour in enumerate(hours):
        end = _next_hour(hour, branch)
        called_by = bisect.bisect_left([a.at for a in arrivals], end)  # the arrivals up to this hour's end

        def good(n: int, i: int = i, called_by: int = called_by) -> bool:
            shifts = plan_shifts(branch, hours[:i + 1], [*counts, n])
            outcomes = run_day(branch, arrivals[:called_by], shifts, MemoryFloor(branch), estimates=False)
            p90s = hour_p90s(branch, hours[:i + 1], outcomes)
            return all(p is None or p <= target_s for p, ok in zip(p90s, [*met, True], strict=True) if ok)

        n, ok = _fewest(good, most)
        counts.append(n)
        met.append(ok)
    return [_hour_advice(branch, arrivals, hour, n, ok, target_s) for hour, n, ok in zip(hours, counts, met,
                                                                                          strict=True)]


def _fewest(good: Callable[[int], bool], most: int) -> tuple[int, bool]:
    """The fewest n in 0..most with good(n) (a binary search: more counters never make waits worse), and
    True; (most, False) when none is good."""
    low, high = 0, most
    if not good(high):
        return most, False
    while low < high:
        middle = (low + high) // 2
        if good(middle):
            high = middle
        else:
            low = middle + 1
    return low, True


def _hour_advice(branch: Branch, arrivals: Sequence[Arrival], hour: datetime, counters: int, met: bool,
                 target_s: float) -> HourAdvice:
    end = _next_hour(hour, branch)
    mine = [a for a in arrivals if hour <= a.at < end]
    mean_service = statistics.fmean(a.service_s for a in mine) if mine else 0.0
    erlang = servers_needed(len(mine) * 3600 / (end - hour).total_seconds(), mean_service, target_s)
    return HourAdvice(hour, end, counters, erlang, len(mine), met)
