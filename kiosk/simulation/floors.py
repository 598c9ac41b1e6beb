"""What the simulation engine drives: the branch floor. StoreFloor is the real thing (a QueueStore on its
own database, its clock set to each moment); MemoryFloor asks the same policy (kiosk.core.policy) with the
queue held in memory, for the many runs of a search. Both call the same tickets (tests check it)."""
from __future__ import annotations

import tempfile
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from kiosk.core import clock as clocks
from kiosk.core.config import Branch
from kiosk.core.models import Counter
from kiosk.core.policy import next_ticket
from kiosk.core.queue_sim import Waiting
from kiosk.simulation.day import Arrival, Staffed
from kiosk.store.interface import Store


@dataclass(frozen=True)
class Ticketed:
    """A ticket just issued: its id, the people the store said are ahead, and the wait it was told."""

    id: int
    ahead: int | None = None
    eta_s: float | None = None


class Floor(Protocol):
    def move_to(self, at: datetime) -> None: ...
    def open(self, desk: Staffed, at: datetime) -> None: ...
    def close(self, number: int, at: datetime) -> None: ...
    def issue(self, arrival: Arrival, at: datetime) -> Ticketed: ...
    def call(self, number: int, at: datetime) -> int | None: ...  # the ticket called and started
    def finish(self, number: int, at: datetime) -> None: ...


class StoreFloor:
    """The real store: every action one transaction and one event, as at a branch."""

    def __init__(self, store: Store, clock: clocks.FrozenClock):
        self.store = store
        self.clock = clock

    def move_to(self, at: datetime) -> None:
        self.clock.set(at)

    def open(self, desk: Staffed, at: datetime) -> None:
        self.store.open_counter(desk.number, desk.services, desk.mode, at=at)

    def close(self, number: int, at: datetime) -> None:
        self.store.close_counter(number, at=at)

    def issue(self, arrival: Arrival, at: datetime) -> Ticketed:
        issued = self.store.issue_ticket(arrival.service, arrival.priority, at=at)
        told = issued.ticket.eta_s  # the seconds stored with the ticket; the minutes printed otherwise
        eta_s = told if told is not None else issued.eta_minutes * 60.0
        return Ticketed(issued.ticket.id, issued.ahead, eta_s)

    def call(self, number: int, at: datetime) -> int | None:
        choice = self.store.call_next(number, at=at)
        if choice is None:
            return None
        self.store.start(number, at=at)
        return choice.ticket.id

    def finish(self, number: int, at: datetime) -> None:
        self.store.finish(number, at=at)


class MemoryFloor:
    """The policy on a queue in memory: the waiting tickets grouped by (day, service, class), the oldest
    of each group offered to kiosk.core.policy.next_ticket, as the store's call_next does (choose_next)."""

    def __init__(self, branch: Branch):
        self.branch = branch
        self.groups: dict[tuple[str, str, str], deque[Waiting]] = {}
        self.desks: dict[int, Counter] = {}
        self.issued = 0
        self._day: tuple[datetime, datetime, str] | None = None  # the business day's bounds, cached

    def move_to(self, at: datetime) -> None:
        pass

    def business_day(self, at: datetime) -> str:
        """The business day of `at` (numbering, and which tickets may be called, restart with it)."""
        if self._day is None or not self._day[0] <= at < self._day[1]:
            tz = self.branch.tz
            day = clocks.business_day(at, tz)
            start = clocks.day_start(day, tz)
            following = clocks.business_day(start + timedelta(hours=30), tz)  # local 06:00 the day after
            self._day = (start, clocks.day_start(following, tz), day)
        return self._day[2]

    def open(self, desk: Staffed, at: datetime) -> None:
        self.desks[desk.number] = Counter(desk.number, desk.services, desk.mode)

    def close(self, number: int, at: datetime) -> None:
        self.desks.pop(number, None)

    def issue(self, arrival: Arrival, at: datetime) -> Ticketed:
        self.issued += 1
        ticket = Waiting(self.issued, arrival.service, arrival.priority, at)
        self.groups.setdefault((self.business_day(at), arrival.service, arrival.priority),
                               deque()).append(ticket)
        return Ticketed(ticket.id)

    def call(self, number: int, at: datetime) -> int | None:
        day = self.business_day(at)
        heads = [q[0] for (d, _, _), q in self.groups.items() if q and d == day]
        picked = next_ticket(heads, self.desks[number], self.branch, at) if heads else None
        if picked is None:
            return None
        ticket = picked[0]
        self.groups[(day, ticket.service, ticket.priority)].popleft()
        return ticket.id

    def finish(self, number: int, at: datetime) -> None:
        pass



@contextmanager
def temporary_store(config_text: str, at: datetime) -> Iterator[StoreFloor]:
    """The real store on a database of its own in a temporary folder, removed afterwards: a branch
    configured by `config_text`, its clock standing at `at` until the engine moves it."""
    from kiosk.store import QueueStore

    clock = clocks.FrozenClock(at)
    with tempfile.TemporaryDirectory(prefix="kiosk-simulate-") as folder:
        store = QueueStore.init(Path(folder) / "simulated.db", config_text, station="cli", clock=clock,
                                 durable=False)
        try:
            yield StoreFloor(store, clock)
        finally:
            store.close()
