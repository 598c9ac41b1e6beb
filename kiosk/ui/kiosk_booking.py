"""The kiosk's "come back later": quiet slots offered when the wait is long, the booking and its slip, and
the check-in screen's scanner input (a QR scanner types the slip's code and presses Enter)."""
from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.announce import spell_label
from kiosk.core.errors import QueueError
from kiosk.core.slots import Booking, Slot
from kiosk.station import kiosk_booking
from kiosk.station.kiosk_booking import ComeBackOffer
from kiosk.ui.widgets import BigButton, Screen

if TYPE_CHECKING:
    from kiosk.ui.kiosk_window import KioskWindow

log = logging.getLogger("kiosk.kiosk")
RETRY_REASONS = ("slot_full", "slot_over")  # the slot went meanwhile: offer the others again
# the code stays this long (a ticket's number 20 s): time to write it down, then gone, so that the next
# customer does not read it and check in in this one's place
BOOKED_MS = 30_000


def _notice() -> QLabel:
    label = QLabel(objectName="notice")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.hide()
    return label


class _Days(QObject):
    """A slot's day and times as a customer says them: "Today 14:30–15:00", "Tomorrow …", else the date."""

    def __init__(self, today: date, tz, lang: str):
        super().__init__()
        self.today, self.tz, self.lang = today, tz, lang

    def day(self, at: datetime) -> str:
        local = at.astimezone(self.tz).date()
        if local == self.today:
            return self.tr("Today")
        if local == self.today + timedelta(days=1):
            return self.tr("Tomorrow")
        # "dddd d MMMM" is a Qt date format: each language translates it to its own order
        return QLocale(self.lang).toString(QDate(local.year, local.month, local.day), self.tr("dddd d MMMM"))

    def span(self, start: datetime, end: datetime) -> str:
        return f"{start.astimezone(self.tz):%H:%M}–{end.astimezone(self.tz):%H:%M}"

    def slot(self, slot: Slot | Booking) -> str:
        return f"{self.day(slot.start)}  {self.span(slot.start, slot.end)}"


class ComeBackScreen(Screen):
    """The wait is long: the quietest free slots as big buttons, and always "Take a ticket now"."""

    slot_chosen = Signal(object)  # Slot
    ticket_chosen = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.taken = _notice()
        self.slot_box = QWidget()
        self.slot_row = QHBoxLayout(self.slot_box)
        self.slot_row.setContentsMargins(0, 0, 0, 0)
        self.slot_buttons: list[BigButton] = []
        self.ticket_now = BigButton(primary=True)
        self.ticket_now.clicked.connect(self.ticket_chosen)
        self.layout_.addWidget(self.body)
        self.layout_.addWidget(self.taken)
        self.layout_.addWidget(self.slot_box, 2)
        self.layout_.addWidget(self.ticket_now, 1)
        self._offer: tuple[str, int, tuple[int, int] | None] = ("", 0, None)
        self.retranslate()

    def show_offer(self, service_name: str, offer: ComeBackOffer, days: _Days, taken: str = "") -> None:
        self._offer = (service_name, offer.eta_minutes, offer.eta_range)
        for button in self.slot_buttons:
            self.slot_row.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        self.slot_buttons = []
        for slot in sorted(offer.slots, key=lambda s: s.start):  # read in time order
            button = BigButton(f"{days.day(slot.start)}\n{days.span(slot.start, slot.end)}")
            button.clicked.connect(lambda _=False, s=slot: self.slot_chosen.emit(s))
            self.slot_row.addWidget(button)
            button.show()
            self.slot_buttons.append(button)
        self.taken.setVisible(bool(taken))
        self.taken.setText(taken)
        self.retranslate()

    def choices(self) -> list[QPushButton]:
        return [*self.slot_buttons, self.ticket_now]

    def first_focus(self) -> QPushButton:
        return self.ticket_now  # Enter alone goes on as before: a ticket now

    def retranslate(self) -> None:
        self.title.setText(self.tr("The wait is long: come back later?"))
        name, eta, span = self._offer
        wait = self.tr("%1: about %n minutes of waiting now.", "", eta) if span is None else (
            self.tr("%1: about %2-%3 minutes of waiting now.").replace("%2", str(span[0]))
            .replace("%3", str(span[1])))
        self.body.setText(
            wait.replace("%1", name) + "\n"
            + self.tr("Choose a quieter time below and we book it for you, with a slip to bring back. "
                      "Or take a ticket now."))
        self.ticket_now.set_label(self.tr("Take a ticket now"))


