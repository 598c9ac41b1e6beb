"""Wait estimates for a new ticket: how many the policy calls before it, and when it is called, found by
playing the real policy's order forward from now many times (kiosk.core.queue_sim): the time left on busy
counters, skewed service times and the classes that will still overtake it all count."""
from __future__ import annotations

import random
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from kiosk.core.config import GREEN_CHANNEL, Branch
from kiosk.core.models import CounterMode, Issued, Ticket
from kiosk.core.operations_rules import EstimateRules
from kiosk.core.policy import callable_classes, callable_services
from kiosk.core.queue_sim import OPEN_MODES, Desk, QueueNow, Waiting, forecast_wait, play

NEW_TICKET = 2**62  # the simulated newcomer's id: above every stored id, as it is the newest on a tie
# A simulated call costs the policy a look at the head of each (service, class) group waiting, so a long or
# mixed queue is played fewer times: at most this many looks per estimate (about 30 ms here) ...
SIMULATED_LOOKS = 12_000
FEWEST_RUNS = 3  # ... but never fewer runs than this (unless configured): a long queue's wait varies less
SIMULATE_UP_TO = 500  # waiting tickets; a longer queue is estimated by formula (its errors average out)
OVERTAKE_HORIZON_S = 3600  # a green channel arrival overtakes at any time: look this far ahead


@dataclass(frozen=True)
class WaitEstimate:
    """What a new ticket is told: people ahead, the wait in seconds and, when unsure, a range in minutes."""

    ahead: int
    seconds: float
    range_minutes: tuple[int, int] | None = None

    @property
    def minutes(self) -> int:
        return max(round(self.seconds / 60), 0)

    def issued(self, ticket: Ticket) -> Issued:
        return Issued(ticket, self.ahead, self.minutes, self.range_minutes)


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


def count_ahead(branch: Branch, waiting: Iterable[Waiting], service: str, priority: str, at: datetime) -> int:
    """The waiting tickets of `service` the policy ranks before a new ticket of `priority` issued `at`."""
    cutoffs = ahead_cutoffs(branch, priority, at)
    return sum(1 for t in waiting if t.service == service and t.priority in cutoffs
               and (cutoffs[t.priority] is None or t.issued_at <= cutoffs[t.priority]))


def estimate_wait(branch: Branch, now: QueueNow, service: str, priority: str,
                  arrival_rates: Mapping[tuple[str, str], float] | None = None) -> WaitEstimate:
    """The estimate for a new ticket of (service, priority) at `now.at`: the queue played forward
    (`branch.estimates.runs` runs, fewer for a long queue) with the same seed for the same state.
    `arrival_rates` (per second, by (service, class)) adds the later arrivals whose head start will
    overtake the newcomer."""
    rules = branch.estimates
    ahead = count_ahead(branch, now.waiting, service, priority, now.at)
    start = with_counters_for(branch, now, service, priority)
    if start is None:  # no counter serves it, open or configured: the configured minutes, one at a time
        return WaitEstimate(ahead, ahead * branch.service(service).minutes * 60.0)
    start, services = linked_part(branch, start, service)
    newcomer = Waiting(NEW_TICKET, service, priority, now.at)
    if play(branch, start.with_ticket(newcomer), stop_at=NEW_TICKET).get(NEW_TICKET) == now.at:
        return WaitEstimate(ahead, 0.0)  # a free counter calls it at once, whatever is drawn or arrives later
    rates = {key: rate for key, rate in (arrival_rates or {}).items() if key[0] in services}
    draw = None
    if rates:
        def draw(rng: random.Random) -> list[tuple[Waiting, float]]:
            return overtakers(branch, now, priority, rates, rng)
    groups = len({(t.service, t.priority, t.reserved_counter) for t in start.waiting})
    forecast = forecast_wait(branch, start, newcomer, runs_for(rules, len(start.waiting), groups),
                             seed_for(service, priority, now.at, len(now.waiting)), draw_arrivals=draw)
    if forecast is None:  # reserved for one counter, say: nobody calls a new ticket of this kind
        return WaitEstimate(ahead, ahead * branch.service(service).minutes * 60.0)
    return WaitEstimate(ahead, forecast.point_s,
                        forecast.range_minutes(rules.range_minutes, rules.range_share))


