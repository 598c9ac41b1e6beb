"""Backups of the queue database (SQLite's online backup API, safe while stations run) and restores; a
database on PostgreSQL (a postgresql:// URL) is handed to kiosk.store.pg_backup (pg_dump, pg_restore)."""
from __future__ import annotations

import os
import re
import secrets
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: another process's open file already stops the move there
    fcntl = None  # type: ignore[assignment]

from kiosk.core.clock import Clock, or_system
from kiosk.core.config import parse_branch
from kiosk.core.errors import QueueError
from kiosk.store import health
from kiosk.store.db import BUSY_TIMEOUT_MS, refuse_database_files
from kiosk.store.files import create_private, make_private, private_folder
from kiosk.store.schema import migrations
from kiosk.store.target import is_url

BACKUP_FOLDER = "backups"
_REQUIRED_TABLES = {"tickets", "events", "counters", "settings"}


class BackupError(QueueError):
    """A backup or restore that was refused or failed; nothing was replaced."""


def _connect(path: Path, mode: str, timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"file:{path}?mode={mode}", uri=True, isolation_level=None,
                               timeout=timeout_ms / 1000)
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        return conn
    except sqlite3.Error as exc:
        raise BackupError(f"cannot open {path}: {exc}") from None


_PG_DUMP_MAGIC = b"PGDMP"  # how pg_dump's custom format starts


