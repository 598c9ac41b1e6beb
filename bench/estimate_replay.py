"""The wait estimate graded on a real day: the shipped Anonymous Bank day
(tests/data/anonymous-bank-1999-02-02) replayed through a real QueueStore at 1.0x, 1.2x and 1.5x its arrival
rate; each ticket's told wait (Issued, tickets.eta_s) against the wait it really had, beside two naive
estimates "people ahead x mean service time / open counters" read from queue_now at the same moment:
- naive: the people ahead the ticket says (Issued.ahead: its own service) x its service's mean;
- naive all: everyone the policy ranks ahead, of any service (every counter serves every service here) x
  the mean of all tickets finished so far: the strongest simple rival.
Goal at every rate: MAE <= 0.8x the naive one, |bias| <= a quarter of the mean wait."""
from __future__ import annotations

import csv
import heapq
import statistics
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from _common import ROOT, args, save, verdict, workdir

from kiosk.core.clock import FrozenClock
from kiosk.core.estimate import ahead_cutoffs
from kiosk.core.queue_sim import OPEN_MODES
from kiosk.store import QueueStore

DAY = ROOT / "tests" / "data" / "anonymous-bank-1999-02-02"
RATES = (1.0, 1.2, 1.5)
SHIFT = timedelta(weeks=1461)  # 1999 -> 2027, the same weekday: the store takes years 2000-2100
GOAL_MAE = 0.8
GOAL_BIAS = 0.25


@dataclass
class Told:
    issued_at: datetime
    eta_s: float
    naive_s: float
    naive_all_s: float
    service_s: float
    wait_s: float | None = None


def arrivals(speedup: float) -> list[tuple[datetime, str, str, float]]:
    """(arrived, service, class, service seconds), arrivals `speedup` times as fast around the first."""
    with (DAY / "arrivals.csv").open(newline="", encoding="utf-8") as f:
        rows = [(datetime.fromisoformat(r["arrived_at"]) + SHIFT, r["service"], r["priority"],
                 float(r["service_seconds"])) for r in csv.DictReader(f)]
    first = rows[0][0]
    return [(first + (at - first) / speedup, *rest) for at, *rest in rows]


def staffing(day: datetime) -> list[tuple[datetime, int]]:
    """(from, counters) on the replayed day: the count holds until the next change."""
    with (DAY / "staffing.csv").open(newline="", encoding="utf-8") as f:
        plan = []
        for r in csv.DictReader(f):
            hour, minute = (int(x) for x in r["from"].split(":"))
            plan.append((day.replace(hour=hour, minute=minute, second=0, microsecond=0), int(r["counters"])))
    return plan


def naive_waits(store: QueueStore, service: str, priority: str, at: datetime,
                seen: list[float]) -> tuple[float, float]:
    """Read before the ticket is issued: (seconds per person ahead of the ticket's own service, the
    naive-all estimate). Per person: its service's fitted mean over the open counters serving it."""
    now = store.queue_now(at)
    cutoffs = ahead_cutoffs(store.branch, priority, at)
    ahead = sum(1 for t in now.waiting if t.priority in cutoffs
                and (cutoffs[t.priority] is None or t.issued_at <= cutoffs[t.priority]))
    mean = statistics.fmean(seen) if seen else store.branch.service(service).minutes * 60
    desks = [d.counter for d in now.desks if d.counter.mode in OPEN_MODES]
    serving = max(sum(1 for c in desks if service in c.services), 1)
    return now.time_of(service).mean / serving, ahead * mean / max(len(desks), 1)


