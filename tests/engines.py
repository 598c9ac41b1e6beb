"""Reaching into either engine's database as its administrator would, beside the store: reading rows back,
tampering, holding the writers' lock. A target is what `--db` takes: a SQLite file path or a URL."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from kiosk.store.target import is_url


def is_pg(target: str | Path) -> bool:
    return is_url(str(target))


@contextmanager
def raw(target: str | Path) -> Iterator:
    """A connection of its own, each statement committed at once: sqlite3, or psycopg as the tests'
    superuser. Statements take `?` placeholders on both."""
    if is_pg(target):
        import psycopg

        from kiosk.store.pg import translate

        conn = psycopg.connect(str(target), autocommit=True)
        try:
            yield _Translating(conn, translate)
        finally:
            conn.close()
    else:
        conn = sqlite3.connect(target, isolation_level=None)
        try:
            yield conn
        finally:
            conn.close()


class _Translating:
    """A psycopg connection that takes the store's SQLite-style placeholders."""

    def __init__(self, conn, translate):
        self._conn, self._translate = conn, translate

    def execute(self, sql: str, params: Sequence = ()):
        return self._conn.execute(self._translate(sql) if params else sql, params or None)

    def executemany(self, sql: str, rows: Sequence) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(self._translate(sql), rows)


def rows(target: str | Path, sql: str, params: Sequence = ()) -> list[tuple]:
    with raw(target) as conn:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]


def run(target: str | Path, *statements: str) -> None:
    with raw(target) as conn:
        for sql in statements:
            conn.execute(sql)


@contextmanager
def holding_write_lock(target: str | Path) -> Iterator[None]:
    """Another station inside a write, holding the lock every writer takes first (SQLite's write lock,
    or the PostgreSQL engine's advisory lock), until the block ends."""
    if is_pg(target):
        from kiosk.store.pg import WRITE_LOCK_KEY

        with raw(target) as conn:
            conn.execute("SELECT pg_advisory_lock(?)", [WRITE_LOCK_KEY])
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(?)", [WRITE_LOCK_KEY])
    else:
        with raw(target) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            finally:
                conn.execute("ROLLBACK")
