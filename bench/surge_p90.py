"""Surge alerts (issue 14): how well the predicted p90 wait of a service's waiting tickets matches the waits
they then had, and what one check costs, for the mean run and for drawn runs.

The shipped real day (tests/data/anonymous-bank-1999-02-02) is replayed through the real calling policy with
its recorded service times and hourly staffing, at 1.0x and with extra arrivals (each arrival copied with
probability rate-1, a few minutes apart, with another call's service time). Every 5 minutes the queue is
looked at as a station's watch would (waiting tickets, busy counters, service times fitted to the finished
ones so far) and each service's p90 is predicted by
  mean      the mean run (every service its mean; kiosk.core.surge's choice)
  drawn     RUNS drawn runs, all their waits pooled
  arrivals  the mean run, with the last 20 minutes' arrivals repeated over the next 40
and compared with the p90 of those same tickets' replayed waits. Staffing changes after the look are not
known to a prediction (nor to the branch).
"""
from __future__ import annotations

import csv
import json
import math
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import RESULTS, args  # noqa: E402
from kiosk.core.config import parse_branch  # noqa: E402
from kiosk.core.models import Counter, CounterMode  # noqa: E402
from kiosk.core.policy import choose_next  # noqa: E402
from kiosk.core.queue_sim import Desk, QueueNow, Waiting, predicted_waits  # noqa: E402
from kiosk.core.service_times import ServiceTime  # noqa: E402
from kiosk.core.surge import check_surge, p90  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "anonymous-bank-1999-02-02"
LOOK_EVERY = timedelta(minutes=5)
MIN_WAITING = 5  # a service's p90 is judged at a look where at least this many wait for it
RUNS = 20


def load(rate: float, rng: random.Random) -> tuple[list[tuple[Waiting, float]], list[tuple[int, int, int]]]:
    rows = list(csv.DictReader((DATA / "arrivals.csv").open()))
    seconds = [float(r["service_seconds"]) for r in rows]
    arrivals = []
    for r in rows:
        at = datetime.fromisoformat(r["arrived_at"])
        arrivals.append((r["service"], r["priority"], at, float(r["service_seconds"])))
        extra = rate - 1.0
        while extra > 0:
            if rng.random() < min(extra, 1.0):
                arrivals.append((r["service"], r["priority"], at + timedelta(seconds=rng.uniform(0, 600)),
                                 rng.choice(seconds)))
            extra -= 1.0
    arrivals.sort(key=lambda a: a[2])
    tickets = [(Waiting(i + 1, s, p, at), sec) for i, (s, p, at, sec) in enumerate(arrivals)]
    staffing = []
    for r in csv.DictReader((DATA / "staffing.csv").open()):
        staffing.append((int(r["from"][:2]), int(r["to"][:2]), int(r["counters"])))
    return tickets, staffing


