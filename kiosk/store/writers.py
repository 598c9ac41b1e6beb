"""A lock file that queues the stations' writers, so the SQLite write lock is handed on within a
millisecond of being freed. SQLite's own busy handler sleeps 1, 2, 5 … 100 ms between tries,
which leaves the lock idle while others wait and lets some wait for seconds: 20 busy processes
without this queue had one action wait 7 s, and one process do a quarter of another's work; with
it, 0.45 s at most and at least 60 % (bench/README.md). BEGIN IMMEDIATE still guards every
write; this only orders the waiting.

The wait asks for the lock without blocking and sleeps between tries (0.1 ms, doubling to 1 ms):
no signal or timer, any thread, every system (flock; msvcrt's byte lock on Windows)."""
from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

from kiosk.store.files import PRIVATE

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

FIRST_PAUSE_S = 0.0001
LONGEST_PAUSE_S = 0.001
log = logging.getLogger("kiosk.store")


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


class WritersLock:
    """`<database>.lock`, taken around each write transaction; waits at most `timeout` seconds."""

    def __init__(self, fd: int):
        self._fd = fd
        self.held = False

    @classmethod
    def beside(cls, database: Path) -> WritersLock | None:
        """The lock for `database`, the file made if missing (one this user may only read still locks).
        None, logged, when it cannot be opened or made (a folder this user may only read): the writers then
        wait in SQLite's busy handler, in no order."""
        path = Path(f"{database}.lock")
        try:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE)
            except PermissionError as denied:
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    raise denied from None
        except OSError as exc:
            log.warning("writers are not queued: cannot open %s (%s); SQLite's busy handler orders them, "
                        "and under load one station may wait seconds", path, exc.strerror)
            return None
        return cls(fd)

    def acquire(self, timeout: float) -> None:
        """Take the lock; after `timeout` give up and let BEGIN IMMEDIATE report the busy file."""
        deadline = time.monotonic() + timeout
        pause = FIRST_PAUSE_S
        while not _try_lock(self._fd):
            if time.monotonic() >= deadline:
                return
            time.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE_S)
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        with contextlib.suppress(OSError):
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            else:
                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)

    def close(self) -> None:
        """Idempotent: a second close must not close a number the system has since given another file."""
        if self._fd < 0:
            return
        self.release()
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = -1
