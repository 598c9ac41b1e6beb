"""A full disk says "disk full", whatever SQLite reports it as: SQLITE_FULL, or (before the -shm exists) a
-shm that could not grow, which SQLite calls "disk I/O error"."""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess

import pytest

from kiosk.store import QueueStore, StoreError
from kiosk.store.db import _explain
from tests.test_cli import kiosk, user_error

AT = "2026-11-23T10:00:00"


def _sqlite_error(text: str, code: int, name: str) -> sqlite3.OperationalError:
    """The error Python's sqlite3 raises for that result code (its message and code, as SQLite gives them)."""
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode, exc.sqlite_errorname = code, name
    return exc


def test_every_full_disk_code_reads_disk_full(tmp_path):
    db = tmp_path / "q.db"
    for exc in (_sqlite_error("database or disk is full", 13, "SQLITE_FULL"),
                _sqlite_error("disk I/O error", 4874, "SQLITE_IOERR_SHMSIZE")):
        error = _explain(db, exc)
        assert error.reason == "disk_full" and str(error).startswith("disk full:"), str(error)
    # another I/O error on a disk with room left is not called a full disk
    other = _explain(db, _sqlite_error("disk I/O error", 778, "SQLITE_IOERR_WRITE"))
    assert other.reason == "database" and "disk full" not in str(other)


def test_a_database_at_its_page_limit_says_disk_full_and_keeps_what_it_had(store):
    """SQLITE_FULL for real: SQLite's max_page_count stands in for the disk's last free page."""
    store.issue_ticket("A")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    big = ("wheelchair",) * 50
    with pytest.raises(StoreError) as refused:
        for _ in range(2000):
            store.issue_ticket("A", needs=big)
    assert refused.value.reason == "disk_full"
    assert str(refused.value).startswith("disk full: the disk holding")
    waiting = store.status()["waiting_total"]
    with pytest.raises(StoreError, match="^disk full"):
        store.issue_ticket("B", needs=big)
    assert store.status()["waiting_total"] == waiting, "nothing half written"


def test_the_staff_read_disk_full_in_their_language(qapp, tmp_path):
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.refusals import explain

    error = _explain(tmp_path / "q.db", _sqlite_error("disk I/O error", 4874, "SQLITE_IOERR_SHMSIZE"))
    LanguageSwitcher().set_language("zh_CN")
    assert explain(error).startswith("磁盘已满")
    LanguageSwitcher().set_language("en")
    assert explain(error).startswith("Disk full: the disk holding the queue database")


# -- a real full disk: a 400 KB tmpfs (needs root to mount; skipped elsewhere) ------------------------------

@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "disk"
    folder.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder) -> None:
    """Take every free byte of the disk."""
    fd = os.open(folder / "fill", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while os.write(fd, b"\0" * 4096):
                pass
    finally:
        os.close(fd)


def test_a_full_disk_before_the_shm_exists_says_disk_full(small_disk):
    db = small_disk / "q.db"
    kiosk("init", "--db", db, check_exit=0)
    assert not (small_disk / "q.db-shm").exists()
    _fill(small_disk)
    line = user_error("issue", "--db", db, "--service", "A", "--at", AT)
    assert line.startswith(f"error: disk full: the disk holding {db} has no room left"), line
    (small_disk / "fill").unlink()
    kiosk("issue", "--db", db, "--service", "A", "--at", AT, check_exit=0)  # room again: it works


def test_a_full_disk_while_a_station_holds_the_shm_says_disk_full(small_disk):
    db = small_disk / "q.db"
    station = QueueStore.init(db, station="display")  # open: the -shm stays
    assert (small_disk / "q.db-shm").exists()
    _fill(small_disk)
    line = user_error("issue", "--db", db, "--service", "A", "--at", AT, "--priority", "elderly")
    assert line.startswith(f"error: disk full: the disk holding {db} has no room left"), line
    with pytest.raises(StoreError, match="^disk full"):
        for _ in range(50):
            station.issue_ticket("A", needs=("wheelchair",) * 50)
    station.close()
