"""The customer kiosk window: choose a language and a service, declare a priority need, get a ticket."""
from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.speech import DEFAULT_RATE, SLOWER_RATE
from kiosk.core.errors import QueueError, UnknownCode
from kiosk.core.models import booking_code
from kiosk.station import kiosk_view
from kiosk.station.connection_watch import ConnectionWatch
from kiosk.station.kiosk_view import KioskView, read_kiosk
from kiosk.station.store_worker import Call, StoreWorker
from kiosk.store import Issued, QueueStore
from kiosk.ui.drill_marks import DrillStrip, DrillTag, is_drill
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_booking import KioskBooking
from kiosk.ui.kiosk_screens import (
    CheckInScreen,
    ConfirmScreen,
    LanguageScreen,
    MessageScreen,
    NeedsScreen,
    PriorityScreen,
    ServiceScreen,
    UnreachableScreen,
)
from kiosk.ui.kiosk_shunt import ShuntOffer
from kiosk.ui.theme import (
    FONT_FAMILY_LIST,
    FULL_SIZE,
    GAP_PX,
    MARGIN_PX,
    MIN_SCALE,
    THEMES,
    scale_for,
    scaled,
    stylesheet,
)
from kiosk.ui.widgets import BigButton, Screen

log = logging.getLogger("kiosk.kiosk")
IDLE_MS = 60_000  # no touch for a minute on a screen other than the first: ask
WARNING_S = 30  # then give this long to ask for more time (WCAG 2.2.1 asks at least 20 s)
CONFIRM_MS = 20_000  # the confirmation stays this long
VOLUME_DB = (-12, -6, 0, 6)  # speech volume steps: an 18 dB range (EN 301 549 8.2.1 asks at least 18)
DEFAULT_VOLUME = 2  # 0 dB, restored for each new customer
REFRESH_MS = 2000  # the configuration and waiting counts re-read (if another station changed them) this often
PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress,
           QEvent.Type.TouchBegin)


