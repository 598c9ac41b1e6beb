"""20 processes (4 issuing, 16 calling) on one queue database: throughput vs the raw engine, duplicates,
errors, on SQLite and PostgreSQL (--engines, --db).

Raw and queue runs alternate, `--reps` times, so the machine's noise falls on both alike; the
ratio reported is the median of the per-repetition ratios. On SQLite a third run per repetition, raw
SQLite with the store's writers' lock file (fair queueing, the same transaction as raw), shows how much
of the gap is fairness and how much the store's own work; the target is judged against plain raw. Raw
PostgreSQL takes the store's advisory lock in each transaction (the same serialisation as SQLite's
BEGIN IMMEDIATE; PostgreSQL queues lock waiters in order, so it is fair already).
"""
from __future__ import annotations

import multiprocessing as mp
import os
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable

from _common import (
    ENGINES,
    SERVICES,
    Engines,
    Raw,
    args,
    percentile,
    pick,
    save,
    seed_waiting,
    verdict,
    workdir,
)

from kiosk.core import clock
from kiosk.core.config import default_toml
from kiosk.store import QueueStore
from kiosk.store.pg import WRITE_LOCK_KEY
from kiosk.store.target import is_url
from kiosk.store.writers import WritersLock

ISSUERS, CALLERS = 4, 16
SEEDED = 1000  # waiting at the start, so callers have work from the first second
TARGET_RATIO = 0.5  # queue transactions/s at least half the raw transactions/s


def config_text() -> str:
    """The default branch with counters 1..CALLERS, each serving every service."""
    head = default_toml().split("[[counters]]")[0]
    services = ", ".join(f'"{s}"' for s in SERVICES)
    return head + "".join(f"[[counters]]\nnumber = {n}\nservices = [{services}]\n\n"
                          for n in range(1, CALLERS + 1))


POLL_S = 0.005
SYNCHRONOUS_ENV = "KIOSK_BENCH_QUEUE_SYNCHRONOUS"  # set by --queue-synchronous, read by spawned workers


def timed_commits(execute: Callable, commits: list[float]) -> Callable:
    """`execute` that also records how long each COMMIT (its fsync) took, in seconds."""
    def execute_timed(sql, *params):
        if sql != "COMMIT":
            return execute(sql, *params)
        t0 = time.perf_counter()
        try:
            return execute(sql, *params)
        finally:
            commits.append(time.perf_counter() - t0)
    return execute_timed


def run_loop(step: Callable[[], int], seconds: float, barrier) -> dict:
    """Wait for everyone, then call `step` (returns transactions done) until time is up."""
    tx, errors, slowest = 0, Counter(), 0.0
    barrier.wait()
    start = now = time.time()
    while now < start + seconds:
        try:
            tx += step()
        except Exception as exc:  # every exception the store lets out counts as an error surfaced
            errors[f"{type(exc).__name__}: {exc}"[:160]] += 1
        slowest, now = max(slowest, time.time() - now), time.time()
    return {"tx": tx, "errors": errors, "start": start, "end": now, "slowest": slowest}


def queue_worker(path, role: str, index: int, seconds: float, barrier, out) -> None:
    store = QueueStore(path, station=f"{role}-{index}")
    commits: list[float] = []
    if not is_url(path):  # PostgreSQL's store commits through psycopg's transaction: not timed
        if os.environ.get(SYNCHRONOUS_ENV):  # a diagnostic only: what the fsync per commit costs
            store.db.execute(f"PRAGMA synchronous = {os.environ[SYNCHRONOUS_ENV]}")
        store.db.execute = timed_commits(store.db.execute, commits)  # the store's one way to COMMIT
    rng = random.Random(index)
    issued: list[tuple[int, str, str]] = []
    counts = Counter()

    def issue() -> int:
        t = store.issue_ticket(*pick(rng)).ticket
        issued.append((t.id, t.business_day, t.label))
        counts["issue"] += 1
        return 1

    def serve() -> int:
        if store.call_next(index) is None:  # a read, no write transaction: a console would poll again
            counts["call_next empty"] += 1
            time.sleep(POLL_S)
            return 0
        counts["call_next"] += 1
        store.start(index)
        store.finish(index)
        counts["served"] += 1
        return 3

    if role == "caller":
        store.open_counter(index)
    result = run_loop(issue if role == "issuer" else serve, seconds, barrier)
    store.close()
    out.put({**result, "counts": counts, "issued": issued, "commits": commits})


