"""The wait estimate's cost (p50/p99 ms) at 50 and 200 waiting tickets: the simulated estimate a new ticket
is told (store.wait_estimate: queue_now, the arrival rates, the runs) and a whole issue_ticket, against
the formula it replaced (one SQL statement, as on main before issue 14), interleaved in the same run on
the same database. Target: issue p99 < 100 ms at 200 waiting (a customer does not notice)."""
from __future__ import annotations

import os
import random
import statistics
import time
from datetime import timedelta

from _common import Engines, args, branch_afternoon, percentile, pick, save, seed_waiting, verdict, workdir

from kiosk.core import clock, estimate
from kiosk.store import QueueStore

SIZES = (50, 200)
FINISHED_TODAY = 150  # served today before the measurement: what the service times are fitted to
FINISHED_PER_PAST_WEEK = 40  # at the same hour on each of the past weeks
WARMUP = 5
TARGET_ISSUE_P99_MS = 100.0
OPS = ("old", "estimate", "issue")

# -- the estimate before issue 14, kept here to measure against (kiosk/store/tickets.py on main) ----------
_NO_CUTOFF = "(?, CAST(NULL AS DOUBLE PRECISION))"


def _old_sql(cutoffs: tuple[bool, ...]) -> str:
    return (
        "WITH cut (priority, cutoff) AS (VALUES "
        f"{', '.join('(?, ?)' if c else _NO_CUTOFF for c in cutoffs)}) "
        "SELECT 0, COALESCE(SUM(w.waiting - CASE WHEN cut.cutoff IS NULL OR w.waiting = 0 THEN 0 ELSE "
        "(SELECT COUNT(*) FROM tickets WHERE business_day = w.business_day AND status = 'waiting' "
        "AND service = w.service AND priority = w.priority AND issued_at > cut.cutoff) END), 0), 0 "
        "FROM cut JOIN waiting_counts w ON w.business_day = ? AND w.service = ? "
        "AND w.priority = cut.priority "
        "UNION ALL SELECT 1, seconds, 0 FROM (SELECT finished_at - started_at AS seconds "
        "FROM tickets WHERE business_day = ? AND service = ? AND finished_at IS NOT NULL "
        "AND started_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 21) AS recent "
        "UNION ALL SELECT 2, COUNT(*), "
        "COALESCE(SUM(CASE WHEN mode IN ('normal', 'love') OR (mode = 'quick' AND ? = 1) THEN 1 ELSE 0 END), "
        "0) FROM counters "
        "WHERE instr(',' || services || ',', ',' || ? || ',') > 0"
    )


