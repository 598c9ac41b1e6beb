"""What finding a damaged database costs: SQLite's quick_check (run by every process that opens the file, and
every 5 minutes on each station's worker thread) and integrity_check (the daily backup), against the damage
mark every write looks for, on files of 1,000, 100,000 and 250,000 tickets (a year) with their events."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import args, save, workdir

from kiosk.store import QueueStore, health

SIZES = (1_000, 100_000, 250_000)
ROUNDS = 5
MARK_ROUNDS = 20_000
DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def seed(path: Path, tickets: int) -> dict:
    """bench/export.py's year of tickets and events, seeded in a child process."""
    here = Path(__file__).resolve().parent
    out = subprocess.run([sys.executable, str(here / "export.py"), "--child", "seed", str(path), "", "",
                          str(tickets)], capture_output=True, text=True, check=True, env={**os.environ})
    return json.loads(out.stdout.splitlines()[0])


def timed(check: str, path: Path) -> float:
    started = time.perf_counter()
    assert health.check_file(path, check) is None
    return time.perf_counter() - started


def cold(check: str, path: Path) -> float | None:
    """The check with the file out of the page cache (root only: writes /proc/sys/vm/drop_caches)."""
    try:
        os.sync()
        DROP_CACHES.write_text("3\n")
    except OSError:
        return None
    return timed(check, path)


def open_store(path: Path) -> float:
    started = time.perf_counter()
    QueueStore(path, station="bench").close()
    return time.perf_counter() - started


def mark_look(path: Path) -> float:
    """health.marked() with no mark: what each write transaction adds, in seconds."""
    started = time.perf_counter()
    for _ in range(MARK_ROUNDS):
        health.marked(path)
    return (time.perf_counter() - started) / MARK_ROUNDS


def ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.0f} ms"


def main() -> None:
    opts = args(__doc__)
    sizes = (1_000, 20_000) if opts.quick else SIZES
    rows = []
    load = os.getloadavg()[0]
    with workdir() as tmp:
        for n in sizes:
            path = tmp / f"y{n}.db"
            counts = seed(path, n)
            row = {"tickets": counts["tickets"], "events": counts["events"],
                   "mb": round(path.stat().st_size / 1e6, 1), "quick_cold_s": cold("quick_check", path),
                   "integrity_cold_s": cold("integrity_check", path)}
            for check in ("quick_check", "integrity_check"):
                row[check] = statistics.median(timed(check, path) for _ in range(ROUNDS))
            row["open_s"] = statistics.median(open_store(path) for _ in range(ROUNDS))
            row["mark_us"] = mark_look(path) * 1e6
            rows.append(row)
            print(json.dumps(row), flush=True)
    print(f"\nload average {load:.2f} before, {os.getloadavg()[0]:.2f} after; warm: median of {ROUNDS}, "
          "cold: once, after dropping the page cache")
    print(f"{'tickets':>8} {'events':>9} {'MB':>6} {'quick_check':>12} {'(cold)':>8} {'integrity':>10} "
          f"{'(cold)':>8} {'open store':>11} {'mark look':>10}")
    for r in rows:
        print(f"{r['tickets']:>8} {r['events']:>9} {r['mb']:>6} {ms(r['quick_check']):>12} "
              f"{ms(r['quick_cold_s']):>8} {ms(r['integrity_check']):>10} {ms(r['integrity_cold_s']):>8} "
              f"{ms(r['open_s']):>11} {r['mark_us']:>7.1f} µs")
    print(f"\nwrote {save('damage_check', {'load_average': load, 'rows': rows})}")


if __name__ == "__main__":
    main()