def raw_worker(path, role: str, index: int, seconds: float, barrier, out, fair: bool = False) -> None:
    raw = Raw(path)
    writers = WritersLock.beside(path) if fair else None
    commits: list[float] = []
    execute = timed_commits(raw.execute, commits)

    def step() -> int:
        try:
            if writers:
                writers.acquire(10)
            execute(raw.begin_sql)
            if raw.pg:
                execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))
            n = execute("SELECT COALESCE(MAX(n), 0) + 1 FROM t").fetchone()[0]
            execute("INSERT INTO t (n, station) VALUES (?, ?)", (n, f"{role}-{index}"))
            execute("COMMIT")
        finally:
            if raw.in_transaction():
                raw.execute("ROLLBACK")
            if writers:
                writers.release()
        return 1

    out.put({**run_loop(step, seconds, barrier), "commits": commits})
    raw.close()


def fair_raw_worker(path, role: str, index: int, seconds: float, barrier, out) -> None:
    raw_worker(path, role, index, seconds, barrier, out, fair=True)


def run(worker, path, seconds: float) -> list[dict]:
    """ISSUERS + CALLERS spawned processes released together at a barrier; their results."""
    ctx = mp.get_context("spawn")
    roles = [("issuer", i) for i in range(1, ISSUERS + 1)] + [("caller", c) for c in range(1, CALLERS + 1)]
    barrier, out = ctx.Barrier(len(roles)), ctx.Queue()
    procs = [ctx.Process(target=worker, args=(path, role, i, seconds, barrier, out)) for role, i in roles]
    for p in procs:
        p.start()
    results = [out.get(timeout=seconds + 300) for _ in procs]
    for p in procs:
        p.join()
    return results


def summarize(results: list[dict]) -> dict:
    tx = sum(r["tx"] for r in results)
    elapsed = max(r["end"] for r in results) - min(r["start"] for r in results)
    errors = sum((r["errors"] for r in results), Counter())
    per_process = sorted(r["tx"] for r in results)
    commits = sorted(c * 1000 for r in results for c in r["commits"])
    return {"transactions": tx, "seconds": elapsed, "tx_per_s": tx / elapsed,
            "per_process_min": per_process[0], "per_process_max": per_process[-1],
            "slowest_step_s": max(r["slowest"] for r in results),
            "errors": sum(errors.values()), "error_kinds": dict(errors.most_common(5)),
            "commit_ms": {"p50": percentile(commits, 50), "p90": percentile(commits, 90),
                          "p99": percentile(commits, 99), "mean": statistics.fmean(commits)} if commits
            else None}


def verify(path, issued: list[tuple[int, str, str]]) -> dict:
    store = QueueStore(path)
    q = store.db.execute
    dup_labels = q("SELECT business_day, label, count(*) FROM tickets GROUP BY business_day, label "
                   "HAVING count(*) > 1").fetchall()
    double_calls = q("SELECT ticket_id, count(*) FROM events WHERE action = 'call' GROUP BY ticket_id "
                     "HAVING count(*) > 1").fetchall()
    stored = set(q("SELECT id, business_day, label FROM tickets").fetchall())
    missing = [t for t in issued if t not in stored]
    waiting = q("SELECT count(*) FROM tickets WHERE status = 'waiting'").fetchone()[0]
    counted = q("SELECT coalesce(sum(waiting), 0) FROM waiting_counts").fetchone()[0]
    store.close()
    return {"duplicate_labels": len(dup_labels), "tickets_called_twice": len(double_calls),
            "issued_missing": len(missing), "issued_checked": len(issued),
            "waiting_count_drift": counted - waiting,
            "examples": [dup_labels[:3], double_calls[:3], missing[:3]]}


