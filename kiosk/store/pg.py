"""PostgreSQL for a branch on several PCs: the store's SQL on psycopg 3, one writer at a time, NOTIFY."""
from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.adapt import Loader

from kiosk.store import pg_schema
from kiosk.store.db import BUSY_TIMEOUT_MS, StoreBusy, StoreError
from kiosk.store.target import redact

log = logging.getLogger(__name__)

CHANNEL = "kiosk_changed"  # every committed write notifies it; every station listens
# One writer at a time, as SQLite's BEGIN IMMEDIATE gives: numbering, claims and the event chain read
# then write, so two transactions must never interleave (an advisory lock costs no table lock).
WRITE_LOCK_KEY = 0x6B696F736B
CONNECT_TIMEOUT_S = 3
# A link that goes silent (a cable pulled, a switch or the server's PC off) sends no reset: the kernel
# would retransmit for about 15 minutes before a waiting station heard of it. A request the server has not
# acknowledged within TCP_USER_TIMEOUT_MS, or an idle link unanswered for about 11 s, is a lost connection.
TCP_USER_TIMEOUT_MS = 10_000
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}


class _Number(Loader):
    """numeric (what SUM of bigint gives) as int when whole, else float: the store computes with them."""

    def load(self, data: Any) -> int | float:
        text = bytes(data).decode()
        return float(text) if any(c in text for c in ".eEN") else int(text)


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> str:
    """SQLite-style placeholders (`?`, `:name`) as psycopg's (`%s`, `%(name)s`); a literal % doubled.
    Quoted strings and identifiers are left as written."""
    out, quote, i = [], "", 0
    while i < len(sql):
        c = sql[i]
        if quote:
            out.append(c)
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
            out.append(c)
        elif c == "?":
            out.append("%s")
        elif c == "%":
            out.append("%%")
        elif c == ":" and (m := re.match(r":([A-Za-z_]\w*)", sql[i:])) and not sql[i - 1:i] == ":":
            out.append(f"%({m.group(1)})s")
            i += len(m.group(0))
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


class _Db:
    """What the store's modules call: execute and executemany with SQLite-style SQL."""

    def __init__(self, owner: PgConnection):
        self._owner = owner

    def execute(self, sql: str, params: Sequence | dict | None = None) -> psycopg.Cursor:
        return self._owner.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence) -> None:
        with self._owner.conn.cursor() as cur:
            cur.executemany(translate(sql), rows)


def _connect(url: str, read_only: bool, busy_timeout_ms: int) -> psycopg.Connection:
    conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                           tcp_user_timeout=TCP_USER_TIMEOUT_MS, **KEEPALIVES, application_name="kiosk")
    conn.adapters.register_loader("numeric", _Number)
    # A lock held by another station longer than this is "busy", as SQLite's busy timeout.
    conn.execute(f"SET lock_timeout = {int(busy_timeout_ms)}")
    conn.execute("SET TIME ZONE 'UTC'")
    if read_only:
        conn.execute("SET default_transaction_read_only = on")
    return conn