def replay(branch, tickets, staffing):
    """The day through choose_next with the recorded times; the looks taken on the way, and each
    ticket's call time."""
    services = branch.counters[0].services
    day = tickets[0][0].issued_at.replace(hour=0, minute=0, second=0, microsecond=0)
    changes = [(day + timedelta(hours=h), n) for h, _, n in staffing]
    own = {t.id: s for t, s in tickets}
    pending = list(tickets)
    waiting: list[Waiting] = []
    desks: dict[int, dict] = {}  # number -> busy_until, service, since, retiring
    finished: dict[str, list[float]] = {}
    called: dict[int, datetime] = {}
    looks = []
    next_look = day + timedelta(hours=7) + LOOK_EVERY
    now, step = changes[0][0], 0
    while pending or waiting or any(d["until"] for d in desks.values()):
        times = [d["until"] for d in desks.values() if d["until"]]
        times += [c[0] for c in changes[step:step + 1]] + ([pending[0][0].issued_at] if pending else [])
        times.append(next_look)
        now = min(t for t in times if t >= now)
        for number, d in list(desks.items()):
            if d["until"] and d["until"] <= now:
                finished.setdefault(d["service"], []).append((d["until"] - d["since"]).total_seconds())
                d["until"] = d["service"] = d["since"] = None
                if d["retiring"]:
                    del desks[number]
        while step < len(changes) and changes[step][0] <= now:
            n = changes[step][1]
            step += 1
            open_now = [k for k, d in desks.items() if not d["retiring"]]
            for number in range(1, 7):
                if len(open_now) >= n:
                    break
                if number not in desks:
                    desks[number] = {"until": None, "service": None, "since": None, "retiring": False}
                    open_now.append(number)
            for number in sorted(open_now, reverse=True)[:max(len(open_now) - n, 0)]:
                if desks[number]["until"] is None:
                    del desks[number]
                else:
                    desks[number]["retiring"] = True
        while pending and pending[0][0].issued_at <= now:
            waiting.append(pending.pop(0)[0])
        if now >= next_look:
            times_now = {s.code: ServiceTime.fit(finished.get(s.code, ()), s.minutes * 60.0,
                                                 branch.observed_services_needed) for s in branch.services}
            shown = tuple(Desk(Counter(k, services, CounterMode.NORMAL), d["service"], d["since"])
                          for k, d in sorted(desks.items()) if not d["retiring"])
            closed = tuple(Desk(Counter(k, services, CounterMode.CLOSED)) for k in range(1, 7)
                           if k not in desks)
            recent = [t for t, _ in tickets if now - timedelta(minutes=20) < t.issued_at <= now]
            looks.append((QueueNow(now, tuple(waiting), shown + closed, times_now), recent))
            next_look += LOOK_EVERY
        for number, d in sorted(desks.items()):
            if d["until"] is None and not d["retiring"] and waiting:
                choice = choose_next(waiting, Counter(number, services, CounterMode.NORMAL), branch, now)
                if choice is None:
                    continue
                t = choice.ticket
                waiting.remove(t)
                called[t.id] = now
                d.update(until=now + timedelta(seconds=own[t.id]), service=t.service, since=now)
    return looks, called


def repeated(recent: list[Waiting], now: QueueNow) -> list[tuple[Waiting, float]]:
    """The last 20 minutes' arrivals, twice again over the next 40 minutes, each served in its mean."""
    out = []
    for k in (1, 2):
        for t in recent:
            out.append((Waiting(10_000_000 * k + t.id, t.service, t.priority,
                                t.issued_at + timedelta(minutes=20 * k)), now.time_of(t.service).mean))
    return out


def pooled_p90(branch, now: QueueNow, runs: int, seed: int = 0) -> dict[str, float | None]:
    rng = random.Random(seed)
    by: dict[str, list[float]] = {}
    for _ in range(runs):
        waits = predicted_waits(branch, now, rng)
        for t in now.waiting:
            by.setdefault(t.service, []).append(waits.get(t.id, math.inf))
    return {s: p90(w) for s, w in by.items()}


