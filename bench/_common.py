"""Helpers shared by the benchmarks: temp files, bare SQLite baseline, seeding, percentiles, results."""
from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time, timedelta
from pathlib import Path

from kiosk.core import clock
from kiosk.core.models import format_label
from kiosk.store import QueueStore
from kiosk.store.db import BUSY_TIMEOUT_MS

RESULTS = Path(__file__).resolve().parent / "results"
SERVICES = ("A", "B", "C", "D", "E", "F")
OTHER_CLASSES = ("elderly", "disability", "pregnant", "infant", "ill", "green_channel",
                 "appointment", "vip")


def args(doc: str, **extra: tuple[type, object, str]) -> argparse.Namespace:
    """--quick plus any extra `--name` options given as (type, default, help)."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--quick", action="store_true", help="a short run to check the script works")
    for name, (kind, default, text) in extra.items():
        parser.add_argument(f"--{name}", type=kind, default=default, help=text)
    return parser.parse_args()


@contextmanager
def workdir() -> Iterator[Path]:
    """A fresh folder under /tmp (a real disk here), removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="kiosk-bench-", dir="/tmp"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def bare_connect(path: Path) -> sqlite3.Connection:
    """Plain sqlite3 with the store's pragmas: WAL, synchronous=FULL, the same busy timeout."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def pick(rng: random.Random) -> tuple[str, str]:
    """A (service, class) pair: any service, ~80% regular, the rest spread over the other classes."""
    return rng.choice(SERVICES), "regular" if rng.random() < 0.8 else rng.choice(OTHER_CLASSES)


def branch_afternoon(store: QueueStore, hour: int = 16) -> datetime:
    """Today (the branch's business day) at `hour`:00 in the branch's zone."""
    tz = store.branch.tz
    today = datetime.fromisoformat(store.today()).date()
    return datetime.combine(today, time(hour), tzinfo=tz)


def seed_waiting(store: QueueStore, n: int, at: datetime, rng: random.Random, hours: float = 8) -> None:
    """Insert `n` waiting tickets issued over the `hours` before `at` (same business day), one
    transaction of direct SQL; the triggers keep waiting_counts right. No issue events are written."""
    tz = store.branch.tz
    day = clock.business_day(at, tz)
    start = max(at - timedelta(hours=hours), datetime.combine(at.astimezone(tz).date(), time(0), tzinfo=tz))
    span = (at - start).total_seconds()
    base = start.timestamp()
    prefixes = {s.code: s.prefix for s in store.branch.services}
    numbers = dict.fromkeys(prefixes, 0)
    rows = []
    for ts in sorted(base + rng.random() * span for _ in range(n)):
        service, priority = pick(rng)
        numbers[service] += 1
        label = format_label(prefixes[service], numbers[service])
        rows.append((day, service, numbers[service], label, service, priority, ts, ts))
    with store.conn.write() as db:
        db.conn.executemany(
            "INSERT INTO tickets (business_day, issued_service, number, label, service, priority, "
            "status, issued_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?)", rows)


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(samples)
    return ordered[max(math.ceil(p / 100 * len(ordered)) - 1, 0)]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def save(name: str, data: dict) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path
