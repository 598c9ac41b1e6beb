"""The hall display station: polls the store for calls, shows them, and announces each one aloud."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from kiosk.adapters import speech
from kiosk.core.announce import announcement_languages, call_text, drill_said, speech_language
from kiosk.core.config import Branch
from kiosk.core.drills import drill_marks
from kiosk.core.errors import QueueError
from kiosk.core.models import Counter
from kiosk.station.connection_watch import ConnectionWatch
from kiosk.station.health_watch import HealthWatch
from kiosk.station.settings import data_dir
from kiosk.station.store_worker import StoreWorker
from kiosk.station.surge_watch import SurgeWatch
from kiosk.store import QueueStore
from kiosk.store.hall import AtCounter, Call, calls_since, last_event_id, recent_calls, tickets_at_counters

POLL_MS = 40  # PRAGMA data_version costs microseconds; a call must be seen well within 150 ms
BACKUP_EVERY_MS = 60 * 60 * 1000  # the daily backup is made at the first check of each day
log = logging.getLogger("kiosk.display")


class Announcer:
    """Chime, then the call in each language, repeated as configured; one queue, never overlapping."""

    def __init__(self, speaker: speech.Speaker, languages: tuple[str, ...], repeats: int = 1):
        self.speaker, self.languages, self.repeats = speaker, languages, repeats

    def texts(self, call: Call) -> list[tuple[str, str]]:
        """(text, voice language) in the order they are spoken."""
        langs = announcement_languages(self.languages, call.lang)

        def said(lang: str) -> str:  # a drill's call says so first: nobody takes it for a customer's
            text = call_text(call.label, call.counter, lang)
            return drill_said(text, lang) if call.drill else text
        return [(said(lang), speech_language(lang)) for _ in range(self.repeats) for lang in langs]

    def announce(self, call: Call) -> None:
        for i, (text, lang) in enumerate(self.texts(call)):
            self.speaker.speak(text, lang, chime=i == 0)


def missing_voices(languages: tuple[str, ...]) -> str:
    """A note for staff when some announcement language cannot be spoken on this machine."""
    try:
        voices = speech.list_voices()
    except QueueError as exc:
        return str(exc)
    missing = [lang for lang in languages if speech.find_voice(voices, speech_language(lang)) is None]
    return ", ".join(missing)


@dataclass(frozen=True)
class BoardView:
    """Everything the board shows of the store, read together on the station's worker."""

    token: tuple  # the store's change token and the minute it was read in
    branch: Branch
    missing_voices: str | None  # for a configuration not applied yet: its languages with no voice here
    seen: int  # the last event looked at for calls
    new_calls: list[Call]  # made since the last look: announced
    calls: list[Call]  # the recent ones, newest first
    counters: list[Counter]
    at_counters: dict[int, AtCounter]
    waiting: dict[str, int]


def read_board(store: QueueStore, seen: int | None, unless: tuple | None, applied: Branch | None,
               recent: int) -> BoardView | None:
    """The board as the store has it now; None when no process committed since `unless` (a view's token)
    and the minute (so the business day) did not turn. `seen` None: the first look, whose calls were made
    before the display started and are not announced again."""
    token = (store.change_token(), store.clock.now().replace(second=0, microsecond=0))
    if token == unless:
        return None
    branch = store.branch  # the same object until the configuration's text changes
    missing = None if branch is applied else missing_voices(branch.announce_languages)
    new_calls = [] if seen is None else calls_since(store, seen)
    if seen is None:
        seen = last_event_id(store)
    elif new_calls:
        seen = new_calls[-1].event_id
    status = store.status()
    return BoardView(token, branch, missing, seen, new_calls, recent_calls(store, recent),
                     list(status.counters), tickets_at_counters(store), status.waiting)


class DailyBackup(QRunnable):
    """Today's backup beside the database, on a worker thread (the store's backups open connections of their
    own); one at a time, errors logged."""

    _running = threading.Lock()

    def __init__(self, store: QueueStore, keep_days: int, today: str, done: Callable[[str], None]):
        super().__init__()
        self.done = done  # called with "" or the reason it failed (a queued signal's emit)
        self.store, self.keep_days, self.today = store, keep_days, today

    def run(self) -> None:
        if not self._running.acquire(blocking=False):
            return
        try:
            try:
                # a database on the branch's server has its backups in this PC's data folder
                path = self.store.daily_backup(self.today, keep_days=self.keep_days, local_folder=data_dir())
                log.info("daily backup: %s", path)
                reason = ""
            except QueueError as exc:
                log.error("daily backup failed: %s", exc)
                reason = str(exc)
            try:
                self.done(reason)
            except RuntimeError:  # the display was closed meanwhile: nobody left to tell
                pass
        finally:
            self._running.release()