def replay(folder: Path, speedup: float, overtakers: bool = True) -> list[Told]:
    calls = arrivals(speedup)
    plan = staffing(calls[0][0])
    clock = FrozenClock(min(calls[0][0], plan[0][0]))
    store = QueueStore.init(folder / f"replay-{speedup}-{overtakers}.db",
                            (DAY / "branch.toml").read_text("utf-8"), clock=clock)
    if not overtakers:
        store._arrival_rates = lambda at: {}
    events: list[tuple[datetime, int, str, object]] = []  # (when, order, kind, what)
    for i, call in enumerate(calls):
        heapq.heappush(events, (call[0], 2, "arrive", i))
    for at, n in plan:
        heapq.heappush(events, (at, 1, "staff", n))
    told: dict[int, Told] = {}
    busy: dict[int, int] = {}  # counter -> ticket id
    wanted, opened, seen = 0, set(), []
    all_counters = [c.number for c in store.branch.counters]
    while events:
        at, _, kind, what = heapq.heappop(events)
        clock.set(at)
        if kind == "finish":
            counter, tid = what
            store.finish(counter, at=at)
            seen.append(told[tid].service_s)
            del busy[counter]
            if counter > wanted:
                store.close_counter(counter, at=at)
                opened.discard(counter)
        elif kind == "staff":
            wanted = what
            for counter in all_counters:
                if counter <= wanted and counter not in opened:
                    store.open_counter(counter, at=at)
                    opened.add(counter)
                elif counter > wanted and counter in opened and counter not in busy:
                    store.close_counter(counter, at=at)
                    opened.discard(counter)
        else:
            arrived, service, priority, seconds = calls[what]
            per_person, naive_all = naive_waits(store, service, priority, at, seen)
            issued = store.issue_ticket(service, priority, at=at)
            told[issued.ticket.id] = Told(at, issued.ticket.eta_s, issued.ahead * per_person, naive_all,
                                          seconds)
        if events and events[0][0] == at:
            continue  # everything at this instant first, then the free counters call
        for counter in sorted(opened - busy.keys()):
            choice = store.call_next(counter, at=at)
            if choice is None:
                break
            store.start(counter, at=at)
            ticket = told[choice.ticket.id]
            ticket.wait_s = (at - ticket.issued_at).total_seconds()
            busy[counter] = choice.ticket.id
            heapq.heappush(events, (at + timedelta(seconds=ticket.service_s), 0, "finish",
                                    (counter, choice.ticket.id)))
    store.close()
    return list(told.values())


def grade(tickets: list[Told]) -> dict:
    done = [t for t in tickets if t.wait_s is not None]
    waits = [t.wait_s for t in done]

    def errors(of) -> dict:
        diffs = [of(t) - t.wait_s for t in done]
        return {"mae_s": round(statistics.fmean(abs(d) for d in diffs), 1),
                "bias_s": round(statistics.fmean(diffs), 1)}

    return {"tickets": len(done), "mean_wait_s": round(statistics.fmean(waits), 1),
            "estimate": errors(lambda t: t.eta_s), "naive": errors(lambda t: t.naive_s),
            "naive_all": errors(lambda t: t.naive_all_s)}


def main() -> None:
    opts = args(__doc__.splitlines()[0], rates=(str, ",".join(map(str, RATES)), "arrival rate factors"),
                overtakers=(str, "on", "count later arrivals that overtake (on, off, both)"))
    rates = [float(r) for r in opts.rates.split(",")]
    if opts.quick:
        rates = rates[:1]
    variants = {"on": [True], "off": [False], "both": [True, False]}[opts.overtakers]
    results, ok = [], True
    print(f"{'rate':>4} {'overtake':>8} {'mean wait':>9} {'MAE':>6} {'bias':>6} {'naive MAE':>9} "
          f"{'bias':>6} {'all MAE':>7} {'bias':>6} {'MAE/naive':>9} {'MAE/all':>7} {'|bias|/wait':>11} "
          f"{'time':>5}")
    with workdir() as folder:
        for rate in rates:
            for overtakers in variants:
                started = time.perf_counter()
                g = grade(replay(folder, rate, overtakers))
                took = time.perf_counter() - started
                est, naive, naive_all = g["estimate"], g["naive"], g["naive_all"]
                ratio = est["mae_s"] / max(naive["mae_s"], 1e-9)
                ratio_all = est["mae_s"] / max(naive_all["mae_s"], 1e-9)
                share = abs(est["bias_s"]) / max(g["mean_wait_s"], 1e-9)
                met = ratio <= GOAL_MAE and share <= GOAL_BIAS
                ok &= met or not overtakers
                print(f"{rate:>4} {'on' if overtakers else 'off':>8} {g['mean_wait_s']:>9} {est['mae_s']:>6} "
                      f"{est['bias_s']:>6} {naive['mae_s']:>9} {naive['bias_s']:>6} {naive_all['mae_s']:>7} "
                      f"{naive_all['bias_s']:>6} {ratio:>9.2f} {ratio_all:>7.2f} {share:>11.2f} "
                      f"{took:>4.0f}s {verdict(met)}")
                results.append({"rate": rate, "overtakers": overtakers, **g, "mae_ratio": round(ratio, 3),
                                "mae_ratio_all": round(ratio_all, 3), "bias_share": round(share, 3),
                                "seconds": round(took, 1)})
    print(f"\ngoal: MAE <= {GOAL_MAE}x naive and |bias| <= {GOAL_BIAS} x mean wait at every rate: "
          f"{verdict(ok)}")
    print("saved", save("estimate_replay", {"results": results}))


if __name__ == "__main__":
    main()
