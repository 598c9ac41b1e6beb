"""A branch's busiest minute: 20 stations (4 kiosks, 16 consoles) making 10 actions a second between them
for 60 s, every action timed, beside a bare transaction in the same processes; SQLite and PostgreSQL."""
from __future__ import annotations

import multiprocessing as mp
import os
import random
import time
from collections import Counter

from _common import Engines, Raw, args, percentile, pick, save, seed_waiting, verdict, workdir
from contention import CALLERS, ISSUERS, config_text, verify

from kiosk.core import clock
from kiosk.store import QueueStore

RATE = 10.0  # actions a second, all stations together
SEEDED = 200  # waiting at the start: the consoles have someone to call all minute
TARGET_P99_MS = 50.0
TARGET_WORST_S = 1.0


class Console:
    """A teller's cycle at one counter: call the next customer, start, finish; each step one action."""

    def __init__(self, store: QueueStore, counter: int):
        self.store, self.counter, self.step = store, counter, "call"
        store.open_counter(counter)

    def act(self, _rng: random.Random) -> str:
        if self.step == "call":
            if self.store.call_next(self.counter) is None:
                return "call (nobody)"
            self.step = "start"
            return "call"
        getattr(self.store, self.step)(self.counter)
        done, self.step = self.step, "finish" if self.step == "start" else "call"
        return done

    def after_error(self) -> None:
        """The last action may or may not have been saved: carry on from what the counter holds."""
        desk = next(c for c in self.store.counters() if c.number == self.counter)
        if desk.current_ticket_id is None:
            self.step = "call"
        else:
            called = self.store.ticket_by_id(desk.current_ticket_id).status.value == "called"
            self.step = "start" if called else "finish"


class Kiosk:
    def __init__(self, store: QueueStore):
        self.store, self.issued = store, []

    def act(self, rng: random.Random) -> str:
        t = self.store.issue_ticket(*pick(rng)).ticket
        self.issued.append((t.id, t.business_day, t.label))
        return "issue"

    def after_error(self) -> None:
        pass


def station(target, role: str, index: int, rate: float, seconds: float, barrier, out) -> None:
    """One station's minute: actions at random (Poisson) moments averaging `rate` a second, each followed
    by a bare BEGIN; INSERT; COMMIT on the same database, both timed."""
    store = QueueStore(target, station=f"{role}-{index}")
    raw = Raw(target)
    rng = random.Random(f"{role}{index}")
    desk = Kiosk(store) if role == "kiosk" else Console(store, index)
    timings: dict[str, list[float]] = {}
    errors: Counter = Counter()
    barrier.wait()
    start = time.monotonic()
    moment = start + rng.expovariate(rate)
    while moment < start + seconds:
        time.sleep(max(0.0, moment - time.monotonic()))
        t0 = time.perf_counter()
        try:
            kind = desk.act(rng)
        except Exception as exc:  # every exception the store lets out counts as an error surfaced
            kind = "error"
            errors[f"{type(exc).__name__}: {exc}"[:160]] += 1
            try:
                desk.after_error()
            except Exception:
                pass  # still failing: the next action says so
        timings.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        raw.execute(raw.begin_sql)
        raw.execute("INSERT INTO bench_bare (station, at) VALUES (?, ?)", (f"{role}-{index}", time.time()))
        raw.execute("COMMIT")
        timings.setdefault("bare", []).append((time.perf_counter() - t0) * 1000)
        moment += rng.expovariate(rate)
    raw.close()
    store.close()
    out.put({"timings": timings, "errors": errors, "issued": getattr(desk, "issued", [])})


def run(target, rate: float, seconds: float) -> list[dict]:
    ctx = mp.get_context("spawn")
    roles = [("kiosk", i) for i in range(1, ISSUERS + 1)] + [("console", c) for c in range(1, CALLERS + 1)]
    barrier, out = ctx.Barrier(len(roles)), ctx.Queue()
    per_station = rate / len(roles)
    procs = [ctx.Process(target=station, args=(target, role, i, per_station, seconds, barrier, out))
             for role, i in roles]
    for p in procs:
        p.start()
    results = [out.get(timeout=seconds + 300) for _ in procs]
    for p in procs:
        p.join()
    return results


def stats(ms: list[float]) -> dict:
    return {"n": len(ms), "p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99),
            "max": max(ms)}


