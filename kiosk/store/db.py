"""Opening the shared SQLite file safely: pragmas, write transactions, clear errors, change polling."""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from kiosk.core.errors import QueueError
from kiosk.store import health
from kiosk.store.files import new_database_file
from kiosk.store.schema import migrations
from kiosk.store.writers import WritersLock

BUSY_TIMEOUT_MS = 10_000


class StoreError(QueueError):
    """The database cannot be used: missing, unreadable, read-only, damaged or too busy."""


def database_files(path: str | Path) -> tuple[Path, ...]:
    """The database file and the files SQLite and the store keep beside it (WAL, shared memory, lock)."""
    p = Path(path).resolve()
    return (p, *(p.with_name(p.name + suffix)
                 for suffix in ("-wal", "-shm", "-journal", ".lock", health.MARK_SUFFIX)))


def refuse_database_files(out: str | Path, db: str | Path) -> None:
    """StoreError when writing `out` would overwrite the database `db` or one of its files."""
    if Path(out).resolve() in database_files(db):
        raise StoreError(f"{out} is the queue database itself (or one of its files); choose another file")


class StoreBusy(StoreError):
    """Another station held the database for longer than the busy timeout."""


class DatabaseDamaged(StoreError):
    """SQLite found the file damaged: nothing more is written to it until it is restored."""


def _damaged(path: Path, why: str) -> DatabaseDamaged:
    return DatabaseDamaged(health.damage_message(path, why), reason="damaged", path=str(path))


def _explain(path: Path, exc: sqlite3.Error) -> StoreError:
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
        return StoreBusy(f"database {path} stayed locked by another station; "
                         "nothing was changed, try again", reason="busy")
    if health.is_disk_full(exc, path):
        return StoreError(f"disk full: the disk holding {path} has no room left ({text}); nothing was "
                          "changed. Free some space on it, then try again", reason="disk_full",
                          path=str(path))
    if "readonly" in text or "read-only" in text:
        return StoreError(f"database {path} is read-only: give this user write access to the file "
                          "and its folder (SQLite writes -wal and -shm files beside it)",
                          reason="read_only", path=str(path))
    if health.is_damage(exc) or "corrupt" in text:
        return StoreError(f"{path} is not a queue database or is damaged ({text}); "
                          + health.restore_hint(path), reason="damaged", path=str(path))
    if "unable to open" in text:
        return StoreError(f"cannot open database {path}: check the folder exists and is writable",
                          reason="cannot_open", path=str(path))
    return StoreError(f"database {path}: {text}", reason="database", path=str(path), detail=text)