def backup(db_path: str | Path, out: str | Path) -> Path:
    """Copy the live database to `out` (one file, no -wal) in one step: a WAL snapshot, so stations
    keep writing meanwhile. Written to a temporary file first and renamed, so `out` is never half made.
    A postgresql:// URL: pg_dump's custom format, checked the same way (kiosk.store.pg_backup.dump)."""
    if is_url(db_path):
        from kiosk.store import pg_backup

        return pg_backup.dump(db_path, out)
    db, out = Path(db_path), Path(out)
    if not db.is_file():
        raise BackupError(f"database {db} does not exist")
    if out.is_dir():
        raise BackupError(f"--out: {out} is a folder; give a file name")
    refuse_database_files(out, db)
    _refuse_damaged(db)
    # A name of its own: two stations backing up to the same file never share a half-made copy.
    tmp = out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    try:
        create_private(tmp)  # the copy is private from its first byte, and so is `out` it becomes
    except OSError as exc:
        raise BackupError(f"cannot write {out}: {exc.strerror}") from None
    try:
        source = _connect(db, "ro")
        try:
            target = sqlite3.connect(tmp, isolation_level=None)
            try:
                source.backup(target)  # all pages in one step: one consistent snapshot
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()
        check_database(tmp, what=str(db))
        os.replace(tmp, out)
    except sqlite3.Error as exc:
        raise BackupError(f"backup of {db} failed: {exc}") from None
    except OSError as exc:
        raise BackupError(f"cannot write {out}: {exc.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return out


def _refuse_damaged(db: Path) -> None:
    """BackupError when the database is marked damaged or SQLite's full integrity_check fails (then marked,
    so every station stops writing): a copy of a damaged file must never replace a good older backup."""
    real = db.resolve()
    try:
        why = health.marked(real) or health.check_file(db, health.FULL_CHECK, BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise BackupError(f"cannot check {db} before backing it up: {exc}") from None
    if why is None:
        return
    if health.marked(real) is None and _is_queue_database(db):
        health.mark(real, why)
    raise BackupError(f"database {db} is damaged ({why}); no backup was made and the older backups were "
                      f"kept. {health.restore_hint(db)}")


def _is_queue_database(db: Path) -> bool:
    """Whether `db` opens as SQLite and has the queue's migrations table (damage elsewhere in it or not)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None, timeout=0.5)
        try:
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'").fetchone()
            return found is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def check_database(path: str | Path, what: str | None = None) -> None:
    """BackupError unless `path` is an undamaged queue database whose migrations this version knows."""
    path = Path(path)
    what = what or str(path)
    if not path.is_file():
        raise BackupError(f"{what} does not exist")
    with open(path, "rb") as file:
        if file.read(len(_PG_DUMP_MAGIC)) == _PG_DUMP_MAGIC:
            raise BackupError(f"{what} is a PostgreSQL backup (pg_dump): restore it with --db "
                              "postgresql://user@server/database")
    conn = _connect(path, "ro")
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            if health.is_damage(exc) and "not a database" not in str(exc):
                raise BackupError(f"{what} is damaged ({exc})") from None
            raise BackupError(f"{what} is not a queue database ({exc})") from None
        if result != [("ok",)]:
            raise BackupError(f"{what} is damaged: {'; '.join(r[0] for r in result[:3])}")
        missing = _REQUIRED_TABLES - tables
        if missing or "_sqlite_migrations" not in tables:
            gone = ", ".join(sorted(missing)) or "migrations"
            raise BackupError(f"{what} is not a queue database (missing {gone})")
        if not conn.execute("SELECT 1 FROM settings WHERE key = 'branch_toml'").fetchone():
            raise BackupError(f"{what} is not a queue database (it has no branch configuration)")
        applied = {name for (name,) in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'kiosk'")}
        known = {m.name for m in migrations._migrations}
        if applied - known:
            newer = ", ".join(sorted(applied - known))
            raise BackupError(f"{what} was made by a newer version (migrations {newer}); "
                              "update this program first")
    finally:
        conn.close()


def _naming(db: str | Path) -> tuple[str, str]:
    """(stem, suffix) of the database's backups: `branch` and `.db` for branch.db; the database's name and
    `.dump` (pg_dump's custom format) for a postgresql:// URL."""
    if is_url(db):
        from kiosk.store import pg_backup

        return pg_backup.db_name(str(db)), pg_backup.SUFFIX
    return Path(db).stem, ".db"


def backup_name(db_path: str | Path, day: str) -> str:
    stem, suffix = _naming(db_path)
    return f"{stem}-{day}{suffix}"


def _daily_pattern(db: str | Path) -> re.Pattern:
    stem, suffix = _naming(db)
    return re.compile(rf"^{re.escape(stem)}-(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(suffix)}$")


def backup_folder(db: str | Path, folder: str | Path | None = None,
                  local_folder: str | Path | None = None) -> Path:
    """Where the database's backups go: `folder` if given, else `backups` beside a SQLite file, else (a
    database on a server has no folder of its own) `backups` in `local_folder`, this PC's data folder."""
    if folder:
        return Path(folder)
    if not is_url(db):
        return Path(db).parent / BACKUP_FOLDER
    if local_folder is None:
        raise BackupError(f"no folder given for the backups of {db}: a database on a server has no folder "
                          "of its own on this PC")
    return Path(local_folder) / BACKUP_FOLDER


def latest_backup(db_path: str | Path, folder: str | Path | None = None) -> Path | None:
    """The newest daily backup of the database (in `folder`, default `backups` beside it), or None."""
    db = db_path if is_url(db_path) else Path(db_path)
    folder = backup_folder(db, folder)
    pattern = _daily_pattern(db)
    try:
        days = sorted(p.name for p in folder.iterdir() if pattern.match(p.name))
    except OSError:
        return None
    return folder / days[-1] if days else None


def daily_backup(db_path: str | Path, today: date | str, folder: str | Path | None = None,
                 keep_days: int = 14, local_folder: str | Path | None = None) -> Path | None:
    """Today's backup in `folder` (default: backup_folder's), made once a day: a second
    call the same day returns the existing file. Backups from `keep_days` or more days ago are deleted;
    keep_days 0 makes none and deletes all. Old backups are deleted only once today's is made: while the
    database is damaged (no backup is made then) every older one is kept."""
    db = db_path if is_url(db_path) else Path(db_path)
    folder = backup_folder(db, folder, local_folder)
    today = date.fromisoformat(today) if isinstance(today, str) else today
    try:
        private_folder(folder)
    except OSError as exc:
        raise BackupError(f"cannot create backup folder {folder}: {exc.strerror}") from None
    if keep_days == 0:
        _prune(db, folder, keep_days, today)
        return None
    out = folder / backup_name(db, today.isoformat())
    made = out if out.exists() else backup(db, out)
    _prune(db, folder, keep_days, today)
    return made


def _prune(db: str | Path, folder: Path, keep_days: int, today: date) -> list[Path]:
    pattern = _daily_pattern(db)
    oldest_kept = today - timedelta(days=keep_days - 1) if keep_days else today + timedelta(days=1)
    removed = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if not match:
            continue
        try:
            made = date.fromisoformat(match.group(1))
        except ValueError:
            continue
        if made < oldest_kept:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def restore(db_path: str | Path, source: str | Path, keep_folder: str | Path | None = None,
            clock: Clock | None = None, local_folder: str | Path | None = None) -> Path | None:
    """Replace the database's content with `source`'s, after checking `source`; returns the copy of the
    current database kept in `keep_folder` (default: `backups` beside it), None when there was none.

    Refused while any station has the database open: stations keep state (the display's last
    announced call, a console's counter) that a restore underneath them would contradict. The
    restore holds the database exclusively from the check to the end, so none can open it meanwhile.
    A damaged or missing database is what a restore is for: a damaged one (and its -wal and -shm) is
    moved aside as `…-damaged-<time>.db` and the checked backup is put in its place.

    A postgresql:// URL: kiosk.store.pg_backup.restore, the copy kept in backup_folder's folder.
    """
    if is_url(db_path):
        from kiosk.store import pg_backup

        return pg_backup.restore(str(db_path), source, backup_folder(db_path, keep_folder, local_folder),
                                 or_system(clock).now())
    db, source = Path(db_path), Path(source)
    check_database(source)
    if db.exists() and db.resolve() == source.resolve():
        raise BackupError("--from is the database itself")
    keep = Path(keep_folder) if keep_folder else db.parent / BACKUP_FOLDER
    stamp = _stamp(source, or_system(clock).now())
    _refuse_another_programs_file(db)
    if not db.is_file() or _damage(db):
        if db.is_file() and _open_elsewhere(db):
            raise BackupError(f"{db} is damaged but still open at a station: close the kiosk, consoles, "
                              "display and manager on it, then restore")
        kept = _set_aside(db, keep, f"{db.stem}-damaged-{stamp}") if db.is_file() else None
        _put_in_place(source, db)
        health.clear_mark(db.resolve())
        return kept
    try:
        private_folder(keep)
    except OSError as exc:
        raise BackupError(f"cannot create {keep}: {exc.strerror}; {db} is unchanged") from None
    kept = free_name(keep, f"{db.stem}-before-restore-{stamp}")
    made = False
    conn = _connect(db, "rw", timeout_ms=500)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            conn.execute("PRAGMA journal_mode = DELETE")  # needs every other connection closed
        except sqlite3.OperationalError:
            raise BackupError(f"{db} is in use: close the kiosk, consoles, display and manager on it, "
                              "then restore") from None
        create_private(kept)
        with sqlite3.connect(kept, isolation_level=None) as copy:
            conn.backup(copy)
        made = True
        src = _connect(source, "ro")
        try:
            src.backup(conn)
        finally:
            src.close()
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as exc:
        where = f"{db} is unchanged or as kept in {kept}" if made else f"{db} is unchanged"
        raise BackupError(f"restore failed, {where}: {exc}") from None
    except OSError as exc:
        raise BackupError(f"cannot write {kept}: {exc.strerror}; {db} is unchanged") from None
    finally:
        conn.close()
    health.clear_mark(db.resolve())
    return kept  # the next station to open it applies any migrations the backup predates


def _stamp(source: Path, now: datetime) -> str:
    """Now, for the names of kept copies, in the time zone of the checked backup's configuration."""
    try:
        conn = _connect(source, "ro")
        try:
            text = conn.execute("SELECT value FROM settings WHERE key = 'branch_toml'").fetchone()[0]
        finally:
            conn.close()
    except (QueueError, sqlite3.Error):
        text = None
    return stamp_in(text, now)


def stamp_in(branch_toml: str | None, now: datetime) -> str:
    """Now, for the names of kept copies: in the time zone of the branch configuration `branch_toml`, else
    in UTC and saying so."""
    try:
        if branch_toml is None:
            raise QueueError("no configuration")
        tz, zone = parse_branch(branch_toml, "the backup's configuration", stored=True).tz, ""
    except QueueError:
        tz, zone = UTC, "UTC"
    return now.astimezone(tz).strftime("%Y%m%d-%H%M%S") + zone


def _damage(db: Path) -> str | None:
    """Why the live database cannot be used (marked damaged, damaged, not a database, unreadable), or None.
    BackupError when it is merely in use: a busy database is not damaged."""
    marked = health.marked(db.resolve())
    if marked is not None:
        return marked
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None, timeout=0.5)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(f"{db} is in use: close the kiosk, consoles, display and manager on it, "
                              "then restore") from None
        return str(exc)
    except sqlite3.Error as exc:
        return str(exc)
    return None if result == [("ok",)] else "; ".join(r[0] for r in result[:3])


def _open_elsewhere(db: Path) -> bool:
    """Whether any process has the (WAL) database open: every SQLite connection holds a shared lock
    on byte 128 of the -shm file (the unix VFS's "DMS" lock) while open, which a probe would meet.
    Checked without opening the database, which may not open at all."""
    shm = db.with_name(db.name + "-shm")
    if fcntl is None or not shm.exists():
        return False
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, 128)
        return False
    finally:
        os.close(fd)


def _refuse_another_programs_file(db: Path) -> None:
    """BackupError when `db` is some other program's SQLite file: a restore must not replace it."""
    if not db.is_file() or db.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None, timeout=0.5)
        try:
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:  # damaged or not SQLite at all: what restore is for
        return
    if tables and "_sqlite_migrations" not in tables:
        raise BackupError(f"{db} is not a queue database (it holds other tables: "
                          f"{', '.join(sorted(tables)[:5])}); it was left unchanged")


