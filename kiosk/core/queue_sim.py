"""The queue played forward from now through the real calling policy (kiosk.core.policy.next_ticket):
each open counter finishes its ticket, calls the policy's pick, serves it for a sampled service time.

Used for the wait a new ticket is told (many runs: a point and a range), the predicted p90 wait behind a
surge alert and the counters that would bring it down. Pure: no clock, no store, no Qt."""
from __future__ import annotations

import heapq
import math
import random
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from kiosk.core.config import Branch
from kiosk.core.models import Counter, CounterMode
from kiosk.core.policy import next_ticket
from kiosk.core.service_times import ServiceTime

OPEN_MODES = (CounterMode.NORMAL, CounterMode.LOVE, CounterMode.QUICK)


@dataclass(frozen=True)
class Waiting:
    """A waiting ticket as the policy sees it (kiosk.core.policy.Queued)."""

    id: int
    service: str
    priority: str
    issued_at: datetime
    reserved_counter: int | None = None
    transferred_from: int | None = None


@dataclass(frozen=True)
class Desk:
    """An open counter: its mode and services, and the ticket it is busy with (None: free now)."""

    counter: Counter
    busy_service: str | None = None  # the service of the ticket it serves (or has called)
    busy_since: datetime | None = None  # when that ticket was called or started


@dataclass(frozen=True)
class QueueNow:
    """What the simulation starts from: the waiting tickets, the open counters, each service's times."""

    at: datetime
    waiting: tuple[Waiting, ...]
    desks: tuple[Desk, ...]
    times: Mapping[str, ServiceTime] = field(default_factory=dict)
    default_time: ServiceTime = ServiceTime.from_mean(300.0)

    def time_of(self, service: str) -> ServiceTime:
        return self.times.get(service, self.default_time)

    def with_ticket(self, ticket: Waiting) -> QueueNow:
        return replace(self, waiting=(*self.waiting, ticket))

    def with_desks(self, extra: Iterable[Desk]) -> QueueNow:
        return replace(self, desks=(*self.desks, *extra))


def play(branch: Branch, now: QueueNow, rng: random.Random | None = None,
         arrivals: Sequence[tuple[Waiting, float]] = (), stop_at: int | None = None) -> dict[int, datetime]:
    """When each ticket is called, playing the queue forward from `now.at`: waiting tickets, then
    `arrivals` (ticket, service seconds) as they come. `rng` None: every service takes its mean (the time
    left on a busy counter its expected remainder); otherwise times are drawn. Stops once `stop_at` (a
    ticket id) is called. A ticket no open counter may call is left out of the answer."""
    groups: dict[tuple, deque[Waiting]] = {}
    for t in sorted(now.waiting, key=lambda t: (t.issued_at, t.id)):
        groups.setdefault(_group(t), deque()).append(t)
    pending = deque(sorted(arrivals, key=lambda a: (a[0].issued_at, a[0].id)))
    own_time = {a[0].id: a[1] for a in arrivals}
    heap: list[tuple[datetime, int, int]] = []
    desks = [d for d in now.desks if d.counter.mode in OPEN_MODES]
    for i, desk in enumerate(desks):
        free_at = now.at
        if desk.busy_service is not None:
            elapsed = max((now.at - (desk.busy_since or now.at)).total_seconds(), 0.0)
            model = now.time_of(desk.busy_service)
            left = model.mean_left(elapsed) if rng is None else model.sample_left(elapsed, rng)
            free_at = now.at + timedelta(seconds=left)
        heap.append((free_at, i, i))
    heapq.heapify(heap)
    calls: dict[int, datetime] = {}
    seq = len(desks)
    while heap:
        at, _, i = heapq.heappop(heap)
        while pending and pending[0][0].issued_at <= at:
            t = pending.popleft()[0]
            groups.setdefault(_group(t), deque()).append(t)
        heads = [q[0] for q in groups.values() if q]
        picked = next_ticket(heads, desks[i].counter, branch, at) if heads else None
        if picked is None:
            if pending:  # idle until the next arrival (nothing else makes a ticket callable here)
                seq += 1
                heapq.heappush(heap, (max(at, pending[0][0].issued_at), seq, i))
            continue
        ticket = picked[0]
        groups[_group(ticket)].popleft()
        calls[ticket.id] = at
        if ticket.id == stop_at:
            break
        if ticket.id in own_time:
            seconds = own_time[ticket.id]
        else:
            model = now.time_of(ticket.service)
            seconds = model.mean if rng is None else model.sample(rng)
        seq += 1
        heapq.heappush(heap, (at + timedelta(seconds=seconds), seq, i))
    return calls