def judge(rate: float, quick: bool) -> dict:
    branch = parse_branch((DATA / "branch.toml").read_text("utf-8"))
    tickets, staffing = load(rate, random.Random(7))
    looks, called = replay(branch, tickets, staffing)
    errors = {"mean": [], "drawn": [], "arrivals": []}
    cost = {"mean": [], "drawn": [], "arrivals": []}
    truths = []
    for now, recent in looks[:: 4 if quick else 1]:
        by_service: dict[str, list[Waiting]] = {}
        for t in now.waiting:
            by_service.setdefault(t.service, []).append(t)
        judged = {s: ts for s, ts in by_service.items() if len(ts) >= MIN_WAITING}
        if not judged:
            continue
        t0 = time.perf_counter()
        mean = check_surge(branch, now).p90_s
        t1 = time.perf_counter()
        drawn = pooled_p90(branch, now, RUNS)
        t2 = time.perf_counter()
        ahead = check_surge(branch, now, repeated(recent, now)).p90_s
        t3 = time.perf_counter()
        cost["mean"].append(t1 - t0)
        cost["drawn"].append(t2 - t1)
        cost["arrivals"].append(t3 - t2)
        for service, ts in judged.items():
            truth = p90([(called[t.id] - t.issued_at).total_seconds() for t in ts])
            truths.append(truth)
            for name, got in (("mean", mean), ("drawn", drawn), ("arrivals", ahead)):
                errors[name].append((got.get(service) or math.inf) - truth)
    out = {"rate": rate, "tickets": len(tickets), "judged": len(truths),
           "truth_p90_mean_s": round(statistics.fmean(truths), 1) if truths else None}
    for name, errs in errors.items():
        if errs:
            out[name] = {"mae_s": round(statistics.fmean(abs(e) for e in errs), 1),
                         "bias_s": round(statistics.fmean(errs), 1),
                         "check_ms_median": round(statistics.median(cost[name]) * 1000, 2),
                         "check_ms_max": round(max(cost[name]) * 1000, 2)}
    return out


def big_queue_cost(waiting: int) -> dict:
    """One check of a queue `waiting` long over the default branch's six services, two counters open and
    three spare (the advice searched too)."""
    from kiosk.core.config import default_branch

    branch = default_branch()
    rng = random.Random(1)
    at = datetime(2026, 11, 23, 2, 0).astimezone()
    codes = [s.code for s in branch.services]
    tickets = tuple(Waiting(i, rng.choice(codes), rng.choice(("regular",) * 8 + ("elderly",)),
                            at - timedelta(seconds=rng.uniform(0, 3600))) for i in range(waiting))
    desks = tuple(Desk(Counter(c.number, c.services,
                               CounterMode.NORMAL if c.number <= 2 else CounterMode.CLOSED))
                  for c in branch.counters)
    now = QueueNow(at, tickets, desks)
    timings = {}
    for name, work in (("mean", lambda: check_surge(branch, now)),
                       ("mean_p90", lambda: predicted_waits(branch, now)),
                       ("drawn", lambda: pooled_p90(branch, now, RUNS))):
        spent = []
        for _ in range(5):
            t0 = time.perf_counter()
            work()
            spent.append(time.perf_counter() - t0)
        timings[name + "_ms"] = round(statistics.median(spent) * 1000, 1)
    alerts = check_surge(branch, now).alerts
    timings["alerts"] = len(alerts)
    return {"waiting": waiting, **timings}


def main() -> None:
    opts = args(__doc__)
    rows = [judge(rate, opts.quick) for rate in (1.0, 1.5, 2.0)]
    print(f"{'rate':>5} {'looks':>6} {'true p90':>9}  " + "  ".join(
        f"{n + ' MAE/bias s':>20} {'ms':>6}" for n in ("mean", "drawn", "arrivals")))
    for r in rows:
        line = f"{r['rate']:>5} {r['judged']:>6} {r['truth_p90_mean_s']:>9}  "
        line += "  ".join(f"{r[n]['mae_s']:>11} / {r[n]['bias_s']:>6} {r[n]['check_ms_median']:>6}"
                          for n in ("mean", "drawn", "arrivals"))
        print(line)
    costs = [big_queue_cost(n) for n in ((20, 80) if opts.quick else (20, 80, 200))]
    print("one check of a big queue (default branch, 2 of 5 counters open):")
    for c in costs:
        print(f"  {c['waiting']:>4} waiting: the whole check {c['mean_ms']} ms ({c['alerts']} alerts, their "
              f"advice searched); p90 only: mean run {c['mean_p90_ms']} ms, {RUNS} drawn runs "
              f"{c['drawn_ms']} ms")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "surge_p90.json").write_text(json.dumps({"replay": rows, "cost": costs}, indent=1))


if __name__ == "__main__":
    main()
