"""The figures of a simulated day (RESULT.json): waits per class and per hour, tickets past the maximum
wait, and how far the wait each ticket was told missed the wait it had (the store's estimate, and the
naive one beside it). Seconds, rounded to 0.1; p90 is the wait of the customer at the 90th percentile
(nearest rank: a wait someone really had)."""
from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from kiosk.core.config import REGULAR, Branch
from kiosk.simulation.day import hour_of
from kiosk.simulation.engine import Outcome


def nearest_rank(values: Iterable[float], p: float) -> float:
    """The p-quantile (0..1) by nearest rank; 0 for none."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(math.ceil(p * len(ordered)) - 1, 0))]


def _s(value: float) -> float:
    return round(value, 1)


def wait_figures(waits: Sequence[float]) -> dict[str, Any]:
    return {"tickets": len(waits), "mean_wait_s": _s(statistics.fmean(waits)) if waits else 0.0,
            "p90_wait_s": _s(nearest_rank(waits, 0.9)), "max_wait_s": _s(max(waits, default=0.0))}


def error_figures(pairs: Sequence[tuple[float, float]]) -> dict[str, Any]:
    """Mean absolute error and bias (told - waited, mean) of (told, waited) pairs."""
    if not pairs:
        return {"tickets": 0, "mae_s": None, "bias_s": None}
    return {"tickets": len(pairs), "mae_s": _s(statistics.fmean(abs(t - w) for t, w in pairs)),
            "bias_s": _s(statistics.fmean(t - w for t, w in pairs))}


def ratios_to_regular(by_class: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Each class's mean wait over the regular customers' (none without regular customers who waited)."""
    regular = by_class.get(REGULAR, {}).get("mean_wait_s") or 0.0
    return {code: round(f["mean_wait_s"] / regular, 3) for code, f in by_class.items()
            if regular and code != REGULAR}


def by_hour(branch: Branch, outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """Per local hour of arrival: tickets, mean and p90 wait of those called."""
    hours: dict[datetime, list[Outcome]] = {}
    for o in outcomes:
        hours.setdefault(hour_of(o.arrival.at, branch.tz), []).append(o)
    days = {h.date() for h in hours}
    rows = []
    for hour, mine in sorted(hours.items()):
        waits = [o.wait_s for o in mine if o.wait_s is not None]
        row = {"hour": hour.strftime("%H:00"), "tickets": len(mine),
               "mean_wait_s": _s(statistics.fmean(waits)) if waits else 0.0,
               "p90_wait_s": _s(nearest_rank(waits, 0.9))}
        if len(days) > 1:
            row = {"day": hour.date().isoformat(), **row}
        rows.append(row)
    return rows


def day_figures(branch: Branch, outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """RESULT.json's figures of one run."""
    served = [o for o in outcomes if o.wait_s is not None]
    classes = [p.code for p in branch.priority_classes if any(o.arrival.priority == p.code for o in outcomes)]
    by_class = {code: wait_figures([o.wait_s for o in served if o.arrival.priority == code])
                for code in classes}
    waits = [o.wait_s for o in served]
    return {
        "tickets": len(outcomes),
        "served": len(served),
        "unserved": len(outcomes) - len(served),
        "mean_wait_s": _s(statistics.fmean(waits)) if waits else 0.0,
        "p90_wait_s": _s(nearest_rank(waits, 0.9)),
        "by_class": by_class,
        "wait_ratio_to_regular": ratios_to_regular(by_class),
        "by_hour": by_hour(branch, outcomes),
        "over_max_wait": sum(1 for w in waits if w > branch.max_wait_s),
        "estimate": error_figures([(o.eta_s, o.wait_s) for o in served if o.eta_s is not None]),
        "naive_estimate": error_figures([(o.naive_s, o.wait_s) for o in served if o.naive_s is not None]),
    }
