"""A running station's watch on the database's health: SQLite's check on a worker thread every few minutes,
the store's own damage errors and other processes' damage mark looked at in between, one signal when found."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from kiosk.store import QueueStore, StoreError

# quick_check costs 0.13 s of a worker thread on a year's file (1 s from a cold disk): every 5 minutes
# is 0.05 % of a core, and bounds how long a damage nobody's action has met yet goes unseen.
CHECK_EVERY_MS = 5 * 60 * 1000
# The store's damage errors and the mark left by another process: a flag and a file's existence, so cheap
# that the GUI thread looks every 2 seconds.
LOOK_EVERY_MS = 2000
log = logging.getLogger("kiosk.station")


class _Check(QRunnable):
    """The store's health check (on a read-only connection of its own), on the watch's worker thread."""

    def __init__(self, store: QueueStore, done: Callable[[object], None]):
        super().__init__()
        self.store, self.location, self.done = store, store.location, done

    def run(self) -> None:
        try:
            why = self.store.check_health()
        except StoreError as exc:  # busy or unreadable: nothing about damage; the next check tries again
            log.warning("health check of %s could not run: %s", self.location, exc)
            why = None
        try:
            self.done(why)
        except RuntimeError:  # the station closed meanwhile: nobody left to tell
            pass


class HealthWatch(QObject):
    """Emits `damaged` once, with what was found, when the station's database turns out damaged: by this
    watch's check, by a damage error of any of the station's actions, or by another process's mark."""

    damaged = Signal(str)
    _checked = Signal(object)  # str | None, from the worker thread

    def __init__(self, store: QueueStore, parent: QObject | None = None, check_every_ms: int = CHECK_EVERY_MS,
                 look_every_ms: int = LOOK_EVERY_MS):
        super().__init__(parent)
        self.store = store
        self.found: str | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._checked.connect(self._check_done)
        self.check_timer = QTimer(self, interval=check_every_ms)
        self.check_timer.timeout.connect(self.check_now)
        self.look_timer = QTimer(self, interval=look_every_ms)
        self.look_timer.timeout.connect(self.look)
        self.check_timer.start()
        self.look_timer.start()

    def check_now(self) -> None:
        """Run SQLite's check on the worker thread (one at a time)."""
        if self.pool.activeThreadCount() == 0:
            self.pool.start(_Check(self.store, self._checked.emit))

    def look(self) -> None:
        """Has an action of this station met damage, or another process marked the file? Then say so, and
        check the whole file again for the log."""
        if self.found is None and (why := self.store.damage_found()) is not None:
            self._found(why)
            self.check_now()

    def _check_done(self, why: str | None) -> None:
        if why is None:
            if self.found is not None:
                log.warning("database %s: a check after the damage found nothing more", self.store.location)
            return
        if self.found is not None:
            log.error("database %s: checked again after the damage: %s", self.store.location, why)
            return
        self.store.found_damage(why)
        self._found(why)

    def _found(self, why: str) -> None:
        self.found = why
        self.check_timer.stop()  # nothing more to find: every write is refused until it is restored
        log.error("database %s is damaged (%s): writes refused until it is restored", self.store.location,
                  why)
        self.damaged.emit(why)

    def stop(self) -> None:
        self.check_timer.stop()
        self.look_timer.stop()
        self.pool.waitForDone()
