"""A lock file that queues the stations' writers in the kernel, so the SQLite write lock is
handed on the moment it is freed. SQLite's own busy handler sleeps 1, 2, 5 … 100 ms between
tries, which leaves the lock idle while 20 stations wait (measured in bench/contention.py).
BEGIN IMMEDIATE still guards every write; this only orders the waiting."""
from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from pathlib import Path

from kiosk.store.files import PRIVATE

try:
    import fcntl
except ImportError:  # Windows: SQLite's busy handler does the waiting
    fcntl = None  # type: ignore[assignment]


class WritersTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise WritersTimeout


class WritersLock:
    """flock(2) on `<database>.lock`; waits at most `timeout` seconds."""

    def __init__(self, fd: int):
        self._fd = fd

    @classmethod
    def beside(cls, database: Path) -> WritersLock | None:
        if fcntl is None:
            return None
        try:
            fd = os.open(f"{database}.lock", os.O_RDWR | os.O_CREAT, PRIVATE)
        except OSError:  # read-only folder: writes will fail with a clear message anyway
            return None
        return cls(fd)

    def acquire(self, timeout: float) -> None:
        """Take the lock; after `timeout` give up and let BEGIN IMMEDIATE report the busy file."""
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if threading.current_thread() is threading.main_thread():
            # Block in the kernel (woken the instant the holder releases), with an alarm as timeout.
            previous = signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX)
            except WritersTimeout:
                return
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
            return
        deadline = time.monotonic() + timeout  # other threads cannot take signals: poll
        while time.monotonic() < deadline:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                time.sleep(0.001)

    def release(self) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)
