"""Issue and call-next latency (p50/p99 ms) at 1k, 10k, 100k waiting tickets, against a bare SQLite insert."""
from __future__ import annotations

import random
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
WARMUP = 10
TARGET_VS_BARE = 2.0  # issue and call-next p99 at 10k within 2x the bare insert's p99
TARGET_GROWTH = 1.5  # p99 at 100k at most 1.5x p99 at 1k


def timed(op: Callable[[], object], count: int, after: Callable[[], object] | None = None) -> dict:
    """Run `op` WARMUP + `count` times (`after` untimed after each); p50 and p99 in ms of the last `count`."""
    ms = []
    for i in range(WARMUP + count):
        t0 = time.perf_counter()
        op()
        if i >= WARMUP:
            ms.append((time.perf_counter() - t0) * 1000)
        if after:
            after()
    return {"p50": percentile(ms, 50), "p99": percentile(ms, 99), "max": max(ms)}


def bench_store(path, n: int, ops: int) -> dict[str, dict[str, float]]:
    store = QueueStore.init(path)
    rng = random.Random(n)
    at = branch_afternoon(store)
    seed_waiting(store, n, at, rng)

    def tick():
        nonlocal at
        at += timedelta(milliseconds=1)
        return at

    desks = {c.number: set(c.services) for c in store.counters()}
    for c in desks:
        store.open_counter(c, at=tick())
    counter = 0

    def next_counter():  # untimed: the next counter in turn that has a service with someone waiting
        nonlocal counter
        waiting = {s for s, k in store.status(at=at)["waiting"].items() if k}
        for _ in desks:
            counter = counter % len(desks) + 1
            if desks[counter] & waiting:
                return
        raise RuntimeError("nothing left to call")

    def call():
        if store.call_next(counter, at=tick()) is None:
            raise RuntimeError(f"counter {counter} found nothing to call")

    def free_counter():
        store.start(counter, at=tick())
        store.finish(counter, at=tick())
        next_counter()

    next_counter()
    result = {"issue": timed(lambda: store.issue_ticket(*pick(rng), at=tick()), ops),
              "call": timed(call, ops, after=free_counter)}
    store.close()
    return result


def bench_bare(path, n: int, ops: int) -> dict[str, float]:
    conn = bare_connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, service TEXT, priority TEXT, "
                 "status TEXT, issued_at REAL)")
    row = ("A001", "A", "regular", "waiting", 0.0)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO t (label, service, priority, status, issued_at) VALUES (?, ?, ?, ?, ?)",
                     [row] * n)
    conn.execute("COMMIT")

    def insert():
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (label, service, priority, status, issued_at) VALUES (?, ?, ?, ?, ?)",
                     (*row[:4], time.time()))
        conn.execute("COMMIT")

    result = timed(insert, ops)
    conn.close()
    return result


def main() -> None:
    opts = args(__doc__, ops=(int, 500, "timed operations per op and size (--quick: 100)"))
    ops = 100 if opts.quick else opts.ops
    results: dict[str, dict] = {}
    with workdir() as tmp:
        for n in SIZES:
            results[str(n)] = {"bare": bench_bare(tmp / f"bare-{n}.db", n, ops),
                               **bench_store(tmp / f"queue-{n}.db", n, ops)}
            print(f"measured {n} waiting", flush=True)

    print(f"\n{ops} ops per row; bare = BEGIN IMMEDIATE; INSERT; COMMIT on a table of N rows")
    print(f"{'N':>7}  {'op':<6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'p99/bare p99':>13}")
    for n, row in results.items():
        bare99 = row["bare"]["p99"]
        for op in ("bare", "issue", "call"):
            r = row[op]
            r["p99_vs_bare"] = r["p99"] / bare99
            print(f"{int(n):>7}  {op:<6} {r['p50']:8.2f} {r['p99']:8.2f} {r['max']:8.2f} "
                  f"{r['p99_vs_bare']:12.2f}x")

    lo, mid, hi = (results[str(n)] for n in SIZES)
    growth = {op: hi[op]["p99"] / lo[op]["p99"] for op in ("bare", "issue", "call")}
    print(f"\n1k->100k p99 cost ratio: issue {growth['issue']:.2f}x, call {growth['call']:.2f}x "
          f"(bare insert {growth['bare']:.2f}x)")
    targets = [(f"{op} p99 at 10k vs bare p99", mid[op]["p99_vs_bare"], TARGET_VS_BARE)
               for op in ("issue", "call")]
    targets += [(f"{op} p99 1k->100k", growth[op], TARGET_GROWTH) for op in ("issue", "call")]
    print(f"\n{'target':<28} {'measured':>9} {'limit':>7}")
    for name, value, limit in targets:
        print(f"{name:<28} {value:8.2f}x {limit:6.1f}x  {verdict(value <= limit)}")

    path = save("latency", {
        "ops": ops, "sizes": results, "growth_1k_100k": growth,
        "targets": [{"name": name, "measured": value, "limit": limit, "pass": value <= limit}
                    for name, value, limit in targets],
    })
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