def formula_wait(ahead: int, mean_s: float, counters: int) -> float:
    """A long queue's wait in seconds: the people ahead served `counters` at a time."""
    return ahead * mean_s / max(counters, 1)


def runs_for(rules: EstimateRules, waiting: int, groups: int = 1) -> int:
    """The configured runs, fewer for a long or mixed queue (`groups`: its (service, class) groups) to stay
    within SIMULATED_LOOKS."""
    return min(rules.runs, max(FEWEST_RUNS, SIMULATED_LOOKS // ((waiting + 1) * max(groups, 1))))


def seed_for(service: str, priority: str, at: datetime, waiting: int) -> int:
    """The same queue asked at the same instant gives the same answer (the kiosk's figure is the slip's)."""
    return zlib.crc32(f"{service}|{priority}|{at.timestamp():.6f}|{waiting}".encode())


def may_call(branch: Branch, desk: Desk, service: str, priority: str) -> bool:
    counter = desk.counter
    return (counter.mode in OPEN_MODES and service in callable_services(branch, counter)
            and priority in callable_classes(branch, counter))


def with_counters_for(branch: Branch, now: QueueNow, service: str, priority: str) -> QueueNow | None:
    """`now` when an open counter may call the ticket; otherwise with the counters configured for the
    service open (normal, free: a morning ticket is told the wait once they open, not "unknown");
    None when no counter is configured for it."""
    if any(may_call(branch, d, service, priority) for d in now.desks):
        return now
    open_numbers = {d.counter.number for d in now.desks if d.counter.mode in OPEN_MODES}
    assumed = [Desk(replace(c, mode=CounterMode.NORMAL, current_ticket_id=None)) for c in branch.counters
               if service in c.services and c.number not in open_numbers]
    if not assumed:
        return None
    return replace(now, desks=(*(d for d in now.desks if d.counter.mode in OPEN_MODES), *assumed))


def linked_part(branch: Branch, now: QueueNow, service: str) -> tuple[QueueNow, set[str]]:
    """Only the open counters linked to `service` through the services they share, the tickets they may
    call, and those services: the rest of the hall never changes when such a ticket is called, so playing
    it would only cost time (a loans desk of its own, say)."""
    desks = [d for d in now.desks if d.counter.mode in OPEN_MODES]
    serves = {d.counter.number: set(callable_services(branch, d.counter)) for d in desks}
    services, numbers = {service}, set()
    while linked := {n for n, s in serves.items() if n not in numbers and s & services}:
        numbers |= linked
        services = services.union(*(serves[n] for n in linked))
    waiting = tuple(t for t in now.waiting if (t.service in services if t.reserved_counter is None
                                               else t.reserved_counter in numbers))
    linked_desks = tuple(d for d in desks if d.counter.number in numbers)
    return replace(now, waiting=waiting, desks=linked_desks), services


def overtakers(branch: Branch, now: QueueNow, priority: str, rates: Mapping[tuple[str, str], float],
               rng: random.Random) -> list[tuple[Waiting, float]]:
    """Drawn arrivals (Poisson at each (service, class)'s rate) of the classes whose bigger head start lets
    them overtake a ticket of `priority` issued now: those arriving within the difference of head starts."""
    drawn: list[tuple[Waiting, float]] = []
    mine = branch.head_start_s(priority)
    for (service, cls), rate in sorted(rates.items()):
        if cls == GREEN_CHANNEL and priority != GREEN_CHANNEL:
            window = OVERTAKE_HORIZON_S
        else:
            window = min(branch.head_start_s(cls) - mine, OVERTAKE_HORIZON_S)
        if window <= 0 or rate <= 0:
            continue
        model = now.time_of(service)
        t = rng.expovariate(rate)
        while t < window:
            drawn.append((Waiting(NEW_TICKET + 1 + len(drawn), service, cls, now.at + timedelta(seconds=t)),
                          model.sample(rng)))
            t += rng.expovariate(rate)
    return drawn

