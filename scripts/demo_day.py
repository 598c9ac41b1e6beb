"""A plausible business day played through the real store (for screenshots and trying the manager station).

    .venv/bin/python scripts/demo_day.py demo.db 2026-11-23

Arrivals peak at 10:00 and 13:00 (the shape of the real month in ../shared/data); five counters serve by the
real calling policy; some customers do not come, some get assistance, a few press the help button.
"""
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

from kiosk.core.models import Ticket
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.care import answer_help, record_assistance
from kiosk.store.staff import add_staff, list_staff

SERVICES = {"A": 0.56, "B": 0.2, "C": 0.05, "D": 0.05, "E": 0.06, "F": 0.08}
CLASSES = {"regular": 0.72, "elderly": 0.14, "disability": 0.02, "pregnant": 0.02, "infant": 0.02,
           "ill": 0.01, "green_channel": 0.02, "vip": 0.05}
TELLERS = {1: "1001", 2: "1002", 3: "1003", 4: "1004", 5: "1005"}


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def _arrivals(rng: random.Random, start: datetime, count: int) -> list[datetime]:
    """Two peaks (10:00 and 13:00) over a 09:00-16:30 day."""
    times = []
    while len(times) < count:
        minute = rng.choice([rng.gauss(60, 45), rng.gauss(240, 50), rng.uniform(0, 450)])
        if 0 <= minute <= 450:
            times.append(start + timedelta(minutes=minute))
    return sorted(times)


def play_day(db: Path, day: str, tickets: int = 180, seed: int = 7,
             served: Callable[[Ticket], None] | None = None) -> None:
    """`served`: called with each ticket as it is finished (the counter's rating pad, say)."""
    rng = random.Random(seed)
    store = QueueStore.init(db, station="kiosk")
    tz = store.branch.tz
    opening = datetime.combine(datetime.fromisoformat(day).date(), time(9), tz)
    desks = {}
    for n, number in TELLERS.items():
        if number not in {s["number"] for s in list_staff(store)}:
            add_staff(store, number, f"Teller {n}", Role.LOBBY_MANAGER if n == 1 else Role.TELLER, "123456")
        desk = QueueStore(db, station=f"console-{n}", actor=number)
        desk.open_counter(n, at=opening)
        desks[n] = desk
    free_at = {n: opening for n in desks}
    pending = [(t, _pick(rng, SERVICES), _pick(rng, CLASSES)) for t in _arrivals(rng, opening, tickets)]
    last_arrival = pending[-1][0]
    while pending or any(t < last_arrival + timedelta(hours=4) for t in free_at.values()):
        n, free = min(free_at.items(), key=lambda kv: kv[1])
        if pending and pending[0][0] <= free:
            at, service, priority = pending.pop(0)
            needs = ("wheelchair",) if priority == "disability" else ()
            issued = store.issue_ticket(service, priority, needs=needs, at=at)
            if rng.random() < 0.015:
                request = store.request_help("call_staff", issued.ticket.id, at=at)
                answer_help(desks[1], request, at=at + timedelta(seconds=rng.uniform(20, 150)))
            continue
        desk = desks[n]
        choice = desk.call_next(n, at=free)
        if choice is None:
            if not pending:
                free_at[n] = last_arrival + timedelta(hours=5)  # nobody left for this counter
                continue
            free_at[n] = pending[0][0]
            continue
        ticket = choice.ticket
        if rng.random() < 0.04:
            desk.no_show(n, at=free + timedelta(minutes=2))
            free_at[n] = free + timedelta(minutes=2, seconds=5)
            continue
        start = free + timedelta(seconds=rng.uniform(30, 90))
        desk.start(n, at=start)
        minutes = desk.branch.service(ticket.service).minutes * rng.lognormvariate(0, 0.45)
        if ticket.priority in ("elderly", "disability"):
            record_assistance(desk, rng.choice(["reading_glasses", "forms_help", "read_aloud", "wheelchair"]),
                              ticket.id, n, at=start + timedelta(minutes=1))
        finish = start + timedelta(minutes=minutes)
        done = desk.finish(n, at=finish)
        if served is not None:
            served(done)
        free_at[n] = finish + timedelta(seconds=20)
    for desk in desks.values():
        desk.close()
    store.close()


def branch_today(db: Path) -> str:
    """The branch's business day now (its configured time zone, not this PC's)."""
    store = QueueStore.init(db)
    try:
        return store.today()
    finally:
        store.close()


if __name__ == "__main__":
    play_day(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else branch_today(Path(sys.argv[1])))