class KioskWindow(QWidget):
    """One customer session after another. Slow work (printing, speech) is emitted, never done here; the
    store is asked on the window's StoreWorker: while a press is being answered, the pressed button says
    so and the window takes no other press (a double tap never issues two tickets)."""

    ticket_issued = Signal(object)  # Issued: the station prints it
    booking_made = Signal(object)  # Booking (come back later): the station prints its slip
    speech_requested = Signal(str, str)  # text, language: said at once, instead of what was being said
    speech_queued = Signal(str, str)  # text, language: said after what is being said
    help_requested = Signal()
    volume_changed = Signal(float)  # gain in dB for speech
    speech_rate_changed = Signal(int)  # words per minute

    def __init__(self, store: QueueStore, theme: str = "light", default_language: str = "zh_CN",
                 languages: LanguageSwitcher | None = None, idle_ms: int = IDLE_MS,
                 warning_s: int = WARNING_S, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme = THEMES[theme]
        self.scale = 0.0  # of the full-screen sizes, set from the window's size
        font = self.font()
        font.setFamilies(FONT_FAMILY_LIST)
        self.setFont(font)
        self.store = store  # asked only through the worker; what the screens show comes from its answers
        self.worker = StoreWorker(store, self)
        self.worker.busy_changed.connect(self._busy_changed)
        self.connection = ConnectionWatch(self.worker, self)
        self.connection.lost_changed.connect(self._connection_changed)
        self.view: KioskView | None = None  # the configuration and the queue as last read
        self._working: BigButton | None = None  # the button whose press is being answered
        self.languages = languages or LanguageSwitcher()
        self.default_language = default_language
        self.lang = default_language
        self.voice_on = False
        self._choice: dict[str, object] = {}
        self._session_open = True
        self._confirmed_ticket: int | None = None  # the ticket the confirmation shows
        self.out_of_service = False  # the queue database is damaged: every customer is sent to staff

        self.voice = BigButton(checkable=True)
        self.voice.toggled.connect(self._voice_toggled)
        self.call_staff = BigButton()
        self.call_staff.clicked.connect(self.request_help)
        self.back = BigButton()
        self.back.clicked.connect(self.go_back)
        self.volume = DEFAULT_VOLUME
        self.quieter, self.louder = BigButton(), BigButton()
        self.quieter.clicked.connect(lambda: self.set_volume(self.volume - 1))
        self.louder.clicked.connect(lambda: self.set_volume(self.volume + 1))
        self.slower = BigButton(checkable=True)
        self.slower.clicked.connect(self.set_slower_speech)  # clicked, not toggled: reset() sets it silently
        bar = QHBoxLayout()
        bar.setSpacing(GAP_PX)
        for button in (self.back, self.voice, self.quieter, self.louder, self.slower, self.call_staff):
            bar.addWidget(button)

        self.start = LanguageScreen(())  # the configured languages come with the first view
        self.services = ServiceScreen(theme=THEMES[theme])
        self.priority = PriorityScreen(theme=THEMES[theme])
        self.needs = NeedsScreen()
        self.confirm = ConfirmScreen()
        self.check_in = CheckInScreen()
        self.message = MessageScreen()
        self.idle_warning = MessageScreen()
        self.unreachable = UnreachableScreen()
        self.stack = QStackedWidget()
        for screen in (self.start, self.services, self.priority, self.needs, self.confirm,
                       self.check_in, self.message, self.idle_warning, self.unreachable):
            self.stack.addWidget(screen)
        self.booking = KioskBooking(self)  # come back later, and the check-in scanner (kiosk_booking.py)
        self.shunt = ShuntOffer(self)  # the self-service suggestion, its screen in the stack
        self.drill_strip = DrillStrip()  # staff see a drill running; its tickets are marked when shown
        self.drill_tag = DrillTag()
        self.confirm.layout_.insertWidget(1, self.drill_tag)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drill_strip)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._apply_scale(1.0)
        # the smallest window the smallest sizes fit (the layout would ask for the full-scale sizes)
        self.setMinimumSize(*(scaled(px, MIN_SCALE) for px in FULL_SIZE))

        self.start.language_chosen.connect(self.choose_language)
        self.start.check_in_chosen.connect(lambda: self._show(self.check_in))
        self.services.service_chosen.connect(self.choose_service)
        self.priority.priority_chosen.connect(self.choose_priority)
        self.needs.confirmed.connect(self.issue)
        self.confirm.done.connect(self.reset)
        self.check_in.code_entered.connect(self.check_in_code)
        self.message.acknowledged.connect(self._message_acknowledged)
        self.idle_warning.acknowledged.connect(self._extend)
        self.unreachable.language_chosen.connect(self._unreachable_language)

        self.idle = QTimer(self, singleShot=True, interval=idle_ms)
        self.idle.timeout.connect(self.warn_idle)
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._count_down)
        self.warning_s = warning_s
        self._seconds_left = 0
        self._idle_return: QWidget = self.start
        self._after_message: Callable[[], None] = self.reset
        self.confirm_timer = QTimer(self, singleShot=True, interval=CONFIRM_MS)
        self.confirm_timer.timeout.connect(self.reset)
        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        QApplication.instance().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.set_language(default_language)
        self.reset()

    # -- flow --------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the first screen, with the default language and voice guidance off."""
        self.shunt.end()
        self.idle.stop()
        self.countdown.stop()
        self.confirm_timer.stop()
        self._choice = {}
        self._confirmed_ticket = None
        self.voice.setChecked(False)
        if self.volume != DEFAULT_VOLUME:  # the next customer starts at the default volume
            self.set_volume(DEFAULT_VOLUME, announce=False)
        if self.slower.isChecked():  # and at the normal speech rate
            self.set_slower_speech(False, announce=False)
        if self.lang != self.default_language:
            self.set_language(self.default_language)
        self.check_in.reset()
        if self.out_of_service:
            self._send_to_staff()
            return
        if self.connection.lost:
            self._show_unreachable()
            return
        self.refresh()  # the configuration saved meanwhile, for the next customer
        self._show(self.start)

    def refresh(self) -> None:
        """Re-read the view on the worker if another station changed the store; the screens follow it."""
        if self.connection.lost:
            return  # the watch asks the store again until it answers
        unless = self.view.token if self.view is not None else None
        self.worker.poll(lambda store: read_kiosk(store, unless), done=self._read, name="view")

    def _read(self, view: KioskView | None) -> None:
        if view is None:
            return
        self.view = view
        self.drill_strip.show_drill(view.drill)
        if list(self.start.grid.buttons) == list(view.branch.languages):
            return
        self.start.show_languages(view.branch.languages)
        self.unreachable.show_languages(view.branch.languages)
        if self.stack.currentWidget() in (self.start, self.unreachable):
            self._key_choices(self.stack.currentWidget())  # their buttons were built anew

    def close_worker(self) -> None:
        """Stop asking the store (before it is closed): what was asked finishes first. Every timer stops
        too: a closed window still gets their events, and the reset they lead to would ask the store."""
        for timer in (self.refresh_timer, self.idle, self.countdown, self.confirm_timer):
            timer.stop()
        self.connection.stop()
        self.worker.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.close_worker()
        super().closeEvent(event)

    def store_damaged(self, found: str) -> None:
        """No ticket can be issued on a damaged database (the staff stations say why, with `found`): from
        now on every customer is sent to staff, the current one at once."""
        log.error("kiosk: the queue database is damaged (%s): customers are sent to staff", found)
        self.out_of_service = True
        if self.stack.currentWidget() is not self.confirm:  # a ticket just issued stays readable
            self.reset()

    def _send_to_staff(self) -> None:
        self._show_message(self.tr("Please ask any member of staff"),
                           self.tr("No ticket can be issued here right now. Please go to a counter or ask "
                                   "any member of staff: they will help you."),
                           self.tr("Back"))
        self.idle.stop()  # it stands until the database is restored: no "more time?" question on it

    def set_language(self, lang: str) -> None:
        """Switch language now; Qt's LanguageChange events would only arrive on the next loop turn."""
        self.lang = lang
        self.languages.set_language(lang)
        self.retranslate()
        for screen in self.stack.findChildren(Screen):
            screen.retranslate()

    def choose_language(self, lang: str) -> None:
        """The services as the store has them now: the configuration and the waiting counts read afresh."""
        if self.worker.busy:
            return
        self.set_language(lang)
        self._ask(self.start.grid.buttons.get(lang), read_kiosk, self._services_read, self._out_of_order)

    def _services_read(self, view: KioskView) -> None:
        self._read(view)
        self.show_services()

    def show_services(self) -> None:
        """The services of the last view (read when the language was chosen)."""
        if self.view is None:
            return
        try:
            self.services.show_services(self.view.branch, self.lang, self.view.waiting,
                                        self._crowded(self.view.waiting_total))
        except QueueError as exc:
            self._out_of_order(exc)
            return
        self._show(self.services)

    def choose_service(self, code: str) -> None:
        if self.view is None or self.worker.busy:
            return
        self._choice["service"] = code
        if not self.shunt.offer(code):  # possible at self-service with a long wait: suggested there first
            self.choose_priority_screen()

    def choose_priority_screen(self) -> None:
        """Past the self-service suggestion: a long wait for a bookable service offers come back later."""
        if not self.booking.offer(self._choice["service"]):
            self.ask_priority()

    def ask_priority(self) -> None:
        self.priority.show_classes(self.view.branch, self.lang)
        self._show(self.priority)

    def _out_of_order(self, exc: QueueError) -> None:
        """The store cannot be read (busy, read-only, damaged): say so and point to staff, never freeze."""
        if self._unreachable_now(exc):
            return
        log.warning("kiosk: cannot read the queue: %s", exc)
        self._show_message(self.tr("Sorry, no ticket could be issued"),
                           self.tr("Please press Call staff: a member of staff will help you."),
                           self.tr("Back"))

    def _ask(self, button: BigButton | None, call: Call, done: Callable[[object], None],
             failed: Callable[[QueueError], None]) -> None:
        """A customer's press the store must answer: asked on the worker, the pressed button saying "Please
        wait" until the answer is shown; every other press is refused meanwhile (eventFilter)."""
        self._working = button
        if button is not None:
            button.set_working(self.tr("Please wait…"))
        self.worker.run(call, done=done, failed=failed)

    def _busy_changed(self, busy: bool) -> None:
        if busy or self._working is None:
            return
        button, self._working = self._working, None
        try:
            button.set_working("")
        except RuntimeError:  # a language button rebuilt by a configuration change meanwhile
            pass

    def choose_priority(self, code: str) -> None:
        self._choice["priority"] = code
        self.needs.reset()
        self._show(self.needs)

    def issue(self, needs: tuple[str, ...]) -> None:
        """Issue the ticket once (the button disabled itself, and says "Please wait" until the store's
        answer is in), then confirm and hand it to print."""
        if "service" not in self._choice or self.worker.busy or self.connection.lost:
            return
        service, priority, lang = self._choice["service"], self._choice["priority"], self.lang
        self._ask(self.needs.print_button,
                  lambda store: kiosk_view.issue(store, service, priority, lang, needs),
                  self._confirm, self._not_issued)

    def _not_issued(self, exc: QueueError) -> None:
        if self._unreachable_now(exc):  # the ticket may or may not exist: no number is shown
            return
        log.warning("kiosk: no ticket issued: %s", exc)  # the reason is for staff, in English
        self._show_message(self.tr("Sorry, no ticket could be issued"),
                           self.tr("Please press Call staff: a member of staff will help you."),
                           self.tr("Back"))

    def check_in_code(self, code: str) -> None:
        if self.worker.busy or self.connection.lost:
            return
        if not code:
            self.check_in.show_error(self.tr("Please enter your booking code."))
            return
        try:
            booking_code(code)  # a malformed code is refused here, never looked up
        except QueueError as exc:
            self._check_in_refused(exc, code)
            return
        lang = self.lang
        self._ask(self.check_in.submit, lambda store: kiosk_view.check_in(store, code, lang), self._confirm,
                  lambda exc: self._check_in_refused(exc, code))

    def _check_in_refused(self, exc: QueueError, code: str) -> None:
        if self._unreachable_now(exc):
            return
        log.info("kiosk: check-in refused: %s", exc)
        self.check_in.show_error(self._check_in_refusal(exc).replace("%1", code))
        self.check_in.entry.setText("")
        self._speak_screen()

    def _check_in_refusal(self, exc: QueueError) -> str:
        """What the customer is told, by the store's reason for refusing the code."""
        reason = exc.reason
        if reason == "bad_booking_code":
            return self.tr("A booking code has 4 to 12 digits. Please check it, or press Call staff.")
        if reason == "booking_unknown" or isinstance(exc, UnknownCode):
            return self.tr("We could not find booking code %1. Please check it, or press Call staff.")
        if reason == "booking_used":
            return self.tr("Booking code %1 has already been used to check in. If you lost your ticket, "
                           "please press Call staff.")
        if reason == "booking_not_today":
            return self.tr("Booking code %1 is for %2, not today. Please come back on that day, or press "
                           "Call staff.").replace("%2", str(exc.facts.get("day", "")))
        if reason in ("booking_cancelled", "booking_no_show"):
            return self.tr("Booking code %1 can no longer be used (cancelled, or its time has passed). "
                           "Please take a ticket, or press Call staff.")
        return self.tr("Sorry, we cannot check you in right now. Please press Call staff.")

    def _confirm(self, answer: tuple[Issued, KioskView | None]) -> None:
        issued, view = answer
        self._choice = {}
        if view is not None:
            self._read(view)
        service = self.view.branch.service(issued.ticket.service)
        self.confirm.show_ticket(issued.ticket.label, service.name(self.lang), issued.ahead,
                                 issued.eta_minutes, self._crowded(self.view.waiting_total), self.lang,
                                 issued.eta_range)
        self.drill_tag.show_if(is_drill(issued.ticket))
        self._confirmed_ticket = issued.ticket.id
        self._show(self.confirm)
        self.confirm_timer.start()
        self.ticket_issued.emit(issued)

    def ticket_printed(self, issued: Issued) -> None:
        """The station printed the ticket: "please take your ticket", after what is being said."""
        if issued.ticket.id != self._confirmed_ticket:
            return  # that customer has gone
        self.confirm.show_printed()
        if self.voice_on and self.stack.currentWidget() is self.confirm:
            self.speech_queued.emit(self.confirm.printing.text(), self.lang)

    def booking_printed(self, booking: object, ok: bool) -> None:
        self.booking.printed(booking, ok)

    def print_failed(self, issued: Issued | None = None) -> None:
        """The station could not print: show the number larger (and say so); the station told staff."""
        if issued is not None and issued.ticket.id != self._confirmed_ticket:
            return
        self.confirm.show_print_failure()
        if self.stack.currentWidget() is self.confirm:
            self._speak_screen()

    def request_help(self) -> None:
        """Tell staff; "Help is on the way" only once the request is stored, else send the customer to
        staff in person (said aloud even with voice guidance off: they asked for help)."""
        if self.worker.busy:
            return
        if self.connection.lost:
            self._show_unreachable(aloud=True)
            return
        current = self.stack.currentWidget()
        # Back returns to where the customer was; from a message, to what that message's button does
        back = self._after_message if current is self.message else lambda: self._show(current)
        self._ask(self.call_staff, lambda store: store.request_help("call_staff"),
                  lambda _: self._help_coming(back), lambda exc: self._help_not_stored(exc, back))

    def _help_coming(self, back: Callable[[], None]) -> None:
        self.help_requested.emit()
        self._show_message(self.tr("Help is on the way"),
                           self.tr("A member of staff has been called and will come to you."),
                           self.tr("Back"), after=back)

    def _help_not_stored(self, exc: QueueError, back: Callable[[], None]) -> None:
        log.error("kiosk: help request not stored: %s", exc)
        if self._unreachable_now(exc, aloud=True):
            return
        self._show_message(self.tr("Please ask any member of staff"),
                           self.tr("We could not call staff from here. Please go to a counter or ask "
                                   "any member of staff: they will help you."),
                           self.tr("Back"), after=back)
        if not self.voice_on:
            self.speech_requested.emit(self.message.spoken_text(), self.lang)

    # -- the branch's queue out of reach ----------------------------------------------------------

    def _connection_changed(self, lost: bool) -> None:
        """Lost: customers are sent to staff (one just given a ticket still sees it). Back: the next
        customer starts afresh, with the configuration read again."""
        self.call_staff.setEnabled(not lost)  # a help request could not be stored: staff are asked in person
        if lost:
            if self.stack.currentWidget() is not self.confirm:
                self._show_unreachable()
        else:
            if self.stack.currentWidget() is self.unreachable:
                self.reset()
            else:
                self.refresh()

    def _unreachable_now(self, exc: QueueError, aloud: bool = False) -> bool:
        """True when `exc` says the branch's queue is out of reach: the customer is sent to staff at once
        (the watch hears of it right after, and asks the store again until it answers)."""
        if exc.reason != "connection_lost":
            return False
        self.call_staff.setEnabled(False)
        self._show_unreachable(aloud)
        return True

    def _show_unreachable(self, aloud: bool = False) -> None:
        """Said aloud, even with voice guidance off, to a customer who asked for help."""
        self._choice = {}
        if self.stack.currentWidget() is not self.unreachable:
            self._show(self.unreachable)
        if aloud and not self.voice_on:
            self.speech_requested.emit(self.unreachable.spoken_text(), self.lang)

    def _unreachable_language(self, lang: str) -> None:
        self.set_language(lang)
        self._speak_screen()

    def go_back(self) -> None:
        if self.worker.busy:
            return
        current = self.stack.currentWidget()
        self.shunt.end()
        previous = {self.services: self.start, self.priority: self.services, self.needs: self.priority,
                    self.check_in: self.start, self.booking.offer_screen: self.services,
                    self.shunt.screen: None if self.shunt.screen.thanking else self.services}.get(current)
        if previous is self.services:
            self.show_services()
        elif previous is not None:
            self._show(previous)
        else:
            self.reset()

    def warn_idle(self) -> None:
        """Shown and spoken; one touch gives the customer their screen back (WCAG 2.2.1)."""
        self._seconds_left = self.warning_s
        self._idle_return = self.stack.currentWidget()
        self.idle_warning.show_message(self.tr("Do you need more time?"), self._countdown_text(),
                                       self.tr("More time, please"))
        self._show(self.idle_warning)
        self.countdown.start()

    def _extend(self) -> None:
        self.countdown.stop()
        self._show(self._idle_return)

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.reset()
            return
        self.idle_warning.body.setText(self._countdown_text())

    def _countdown_text(self) -> str:
        return self.tr("Touch the button, or the kiosk starts again in %n seconds.", "", self._seconds_left)

    def _show_message(self, title: str, body: str, button: str,
                      after: Callable[[], None] | None = None) -> None:
        self._after_message = after or self.reset
        self.message.show_message(title, body, button)
        self._show(self.message)

    def _message_acknowledged(self) -> None:
        self._after_message()

    def _show(self, screen: Screen) -> None:
        self.stack.setCurrentWidget(screen)
        self.back.setVisible(screen not in (self.start, self.confirm, self.message, self.idle_warning,
                                            self.unreachable))
        if screen is not self.idle_warning:
            self.countdown.stop()
        if screen in (self.start, self.confirm, self.idle_warning, self.unreachable):
            self.idle.stop()
        else:
            self.idle.start()
        self._key_choices(screen)
        self._speak_screen()

    def _key_choices(self, screen: Screen) -> None:
        for i, choice in enumerate(screen.choices()):  # each shows the digit that chooses it
            choice.set_key(str(i + 1) if screen.digits_choose and i < 9 else "")
        first = screen.first_focus()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- size ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale(scale_for(event.size().width(), event.size().height()))

    def _apply_scale(self, scale: float) -> None:
        """Type, targets, gaps and margins at `scale` of their full-screen sizes (pictograms and keycaps
        follow the type), so a small window shows everything, smaller, rather than clipped."""
        if scale == self.scale:
            return
        self.scale = scale
        self.setStyleSheet(stylesheet(self.theme, scale))
        for layout in self.findChildren(QLayout):
            layout.setSpacing(scaled(GAP_PX, scale))
        margin = scaled(MARGIN_PX, scale)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        for screen in self.stack.findChildren(Screen):
            screen.set_scale(scale)

    def _crowded(self, waiting: int) -> int | None:
        cap = self.view.branch.occupancy_cap
        return waiting if cap and waiting >= cap else None

    # -- speech and keys -----------------------------------------------------------------------

    def set_volume(self, level: int, announce: bool = True) -> None:
        """One of VOLUME_DB's steps; the new volume is heard at once (spoken even with guidance off)."""
        self.volume = max(0, min(len(VOLUME_DB) - 1, level))
        self.volume_changed.emit(float(VOLUME_DB[self.volume]))
        self.quieter.setEnabled(self.volume > 0)
        self.louder.setEnabled(self.volume < len(VOLUME_DB) - 1)
        self.retranslate()
        if announce:
            self.speech_requested.emit(self._volume_text(), self.lang)

    def _volume_text(self) -> str:
        return (self.tr("Volume %1 of %2").replace("%1", str(self.volume + 1))
                .replace("%2", str(len(VOLUME_DB))))

    def set_slower_speech(self, on: bool, announce: bool = True) -> None:
        """Speak at SLOWER_RATE or DEFAULT_RATE; the confirmation is spoken at the new rate."""
        self.slower.setChecked(on)
        self.speech_rate_changed.emit(SLOWER_RATE if on else DEFAULT_RATE)
        self.retranslate()
        if announce:
            self.speech_requested.emit(self._speed_text(), self.lang)

    def _speed_text(self) -> str:
        return self.tr("Speech is slower") if self.slower.isChecked() else self.tr("Speech at normal speed")

    def _voice_toggled(self, on: bool) -> None:
        self.voice_on = on
        self.retranslate()
        self._speak_screen()

    def _speak_screen(self) -> None:
        if self.voice_on:
            self.speech_requested.emit(self.stack.currentWidget().spoken_text(), self.lang)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.voice_on and isinstance(new, QPushButton) and self.isAncestorOf(new):
            self.speech_requested.emit(new.accessibleName(), self.lang)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A 12-key keypad does everything: digits choose, Enter presses, Clear goes back, Cancel restarts."""
        key, text = event.key(), _keypad_digit(event.text())
        screen = self.stack.currentWidget()
        if screen is self.check_in and self.booking.keys.key(key, text):  # typed or scanned codes
            return
        if screen is self.check_in and text.isdigit():
            self.check_in.type_digit(text)
        elif text.isdigit() and text != "0":
            choices = screen.choices()
            if int(text) <= len(choices) and choices[int(text) - 1].isEnabled():
                choices[int(text) - 1].click()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            if screen is self.check_in and self.check_in.entry.text():
                self.check_in.entry.setText(self.check_in.entry.text()[:-1])
            else:
                self.go_back()
        elif key == Qt.Key.Key_Escape:
            self.reset()
        elif text == "*":
            self.voice.toggle()
        elif text == "#":
            self.request_help()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.focusNextChild()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in PRESSES:
            if self.worker.busy and isinstance(watched, QWidget) and (watched is self
                                                                           or self.isAncestorOf(watched)):
                return True  # the last press is still being answered: this one is refused
            if self.idle.isActive():
                self.idle.start()
        return False

    def retranslate(self) -> None:
        voice_on, voice_off = self.tr("Voice guidance: on"), self.tr("Voice guidance")
        self.voice.set_label(voice_on if self.voice_on else voice_off, room_for=(voice_on, voice_off))
        self.call_staff.set_label(self.tr("Call staff"))
        self.quieter.set_label(self.tr("Quieter"))
        self.louder.set_label(self.tr("Louder"))
        for button in (self.quieter, self.louder):
            button.setAccessibleDescription(self._volume_text())
        slow_on, slow_off = self.tr("Slower speech: on"), self.tr("Slower speech")
        self.slower.set_label(slow_on if self.slower.isChecked() else slow_off, room_for=(slow_on, slow_off))
        self.slower.setAccessibleDescription(self._speed_text())
        self.back.set_label(self.tr("Back"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _keypad_digit(text: str) -> str:
    """A key's text, a digit made ASCII ("３" from a full-width input method -> "3"); "²" or "①" is no
    keypad digit (int() refuses it) and becomes "", so it neither types nor chooses."""
    if not text.isdigit():
        return text
    values = [unicodedata.decimal(c, None) for c in text]
    return "" if None in values else "".join(map(str, values))
