"""The hall display station: polls the store for calls, shows them, and announces each one aloud."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from kiosk.adapters import speech
from kiosk.core.announce import announcement_languages, call_text, speech_language
from kiosk.core.errors import QueueError
from kiosk.core.models import Counter
from kiosk.station.health_watch import HealthWatch
from kiosk.station.settings import data_dir
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
        return [(call_text(call.label, call.counter, lang), speech_language(lang))
                for _ in range(self.repeats) for lang in langs]

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


class DailyBackup(QRunnable):
    """Today's backup beside the database, on a worker thread (the store's backups open connections of their
    own); one at a time, errors logged."""

    _running = threading.Lock()

    def __init__(self, store: QueueStore, done: Callable[[str], None]):
        super().__init__()
        self.done = done  # called with "" or the reason it failed (a queued signal's emit)
        branch = store.branch  # read here, on the GUI thread: the store's connection stays on it
        self.store, self.keep_days = store, branch.backup_keep_days
        self.today = store.today()

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
    def show_missing_voice(self, languages: str) -> None: ...
    def show_backup_failed(self, reason: str) -> None: ...
    def show_damaged(self, found: str) -> None: ...
    def default_notice(self) -> str: ...


class DisplayStation(QObject):
    """Keeps the board current from the shared store; announces calls made since it started."""

    call_shown = Signal(object)  # Call: on screen, and queued for speech
    backup_done = Signal(str)  # "" when today's backup is there, else why not (from the worker thread)

    def __init__(self, store: QueueStore, window: Board, speaker: speech.Speaker,
                 poll_ms: int = POLL_MS, notice: str = "", backup_every_ms: int | None = BACKUP_EVERY_MS):
        super().__init__(window)
        self.store, self.window = store, window
        self._notice = notice  # the station's own notice, if set, wins over the branch's
        self._branch = None
        self.announcer = Announcer(speaker, ())
        self._seen = last_event_id(store)  # calls made before the display started are not re-announced
        self._token: tuple | None = None
        self._apply_branch()
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

    def backup_now(self) -> None:
        """Make today's backup, if not made yet, on the global thread pool."""
        try:
            job = DailyBackup(self.store, self.backup_done.emit)
        except QueueError as exc:
            log.error("daily backup skipped: %s", exc)
            return
        QThreadPool.globalInstance().start(job)

    def stop(self) -> None:
        """Stop polling, backing up and checking (before the store is closed)."""
        self.timer.stop()
        self.backup_timer.stop()
        self.health.stop()

    def _apply_branch(self) -> None:
        """Announcement languages, repeats and the notice line from the stored configuration; re-read
        whenever it changes, so a saved configuration reaches a running display at once."""
        branch = self.store.branch
        if branch is self._branch:  # the store hands out the same object until the text changes
            return
        self._branch = branch
        self.announcer = Announcer(self.announcer.speaker, branch.announce_languages,
                                   branch.announcement_repeats)
        missing = missing_voices(branch.announce_languages)
        self.window.show_missing_voice(missing)
        if missing:
            log.warning("no voice for %s", missing)
        self.window.show_notice(self._notice or branch.notice_line() or self.window.default_notice())

    def refresh(self) -> None:
        """Re-read when some process committed since the last look, or the minute (so the business day)
        turned: waiting counts and today's calls change with the date even when nobody writes."""
        try:
            token = (self.store.change_token(), self.store.clock.now().replace(second=0, microsecond=0))
            if token == self._token:
                return
            self._token = token
            self._apply_branch()
            new_calls = calls_since(self.store, self._seen)
            status = self.store.status()
            calls = recent_calls(self.store, self.window.recent_count + 1)
            at_counters = tickets_at_counters(self.store)
        except QueueError as exc:
            log.error("display cannot read the store: %s", exc)
            return
        for call in new_calls:
            self._seen = call.event_id
            self.announcer.announce(call)
        self.window.show_calls(calls, flash=bool(new_calls))
        for call in new_calls:
            self.call_shown.emit(call)
        self.window.show_counters(list(status.counters), at_counters)
        self.window.show_waiting(status.waiting)
