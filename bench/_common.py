"""Helpers shared by the benchmarks: temp files, both engines' databases and bare baselines, seeding,
percentiles, results."""
from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import random
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, time, timedelta
from pathlib import Path

from kiosk.core import clock
from kiosk.core.models import format_label
from kiosk.store import QueueStore
from kiosk.store.db import BUSY_TIMEOUT_MS
from kiosk.store.target import is_url

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parents[1]
ENGINES = ("sqlite", "postgresql")
SERVICES = ("A", "B", "C", "D", "E", "F")
OTHER_CLASSES = ("elderly", "disability", "pregnant", "infant", "ill", "green_channel",
                 "appointment", "vip")


def args(doc: str, engines: bool = False, **extra: tuple[type, object, str]) -> argparse.Namespace:
    """--quick plus any extra `--name` options given as (type, default, help); with `engines`, also
    --engines and --db (see Engines)."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--quick", action="store_true", help="a short run to check the script works")
    if engines:
        parser.add_argument("--engines", default=",".join(ENGINES),
                            help="comma-separated, in the order run: sqlite, postgresql (default both)")
        parser.add_argument("--db", default="", help="a postgresql:// URL of a server to create the "
                            "benchmark's databases on (its role needs CREATEDB); default: a throwaway "
                            "server started for the run (tests/pg_server.py), durable like a branch's")
    for name, (kind, default, text) in extra.items():
        parser.add_argument(f"--{name}", type=kind, default=default, help=text)
    opts = parser.parse_args()
    if engines:
        opts.engines = [e.strip() for e in opts.engines.split(",") if e.strip()]
        if unknown := set(opts.engines) - set(ENGINES):
            parser.error(f"--engines: unknown {', '.join(sorted(unknown))} (give {', '.join(ENGINES)})")
        if opts.db and not is_url(opts.db):
            parser.error("--db: give a postgresql:// URL (SQLite files are made in a temp folder)")
    return opts


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


# A branch's server keeps every commit: the test servers' speed-over-durability settings are undone.
DURABLE = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}


class Engines:
    """Fresh databases for each engine a benchmark runs: SQLite files in `folder` (a real disk), and
    PostgreSQL databases on the --db server, or else on a throwaway server started for the run (its data
    beside `folder`, on the same disk, with fsync on; over TCP on 127.0.0.1). Everything made is removed
    at the end."""

    def __init__(self, engines: Sequence[str], folder: Path, server_url: str = ""):
        self.engines, self.folder, self.server_url = list(engines), folder, server_url
        self.server = None
        self._made: list[str] = []
        self._names = itertools.count(1)

    def __enter__(self) -> Engines:
        if "postgresql" in self.engines and not self.server_url:
            sys.path.insert(0, str(ROOT))  # tests/pg_server.py
            from tests.pg_server import PgServer

            self.server = PgServer(parent=self.folder.parent)  # the folder is private to this user
            with self.server.connect() as conn:
                for name, value in DURABLE.items():
                    conn.execute(f"ALTER SYSTEM SET {name} = {value}")
            self.server.restart()
            self.server_url = self.server.url()
        return self

    def __exit__(self, *exc) -> None:
        try:
            for name in self._made:
                self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            if self.server is not None:
                self.server.stop()

    def describe(self, engine: str) -> str:
        if engine == "sqlite":
            return f"SQLite {sqlite3.sqlite_version}, WAL, synchronous=FULL, files in {self.folder}"
        import psycopg

        with psycopg.connect(self.server_url, autocommit=True) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            settings = {n: conn.execute(f"SHOW {n}").fetchone()[0] for n in DURABLE}
        where = f"a throwaway server, data in {self.server.root}" if self.server else self.server_url
        return (f"PostgreSQL {version} over TCP 127.0.0.1, {where}, "
                + ", ".join(f"{k}={v}" for k, v in settings.items()))

    def fresh(self, engine: str, name: str) -> str | Path:
        """A new, empty database: a file path or a postgresql:// URL."""
        if engine == "sqlite":
            return self.folder / f"{name}.db"
        db = f"kiosk_bench_{os.getpid()}_{next(self._names)}_{name}"
        self._admin(f'CREATE DATABASE "{db}"')
        self._made.append(db)
        return self.server_url.rsplit("/", 1)[0] + "/" + db

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.server_url, autocommit=True) as conn:
            conn.execute(sql)


class Raw:
    """The baseline beside the store: a plain connection to the same database (sqlite3 with the store's
    pragmas, or psycopg on autocommit) running bare SQL with `?` placeholders."""

    def __init__(self, target: str | Path):
        self.pg = is_url(target)
        if self.pg:
            import psycopg

            self.conn = psycopg.connect(str(target), autocommit=True)
        else:
            self.conn = bare_connect(Path(target))
        self.begin_sql = "BEGIN" if self.pg else "BEGIN IMMEDIATE"
        self.key_type = ("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY" if self.pg
                         else "INTEGER PRIMARY KEY")

    def execute(self, sql: str, params: Sequence = ()):
        return self.conn.execute(sql.replace("?", "%s") if self.pg else sql, params)

    def executemany(self, sql: str, rows: Sequence) -> None:
        if self.pg:
            with self.conn.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), rows)
        else:
            self.conn.executemany(sql, rows)

    def in_transaction(self) -> bool:
        if self.pg:
            import psycopg

            return self.conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE
        return self.conn.in_transaction

    def close(self) -> None:
        self.conn.close()


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
        (db.executemany if store.conn.engine == "postgresql" else db.conn.executemany)(
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
