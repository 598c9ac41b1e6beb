"""Feeds a running drill's customers to the real queue at their times, on the station's StoreWorker."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.drill_plan import Arrival, read_plan
from kiosk.core.drill_review import DrillProgress
from kiosk.core.drills import Drill
from kiosk.core.errors import QueueError
from kiosk.core.operations_rules import DrillRules
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore

TICK_MS = 1000
# A customer due longer ago than this (the station was asleep, or signed out) comes now rather than at a time
# already past: nobody could have called a ticket that was not in the queue, so a wait would be invented.
LATE = timedelta(seconds=60)
HELP_KIND = "call_staff"  # what a scripted customer's help request is, as if asked at the kiosk


def feed(store: QueueStore, drill_id: int, arrivals: Sequence[Arrival]) -> DrillProgress:
    """On the worker: issue the drill's customers that are due by the store's clock (their tickets in order,
    each with its help request when scripted), then read the drill's progress. The customers already issued
    are counted in the store, so a runner started again (a manager signed in again) goes on where it was."""
    progress = store.drill_progress(drill_id)
    if not progress.running:
        return progress
    now = store.clock.now()
    for arrival in arrivals[progress.issued:]:
        if arrival.at > now:
            break
        at = arrival.at if now - arrival.at <= LATE else now
        issued = store.issue_drill_ticket(arrival.service, arrival.priority, needs=arrival.needs, at=at)
        if arrival.help:
            store.request_help(HELP_KIND, issued.ticket.id, at=at)
    return store.drill_progress(drill_id)


class DrillRunner(QObject):
    """While a drill runs: every tick, the customers due by the station's clock are issued on the worker
    (a poll, not a user's action: the manager's own presses are never refused for it), and the progress
    comes back. Times are the clock's, never the timer's: a test moves a FrozenClock and the next tick
    issues what has come due."""

    progressed = Signal(object)  # DrillProgress
    stopped = Signal(object)  # DrillProgress once the drill has ended elsewhere, or the QueueError refused

    def __init__(self, worker: StoreWorker, parent: QObject | None = None, tick_ms: int = TICK_MS):
        super().__init__(parent)
        self.worker = worker
        self.drill: Drill | None = None
        self.arrivals: list[Arrival] = []
        self.timer = QTimer(self, interval=tick_ms)
        self.timer.timeout.connect(self.tick)

    @property
    def planned(self) -> int:
        return len(self.arrivals)

    def follow(self, drill: Drill, plan_defaults: DrillRules) -> None:
        """Feed `drill` from now on, as its stored plan says (`plan_defaults`: the branch's drill rules, for
        what the plan leaves out)."""
        self.drill = drill
        self.arrivals = read_plan(drill, plan_defaults).arrivals(drill.started_at)
        self.tick()
        self.timer.start()

    def next_at(self, issued: int) -> datetime | None:
        """When the next customer is due, None when all have come."""
        return self.arrivals[issued].at if issued < len(self.arrivals) else None

    def stop(self) -> None:
        self.timer.stop()
        self.drill = None

    def tick(self) -> None:
        drill = self.drill
        if drill is None:
            return
        arrivals = self.arrivals
        self.worker.poll(lambda store: feed(store, drill.id, arrivals), done=self._fed, failed=self._refused,
                         name="drill")

    def _fed(self, progress: DrillProgress) -> None:
        if self.drill is None or progress.drill_id != self.drill.id:
            return  # stopped meanwhile
        self.progressed.emit(progress)
        if not progress.running:
            self.stop()
            self.stopped.emit(progress)

    def _refused(self, exc: QueueError) -> None:
        if exc.reason in ("busy", "connection_lost"):
            return  # the next tick tries again
        self.stop()
        self.stopped.emit(exc)