def old_estimate(store: QueueStore, service: str, priority: str, at) -> tuple[int, int]:
    """The replaced estimate: tickets ahead x the median of the last 21 services / open counters."""
    branch = store.branch
    day = clock.business_day(at, branch.tz)
    cutoffs = estimate.ahead_cutoffs(branch, priority, at)
    params: list = []
    for cls, cutoff in cutoffs.items():
        params += (cls,) if cutoff is None else (cls, cutoff.timestamp())
    params += (day, service, day, service, int(branch.service(service).quick), service)
    ahead, observed, serving, open_now = 0, [], 0, 0
    with store.conn.errors():
        for kind, a, b in store.db.execute(_old_sql(tuple(c is not None for c in cutoffs.values())), params):
            if kind == 0:
                ahead = int(a)
            elif kind == 1:
                observed.append(a)
            else:
                serving, open_now = int(a), int(b)
    per_ticket = (max(statistics.median(observed) / 60.0, 0.5)
                  if len(observed) >= branch.observed_services_needed else branch.service(service).minutes)
    return ahead, 0 if ahead <= 0 else -(-ahead * per_ticket // max(open_now or serving, 1))


# -- the branch ------------------------------------------------------------------------------------------

def seed_finished(store: QueueStore, at, rng: random.Random) -> None:
    """Tickets served today before `at` and at the same hour of the past weeks (direct SQL, no events)."""
    tz = store.branch.tz
    rows = []
    spans = [(at - timedelta(hours=6), FINISHED_TODAY)]
    spans += [(at - timedelta(weeks=w, hours=1), FINISHED_PER_PAST_WEEK)
              for w in range(1, store.branch.estimates.history_weeks + 1)]
    numbers: dict[tuple[str, str], int] = {}
    for start, count in spans:
        for _ in range(count):
            service, priority = pick(rng)
            issued = start + timedelta(seconds=rng.uniform(0, 7200))
            took = rng.lognormvariate(5.0, 0.9)
            day = clock.business_day(issued, tz)
            number = numbers[(day, service)] = numbers.get((day, service), 500) + 1
            ts = issued.timestamp()
            rows.append((day, service, number, f"{service}{number}", service, priority, ts, ts + 60,
                         ts + 60 + took, ts + 60 + took))
    with store.conn.write() as db:
        for row in rows:
            db.execute("INSERT INTO tickets (business_day, issued_service, number, label, service, priority, "
                       "status, issued_at, called_at, started_at, finished_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'done', ?, ?, ?, ?, ?)",
                       [*row[:8], row[7], *row[8:]])


class Branch:
    """`n` waiting, counters 1-5 open and each serving one, a day's and four weeks' services done."""

    def __init__(self, target, n: int):
        self.store = QueueStore.init(target)
        self.rng = random.Random(n)
        self.at = branch_afternoon(self.store, hour=14)
        seed_finished(self.store, self.at, self.rng)
        seed_waiting(self.store, n + len(self.store.counters()), self.at, self.rng, hours=3)
        for c in self.store.counters():
            self.store.open_counter(c.number, at=self.tick())
            if self.store.call_next(c.number, at=self.tick()):
                self.store.start(c.number, at=self.tick())
        self.waiting = self.store.status(at=self.at).waiting_total

    def tick(self):
        self.at += timedelta(milliseconds=10)
        return self.at

    def old(self) -> None:
        old_estimate(self.store, *pick(self.rng), self.tick())

    def estimate(self) -> None:
        service, priority = pick(self.rng)
        self.store.wait_estimate(service, priority, at=self.tick())

    def issue(self) -> str:
        return self.store.issue_ticket(*pick(self.rng), at=self.tick()).ticket.label

    def cancel(self, label: str) -> None:  # untimed: the queue stays as long
        self.store.cancel_ticket(label, at=self.tick())


def timed(op) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = op()
    return (time.perf_counter() - t0) * 1000, out


def measure(target, n: int, ops: int) -> dict:
    branch = Branch(target, n)
    ms: dict[str, list[float]] = {op: [] for op in OPS}
    for i in range(WARMUP + ops):
        old, _ = timed(branch.old)
        new, _ = timed(branch.estimate)
        issue, label = timed(branch.issue)
        branch.cancel(label)
        if i >= WARMUP:
            ms["old"].append(old)
            ms["estimate"].append(new)
            ms["issue"].append(issue)
    out: dict = {op: {"p50": percentile(v, 50), "p99": percentile(v, 99), "max": max(v)}
                 for op, v in ms.items()}
    out["waiting"] = branch.waiting
    now = branch.store.queue_now(branch.at)
    groups = len({(t.service, t.priority) for t in now.waiting})
    out["runs"] = estimate.runs_for(branch.store.branch.estimates, branch.waiting, groups)
    out["estimate_vs_old_p50"] = out["estimate"]["p50"] / out["old"]["p50"]
    branch.store.close()
    return out


def main() -> None:
    opts = args(__doc__.splitlines()[0], engines=True,
                ops=(int, 200, "timed rounds per size (--quick: 20)"),
                sizes=(str, ",".join(map(str, SIZES)), "waiting tickets, comma-separated"))
    ops = 20 if opts.quick else opts.ops
    sizes = [int(n) for n in opts.sizes.split(",")]
    load = os.getloadavg()[0]
    results: dict[str, dict] = {}
    with workdir() as tmp, Engines(opts.engines, tmp, opts.db) as engines:
        for engine in opts.engines:
            results[engine] = {}
            for n in sizes:
                results[engine][str(n)] = measure(engines.fresh(engine, f"estimate{n}"), n, ops)
                print(f"{engine}: measured {n} waiting", flush=True)
    print(f"\n{ops} rounds per size of (old formula, estimate, issue + untimed cancel), interleaved; load "
          f"average {load:.2f} before, {os.getloadavg()[0]:.2f} after")
    print("runs: for a ticket whose counters serve every waiting ticket (fewer tickets linked: more runs)")
    print(f"{'engine':<11} {'N':>5} {'runs':>5}  {'op':<9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    targets = []
    for engine, rows in results.items():
        for row in rows.values():
            for op in OPS:
                r = row[op]
                print(f"{engine:<11} {row['waiting']:>5} {row['runs']:>5}  {op:<9} {r['p50']:8.2f} "
                      f"{r['p99']:8.2f} {r['max']:8.2f}")
            print(f"{'':<11} {'':>5} {'':>5}  estimate / old formula, p50: {row['estimate_vs_old_p50']:.0f}x")
        biggest = rows[str(sizes[-1])]
        targets.append((f"{engine} issue p99 at {biggest['waiting']} waiting", biggest["issue"]["p99"]))
    print(f"\n{'target':<40} {'measured':>9} {'limit':>7}")
    for name, value in targets:
        met = value < TARGET_ISSUE_P99_MS
        print(f"{name:<40} {value:7.1f}ms {TARGET_ISSUE_P99_MS:5.0f}ms  {verdict(met)}")
    print("saved", save("estimate", {"ops": ops, "load_average": load, "sizes": results}))


if __name__ == "__main__":
    main()
