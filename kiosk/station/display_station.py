"""The hall display station: polls the store for calls, shows them, and announces each one aloud."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.adapters import speech
from kiosk.core.announce import announcement_languages, call_text, speech_language
from kiosk.core.errors import QueueError
from kiosk.core.models import Counter, CounterMode
from kiosk.store import QueueStore
from kiosk.store.hall import Call, calls_since, last_event_id, recent_calls
from kiosk.ui.display_window import DisplayWindow

POLL_MS = 40  # PRAGMA data_version costs microseconds; a call must be seen well within 150 ms
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


class DisplayStation(QObject):
    """Keeps the board current from the shared store; announces calls made since it started."""

    call_shown = Signal(object)  # Call: on screen, and queued for speech

    def __init__(self, store: QueueStore, window: DisplayWindow, speaker: speech.Speaker,
                 poll_ms: int = POLL_MS, notice: str = ""):
        super().__init__(window)
        self.store, self.window = store, window
        branch = store.branch
        self.announcer = Announcer(speaker, branch.announce_languages, branch.announcement_repeats)
        self._seen = last_event_id(store)  # calls made before the display started are not re-announced
        self._token: tuple[int, int] | None = None
        missing = missing_voices(branch.announce_languages)
        if missing:
            window.show_missing_voice(missing)
            log.warning("no voice for %s", missing)
        window.show_notice(notice or branch.notice_line() or window.default_notice())
        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self.refresh)
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        """Stop polling (before the store is closed)."""
        self.timer.stop()

    def refresh(self) -> None:
        """Re-read only when some process committed since the last look."""
        try:
            token = self.store.change_token()
            if token == self._token:
                return
            self._token = token
            new_calls = calls_since(self.store, self._seen)
            status = self.store.status()
        except QueueError as exc:
            log.error("display cannot read the store: %s", exc)
            return
        for call in new_calls:
            self._seen = call.event_id
            self.announcer.announce(call)
        self.window.show_calls(recent_calls(self.store, self.window.recent_count + 1), flash=bool(new_calls))
        for call in new_calls:
            self.call_shown.emit(call)
        counters = [Counter(c["counter"], tuple(c["services"]), CounterMode(c["mode"]))
                    for c in status["counters"]]
        self.window.show_counters(counters, {c["counter"]: c["ticket"] for c in status["counters"]
                                             if c["ticket"]})
        self.window.show_waiting(status["waiting"])
