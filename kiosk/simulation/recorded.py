"""A recorded day of this branch's own log as simulation input: each customer served (issue time, service,
class, seconds from start to finish) and the counters open hour by hour, from the counters' events; the
waits the day really had, to set beside the replay's. Drill tickets are left out."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kiosk.core import clock
from kiosk.core.config import Branch
from kiosk.core.models import CounterMode
from kiosk.core.stats import TicketFacts
from kiosk.simulation.day import Arrival, Shift, Staffed, hour_of
from kiosk.store.interface import Store

MODE_ACTIONS = {"open": CounterMode.NORMAL, "open_love": CounterMode.LOVE, "open_quick": CounterMode.QUICK,
                "pause": CounterMode.PAUSED, "close": CounterMode.CLOSED}
OPEN = (CounterMode.NORMAL, CounterMode.LOVE, CounterMode.QUICK)
HALF_HOUR = 1800.0


@dataclass(frozen=True)
class RecordedDay:
    arrivals: list[Arrival]
    shifts: list[Shift]
    waits: dict[str, list[float]] = field(default_factory=dict)  # class -> the waits the day had
    seconds: dict[str, list[float]] = field(default_factory=dict)  # service -> service seconds seen
    left_out: int = 0  # tickets not served (no-show, cancelled, still open); a drill's are not even read


def read_recorded_day(store: Store, day: str) -> RecordedDay:
    """The served customers of business day `day` and the counters open in each of its hours."""
    facts: list[TicketFacts] = []
    drill_tickets: set[int] = set()
    counter_events: list[tuple[float, int, str, dict]] = []

    def on_event(row: tuple) -> None:
        _, at, _, _, action, ticket_id, counter, details = row
        details = json.loads(details) if isinstance(details, str) else (details or {})
        if action == "issue" and details.get("drill") is not None:
            drill_tickets.add(ticket_id)
        if counter is not None:
            counter_events.append((at, counter, action, details))

    with store.read_range(day, day) as reader:
        branch = reader.branch
        reader.read(on_ticket=lambda _row, f: facts.append(f), on_event=on_event)
    arrivals, waits, seconds, left_out = [], {}, {}, 0
    for f in facts:
        if f.outcome != "served" or f.id in drill_tickets or f.first_called_at is None:
            left_out += 1
            continue
        start = f.started_at if f.started_at is not None else f.first_called_at
        served_s = max((f.finished_at or start) - start, 1.0)
        arrivals.append(Arrival(datetime.fromtimestamp(f.issued_at, UTC), f.service, f.priority, served_s))
        waits.setdefault(f.priority, []).append(max(f.first_called_at - f.issued_at, 0.0))
        seconds.setdefault(f.service, []).append(served_s)
    arrivals.sort(key=lambda a: a.at)
    return RecordedDay(arrivals, hourly_shifts(branch, day, counter_events), waits, seconds, left_out)


def hourly_shifts(branch: Branch, day: str, events: Sequence[tuple[float, int, str, dict]]) -> list[Shift]:
    """Per hour of the day, the counters open for at least half of it (or, when none was, the one open
    longest), with the mode and services they last had open in it. A counter whose first event of the day
    is a ticket's (a call, a finish) was open since the day began."""
    start = clock.day_start(day, branch.tz)
    end = clock.day_start(clock.business_day(start + timedelta(hours=30), branch.tz), branch.tz)
    spans: dict[int, list[tuple[float, float, Staffed]]] = {}
    for number in sorted({e[1] for e in events}):
        mine = sorted((e for e in events if e[1] == number), key=lambda e: e[0])
        configured = next((c.services for c in branch.counters if c.number == number), ())
        state = Staffed(number, configured) if mine[0][2] not in MODE_ACTIONS else None
        since = start.timestamp()
        for at, _, action, details in mine:
            mode = MODE_ACTIONS.get(action)
            if mode is None:
                continue
            if state is not None:
                spans.setdefault(number, []).append((since, at, state))
            services = tuple(details.get("services") or configured)
            state, since = (Staffed(number, services, mode) if mode in OPEN else None), at
        if state is not None:
            spans.setdefault(number, []).append((since, end.timestamp(), state))
    shifts = []
    hour = hour_of(start, branch.tz)
    while hour < end:
        following = hour_of(hour + timedelta(minutes=90), branch.tz)
        lo, hi = hour.timestamp(), following.timestamp()
        open_for = {n: sum(max(min(b, hi) - max(a, lo), 0.0) for a, b, _ in s) for n, s in spans.items()}
        last = {n: next(d for a, b, d in reversed(s) if min(b, hi) > max(a, lo))
                for n, s in spans.items() if open_for[n] > 0}
        chosen = [n for n in sorted(last) if open_for[n] >= min(HALF_HOUR, hi - lo)]
        if not chosen and last:
            chosen = [max(sorted(last), key=lambda n: open_for[n])]
        if chosen:
            shifts.append(Shift(hour, following, len(chosen), desks=tuple(last[n] for n in chosen)))
        hour = following
    return shifts