def raw_file(target) -> None:
    raw = Raw(target)
    raw.execute(f"CREATE TABLE t (id {raw.key_type}, n INTEGER NOT NULL UNIQUE, station TEXT)")
    raw.close()


def one_engine(engines: Engines, engine: str, r: int, seconds: float, seeded: int) -> dict:
    """One repetition on one engine: raw, queue and (SQLite only) fair raw, each on a fresh database."""
    raw_target = engines.fresh(engine, f"raw{r}")
    raw_file(raw_target)
    raw = summarize(run(raw_worker, raw_target, seconds))

    queue_target = engines.fresh(engine, f"queue{r}")
    store = QueueStore.init(queue_target, config_text())
    seed_waiting(store, seeded, clock.SYSTEM.now(), random.Random(r))
    store.close()
    results = run(queue_worker, queue_target, seconds)
    queue = summarize(results)
    queue["actions"] = dict(sum((r["counts"] for r in results), Counter()))
    queue["checks"] = verify(queue_target, [t for r in results for t in r["issued"]])
    one = {"raw": raw, "queue": queue, "ratio": queue["tx_per_s"] / raw["tx_per_s"]}
    if engine == "sqlite":
        fair_target = engines.fresh(engine, f"fair{r}")
        raw_file(fair_target)
        one["fair_raw"] = summarize(run(fair_raw_worker, fair_target, seconds))
        one["ratio_fair"] = queue["tx_per_s"] / one["fair_raw"]["tx_per_s"]
    done = ", ".join(f"{name.replace('_', ' ')} {one[name]['tx_per_s']:.0f} tx/s"
                     for name in RUNS if name in one)
    print(f"{engine} repetition {r + 1}: {done}", flush=True)
    return one


RUNS = ("raw", "queue", "fair_raw")


def ms(commit: dict | None) -> str:
    if commit is None:
        return "-"
    return "/".join(format(commit[k], ".2f") for k in ("p50", "p90", "p99", "mean"))


