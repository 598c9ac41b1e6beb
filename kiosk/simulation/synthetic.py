"""Synthetic customers: Poisson arrivals at a rate within the staffed hours, each drawn from the mix of
services and classes, with a service time drawn from the service's log-normal fit."""
from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from kiosk.core.config import Branch
from kiosk.core.service_times import ServiceTime
from kiosk.simulation.day import Arrival, Shift
from kiosk.simulation.inputs import Mix


def staffed_spans(shifts: Sequence[Shift]) -> list[tuple[datetime, datetime]]:
    """The times some counter is staffed, overlapping shifts merged."""
    spans: list[tuple[datetime, datetime]] = []
    for shift in sorted((s for s in shifts if s.counters or s.desks), key=lambda s: s.start):
        if spans and shift.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], shift.end))
        else:
            spans.append((shift.start, shift.end))
    return spans


def fitted_times(branch: Branch, seconds: Mapping[str, Sequence[float]]) -> dict[str, ServiceTime]:
    """Each service's log-normal fit to observed seconds; the configured minutes where too few were seen."""
    needed = branch.observed_services_needed
    return {s.code: ServiceTime.fit(seconds.get(s.code, ()), s.minutes * 60.0, needed)
            for s in branch.services}


def synthetic_arrivals(spans: Sequence[tuple[datetime, datetime]], rate_per_hour: float, mix: Mix,
                       times: Mapping[str, ServiceTime], rng: random.Random) -> list[Arrival]:
    """Poisson arrivals at `rate_per_hour` in each span (whole seconds, as a log records them)."""
    kinds = [kind for kind, _ in mix]
    weights = [share for _, share in mix]
    arrivals = []
    for start, end in spans:
        length, base = (end - start).total_seconds(), start.astimezone(UTC)  # real seconds on a clock change
        t = rng.expovariate(rate_per_hour / 3600)
        while t < length:
            at = base + timedelta(seconds=int(t))
            service, priority = rng.choices(kinds, weights)[0]
            seconds = max(round(times[service].sample(rng)), 1)
            arrivals.append(Arrival(at, service, priority, float(seconds)))
            t += rng.expovariate(rate_per_hour / 3600)
    return arrivals
