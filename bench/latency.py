"""Issue and call-next latency (p50/p99 ms) at 1k, 10k, 100k waiting tickets, against a bare SQLite insert."""
from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable
from datetime import timedelta

from _common import (
    args,
    bare_connect,
    branch_afternoon,
    percentile,
    pick,
    save,
    seed_waiting,
    verdict,
    workdir,
)

from kiosk.store import QueueStore

SIZES = (1_000, 10_000, 100_000)
WARMUP = 20
TARGET_VS_BARE = 2.0  # issue and call-next p99 at 10k within 2x the bare insert's p99
TARGET_GROWTH = 1.5  # p99 at 100k at most 1.5x p99 at 1k
OPS = ("bare", "issue", "call")


def stats(ms: list[float]) -> dict:
    return {"p50": percentile(ms, 50), "p99": percentile(ms, 99), "max": max(ms)}


class Bare:
    """BEGIN IMMEDIATE; INSERT; COMMIT with plain sqlite3 on a table already holding `n` rows, in
    the queue's own file (as the issue asks): one WAL, so checkpoints fall on both alike."""

    def __init__(self, path, n: int):
        self.conn = bare_connect(path)
        self.conn.execute("CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, label TEXT, service TEXT, "
                          "priority TEXT, status TEXT, issued_at REAL)")
        self.row = ("A001", "A", "regular", "waiting")
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany("INSERT INTO bench_bare (label, service, priority, status, issued_at) "
                              "VALUES (?, ?, ?, ?, ?)", [(*self.row, 0.0)] * n)
        self.conn.execute("COMMIT")

    def insert(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO bench_bare (label, service, priority, status, issued_at) "
                          "VALUES (?, ?, ?, ?, ?)", (*self.row, time.time()))
        self.conn.execute("COMMIT")


class Desk:
    """The store seeded with `n` waiting tickets, counters 1-5 open, calling in turn."""

    def __init__(self, path, n: int):
        self.store = QueueStore.init(path)
        self.rng = random.Random(n)
        self.at = branch_afternoon(self.store)
        seed_waiting(self.store, n, self.at, self.rng)
        self.desks = {c.number: set(c.services) for c in self.store.counters()}
        for c in self.desks:
            self.store.open_counter(c, at=self.tick())
        self.counter = 0
        self.next_counter()

    def tick(self):
        self.at += timedelta(milliseconds=1)
        return self.at

    def next_counter(self) -> None:  # untimed: the next counter in turn with someone waiting for it
        waiting = {s for s, k in self.store.status(at=self.at).waiting.items() if k}
        for _ in self.desks:
            self.counter = self.counter % len(self.desks) + 1
            if self.desks[self.counter] & waiting:
                return
        raise RuntimeError("nothing left to call")

    def issue(self) -> None:
        self.store.issue_ticket(*pick(self.rng), at=self.tick())

    def call(self) -> None:
        if self.store.call_next(self.counter, at=self.tick()) is None:
            raise RuntimeError(f"counter {self.counter} found nothing to call")

    def free_counter(self) -> None:
        self.store.start(self.counter, at=self.tick())
        self.store.finish(self.counter, at=self.tick())
        self.next_counter()


def timed(op: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    op()
    return (time.perf_counter() - t0) * 1000


def rep(bare: Bare, desk: Desk, ops: int) -> dict[str, dict]:
    """`ops` rounds of bare insert, issue, call (then untimed start, finish), interleaved so that
    the machine's noise (other processes, the disk) falls on the baseline and the store alike."""
    ms: dict[str, list[float]] = {op: [] for op in OPS}
    for i in range(WARMUP + ops):
        sample = {"bare": timed(bare.insert), "issue": timed(desk.issue), "call": timed(desk.call)}
        desk.free_counter()
        if i >= WARMUP:
            for op, value in sample.items():
                ms[op].append(value)
    return {op: stats(v) for op, v in ms.items()}


def measure(tmp, n: int, ops: int, reps: int) -> dict:
    """Per op: the median over `reps` repetitions of p50, p99, max and p99 / the same rep's bare p99."""
    desk = Desk(tmp / f"queue-{n}.db", n)
    bare = Bare(tmp / f"queue-{n}.db", n)
    runs = [rep(bare, desk, ops) for _ in range(reps)]
    bare.conn.close()
    desk.store.close()
    result = {}
    for op in OPS:
        result[op] = {k: statistics.median(r[op][k] for r in runs) for k in ("p50", "p99", "max")}
        result[op]["p99_vs_bare"] = statistics.median(r[op]["p99"] / r["bare"]["p99"] for r in runs)
        result[op]["p99_vs_bare_reps"] = [round(r[op]["p99"] / r["bare"]["p99"], 2) for r in runs]
    return result


def main() -> None:
    opts = args(__doc__, ops=(int, 2000, "timed operations per op, size and repetition (--quick: 100)"),
                reps=(int, 3, "repetitions per size; the median is reported (--quick: 1)"))
    ops, reps = (100, 1) if opts.quick else (opts.ops, opts.reps)
    load = os.getloadavg()[0]
    results: dict[str, dict] = {}
    with workdir() as tmp:
        for n in SIZES:
            results[str(n)] = measure(tmp, n, ops, reps)
            print(f"measured {n} waiting", flush=True)

    print(f"\n{ops} ops per row and repetition, median of {reps} repetitions; bare = BEGIN IMMEDIATE; "
          f"INSERT; COMMIT on a table of N rows, interleaved with the store's calls; load average "
          f"{load:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(f"{'N':>7}  {'op':<6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'p99/bare p99':>13}  per rep")
    for n, row in results.items():
        for op in OPS:
            r = row[op]
            print(f"{int(n):>7}  {op:<6} {r['p50']:8.2f} {r['p99']:8.2f} {r['max']:8.2f} "
                  f"{r['p99_vs_bare']:12.2f}x  {r['p99_vs_bare_reps']}")

    lo, mid, hi = (results[str(n)] for n in SIZES)
    growth = {op: hi[op]["p99"] / lo[op]["p99"] for op in OPS}
    print(f"\n1k->100k p99 cost ratio: issue {growth['issue']:.2f}x, call {growth['call']:.2f}x "
          f"(bare insert {growth['bare']:.2f}x)")
    targets = [(f"{op} p99 at 10k vs bare p99", mid[op]["p99_vs_bare"], TARGET_VS_BARE)
               for op in ("issue", "call")]
    targets += [(f"{op} p99 1k->100k", growth[op], TARGET_GROWTH) for op in ("issue", "call")]
    print(f"\n{'target':<28} {'measured':>9} {'limit':>7}")
    for name, value, limit in targets:
        print(f"{name:<28} {value:8.2f}x {limit:6.1f}x  {verdict(value <= limit)}")

    path = save("latency", {
        "ops": ops, "reps": reps, "load_average": load, "sizes": results, "growth_1k_100k": growth,
        "targets": [{"name": name, "measured": value, "limit": limit, "pass": value <= limit}
                    for name, value, limit in targets],
    })
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