class Board(Protocol):
    """What the station shows on the hall display's window (kiosk.ui.display_window.DisplayWindow, a
    layer above: the window is handed in, never imported)."""

    recent_count: int

    def show_calls(self, calls: list[Call], flash: bool) -> None: ...
    def show_counters(self, counters: list[Counter], at_counters: dict[int, AtCounter]) -> None: ...
    def show_waiting(self, waiting: dict[str, int]) -> None: ...
    def show_notice(self, text: str) -> None: ...
    def show_drill_mark(self, text: str) -> None: ...
    def show_missing_voice(self, languages: str) -> None: ...
    def show_backup_failed(self, reason: str) -> None: ...
    def show_damaged(self, found: str) -> None: ...
    def show_connection_lost(self, lost: bool) -> None: ...
    def show_surge(self, alerts: list) -> None: ...
    def default_notice(self) -> str: ...


class DisplayStation(QObject):
    """Keeps the board current from the shared store; announces calls made since it started. The store is
    read on the station's StoreWorker; while the branch database is out of reach the board keeps what it
    showed, tells staff at its edge, and is read afresh once the database answers again."""

    call_shown = Signal(object)  # Call: on screen, and queued for speech
    backup_done = Signal(str)  # "" when today's backup is there, else why not (from the worker thread)

    def __init__(self, store: QueueStore, window: Board, speaker: speech.Speaker,
                 poll_ms: int = POLL_MS, notice: str = "", backup_every_ms: int | None = BACKUP_EVERY_MS):
        super().__init__(window)
        self.store, self.window = store, window
        self.worker = StoreWorker(store, self)
        self.connection = ConnectionWatch(self.worker, self)
        self.connection.lost_changed.connect(self._connection_changed)
        self._notice = notice  # the station's own notice, if set, wins over the branch's
        self._branch: Branch | None = None
        self.announcer = Announcer(speaker, ())
        self.view: BoardView | None = None  # what the board shows, as last read
        self._token: tuple | None = None
        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self.refresh)
        self.refresh()
        self.timer.start()
        # the display runs all day on every branch, so it keeps the daily backup (never on the GUI thread)
        self.backup_done.connect(window.show_backup_failed)
        self.backup_timer = QTimer(self, interval=backup_every_ms or BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.backup_now)
        if backup_every_ms:
            self.backup_now()
            self.backup_timer.start()
        self.health = HealthWatch(store, self)
        self.health.damaged.connect(window.show_damaged)
        # surge alerts for staff, with [surge] on_display only; the staff's stations log them
        self.surge = SurgeWatch(self.worker, self, self.connection, record=False, display=True)
        self.surge.surge_changed.connect(window.show_surge)
        self.surge.start()

    def backup_now(self) -> None:
        """Make today's backup, if not made yet, on the global thread pool (what it needs read first)."""
        def start(needs: tuple[int, str]) -> None:
            QThreadPool.globalInstance().start(DailyBackup(self.store, *needs, self.backup_done.emit))

        self.worker.poll(lambda store: (store.branch.backup_keep_days, store.today()), done=start,
                         failed=lambda exc: log.error("daily backup skipped: %s", exc), name="backup")

    def stop(self) -> None:
        """Stop polling, backing up and checking (before the store is closed)."""
        self.timer.stop()
        self.backup_timer.stop()
        self.surge.stop()
        self.health.stop()
        self.connection.stop()
        self.worker.stop()

    def _apply_branch(self, branch: Branch, missing: str) -> None:
        """Announcement languages, repeats and the notice line from the stored configuration; applied
        whenever it changes, so a saved configuration reaches a running display at once."""
        self._branch = branch
        self.announcer.languages = branch.announce_languages
        self.announcer.repeats = branch.announcement_repeats
        self.window.show_drill_mark(drill_marks(branch.announce_languages))
        self.window.show_missing_voice(missing)
        if missing:
            log.warning("no voice for %s", missing)
        self.window.show_notice(self._notice or branch.notice_line() or self.window.default_notice())

    def refresh(self) -> None:
        """Re-read when some process committed since the last look, or the minute (so the business day)
        turned: waiting counts and today's calls change with the date even when nobody writes. One read at
        a time on the worker; none while the database is out of reach (the watch asks it again)."""
        if self.connection.lost:
            return
        # before the first look (seen None), calls made are not announced: the display was not there yet
        seen = None if self.view is None else self.view.seen
        unless, applied, recent = self._token, self._branch, self.window.recent_count + 1
        self.worker.poll(lambda store: read_board(store, seen, unless, applied, recent), done=self._show,
                         failed=lambda exc: log.error("display cannot read the store: %s", exc), name="board")

    def _show(self, view: BoardView | None) -> None:
        if view is None:
            return
        self.view, self._token = view, view.token
        if view.missing_voices is not None:
            self._apply_branch(view.branch, view.missing_voices)
        for call in view.new_calls:
            self.announcer.announce(call)
        self.window.show_calls(view.calls, flash=bool(view.new_calls))
        for call in view.new_calls:
            self.call_shown.emit(call)
        self.window.show_counters(view.counters, view.at_counters)
        self.window.show_waiting(view.waiting)

    def _connection_changed(self, lost: bool) -> None:
        """The board keeps what it shows while the database is out of reach; back, it is read afresh."""
        self.window.show_connection_lost(lost)
        if not lost:
            self._token = None
            self.refresh()
