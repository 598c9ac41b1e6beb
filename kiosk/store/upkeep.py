"""The database itself, as a station sees it: where it is, its backups, and damage found in it."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from kiosk.store import backup, health
from kiosk.store.db import StoreError


class Upkeep:
    """QueueStore's part: what stations need of the database beyond the queue. The backups and the health
    check open connections of their own, so a worker thread may run them (the store's own connection stays
    on the thread that opened it)."""

    @property
    def location(self) -> str:
        """Where the queue's data is (the database file): to name it in messages and logs, and to open it
        again (a worker thread's own store, an export)."""
        return str(self.conn.path)

    def backup_to(self, out: str | Path) -> Path:
        """Copy the database to `out` in one step while stations keep writing (kiosk.store.backup.backup:
        SQLite's backup API, or pg_dump for a database on PostgreSQL)."""
        return backup.backup(self.conn.path, out)

    def daily_backup(self, today: date | str, keep_days: int = 14, folder: str | Path | None = None,
                     local_folder: str | Path | None = None) -> Path | None:
        """Today's backup, made once a day, and older ones pruned (kiosk.store.backup.daily_backup). A
        database on a server has no folder here: its backups go to `local_folder` (this PC's data folder)."""
        return backup.daily_backup(self.conn.path, today, folder, keep_days, local_folder)

    def backup_path(self, stamp: str, local_folder: str | Path | None = None) -> Path:
        """The file offered for a backup made by hand: `backups/<database name>-<stamp>.db` beside the
        database, or `backups/<database name>-<stamp>.dump` in `local_folder` for one on a server."""
        return backup.backup_folder(self.conn.path, None, local_folder) / backup.backup_name(self.conn.path,
                                                                                              stamp)

    def export_path(self, name: str, local_folder: str | Path | None = None) -> Path:
        """The file offered for an export called `name`: beside the database, or in `local_folder` (this
        PC's data folder) for a database on a server."""
        if self.conn.engine == "sqlite":
            return Path(self.conn.path).parent / name
        if local_folder is None:
            raise StoreError(f"no folder given for exports of {self.location}: a database on a server has "
                             "no folder of its own on this PC")
        return Path(local_folder) / name

    def damage_found(self) -> str | None:
        """What showed the database damaged, to this station or (by its mark) to another; None if nothing."""
        return self.conn.damage_found()

    def found_damage(self, why: str) -> None:
        """Remember, and mark for every other station, that the database is damaged: writes stop."""
        self.conn.found_damage(why)

    def check_health(self) -> str | None:
        """SQLite's quick check of the whole file, on a read-only connection of its own (a tenth of a second
        for a year's file: run it on a worker thread): what is damaged, None when it is sound. StoreError
        when the check could not run (busy, unreadable), which says nothing about damage.
        On PostgreSQL there is nothing for a station to check: None. The server checks its own pages
        (and a station cannot read its files); a lost connection is the connection's to report."""
        if self.conn.engine != "sqlite":
            return None
        try:
            return health.check_file(self.conn.path)
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from None
