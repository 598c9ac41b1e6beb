"""A station's link to the branch database: lost when a call fails so, back when a call answers again."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.errors import QueueError
from kiosk.station.store_worker import Call, StoreWorker
from kiosk.store import QueueStore

RETRY_MS = 2000  # while lost, the store is asked again this often (each try may wait for a connect timeout)
log = logging.getLogger("kiosk.station")


def reachable(store: QueueStore) -> None:
    """A real read on the server (the engine reconnects inside it), and the change token: a station re-reads
    after the connection is back, whatever it missed meanwhile."""
    store.change_token()
    store.status()


class ConnectionWatch(QObject):
    """Watches every answer of a station's StoreWorker. The first one refused with `connection_lost` turns the
    station `lost`; from then on the worker tries `probe` every RETRY_MS (one try at a time), and the first
    that answers turns it back. The station's own periodic reads hold back while `lost`: the retry does."""

    lost_changed = Signal(bool)  # True: lost (keep the screen, tell staff); False: back (re-read)

    def __init__(self, worker: StoreWorker, parent: QObject | None = None, probe: Call = reachable,
                 retry_ms: int = RETRY_MS):
        super().__init__(parent)
        self.worker, self.probe = worker, probe
        self.lost = False
        self.retry = QTimer(self, interval=retry_ms)
        self.retry.timeout.connect(self._try_again)
        worker.failed.connect(self._failed)

    def _failed(self, exc: QueueError) -> None:
        if exc.reason != "connection_lost" or self.lost:
            return
        log.error("connection to the branch database lost: %s", exc)
        self.lost = True
        self.retry.start()
        self.lost_changed.emit(True)

    def _try_again(self) -> None:
        self.worker.poll(self.probe, done=self._answered, name="reconnect")

    def _answered(self, _result: object) -> None:
        if not self.lost:
            return
        log.warning("connection to the branch database is back")
        self.lost = False
        self.retry.stop()
        self.lost_changed.emit(False)

    def stop(self) -> None:
        self.retry.stop()
