"""Slow work (reports, exports, backups) on a pool thread; its progress and result come back as signals."""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.core.errors import QueueError

log = logging.getLogger("kiosk.background")


class Job(QObject):
    """`work(progress)` runs on `pool`; `progress(done, total)` may be called from it as often as it likes.
    Signals are delivered on the GUI thread (queued connections to this object's thread)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.work = work
        self.running = False
        self.succeeded.connect(self._done)
        self.failed.connect(self._done)

    def start(self, pool: QThreadPool) -> None:
        self.running = True
        pool.start(_Runner(self))

    def _done(self, _result: object) -> None:
        self.running = False


class _Runner(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self) -> None:
        try:
            result = self.job.work(self.job.progressed.emit)
        except QueueError as exc:
            self.job.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - the window must say it failed, not hang "busy"
            log.error("background job failed: %s\n%s", exc, traceback.format_exc())
            self.job.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.job.succeeded.emit(result)
