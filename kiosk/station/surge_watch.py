"""A station's watch for surges: every [surge] check_seconds, on the window's StoreWorker, the live queue is
read and played forward (kiosk.core.surge), new alerts and their ends are logged (once, whichever station
sees them first), and the alerts are handed to the window."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.errors import QueueError
from kiosk.core.surge import SurgeAlert, check_surge
from kiosk.station.connection_watch import ConnectionWatch
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore

FIRST_CHECK_MS = 60_000  # until the configuration's check_seconds is read with the first check
log = logging.getLogger("kiosk.station")


@dataclass(frozen=True)
class SurgeView:
    """One look: the alerts now, and the configured rhythm (read with them, never on the GUI thread)."""

    alerts: tuple[SurgeAlert, ...]
    check_seconds: int
    on_display: bool


def look_for_surges(store: QueueStore, record: bool = True, display: bool = False) -> SurgeView:
    """The alerts the live queue gives now; `record`: logged, and the ends of those no longer over the
    target; `display`: for the hall display, which shows them only with [surge] on_display (and then does
    not simulate at all without it)."""
    branch = store.branch
    rules = branch.surge
    if display and not rules.on_display:
        return SurgeView((), rules.check_seconds, False)
    check = check_surge(branch, store.queue_now())
    if record:
        for alert in check.alerts:
            store.record_surge_alert(alert, check.at)
        for service in check.cleared:
            store.end_surge_alert(service, check.at)
    return SurgeView(check.alerts, rules.check_seconds, rules.on_display)


class SurgeWatch(QObject):
    """Checks while started; `surge_changed(list[SurgeAlert])` whenever what it found changes (an empty list
    when the surge is over, or the watch stops). Holds back while the connection watch says the database is
    out of reach."""

    surge_changed = Signal(list)

    def __init__(self, worker: StoreWorker, parent: QObject | None = None,
                 connection: ConnectionWatch | None = None, record: bool = True, display: bool = False):
        super().__init__(parent)
        self.worker, self.connection = worker, connection
        self.record, self.display = record, display
        self.alerts: list[SurgeAlert] = []
        self.running = False
        self.timer = QTimer(self, interval=FIRST_CHECK_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """Check now, then every check_seconds."""
        self.running = True
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()
        self._show([])

    def check_now(self) -> None:
        """One check on the worker (skipped while the last one still runs, or while the database is lost)."""
        if not self.running or (self.connection is not None and self.connection.lost):
            return
        record, display = self.record, self.display
        self.worker.poll(lambda store: look_for_surges(store, record, display), done=self._seen,
                         failed=self._failed, name="surge")

    def _seen(self, view: SurgeView) -> None:
        if not self.running:  # stopped (signed out) while it ran
            return
        if self.timer.interval() != view.check_seconds * 1000:
            self.timer.setInterval(view.check_seconds * 1000)
        self._show(list(view.alerts))

    def _failed(self, exc: QueueError) -> None:
        log.warning("surge check failed: %s", exc)

    def _show(self, alerts: list[SurgeAlert]) -> None:
        if alerts != self.alerts:
            self.alerts = alerts
            self.surge_changed.emit(alerts)
