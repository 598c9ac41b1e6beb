"""A station window's store calls, in order on a thread of their own, each answer posted back to the GUI."""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.core.errors import QueueError
from kiosk.store import QueueStore

Call = Callable[[QueueStore], Any]


def _still_there(answer: Callable | None) -> bool:
    """Whether the widget an answer is for still exists: a dialog closed (and deleted) while its read ran
    gets no answer, instead of an error from a widget that is gone."""
    while isinstance(answer, functools.partial):
        answer = answer.func
    owner = getattr(answer, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


@dataclass
class _Job:
    call: Call
    done: Callable[[Any], None] | None
    failed: Callable[[QueueError], None] | None
    generation: int
    poll: str | None = None  # the poll's name; None for a user's action
    result: Any = None
    error: Exception | None = None


class _Run(QRunnable):
    """One job on the worker's thread; its outcome goes back as a queued signal."""

    def __init__(self, store: QueueStore, job: _Job, ran: Callable[[_Job], None]):
        super().__init__()
        self.store, self.job, self.ran = store, job, ran

    def run(self) -> None:
        try:
            self.job.result = self.job.call(self.store)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread: refusals shown, bugs raised there
            self.job.error = exc
        try:
            self.ran(self.job)
        except RuntimeError:  # the window was deleted meanwhile: nobody left to tell
            pass


class StoreWorker(QObject):
    """The one way a station window reaches its store: every call runs on the worker's own thread, one at a
    time in the order asked, so a busy SQLite file (another process holding the write lock, up to the 10 s
    busy timeout) or a slow network never freezes the window. The store's connection is used by that
    thread only while the worker is running; after `stop()` the caller's thread may use it again.

    How a window uses it (the console, kiosk/ui/console_window.py, is the worked example):

        self.worker = StoreWorker(store, self)
        self.worker.busy_changed.connect(self._show_working)      # a label, a busy cursor
        # a user's action: refuse a second press while `busy`, show the result or the refusal
        if not self.worker.busy:
            self.worker.run(lambda s: s.call_next(counter), done=self._called, failed=self._refused)
        # a timer's re-read: skipped (returns False) while the last one is still queued or running
        self.timer.timeout.connect(lambda: self.worker.poll(read_view, done=self._show))
        # closeEvent: let what was asked finish, then the store is the GUI thread's again
        self.worker.stop()

    `call(store)` runs on the worker's thread and must not touch widgets; it may chain several store calls
    (an action and the re-read of the view) so the window gets one consistent answer. `done(result)` and
    `failed(error)` run on the GUI thread, in the order the calls were asked. A QueueError (the store's
    refusals, busy and damaged files) goes to `failed`, and to the `failed` signal; any other exception is a
    bug and is raised again on the GUI thread. Read nothing from the store on the GUI thread while the
    worker runs (not even `store.branch`: it reads the database): take what the window shows from the
    results."""

    busy_changed = Signal(bool)  # True when a user's action is asked while none ran, False when all answered
    failed = Signal(object)  # QueueError of every call the store refused, after that call's own `failed`
    _ran = Signal(object)  # _Job, from the worker's thread

    def __init__(self, store: QueueStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one thread per station: the calls run one at a time, in order
        self.pool.setExpiryTimeout(-1)  # and always the same thread, kept while the window lives
        self._generation = 0  # jobs of an earlier generation were asked before stop(): never delivered
        self._actions = 0  # users' actions asked and not yet answered (their `done`/`failed` still running)
        self._polls: set[str] = set()
        self._ran.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """A user's action is queued or running, or its answer is being shown: refuse another."""
        return self._actions > 0

    def run(self, call: Call, done: Callable[[Any], None] | None = None,
            failed: Callable[[QueueError], None] | None = None) -> None:
        """A user's action: `call(store)` on the worker's thread, then `done(result)` or `failed(error)` here.
        The worker stays `busy` until that answer has been handled, including any action it asks next."""
        self._actions += 1
        if self._actions == 1:
            self.busy_changed.emit(True)
        self._start(_Job(call, done, failed, self._generation))

    def poll(self, call: Call, done: Callable[[Any], None] | None = None,
             failed: Callable[[QueueError], None] | None = None, name: str = "poll") -> bool:
        """A periodic read (not an action: the worker does not turn `busy`). False, and nothing asked, while
        the last poll of that `name` is still queued or running: a slow store never piles reads up."""
        if name in self._polls:
            return False
        self._polls.add(name)
        self._start(_Job(call, done, failed, self._generation, poll=name))
        return True

    def polling(self, name: str = "poll") -> bool:
        return name in self._polls

    def stop(self) -> None:
        """Let the calls already asked finish (their answers are dropped: the window is going), then give the
        store back to the calling thread. The worker may be used again afterwards."""
        self._generation += 1
        self.pool.waitForDone()
        self._polls.clear()
        if self._actions:
            self._actions = 0
            self.busy_changed.emit(False)

    def _start(self, job: _Job) -> None:
        self.pool.start(_Run(self.store, job, self._ran.emit))

    def _deliver(self, job: _Job) -> None:
        if job.generation != self._generation:
            return
        try:
            if not (_still_there(job.done) and _still_there(job.failed)):
                return
            if job.error is None:
                if job.done is not None:
                    job.done(job.result)
            elif isinstance(job.error, QueueError):
                if job.failed is not None:
                    job.failed(job.error)
                self.failed.emit(job.error)
            else:
                raise job.error
        finally:
            if job.generation == self._generation:  # a `done` that stopped the worker has settled it
                self._settle(job)

    def _settle(self, job: _Job) -> None:
        if job.poll is not None:
            self._polls.discard(job.poll)
            return
        self._actions -= 1
        if self._actions == 0:
            self.busy_changed.emit(False)
