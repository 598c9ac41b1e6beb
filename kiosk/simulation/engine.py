"""The day driven event by event on a floor (kiosk.simulation.floors): at each moment counters finish,
shifts open and close counters, customers take tickets, and every free open counter calls the next ticket
(the policy's pick), starts it at once and finishes it after the customer's service seconds.

A counter a shift no longer needs closes when it has finished its ticket. After the last shift ends the
counters then open stay until nobody is left waiting (the doors close, the hall is served); a ticket still
waiting when the business day changes is left (the store calls only the day's tickets) and counted
unserved."""
from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.config import Branch
from kiosk.simulation.day import Arrival, Shift, Staffed, staffed_at
from kiosk.simulation.floors import Floor

FINISH, STAFFING, ARRIVAL = 0, 1, 2  # at one instant: counters free up, shifts change, then customers come


@dataclass(frozen=True)
class Outcome:
    """What became of one arrival: when it was called (None: never) and the waits it was told."""

    arrival: Arrival
    called_at: datetime | None
    eta_s: float | None = None  # the store's estimate at issue
    naive_s: float | None = None  # people ahead x mean service time / open counters, at issue

    @property
    def wait_s(self) -> float | None:
        return None if self.called_at is None else (self.called_at - self.arrival.at).total_seconds()


class _Day:
    """One run's moving parts: the event queue, the counters open, busy and closing, who waits."""

    def __init__(self, branch: Branch, arrivals: Sequence[Arrival], shifts: Sequence[Shift], floor: Floor,
                 naive: bool):
        self.branch, self.arrivals, self.shifts, self.floor = branch, arrivals, shifts, floor
        self.naive = naive
        self.events: list[tuple[datetime, int, int, object]] = []
        self.seq = 0
        self.open: dict[int, Staffed] = {}
        self.busy: dict[int, int] = {}  # counter -> arrival index
        self.closing: set[int] = set()
        self.index_of: dict[int, int] = {}  # ticket id -> arrival index
        self.told: dict[int, tuple[float | None, float | None]] = {}  # arrival index -> (eta, naive)
        self.called: dict[int, datetime] = {}
        self.waiting = 0
        self.served: dict[str, tuple[int, float]] = {}  # service -> (finished, seconds), for the naive one
        self.last_change = max((s.end for s in shifts), default=None)

    def push(self, at: datetime, kind: int, payload: object) -> None:
        self.seq += 1
        heapq.heappush(self.events, (at, kind, self.seq, payload))

    def run(self, stop_after: int | None) -> list[Outcome]:
        for at in sorted({s.start for s in self.shifts} | {s.end for s in self.shifts}):
            self.push(at, STAFFING, None)
        for i, arrival in enumerate(self.arrivals):
            self.push(arrival.at, ARRIVAL, i)
        self.stop_after = len(self.arrivals) if stop_after is None else min(stop_after, len(self.arrivals))
        self.needed = self.stop_after  # of the first stop_after arrivals, those not called yet
        while self.events and self.needed:
            at, kind, _, payload = heapq.heappop(self.events)
            self.floor.move_to(at)
            if kind == FINISH:
                self._finish(payload, at)  # type: ignore[arg-type]
            elif kind == STAFFING:
                self._staff(at)
            else:
                self._issue(payload, at)  # type: ignore[arg-type]
            if not self.events or self.events[0][0] != at:
                self._call(at)
        return [Outcome(a, self.called.get(i), *self.told.get(i, (None, None)))
                for i, a in enumerate(self.arrivals)]

    def _finish(self, number: int, at: datetime) -> None:
        index = self.busy.pop(number)
        arrival = self.arrivals[index]
        self.floor.finish(number, at)
        count, seconds = self.served.get(arrival.service, (0, 0.0))
        self.served[arrival.service] = (count + 1, seconds + arrival.service_s)
        if number in self.closing:
            self.closing.discard(number)
            del self.open[number]
            self.floor.close(number, at)

    def _staff(self, at: datetime) -> None:
        if at == self.last_change:
            return  # the last shift's counters serve whoever is still waiting
        wanted = staffed_at(self.branch, self.shifts, at)
        for number, desk in sorted(wanted.items()):
            self.closing.discard(number)
            if self.open.get(number) != desk:
                self.floor.open(desk, at)
                self.open[number] = desk
        for number in sorted(set(self.open) - set(wanted)):
            if number in self.busy:
                self.closing.add(number)
            else:
                del self.open[number]
                self.floor.close(number, at)

    def _issue(self, index: int, at: datetime) -> None:
        arrival = self.arrivals[index]
        ticketed = self.floor.issue(arrival, at)
        self.index_of[ticketed.id] = index
        self.waiting += 1
        if self.naive:
            self.told[index] = (ticketed.eta_s, self._naive(arrival, ticketed.ahead or 0))

    def _naive(self, arrival: Arrival, ahead: int) -> float:
        """People ahead x mean service time so far today (the configured minutes until enough were seen)
        / the counters open for the service (or, with none open, those configured for it)."""
        service = self.branch.service(arrival.service)
        count, seconds = self.served.get(arrival.service, (0, 0.0))
        mean = seconds / count if count >= self.branch.observed_services_needed else service.minutes * 60.0
        counters = sum(1 for n, desk in self.open.items() if n not in self.closing
                       and arrival.service in desk.services)
        counters = counters or sum(1 for c in self.branch.counters if arrival.service in c.services)
        return ahead * mean / max(counters, 1)

    def _call(self, at: datetime) -> None:
        for number in sorted(self.open):
            if not self.waiting:
                return
            if number in self.busy or number in self.closing:
                continue
            ticket = self.floor.call(number, at)
            if ticket is None:
                continue
            index = self.index_of[ticket]
            self.waiting -= 1
            self.called[index] = at
            if index < self.stop_after:
                self.needed -= 1
            self.busy[number] = index
            self.push(at + timedelta(seconds=self.arrivals[index].service_s), FINISH, number)


def run_day(branch: Branch, arrivals: Sequence[Arrival], shifts: Sequence[Shift], floor: Floor,
            estimates: bool = True, stop_after: int | None = None) -> list[Outcome]:
    """Each arrival's outcome (in the order given, which must be by time) after playing the day on
    `floor`; `estimates`: record the wait each ticket was told and the naive estimate beside it;
    `stop_after` N: stop once the first N arrivals have been called (a search needs no more)."""
    return _Day(branch, arrivals, shifts, floor, estimates).run(stop_after)