class BookedScreen(Screen):
    """The booking made: its code large (like a ticket number), the slot, from when to check in."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = QLabel(objectName="ticketNumber")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.printing = _notice()
        self.done_button = BigButton(primary=True)
        self.done_button.clicked.connect(self.done)
        side = QVBoxLayout()
        side.addStretch(1)
        side.addWidget(self.details)
        side.addWidget(self.printing)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.code, 1)
        body.addLayout(side, 1)
        self.layout_.addLayout(body, 3)
        self.layout_.addWidget(self.done_button, 1)
        self._booking: tuple[str, str, str, str] = ("", "", "", "")  # code, service, slot, check-in from
        self._lang = ""
        self.retranslate()

    def show_booking(self, booking: Booking, service_name: str, days: _Days, early_minutes: int) -> None:
        opens = booking.start - timedelta(minutes=early_minutes)
        self._booking = (booking.code, service_name, days.slot(booking), f"{opens.astimezone(days.tz):%H:%M}")
        self._lang = days.lang
        self.code.setText(booking.code)
        self.code.setAccessibleName(booking.code)
        self.printing.setText(self.tr("Your booking slip is printing."))
        self.printing.show()
        self.retranslate()

    def show_printed(self) -> None:
        self.printing.setText(self.tr("Please take your booking slip."))

    def show_print_failure(self) -> None:
        self.printing.setText(self.tr("The printer is not working. Please write down your booking code: "
                                      "staff have been told."))

    def spoken_text(self) -> str:
        """The code digit by digit, then the slot, from when to check in, and the printer's notice."""
        code = self._booking[0]
        said = self.tr("Your booking code is %1.").replace("%1", spell_label(code, self._lang))
        notices = [self.printing.text()] if self.printing.isVisibleTo(self) else []
        return "\n".join([said, self.details.text(), *notices])

    def choices(self) -> list[QPushButton]:
        return [self.done_button]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your booking"))
        _, service, slot, opens = self._booking
        self.details.setText("\n".join([
            service, slot, self.tr("Check in at the kiosk from %1: scan the slip or type the code.")
            .replace("%1", opens)]))
        self.done_button.set_label(self.tr("Done"))


class CheckInKeys(QObject):
    """A QR scanner is a keyboard: it types the slip's digits fast and presses Enter. Keys typed on the
    check-in screen and then Enter check in, whichever button has the focus; anything but digits (a queue
    ticket's QR, say) is refused on Enter. Once the focus moves (arrows, a touch) or Backspace is pressed,
    Enter has its usual meaning again: press the focused button (a keypad user may have moved to "Clear")."""

    def __init__(self, window: KioskWindow):
        super().__init__(window)
        self.window = window
        self.typed = False  # digits came from keys since the last Enter
        self.foreign = False  # something not a digit came too
        window.stack.currentChanged.connect(self.reset)
        QApplication.instance().focusChanged.connect(self.reset)  # arrows or a touch: a scanner moves none

    def reset(self, *_) -> None:
        self.typed = self.foreign = False

    def key(self, key: int, text: str) -> bool:
        """Handle one key of the check-in screen (`text` already an ASCII digit where it was one); False
        leaves it to the window."""
        screen = self.window.check_in
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.foreign:
                self.reset()
                screen.reset()
                screen.show_error(self.tr("This is not a booking slip's code. Please scan the code on your "
                                          "booking slip, or type its digits."))
                self.window._speak_screen()
                return True
            if not (self.typed and screen.entry.text()):
                return False
            self.reset()
            screen.submit.click()
            return True
        if text.isdigit():
            if not self.foreign:
                screen.type_digit(text)
            self.typed = True
            return True
        if text and text.isprintable() and text not in "*# ":
            self.foreign = self.typed = True
            return True
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Escape):
            self.reset()
        return False