def _group(t: Waiting) -> tuple:
    """Within a group the oldest ticket always ranks first, so the policy needs only each group's head."""
    return (t.service, t.priority, t.reserved_counter)


@dataclass(frozen=True)
class WaitForecast:
    """A ticket's predicted wait in seconds: the middle of the runs and a low-high band (20th-80th)."""

    point_s: float
    low_s: float
    high_s: float
    mean_s: float

    @property
    def minutes(self) -> int:
        return max(round(self.point_s / 60), 0)

    def range_minutes(self, min_spread_minutes: float = 5.0,
                      min_share: float = 0.3) -> tuple[int, int] | None:
        """The band in whole minutes when it is wide (at least `min_spread_minutes` and `min_share` of the
        point); None when one number is honest enough."""
        low, high = math.floor(self.low_s / 60), math.ceil(self.high_s / 60)
        spread = high - low
        if spread < min_spread_minutes or spread < min_share * self.point_s / 60:
            return None
        return low, max(high, low + 1)


def forecast_wait(branch: Branch, now: QueueNow, ticket: Waiting, runs: int = 40, seed: int = 0,
                  arrivals: Sequence[tuple[Waiting, float]] = (),
                  draw_arrivals: Callable[[random.Random], Sequence[tuple[Waiting, float]]] | None = None,
                  ) -> WaitForecast | None:
    """The wait of `ticket` (already in `now.waiting` or not) over `runs` drawn runs; None when no open
    counter may call it. `draw_arrivals` (optional) draws each run's own arrivals, added to `arrivals`."""
    start = now if any(t.id == ticket.id for t in now.waiting) else now.with_ticket(ticket)
    rng = random.Random(seed)
    waits = []
    for _ in range(max(runs, 1)):
        drawn = arrivals if draw_arrivals is None else (*arrivals, *draw_arrivals(rng))
        called = play(branch, start, rng, drawn, stop_at=ticket.id).get(ticket.id)
        if called is None:
            return None
        waits.append(max((called - ticket.issued_at).total_seconds(), 0.0))
    waits.sort()
    return WaitForecast(_quantile(waits, 0.5), _quantile(waits, 0.2), _quantile(waits, 0.8),
                        sum(waits) / len(waits))


def predicted_waits(branch: Branch, now: QueueNow, rng: random.Random | None = None,
                    arrivals: Sequence[tuple[Waiting, float]] = ()) -> dict[int, float]:
    """Each waiting (and arriving) ticket's whole predicted wait in seconds, from its issue to its call."""
    tickets = {t.id: t for t in now.waiting} | {a[0].id: a[0] for a in arrivals}
    calls = play(branch, now, rng, arrivals)
    return {tid: max((at - tickets[tid].issued_at).total_seconds(), 0.0) for tid, at in calls.items()}


def _quantile(sorted_values: Sequence[float], p: float) -> float:
    """The p-quantile of sorted values, interpolated."""
    if not sorted_values:
        return 0.0
    pos = (len(sorted_values) - 1) * p
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def quantile(values: Iterable[float], p: float) -> float:
    """The p-quantile (0..1) of `values`, interpolated; 0 for none."""
    return _quantile(sorted(values), p)
