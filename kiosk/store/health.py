"""Is the queue database sound? SQLite's own checks, a damage mark every process sees, and SQLite's error
codes read for what they mean (damaged, disk full)."""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from pathlib import Path

log = logging.getLogger("kiosk.store")

# SQLite's primary result codes (sqlite.org/rescode.html); an extended code keeps its primary in the low byte.
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 10, 11, 13, 26
# The -shm could not be grown: what a full disk reads as while no -shm exists yet ("disk I/O error").
SQLITE_IOERR_SHMSIZE = 4874
LOW_SPACE_BYTES = 1 << 20  # another I/O error with less than this free on the database's disk is a full disk
# Run by every process that opens the database (0.15 s on a year's 96 MB file here, 1.3 s from a cold disk;
# bench/damage_check.py); the daily backup runs the full integrity_check (about twice as long warm).
OPEN_CHECK = "quick_check"
FULL_CHECK = "integrity_check"
MARK_SUFFIX = ".damaged"


def _code(exc: BaseException) -> int | None:
    return getattr(exc, "sqlite_errorcode", None)


def is_damage(exc: BaseException) -> bool:
    """SQLITE_CORRUPT or SQLITE_NOTADB: SQLite found the file inconsistent."""
    code = _code(exc)
    if code is None:
        text = str(exc)
        return "malformed" in text or "not a database" in text
    return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def is_disk_full(exc: BaseException, path: Path) -> bool:
    """SQLITE_FULL, a -shm that could not grow, or another I/O error while the database's disk is (nearly)
    full."""
    code = _code(exc)
    if code is None:
        return "disk is full" in str(exc)
    if code & 0xFF == SQLITE_FULL or code == SQLITE_IOERR_SHMSIZE:
        return True
    return code & 0xFF == SQLITE_IOERR and free_bytes(path.parent) < LOW_SPACE_BYTES


def free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:  # cannot tell: not a full disk then
        return LOW_SPACE_BYTES


def _one_line(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def problems(conn: sqlite3.Connection, check: str = OPEN_CHECK) -> str | None:
    """None when SQLite's `check` (quick_check or integrity_check) finds the file sound, else what it found,
    on one line. An error other than damage (busy, I/O) is raised: it says nothing about the file."""
    try:
        rows = conn.execute(f"PRAGMA {check}").fetchall()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return _one_line(f"{check}: {exc}")
    if rows == [("ok",)]:
        return None
    return _one_line(f"{check}: " + "; ".join(str(r[0]) for r in rows[:3]))


def check_file(path: str | Path, check: str = OPEN_CHECK, timeout_s: float = 10.0) -> str | None:
    """problems() on a read-only connection of its own, opened and closed here (for a worker thread)."""
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True, isolation_level=None, timeout=timeout_s)
    try:
        return problems(conn, check)
    finally:
        conn.close()


# -- the damage mark: `<database>.damaged`, written by whichever process finds damage first, so that every
# other process refuses its next write at once instead of at its own next check; `kiosk restore` removes it.

def mark_path(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name(db.name + MARK_SUFFIX)


def marked(db: str | Path) -> str | None:
    """What the mark beside `db` says was found, or None when there is no mark."""
    try:
        return _one_line(mark_path(db).read_text("utf-8", errors="replace")) or "marked damaged"
    except FileNotFoundError:
        return None
    except OSError as exc:  # there, but unreadable: still a mark
        return f"marked damaged ({exc.strerror})"


def mark(db: str | Path, why: str) -> None:
    """Leave the mark (private to the branch's account, 0600); a folder that cannot be written is logged."""
    path = mark_path(db)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(why + "\n")
    except OSError as exc:
        log.warning("cannot write the damage mark %s (%s): other stations notice the damage at their own "
                    "next check", path, exc.strerror)
        return
    log.info("database %s is damaged: %s; marked in %s", db, why, path)


def clear_mark(db: str | Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        mark_path(db).unlink()


def damage_message(db: str | Path, why: str) -> str:
    """The one line every refusal on a damaged file says: what was found, and the command that mends it."""
    return f"database {db} is damaged ({why}); nothing was written to it. {restore_hint(db)}"


def restore_hint(db: str | Path) -> str:
    # imported here: backup.py imports the store's connection, which imports this module
    from kiosk.store.backup import latest_backup

    db = Path(db)
    newest = latest_backup(db)
    source = str(newest) if newest is not None else "BACKUP"
    return f"Close every station, then restore the latest backup: kiosk restore --db {db} --from {source}"
