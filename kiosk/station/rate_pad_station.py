"""The counter's rating pad station: watches the store for the ticket just finished there, asks its customer
for one rating (shown and spoken), stores the one press, and goes back to idle after it or a timeout."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.adapters import speech
from kiosk.core.announce import speech_language
from kiosk.core.errors import QueueError
from kiosk.core.ratings import Rating, RatingPrompt, prompt_text
from kiosk.station.connection_watch import ConnectionWatch
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore

POLL_MS = 100  # a finish at the counter shows on the pad well within a second
TICK_MS = 1000  # how often the timeout is looked at (against the store's clock)
THANKS_MS = 4000  # the thanks stay this long, then the pad is idle again
log = logging.getLogger("kiosk.rate_pad")


@dataclass(frozen=True)
class PadView:
    """What the pad needs of the store, read together on the worker."""

    token: tuple  # the store's change token and the minute it was read in
    timeout_seconds: int
    languages: tuple[str, ...]  # the branch's screen languages, the first the default
    prompt: RatingPrompt | None


def read_pad(store: QueueStore, counter: int, unless: tuple | None) -> PadView | None:
    """The pad's view now; None when no process committed since `unless` and the minute did not turn."""
    token = (store.change_token(), store.clock.now().replace(second=0, microsecond=0))
    if token == unless:
        return None
    branch = store.branch
    return PadView(token, branch.ratings.timeout_seconds, branch.languages, store.rating_prompt(counter))


class Pad(Protocol):
    """What the station shows on the pad's window (kiosk.ui.rate_pad.RatePadWindow, a layer above); its
    `pressed(score)` signal is the customer's press."""

    pressed: Signal

    def show_idle(self, counter: int) -> None: ...
    def show_asking(self, prompt: RatingPrompt) -> None: ...
    def show_thanks(self) -> None: ...
    def show_connection_lost(self, lost: bool) -> None: ...


class RatePadStation(QObject):
    """idle -> asking (a ticket just finished at the counter) -> thanks (one press stored) -> idle; asking
    -> idle when nobody pressed within the branch's timeout. Each ticket is asked about once."""

    asked = Signal(object)  # RatingPrompt: shown, and its prompt queued for speech
    rated = Signal(object)  # Rating: stored
    timed_out = Signal(object)  # RatingPrompt: nobody pressed in time

    def __init__(self, store: QueueStore, window: Pad, speaker: speech.Speaker, counter: int,
                 set_language: Callable[[str], object] | None = None, default_language: str = "",
                 poll_ms: int = POLL_MS, tick_ms: int = TICK_MS, thanks_ms: int = THANKS_MS):
        super().__init__(window)
        self.store, self.window, self.speaker, self.counter = store, window, speaker, counter
        self.clock = store.clock  # no database behind it: read on the GUI thread
        self.set_language = set_language or (lambda lang: None)
        self.default_language = default_language
        self.worker = StoreWorker(store, self)
        self.connection = ConnectionWatch(self.worker, self)
        self.connection.lost_changed.connect(self._connection_changed)
        self.prompt: RatingPrompt | None = None  # the ticket being asked about
        self.deadline: datetime | None = None
        self.pressed = False  # the one press of this prompt came
        self._asked: set[int] = set()  # tickets asked about already: never asked again
        self._first_look = True
        self.view: PadView | None = None  # as last read
        self._token: tuple | None = None
        window.pressed.connect(self.press)
        self.thanks = QTimer(self, singleShot=True, interval=thanks_ms)
        self.thanks.timeout.connect(self.idle)
        self.tick = QTimer(self, interval=tick_ms)
        self.tick.timeout.connect(self._check_timeout)
        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self.refresh)
        self.idle()
        self.refresh()
        self.timer.start()
        self.tick.start()

    # -- reading the store ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.connection.lost:  # the watch asks again by itself
            return
        unless = self._token
        self.worker.poll(lambda store: read_pad(store, self.counter, unless), done=self._show,
                         failed=lambda exc: log.error("rating pad cannot read the store: %s", exc),
                         name="pad")

    def _show(self, view: PadView | None) -> None:
        if view is None:
            return
        self.view, self._token = view, view.token
        if not self.default_language:
            self.default_language = view.languages[0]
            if self.prompt is None:
                self.idle()
        prompt = view.prompt
        if self._first_look:  # a ticket finished before the pad started was not asked about here: not now
            self._first_look = False
            if prompt is not None:
                self._asked.add(prompt.ticket_id)
            return
        if prompt is not None and prompt.ticket_id not in self._asked:
            self.ask(prompt)

    # -- the customer ---------------------------------------------------------------------------

    def ask(self, prompt: RatingPrompt) -> None:
        """Show the rating buttons for `prompt`'s ticket in its customer's language, and say why."""
        self._asked.add(prompt.ticket_id)
        self.thanks.stop()
        self.prompt, self.pressed = prompt, False
        timeout = self.view.timeout_seconds if self.view is not None else 30
        self.deadline = self.clock.now() + timedelta(seconds=timeout)
        lang = prompt.lang or self.default_language
        self.set_language(lang)
        self.window.show_asking(prompt)
        self.speaker.interrupt()
        self.speaker.speak(prompt_text(prompt.staff, lang), speech_language(lang), chime=True)
        self.asked.emit(prompt)

    def press(self, score: int) -> bool:
        """The customer's press: stored once; False (and nothing done) for any press after it."""
        if self.prompt is None or self.pressed:
            return False
        self.pressed = True
        prompt = self.prompt
        self.worker.run(lambda store: store.rate(prompt.ticket, score, day=prompt.day),
                        done=lambda rating: self._stored(prompt, rating),
                        failed=lambda exc: self._not_stored(prompt, exc))
        return True

    def _stored(self, prompt: RatingPrompt, rating: Rating) -> None:
        self.rated.emit(rating)
        if self.prompt is prompt:
            self._thank()

    def _not_stored(self, prompt: RatingPrompt, exc: QueueError) -> None:
        if self.prompt is not prompt:
            return
        if exc.reason == "already_rated":  # rated meanwhile (by staff): the customer is thanked all the same
            self._thank()
            return
        log.error("rating of %s not stored: %s", prompt.ticket, exc)
        self.idle()

    def _thank(self) -> None:
        self.deadline = None
        self.window.show_thanks()
        self.speaker.interrupt()
        self.thanks.start()

    def _check_timeout(self) -> None:
        if self.prompt is None or self.pressed or self.deadline is None:
            return
        if self.clock.now() >= self.deadline:
            prompt = self.prompt
            self.speaker.interrupt()
            self.idle()
            self.timed_out.emit(prompt)

    def idle(self) -> None:
        """Back to the counter's number, in the pad's own language."""
        self.thanks.stop()
        self.prompt, self.deadline, self.pressed = None, None, False
        if self.default_language:
            self.set_language(self.default_language)
        self.window.show_idle(self.counter)

    def _connection_changed(self, lost: bool) -> None:
        self.window.show_connection_lost(lost)
        if not lost:
            self._token = None
            self.refresh()

    def stop(self) -> None:
        """Stop polling and timing (before the store is closed)."""
        self.timer.stop()
        self.tick.stop()
        self.thanks.stop()
        self.connection.stop()
        self.worker.stop()