class KioskBooking(QObject):
    """The kiosk window's booking part: asks the store (on the window's worker) whether to offer slots for a
    service, shows them, books the chosen one, and hands the booking to the station to print."""

    def __init__(self, window: KioskWindow):
        super().__init__(window)
        self.window = window
        self.offer_screen = ComeBackScreen()
        self.booked = BookedScreen()
        for screen in (self.offer_screen, self.booked):
            window.stack.addWidget(screen)
        self.offer_screen.slot_chosen.connect(self.book)
        self.offer_screen.ticket_chosen.connect(window.ask_priority)
        self.booked.done.connect(window.reset)
        self.keys = CheckInKeys(window)
        self.booked_timer = QTimer(self, singleShot=True, interval=BOOKED_MS)
        self.booked_timer.timeout.connect(self._booked_timeout)
        window.stack.currentChanged.connect(lambda _: self.booked_timer.stop())
        self._offer: ComeBackOffer | None = None
        self._shown: str | None = None  # the code the booked screen shows

    def offer(self, service: str) -> bool:
        """True when the kiosk's view says the wait for bookable `service` is long: the store is asked for
        the quietest slots, and the offer (or the priority screen) follows; False: the window goes on."""
        window = self.window
        if window.view is None or service not in window.view.long_waits:
            return False
        window._ask(window.services.buttons.get(service),
                    lambda store: kiosk_booking.come_back_offer(store, service), self._offered,
                    self._no_offer)
        return True

    def _offered(self, offer: ComeBackOffer | None, taken: str = "") -> None:
        if offer is None:
            if taken:  # every slot went meanwhile: a ticket now, as the customer may always take
                self.window._show_message(self.tr("Sorry, that time has just been booked"), taken,
                                          self.tr("Take a ticket now"), after=self.window.ask_priority)
                return
            self.window.ask_priority()
            return
        self._offer = offer
        name = self.window.view.branch.service(offer.service).name(self.window.lang)
        self.offer_screen.show_offer(name, offer, self._days(), taken)
        self.window._show(self.offer_screen)

    def _no_offer(self, exc: QueueError) -> None:
        """The offer could not be read: the customer still gets a ticket."""
        if not self.window._unreachable_now(exc):
            log.warning("kiosk: no come-back-later offer: %s", exc)
            self.window.ask_priority()

    def book(self, slot: Slot) -> None:
        window, lang = self.window, self.window.lang
        if window.worker.busy or window.connection.lost:
            return
        button = next((b for b in self.offer_screen.slot_buttons if b.hasFocus()), None)
        window._ask(button, lambda store: kiosk_booking.book(store, slot, lang), self._booked,
                    lambda exc: self._not_booked(exc, slot))

    def _booked(self, booking: Booking) -> None:
        window = self.window
        branch = window.view.branch
        self._shown = booking.code
        self.booked.show_booking(booking, branch.service(booking.service).name(window.lang), self._days(),
                                 branch.bookings.early_minutes)
        window._show(self.booked)
        self.booked_timer.start()
        window.booking_made.emit(booking)

    def _booked_timeout(self) -> None:
        if self.window.isVisible() and self.window.stack.currentWidget() is self.booked:
            self.window.reset()

    def _not_booked(self, exc: QueueError, slot: Slot) -> None:
        """Another kiosk or a console was faster: say so, and offer the slots free now."""
        window = self.window
        if window._unreachable_now(exc):
            return
        if exc.reason not in RETRY_REASONS:
            log.warning("kiosk: booking refused: %s", exc)
            window._show_message(self.tr("Sorry, we could not book that time"),
                                 self.tr("Please take a ticket now, or ask a member of staff."),
                                 self.tr("Take a ticket now"), after=window.ask_priority)
            return
        taken = self.tr("%1 has just been booked by someone else. Please choose another time.").replace(
            "%1", self._days().slot(slot))
        window._ask(None, lambda store: kiosk_booking.come_back_offer(store, slot.service),
                    lambda offer: self._offered(offer, taken), self._no_offer)

    def printed(self, booking: Booking, ok: bool) -> None:
        """The station printed the slip (or could not): the booked screen says so, and says it aloud."""
        if booking.code != self._shown or self.window.stack.currentWidget() is not self.booked:
            return  # that customer has gone
        if ok:
            self.booked.show_printed()
            if self.window.voice_on:
                self.window.speech_queued.emit(self.booked.printing.text(), self.window.lang)
        else:
            self.booked.show_print_failure()
            self.window._speak_screen()

    def _days(self) -> _Days:
        tz = self.window.view.branch.tz
        return _Days(self.window.store.clock.now().astimezone(tz).date(), tz, self.window.lang)