def free_name(folder: Path, stem: str, suffix: str = ".db") -> Path:
    """`folder/stem.db`, or `stem-2.db`, … when a restore in the same second kept one already."""
    path, n = folder / f"{stem}{suffix}", 1
    while any(path.with_name(path.name + s).exists() for s in ("", "-wal", "-shm")):
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    return path


def _set_aside(db: Path, keep: Path, stem: str) -> Path:
    """Move a damaged database and its -wal and -shm into `keep` as `stem.db`; the moved file."""
    try:
        private_folder(keep)
        kept = free_name(keep, stem)
        for suffix in ("-wal", "-shm"):
            part = db.with_name(db.name + suffix)
            if part.exists():
                os.replace(part, kept.with_name(kept.name + suffix))
                make_private(kept.with_name(kept.name + suffix))
        os.replace(db, kept)
        make_private(kept)
    except OSError as exc:
        raise BackupError(f"cannot move the damaged {db} into {keep}: {exc.strerror}; "
                          f"move it away by hand, then restore again") from None
    return kept


def _put_in_place(source: Path, db: Path) -> None:
    """Copy the checked backup to `db` (which is not there), as a backup is made: never half made."""
    for suffix in ("-wal", "-shm"):  # left by a database that is gone: they would spoil the new one
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    backup(source, db)