class Connection:
    """One connection to the queue database, with the project's pragmas and transaction rules."""

    engine = "sqlite"

    def __init__(self, path: str | Path, create: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                 read_only: bool = False, durable: bool = True):
        self.path = Path(path)
        self.durable = durable
        self.busy_timeout_ms = busy_timeout_ms
        if not create and not self.path.exists():
            raise StoreError(f"database {self.path} does not exist; create it with: "
                             f"kiosk init --db {self.path}")
        self._writers: WritersLock | None = None  # opened once the file opened: before, a warning is noise
        self._own_writes = 0
        self.damage: str | None = None  # what showed this file damaged, once anything did
        self._opened = False
        self._real_path = self.path.resolve()  # where the damage mark is, whatever name each station uses
        self.identity = str(self._real_path)  # the database, however this station named it
        mode = "ro" if read_only else "rwc" if create else "rw"
        if create:
            new_database_file(self.path)  # private from the start: SQLite would make it 0644
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode={mode}", uri=True, timeout=busy_timeout_ms / 1000,
                                   isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise self._explain(exc) from None
        self.db = Database(conn, execute_plugins=False)
        try:
            self._set_up(create, read_only)
        except BaseException:
            self.close()  # refused: nothing of this connection stays open
            raise

    def _set_up(self, create: bool, read_only: bool) -> None:
        try:
            self.db.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
            self.db.execute("PRAGMA foreign_keys = ON")
            # FULL: a committed (so printed) ticket survives a power cut. OFF only for a throwaway database
            # (`kiosk simulate`'s): thousands of actions a second instead of each waiting for the disk.
            self.db.execute(f"PRAGMA synchronous = {'FULL' if self.durable else 'OFF'}")
            self._refuse_other_files(create)
            self._check_health()
            if read_only:
                if migrations.pending(self.db):
                    raise StoreError(f"database {self.path} needs upgrading: run kiosk init --db {self.path}")
                return
            if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.db.execute("PRAGMA journal_mode = WAL")
            self._writers = WritersLock.beside(self.path)
            if migrations.pending(self.db):
                with self.write():
                    migrations.apply(self.db)
        except sqlite3.Error as exc:
            raise self._explain(exc) from None

    def _check_health(self) -> None:
        """DatabaseDamaged, before anything is written, when the file is marked or SQLite's check fails."""
        self._opened = True  # a queue database: damage found from here on is marked for every process
        why = health.marked(self._real_path) or health.problems(self.db.conn)
        if why is not None:
            raise self.found_damage(why)

    def found_damage(self, why: str) -> DatabaseDamaged:
        """Remember (and mark for every other process) that the file is damaged; the error to raise."""
        if self.damage is None:
            self.damage = why
            if health.marked(self._real_path) is None:
                health.mark(self._real_path, why)
        return _damaged(self.path, self.damage)

    def damage_found(self) -> str | None:
        """What showed the file damaged, to this connection or (by its mark) to any other process."""
        if self.damage is None and (why := health.marked(self._real_path)) is not None:
            self.damage = why
        return self.damage

    def _explain(self, exc: sqlite3.Error) -> StoreError:
        if self._opened and health.is_damage(exc):
            return self.found_damage(str(exc))
        return _explain(self.path, exc)

    def _refuse_other_files(self, create: bool) -> None:
        """StoreError, before anything is written, unless the file is a queue database or (for
        init) an empty one: another program's SQLite file is never turned into one."""
        tables = {name for (name,) in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "_sqlite_migrations" in tables:
            return
        if tables:
            raise StoreError(f"{self.path} is not a queue database (it holds other tables: "
                             f"{', '.join(sorted(tables)[:5])}); it was left unchanged. Give the queue's "
                             "file, or a new name for kiosk init")
        if not create:
            raise StoreError(f"database {self.path} is empty; create it with: kiosk init --db {self.path}")

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One BEGIN IMMEDIATE transaction: the write lock is taken before anything is read."""
        self._begin_immediate()
        changes_before = self.db.conn.total_changes
        try:
            try:
                yield self.db
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            try:
                self.db.execute("COMMIT")
            except sqlite3.Error as exc:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                raise self._explain(exc) from None
        finally:
            self._release_writers()
        if self.db.conn.total_changes != changes_before:
            self._own_writes += 1

    def _begin_immediate(self) -> None:
        """BEGIN IMMEDIATE, first queueing for the writers' lock file where the system has one. Never on a
        file known to be damaged: writing into it would spread the damage."""
        if self.damage_found() is not None:
            raise _damaged(self.path, self.damage)
        if self._writers is not None:
            self._writers.acquire(self.busy_timeout_ms / 1000)
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._release_writers()
            raise self._explain(exc) from None

    def _release_writers(self) -> None:
        if self._writers is not None:
            self._writers.release()

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Turn SQLite errors inside a block into StoreError with an actionable message."""
        try:
            yield
        except sqlite3.Error as exc:
            raise self._explain(exc) from None

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: a consistent view that takes no lock writers wait for (WAL). When reading
        failed, that failure is what is reported, not a failing end of the transaction after it."""
        with self.errors():
            self.db.execute("BEGIN")
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
            raise
        if self.db.conn.in_transaction:
            with self.errors():
                self.db.execute("COMMIT")

    def triggers(self, table: str) -> set[str]:
        """The names of the triggers on `table`."""
        with self.errors():
            return {name for (name,) in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", [table])}

    def data_version(self) -> int:
        """Changes whenever another connection (any process) commits; not for our own commits."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def change_token(self) -> tuple[int, int]:
        """Changes whenever any process commits: data_version for others, a counter for us."""
        return (self.data_version(), self._own_writes)

    def close(self) -> None:
        self.db.close()
        if self._writers is not None:
            self._writers.close()
