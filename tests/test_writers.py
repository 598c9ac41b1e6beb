"""The writers' lock file: a wait that uses no signal or timer and ends the moment the lock is free, on any
thread; a lock file that cannot be opened is logged, never silently ignored."""
from __future__ import annotations

import logging
import os
import shutil
import signal
import sqlite3
import stat
import tempfile
import threading
import time
from pathlib import Path

import pytest

from kiosk.store import QueueStore
from kiosk.store.writers import WritersLock
from tests.test_cli import kiosk

AT = "2026-11-23T10:00:00"


def _free(path: Path) -> bool:
    """Whether a third party could take the lock right now (and gives it back)."""
    probe = WritersLock.beside(path)
    try:
        probe.acquire(0)
        return probe.held
    finally:
        probe.close()


def test_waiting_for_the_lock_sets_no_alarm(db_path):
    """It used SIGALRM and setitimer, process-wide, from library code: a Qt program's own timers and
    signals could be upset, and a thread other than the main one could not wait that way at all."""
    holder, waiter = WritersLock.beside(db_path), WritersLock.beside(db_path)
    holder.acquire(1)
    timers: list[tuple[float, float]] = []
    waiting = threading.Event()

    def watch() -> None:
        while not waiting.is_set():
            timers.append(signal.getitimer(signal.ITIMER_REAL))
            time.sleep(0.005)

    before = signal.getsignal(signal.SIGALRM)
    sampler = threading.Thread(target=watch)
    sampler.start()
    started = time.monotonic()
    waiter.acquire(0.3)  # on the main thread, as a station's GUI thread would
    waited = time.monotonic() - started
    waiting.set()
    sampler.join()
    assert timers and set(timers) == {(0.0, 0.0)}, "no interval timer may run while waiting"
    assert signal.getsignal(signal.SIGALRM) is before
    assert not waiter.held and 0.25 < waited < 2, "given up after its timeout, without the lock"
    holder.close()
    waiter.close()


@pytest.mark.parametrize("thread", ["main", "worker"])
def test_the_wait_ends_when_the_lock_is_let_go(db_path, thread):
    holder, waiter = WritersLock.beside(db_path), WritersLock.beside(db_path)
    holder.acquire(1)

    def let_go() -> None:  # not threading.Timer: its timed wait stalls under libfaketime (make test-clock)
        time.sleep(0.2)
        holder.release()

    releaser = threading.Thread(target=let_go)
    releaser.start()
    took: list[float] = []

    def wait() -> None:
        started = time.monotonic()
        waiter.acquire(10)
        took.append(time.monotonic() - started)

    if thread == "main":
        wait()
    else:
        worker = threading.Thread(target=wait)
        worker.start()
        worker.join()
    releaser.join()
    assert waiter.held and 0.15 < took[0] < 2
    assert not _free(db_path), "the waiter holds it now"
    waiter.release()
    assert _free(db_path)
    holder.close()
    waiter.close()


def test_a_wait_given_up_takes_nothing(db_path):
    holder, waiter = WritersLock.beside(db_path), WritersLock.beside(db_path)
    holder.acquire(1)
    waiter.acquire(0.05)
    assert not waiter.held
    waiter.release()  # what the store does after the failed BEGIN IMMEDIATE: the holder keeps it
    assert not _free(db_path)
    holder.release()
    assert _free(db_path)
    holder.close()
    waiter.close()


def test_a_lock_file_that_cannot_be_opened_is_logged(store, db_path, caplog):
    store.close()
    lock = Path(f"{db_path}.lock")
    lock.unlink()
    lock.mkdir()  # cannot be opened as a file, whoever runs the test
    with caplog.at_level(logging.WARNING, logger="kiosk.store"):
        again = QueueStore(db_path, station="kiosk")
        again.issue_ticket("A")  # SQLite's busy handler orders the writers instead
    again.close()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [f"writers are not queued: cannot open {lock} (Is a directory); SQLite's busy handler "
                        "orders them, and under load one station may wait seconds"]


def _as_other_user(folder: Path) -> str | None:
    """Who runs the commands: nobody when the tests run as root (root may write anything), else None (us)."""
    if os.geteuid() != 0:
        return None
    if not shutil.which("setpriv"):
        pytest.skip("needs setpriv to drop from root to nobody")
    os.chmod(folder, 0o755)
    return "65534"


def test_a_lock_file_the_user_may_not_open_is_said_on_stderr_and_the_action_done(tmp_path):
    folder = Path(tempfile.mkdtemp(prefix="kiosk-lock-"))
    try:
        user = _as_other_user(folder)
        db = folder / "q.db"
        kiosk("init", "--db", db, check_exit=0)
        os.chmod(folder, 0o777)
        os.chmod(db, 0o666)
        lock = Path(f"{db}.lock")
        os.chmod(lock, 0)
        out = kiosk("issue", "--db", db, "--service", "A", "--at", AT, user=user, check_exit=0)
        assert f"writers are not queued: cannot open {lock} (Permission denied)" in out.stderr
        assert "Traceback" not in out.stderr
    finally:
        shutil.rmtree(folder)


def test_a_read_only_lock_file_still_queues_the_writers(tmp_path):
    folder = Path(tempfile.mkdtemp(prefix="kiosk-lock-"))
    try:
        user = _as_other_user(folder)
        db = folder / "q.db"
        kiosk("init", "--db", db, check_exit=0)
        os.chmod(folder, 0o777)
        os.chmod(db, 0o666)
        os.chmod(f"{db}.lock", stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        out = kiosk("issue", "--db", db, "--service", "A", "--at", AT, user=user, check_exit=0)
        assert out.stderr == "", "flock needs no write access: nothing to report"
    finally:
        shutil.rmtree(folder)


def test_a_read_only_folder_with_the_database_open_elsewhere_logs_the_missing_lock(tmp_path):
    """The folder lets nobody make the lock file; the -wal and -shm are there (a station has the database
    open), so SQLite itself can still write."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-lock-"))
    try:
        user = _as_other_user(folder)
        if user is None:
            pytest.skip("a folder the tests' own user cannot write needs another user")
        db = folder / "q.db"
        kiosk("init", "--db", db, check_exit=0)
        Path(f"{db}.lock").unlink()
        station = sqlite3.connect(db)  # keeps the -wal and -shm
        station.execute("SELECT count(*) FROM tickets").fetchone()
        for part in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            os.chmod(part, 0o666)
        os.chmod(folder, 0o555)
        out = kiosk("issue", "--db", db, "--service", "A", "--at", AT, user=user, check_exit=0)
        assert f"writers are not queued: cannot open {db}.lock (Permission denied)" in out.stderr
        station.close()
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def test_closing_twice_leaves_a_file_opened_since_alone(db_path, store):
    """A store closed twice (a command's own close, then its context's): the second close must not close
    the file that has the lock file's old number by then."""
    lock = WritersLock.beside(db_path)
    number = lock._fd
    lock.close()
    other = os.open(db_path, os.O_RDONLY)
    if other != number:
        os.dup2(other, number)  # another file now has the number the lock file had
        os.close(other)
    try:
        lock.close()
        os.fstat(number)  # still open
    finally:
        os.close(number)