def main() -> None:
    opts = args(__doc__, engines=True,
                seconds=(float, 15.0, "length of each run (--quick: 5)"),
                reps=(int, 3, "repetitions of raw, queue, fair raw; medians reported (--quick: 1)"),
                seeded=(int, SEEDED, "tickets waiting at the start"),
                **{"queue-synchronous": (str, "", "diagnostic: run the SQLite queue (only) with this "
                                         "synchronous setting, e.g. NORMAL, to see what the fsync costs")})
    if opts.queue_synchronous:
        if opts.queue_synchronous.upper() not in ("OFF", "NORMAL", "FULL", "EXTRA"):
            raise SystemExit("--queue-synchronous: one of OFF, NORMAL, FULL, EXTRA")
        os.environ[SYNCHRONOUS_ENV] = opts.queue_synchronous.upper()
        print(f"diagnostic run: the queue with synchronous={opts.queue_synchronous.upper()}, "
              "raw with FULL; not the product's setting")
    seconds, reps = (5.0, 1) if opts.quick else (opts.seconds, opts.reps)
    seeded = opts.seeded
    load = os.getloadavg()[0]
    runs: dict[str, list[dict]] = {engine: [] for engine in opts.engines}
    with workdir() as tmp, Engines(opts.engines, tmp, opts.db) as engines:
        described = {engine: engines.describe(engine) for engine in opts.engines}
        for r in range(reps):
            for engine in opts.engines:
                runs[engine].append(one_engine(engines, engine, r, seconds, seeded))

    print(f"\n{ISSUERS + CALLERS} processes ({ISSUERS} issuing, {CALLERS} calling), {seconds:g} s per run, "
          f"{reps} repetitions, {os.cpu_count()} CPUs, {seeded} tickets waiting at start, load average "
          f"{load:.2f} before, {os.getloadavg()[0]:.2f} after")
    for engine, text in described.items():
        print(f"  {engine}: {text}")
    print(f"{'engine':<11}{'rep':<4}{'run':<9} {'transactions':>12} {'tx/s':>8} {'per process min..max':>21} "
          f"{'slowest s':>10} {'errors':>7} {'COMMIT ms p50/p90/p99/mean':>27}")
    for engine, engine_runs in runs.items():
        for i, one in enumerate(engine_runs, 1):
            for name in RUNS:
                if name not in one:
                    continue
                r = one[name]
                spread = f"{r['per_process_min']}..{r['per_process_max']}"
                print(f"{engine:<11}{i:<4}{name:<9} {r['transactions']:>12} {r['tx_per_s']:8.1f} "
                      f"{spread:>21} {r['slowest_step_s']:10.2f} {r['errors']:>7} {ms(r['commit_ms']):>27}")
    summary, targets = {}, []
    for engine, engine_runs in runs.items():
        ratio = statistics.median(r["ratio"] for r in engine_runs)
        per_rep = ", ".join(f"{r['ratio']:.2f}" for r in engine_runs)
        print(f"{engine} queue/raw tx/s per repetition: {per_rep}; median {ratio:.2f}")
        summary[engine] = {"ratio": ratio}
        if engine == "sqlite":
            ratio_fair = statistics.median(r["ratio_fair"] for r in engine_runs)
            summary[engine]["ratio_fair"] = ratio_fair
            print(f"{engine} queue/fair raw tx/s (raw queued on the same lock file): median {ratio_fair:.2f}")
        actions = sum((Counter(r["queue"]["actions"]) for r in engine_runs), Counter())
        print(f"{engine} queue actions: " + ", ".join(f"{k} {v}" for k, v in sorted(actions.items())))
        for one in engine_runs:
            for name in RUNS:
                for kind, n in one.get(name, {}).get("error_kinds", {}).items():
                    print(f"  {engine} {name} error x{n}: {kind}")
        checks = {k: sum(r["queue"]["checks"][k] for r in engine_runs) for k in
                  ("duplicate_labels", "tickets_called_twice", "issued_missing", "issued_checked",
                   "waiting_count_drift")}
        summary[engine]["checks"] = checks
        print(f"{engine} checks: duplicate labels {checks['duplicate_labels']}, tickets called twice "
              f"{checks['tickets_called_twice']}, issued tickets missing {checks['issued_missing']} "
              f"of {checks['issued_checked']}, waiting_counts drift {checks['waiting_count_drift']}")
        duplicates = checks["duplicate_labels"] + checks["tickets_called_twice"]
        errors = sum(r["queue"]["errors"] for r in engine_runs)
        targets += [(f"{engine} duplicates", duplicates, "== 0", duplicates == 0),
                    (f"{engine} errors surfaced", errors, "== 0", errors == 0),
                    (f"{engine} queue/raw tx/s", round(ratio, 2), f">= {TARGET_RATIO}",
                     ratio >= TARGET_RATIO)]
    if {"sqlite", "postgresql"} <= set(runs):
        tx = {e: statistics.median(r["queue"]["tx_per_s"] for r in runs[e]) for e in ENGINES}
        print(f"queue tx/s, median: SQLite {tx['sqlite']:.0f}, PostgreSQL {tx['postgresql']:.0f} "
              f"({tx['postgresql'] / tx['sqlite']:.2f}x)")
    print("(write transactions: issue, call, start, finish; a call finding nobody waiting is a read and "
          f"waits {POLL_S * 1000:g} ms, as a console's poll would)")
    print(f"\n{'target':<30} {'measured':>9} {'limit':>7}")
    for name, value, limit, ok in targets:
        print(f"{name:<30} {value:>9} {limit:>7}  {verdict(ok)}")
    path = save("contention", {
        "seconds": seconds, "reps": reps, "issuers": ISSUERS, "callers": CALLERS, "seeded": seeded,
        "load_average": load, "engines": described, "runs": runs, "summary": summary,
        "targets": [{"name": n, "measured": v, "limit": lim, "pass": ok} for n, v, lim, ok in targets],
    })
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