def one_engine(target, rate: float, seconds: float) -> dict:
    store = QueueStore.init(target, config_text())
    seed_waiting(store, SEEDED, clock.SYSTEM.now(), random.Random(1))
    store.close()
    raw = Raw(target)
    raw.execute(f"CREATE TABLE bench_bare (id {raw.key_type}, station TEXT, at REAL)")
    raw.close()
    results = run(target, rate, seconds)
    timings: dict[str, list[float]] = {}
    for r in results:
        for kind, ms in r["timings"].items():
            timings.setdefault(kind, []).extend(ms)
    actions = [ms for kind, values in timings.items() if kind != "bare" for ms in values]
    errors = sum((r["errors"] for r in results), Counter())
    return {"kinds": {kind: stats(ms) for kind, ms in sorted(timings.items())}, "all": stats(actions),
            "rate": len(actions) / seconds, "errors": sum(errors.values()), "error_kinds": dict(errors),
            "over_1s": sum(ms > TARGET_WORST_S * 1000 for ms in actions),
            "checks": verify(target, [t for r in results for t in r["issued"]])}


def main() -> None:
    opts = args(__doc__, engines=True, seconds=(float, 60.0, "length of the run (--quick: 15)"),
                rate=(float, RATE, "actions a second, all 20 stations together"))
    seconds = 15.0 if opts.quick else opts.seconds
    load = os.getloadavg()[0]
    results = {}
    with workdir() as tmp, Engines(opts.engines, tmp, opts.db) as engines:
        described = {engine: engines.describe(engine) for engine in opts.engines}
        for engine in opts.engines:
            results[engine] = one_engine(engines.fresh(engine, "minute"), opts.rate, seconds)
            print(f"{engine}: done", flush=True)

    print(f"\n{ISSUERS} kiosks and {CALLERS} consoles, {opts.rate:g} actions/s between them (Poisson), "
          f"{seconds:g} s, {SEEDED} waiting at the start, {os.cpu_count()} CPUs, load average {load:.2f} "
          f"before, {os.getloadavg()[0]:.2f} after; ms per action, bare = BEGIN; INSERT; COMMIT on a plain "
          "connection right after each action, in the same process")
    for engine, text in described.items():
        print(f"  {engine}: {text}")
    print(f"{'engine':<11} {'action':<14} {'n':>6} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>8}")
    targets = []
    for engine, r in results.items():
        for kind, row in [*r["kinds"].items(), ("every action", r["all"])]:
            print(f"{engine:<11} {kind:<14} {row['n']:>6} {row['p50']:7.2f} {row['p95']:7.2f} "
                  f"{row['p99']:7.2f} {row['max']:8.2f}")
        bare = r["kinds"]["bare"]
        checks = r["checks"]
        print(f"{engine}: {r['rate']:.1f} actions/s, p99 / bare p99 {r['all']['p99'] / bare['p99']:.2f}x, "
              f"errors {r['errors']}, actions over {TARGET_WORST_S:g} s: {r['over_1s']}; duplicate labels "
              f"{checks['duplicate_labels']}, called twice {checks['tickets_called_twice']}, issued missing "
              f"{checks['issued_missing']} of {checks['issued_checked']}")
        for kind, n in r["error_kinds"].items():
            print(f"  {engine} error x{n}: {kind}")
        worst = max(row["p99"] for kind, row in r["kinds"].items() if kind != "bare")
        duplicates = checks["duplicate_labels"] + checks["tickets_called_twice"] + checks["issued_missing"]
        targets += [(f"{engine} every action's p99 ms", round(worst, 2), f"< {TARGET_P99_MS:g}",
                     worst < TARGET_P99_MS),
                    (f"{engine} errors surfaced", r["errors"], "== 0", r["errors"] == 0),
                    (f"{engine} waits over {TARGET_WORST_S:g} s", r["over_1s"], "== 0", r["over_1s"] == 0),
                    (f"{engine} duplicates or lost", duplicates, "== 0", duplicates == 0)]
    print(f"\n{'target':<32} {'measured':>9} {'limit':>7}")
    for name, value, limit, ok in targets:
        print(f"{name:<32} {value:>9} {limit:>7}  {verdict(ok)}")
    path = save("busiest_minute", {
        "seconds": seconds, "rate": opts.rate, "seeded": SEEDED, "load_average": load, "engines": described,
        "results": results,
        "targets": [{"name": n, "measured": v, "limit": lim, "pass": ok} for n, v, lim, ok in targets],
    })
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