class PgConnection:
    """One station's connection to the branch's PostgreSQL database, with the same rules as the SQLite one:
    a write is one transaction that holds the writers' lock; other stations hear of it by NOTIFY."""

    engine = "postgresql"

    def __init__(self, url: str, create: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                 read_only: bool = False):
        self.url = url
        self.path = redact(url)  # what messages name: never a password
        self.identity = self.path  # the database, told from others in this process's memory
        self.busy_timeout_ms = busy_timeout_ms
        self.read_only = read_only
        self.damage: str | None = None
        self._own_writes = 0
        self._heard = 0  # notifications heard from every station (our own included)
        self._reconnects = 0
        self._in_write = False
        self.conn = self._open()
        self.db = _Db(self)
        self._listener: psycopg.Connection | None = None
        try:
            self._set_up(create)
            self._listener = self._listen()
        except BaseException:
            self.close()
            raise

    # -- opening and reconnecting --------------------------------------------------------------

    def _open(self) -> psycopg.Connection:
        try:
            return _connect(self.url, self.read_only, self.busy_timeout_ms)
        except psycopg.OperationalError as exc:
            text = " ".join(str(exc).split()) or type(exc).__name__
            raise StoreError(f"cannot reach the branch database {self.path} ({text}): check that its server "
                             "runs and this PC can reach it; stations try again by themselves",
                             reason="connection_lost", path=self.path) from None
        except psycopg.Error as exc:
            raise self._explain(exc) from None

    def _listen(self) -> psycopg.Connection:
        listener = self._open()
        listener.execute(f"LISTEN {CHANNEL}")
        return listener

    def _set_up(self, create: bool) -> None:
        with self.errors():
            tables = {name for (name,) in self.conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
            if "kiosk_migrations" not in tables:
                if tables:
                    raise StoreError(f"{self.path} is not a queue database (it holds other tables: "
                                     f"{', '.join(sorted(tables)[:5])}); it was left unchanged. Give the "
                                     "queue's database, or a new empty one for kiosk init",
                                     reason="not_queue_database")
                if not create:
                    raise StoreError(f"database {self.path} is empty; create the queue in it with: "
                                     f"kiosk init --db {self.path}", reason="empty")
            if pg_schema.pending(self.conn):
                if self.read_only or not create and "kiosk_migrations" not in tables:
                    raise StoreError(f"database {self.path} needs upgrading: run kiosk init --db {self.path}")
                with self.conn.transaction():
                    pg_schema.apply(self.conn)

    def _reconnect(self) -> None:
        """A new connection after the old one broke (server restarted, network back); StoreError if the
        server still cannot be reached. Stations re-read after it: notifications may have been missed."""
        old, self.conn = self.conn, self._open()
        self._reconnects += 1
        log.warning("database %s: connection lost, reconnected", self.path)
        old.close()

    def _usable(self) -> None:
        if self.conn.closed or self.conn.broken:
            self._reconnect()

    # -- statements and transactions -----------------------------------------------------------

    def execute(self, sql: str, params: Sequence | dict | None = None) -> psycopg.Cursor:
        """One statement; outside a write, a connection found broken is replaced and the read tried again."""
        query = translate(sql) if params else sql
        if self._in_write:
            return self.conn.execute(query, params or None)
        self._usable()
        try:
            return self.conn.execute(query, params or None)
        except psycopg.OperationalError:
            if not self.conn.broken:
                raise
            self._reconnect()
            return self.conn.execute(query, params or None)

    @contextmanager
    def write(self) -> Iterator[_Db]:
        """One transaction holding the writers' lock, taken before anything is read; NOTIFY at commit."""
        if self.read_only:
            raise StoreError(f"database {self.path} is read-only at this station (opened read-only); nothing "
                             "was changed", reason="read_only")
        with self.errors():
            self._usable()
            try:
                tx = self._begin()
            except psycopg.OperationalError:
                if not self.conn.broken:
                    raise
                self._reconnect()  # nothing was written yet: safe to start again on a new connection
                tx = self._begin()
        try:
            self._in_write = True
            yield self.db
            self.conn.execute(f"NOTIFY {CHANNEL}")
        except BaseException as exc:
            self._in_write = False
            try:
                tx.__exit__(type(exc), exc, exc.__traceback__)
            except psycopg.Error:
                pass  # the connection broke: the server rolls back by itself
            if isinstance(exc, psycopg.Error):
                raise self._explain(exc) from None
            raise
        self._in_write = False
        try:
            tx.__exit__(None, None, None)
        except psycopg.Error as exc:
            raise self._explain(exc, committing=True) from None
        self._own_writes += 1

    def _begin(self):
        tx = self.conn.transaction()
        tx.__enter__()
        try:
            # A station that stops answering inside its write (its PC frozen, its network or power gone)
            # would keep the lock until the server found its socket dead: hours, by default. The server
            # ends such a session after half the busy timeout, so waiting stations get the lock in theirs.
            self.conn.execute("SELECT set_config('idle_in_transaction_session_timeout', %s, true), "
                              "pg_advisory_xact_lock(%s)", [str(self.busy_timeout_ms // 2), WRITE_LOCK_KEY])
        except BaseException as exc:
            try:
                tx.__exit__(type(exc), exc, exc.__traceback__)
            except psycopg.Error:
                pass
            raise
        return tx

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read-only transaction that sees the database as it was at its first read (REPEATABLE READ)."""
        with self.errors():
            self._usable()
            tx = self.conn.transaction()
            tx.__enter__()
            self._in_write = True  # no silent reconnect inside: the snapshot would be another one
            try:
                self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                yield
            except BaseException as exc:
                self._in_write = False
                with contextlib.suppress(psycopg.Error):
                    tx.__exit__(type(exc), exc, exc.__traceback__)
                raise
            self._in_write = False
            tx.__exit__(None, None, None)

    def triggers(self, table: str) -> set[str]:
        """The names of the enabled triggers on `table` (a disabled one protects nothing)."""
        with self.errors():
            return {name for (name,) in self.execute(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(?) AND NOT tgisinternal "
                "AND tgenabled <> 'D'", [table])}

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Turn PostgreSQL errors inside a block into StoreError with an actionable message."""
        try:
            yield
        except psycopg.Error as exc:
            raise self._explain(exc) from None

    def _explain(self, exc: psycopg.Error, committing: bool = False) -> StoreError:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if isinstance(exc, pg_errors.LockNotAvailable | pg_errors.QueryCanceled):
            return StoreBusy(f"database {self.path} stayed locked by another station; "
                             "nothing was changed, try again", reason="busy")
        if isinstance(exc, pg_errors.DiskFull):
            return StoreError(f"disk full on the database server {self.path} ({text}); nothing was changed",
                              reason="disk_full", path=self.path)
        if isinstance(exc, pg_errors.InsufficientPrivilege):
            return StoreError(f"database {self.path}: this station's database role may not do that ({text})",
                              reason="not_permitted", path=self.path)
        if isinstance(exc, pg_errors.ReadOnlySqlTransaction):
            return StoreError(f"database {self.path} is read-only here ({text})", reason="read_only",
                              path=self.path)
        # The server ending a session stuck inside its write (_begin) is a lost connection too.
        if isinstance(exc, psycopg.OperationalError | pg_errors.IdleInTransactionSessionTimeout):
            outcome = ("the change may or may not have been saved: look before repeating it" if committing
                       else "nothing was changed")
            return StoreError(f"connection to the branch database {self.path} lost ({text}); {outcome}. "
                              "The station reconnects by itself when the server answers again",
                              reason="connection_lost", path=self.path)
        return StoreError(f"database {self.path}: {text}", reason="database", path=self.path, detail=text)

    # -- changes by other stations --------------------------------------------------------------

    def data_version(self) -> int:
        """Changes whenever any station (this one too) committed: the notifications heard so far,
        read from the listening connection without asking the server anything."""
        self._hear()
        return self._heard * 1_000_003 + self._reconnects

    def _hear(self) -> None:
        try:
            if self._listener is None or self._listener.closed or self._listener.broken:
                raise psycopg.OperationalError("the listening connection is closed")
            self._heard += sum(1 for _ in self._listener.notifies(timeout=0))
        except psycopg.OperationalError as exc:
            if self._listener is not None:
                self._listener.close()
            self._listener = None
            try:
                self._listener = self._listen()
            except StoreError:
                raise self._explain(exc) from None
            self._reconnects += 1  # what was missed meanwhile: every station reads again

    def listening_socket(self) -> int | None:
        """The socket notifications arrive on (for a QSocketNotifier), or None."""
        return None if self._listener is None or self._listener.closed else self._listener.fileno()

    def change_token(self) -> tuple[int, int]:
        return (self.data_version(), self._own_writes)

    # -- what the SQLite connection also answers ------------------------------------------------

    def damage_found(self) -> str | None:
        """PostgreSQL checks its own pages: the store never marks a server's database damaged."""
        return None

    def found_damage(self, why: str) -> StoreError:
        return StoreError(f"database {self.path}: {why}", reason="database", path=self.path)

    def close(self) -> None:
        for conn in (getattr(self, "conn", None), getattr(self, "_listener", None)):
            if conn is not None:
                conn.close()
