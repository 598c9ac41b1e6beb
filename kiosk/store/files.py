"""Private files: the queue's files are readable and writable by the account running the stations only."""
from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

# 0600, not 0640 for a staff group: every station writes to the database (sign-ins, calls) and SQLite
# needs write access to -shm even to read, so a read-only group could not run a station; the stations of
# a branch run under one account on the machine that holds the database.
PRIVATE = 0o600
PRIVATE_FOLDER = 0o700
# On Windows a file's mode is only its read-only flag: the folder's access list decides who may read.
MODES_APPLY = os.name == "posix"


def create_private(path: str | Path) -> bool:
    """Create `path` empty and private (0600 whatever the umask) unless it exists; True when created.
    Made before any program writes into it, so it is never readable by others, not even for a moment."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        return False
    try:
        if MODES_APPLY:
            os.fchmod(fd, PRIVATE)  # a umask cannot add bits, but one of 0200 would have taken the owner's
    finally:
        os.close(fd)
    return True


def private_file(path: str | Path) -> None:
    """Make `path` a private file before it is (over)written: created private, or an existing one made so."""
    if not create_private(path):
        make_private(path)


def private_folder(path: str | Path) -> Path:
    """Create the folder (and its parents) when missing; a folder made here is for this account only."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    return path


def new_database_file(path: str | Path) -> None:
    """Before SQLite opens a database it may create: an empty file is a valid empty database, and SQLite
    gives its -wal, -shm and -journal files the database file's own mode. Any failure is left for SQLite
    to report (a missing or read-only folder) in its own words."""
    with contextlib.suppress(OSError):
        create_private(path)


def make_private(path: str | Path) -> int | None:
    """Make an existing file private; its former mode when it was not (None when nothing changed)."""
    if not MODES_APPLY:
        return None
    try:
        found = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return None
    mode = stat.S_IMODE(found.st_mode)
    if mode == PRIVATE or not stat.S_ISREG(found.st_mode):  # a link is left alone, never its target
        return None
    os.chmod(path, PRIVATE)
    return mode


def make_database_private(db: str | Path) -> Iterator[tuple[Path, int | OSError]]:
    """For `kiosk setup` on an existing database: the database, its -wal, -shm, -journal and .lock, and
    every file in the backups folder beside it made private. Yields (file, its former mode) for each one
    changed, (file, the error) for one that could not be (another account's file)."""
    from kiosk.store.backup import BACKUP_FOLDER
    from kiosk.store.db import database_files

    db = Path(db).resolve()
    backups = db.parent / BACKUP_FOLDER
    for path in [*database_files(db), *(sorted(backups.iterdir()) if backups.is_dir() else ())]:
        try:
            was = make_private(path)
        except OSError as exc:
            yield path, exc
        else:
            if was is not None:
                yield path, was
