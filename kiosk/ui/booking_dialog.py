"""Staff book a slot for a customer who phones or asks at the counter: service, day, a free slot, the code."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.vocabulary import config_name
from kiosk.core.config import Branch
from kiosk.core.errors import QueueError
from kiosk.core.staff import PERMISSIONS, Role
from kiosk.station.store_worker import StoreWorker
from kiosk.ui.refusals import explain
from kiosk.ui.widgets import StatusLine, WorkingLabel

SHORTCUT = "Ctrl+B"
STYLE = """
QLabel#code { font-size: 56px; font-weight: bold; letter-spacing: 4px; }
QListWidget::item:disabled { color: #595959; }
"""


def may_book(role: Role | None) -> bool:
    return role in PERMISSIONS["book"]


def _branch_now(store) -> tuple[Branch, datetime]:
    return store.branch, store.clock.now()


class BookingDialog(QDialog):
    """Choose a bookable service, a day from today to `days_ahead`, a slot with a free place (full ones are
    shown, not choosable); Book (Enter) gives the code, shown large to read to the customer. Every store call
    runs on the window's StoreWorker."""

    booked = Signal(object)  # kiosk.core.slots.Booking

    def __init__(self, worker: StoreWorker, working: WorkingLabel | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.worker, self.working = worker, working
        self.branch: Branch | None = None
        self.now: datetime | None = None
        self.shown_slots: list = []  # kiosk.core.slots.Slot, in the list's order
        self.last_booking = None
        self.service = QComboBox()
        self.day = QComboBox()
        self.slots = QListWidget()
        self.slots.setMinimumHeight(220)
        self.message = StatusLine()
        self.code = QLabel(objectName="code", alignment=Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.book_button, self.close_button = QPushButton(), QPushButton()
        self.book_button.setDefault(True)  # Enter in the slot list books the slot chosen
        self.book_button.clicked.connect(self.book)
        self.close_button.clicked.connect(self.accept)
        self.service_label, self.day_label, self.slots_label = QLabel(), QLabel(), QLabel()
        for label, field in ((self.service_label, self.service), (self.day_label, self.day),
                             (self.slots_label, self.slots)):
            label.setBuddy(field)
        form = QFormLayout()
        form.addRow(self.service_label, self.service)
        form.addRow(self.day_label, self.day)
        form.addRow(self.slots_label, self.slots)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.code)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.code.hide()
        self.detail.hide()
        self.book_button.setEnabled(False)
        self.service.currentIndexChanged.connect(self._choice_changed)
        self.day.currentIndexChanged.connect(self._choice_changed)
        self.slots.currentItemChanged.connect(self._slot_chosen)
        self.retranslate()
        self.worker.run(_branch_now, done=self._show_branch, failed=self._refused)

    # -- choices ------------------------------------------------------------------------------------

    def _show_branch(self, answer: tuple[Branch, datetime]) -> None:
        self.branch, self.now = answer
        tz = self.branch.tz
        self.service.blockSignals(True)
        self.day.blockSignals(True)
        for plan in self.branch.bookings.plans:
            try:
                name = config_name(self.branch.service(plan.service))
            except QueueError:
                continue
            self.service.addItem(f"{plan.service}  {name}", plan.service)
        today = self.now.astimezone(tz).date()
        for n in range(self.branch.bookings.days_ahead + 1):
            day = today + timedelta(days=n)
            self.day.addItem(f"{day.isoformat()}  {self._weekday(day.weekday())}", day.isoformat())
        self.service.blockSignals(False)
        self.day.blockSignals(False)
        if self.service.count() == 0:
            self.message.say(self.tr("No service takes bookings. The manager sets them up under "
                                     "Configuration, Booking rules."), error=True)
            return
        self._choice_changed()

    def _choice_changed(self) -> None:
        service, day = self.service.currentData(), self.day.currentData()
        if service is None or day is None:
            return
        self.slots.clear()
        self.shown_slots = []
        self.book_button.setEnabled(False)
        self.worker.run(lambda store: (store.slots(service, day), store.clock.now()),
                        done=lambda answer: self._show_slots(service, day, *answer), failed=self._refused)

    def _show_slots(self, service: str, day: str, slots: list, now: datetime) -> None:
        if (service, day) != (self.service.currentData(), self.day.currentData()):
            return  # the choice changed meanwhile: its own answer follows
        self.now = now
        self.slots.clear()
        self.shown_slots = list(slots)
        tz = self.branch.tz
        for slot in slots:
            times = f"{slot.start.astimezone(tz):%H:%M}–{slot.end.astimezone(tz):%H:%M}"
            if slot.end <= now:
                state = self.tr("over")
            elif slot.free == 0:
                state = self.tr("full (%1 booked)").replace("%1", str(slot.booked))
            else:
                state = (self.tr("%1 of %2 free").replace("%1", str(slot.free))
                         .replace("%2", str(slot.capacity)))
            item = QListWidgetItem(f"{times}    {state}")
            if slot.end <= now or slot.free == 0:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # seen, not choosable
            self.slots.addItem(item)
        if not slots:
            self.message.say(self.tr("No slots on this day (closed, or no opening hours for this service)."))
        elif not any(self._choosable(i) for i in range(len(slots))):
            self.message.say(self.tr("Every slot on this day is full or over. Try another day."))

    def _choosable(self, row: int) -> bool:
        item = self.slots.item(row)
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)

    def _slot_chosen(self) -> None:
        self.book_button.setEnabled(self._choosable(self.slots.currentRow()))
        if self.book_button.isEnabled():
            self.book_button.setDefault(True)

    def chosen_slot(self):
        row = self.slots.currentRow()
        return self.shown_slots[row] if self._choosable(row) else None

    # -- booking ------------------------------------------------------------------------------------

    def book(self) -> None:
        slot = self.chosen_slot()
        if slot is None:
            self.message.say(self.tr("Choose a slot with a free place first."), error=True)
            return
        if self.working is not None and self.working.refuses():
            return
        if self.worker.busy:
            self.message.say(self.tr("Still working on the last request…"), error=True)
            return
        self.book_button.setEnabled(False)  # one press, one booking
        self.worker.run(lambda store: store.book(slot.service, slot.start), done=self._booked,
                        failed=self._book_refused)

    def _booked(self, booking) -> None:
        self.last_booking = booking
        tz = self.branch.tz
        self.code.setText(booking.code)
        self.code.setAccessibleName(self.tr("Booking code %1").replace("%1", " ".join(booking.code)))
        self.detail.setText(
            self.tr("%1 · %2, %3–%4. Read the code to the customer: they type it at the kiosk when they "
                    "arrive.").replace("%1", self.service.currentText().strip())
            .replace("%2", booking.start.astimezone(tz).strftime("%Y-%m-%d"))
            .replace("%3", booking.start.astimezone(tz).strftime("%H:%M"))
            .replace("%4", booking.end.astimezone(tz).strftime("%H:%M")))
        self.code.show()
        self.detail.show()
        self.message.say(self.tr("Booked: code %1.").replace("%1", booking.code))
        self.booked.emit(booking)
        self.close_button.setDefault(True)  # a second Enter closes; it does not book again
        self.close_button.setFocus()
        self._choice_changed()

    def _book_refused(self, exc: QueueError) -> None:
        self.message.say(self.refusal(exc), error=True)
        self._choice_changed()  # the slot list as it is now

    def refusal(self, exc: QueueError) -> str:
        """A refused booking in the staff's language; a full slot names the next free one."""
        if exc.reason == "slot_full":
            nxt = exc.facts.get("next_free")
            if not nxt:
                return self.tr("That slot is full, and so is every later slot that can be booked.")
            start = datetime.fromisoformat(str(nxt)).astimezone(self.branch.tz)
            return (self.tr("That slot is full. The next free slot is %1.")
                    .replace("%1", start.strftime("%Y-%m-%d %H:%M")))
        if exc.reason == "slot_over":
            return self.tr("That slot is over. Choose a later one.")
        if exc.reason == "too_far_ahead":
            return self.tr("Slots can be booked up to %1 only.").replace("%1", str(exc.facts.get("last_day")))
        return explain(exc)

    def _refused(self, exc: QueueError) -> None:
        self.message.say(explain(exc), error=True)

    # -- words --------------------------------------------------------------------------------------

    def _weekday(self, n: int) -> str:
        return (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday"))[n]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Book a slot for a customer"))
        self.service_label.setText(self.tr("&Service"))
        self.day_label.setText(self.tr("&Day"))
        self.slots_label.setText(self.tr("S&lot"))
        self.book_button.setText(self.tr("Book  [Enter]"))
        self.close_button.setText(self.tr("Close"))


class BookingButton(QPushButton):
    """"Book a slot… [Ctrl+B]" in a station window: opens the booking dialog on the window's worker. Only
    the roles allowed to book (lobby manager, manager) may press it; for others it is disabled, and says
    why."""

    booked = Signal(object)  # kiosk.core.slots.Booking, from the dialog

    def __init__(self, window: QWidget, worker: StoreWorker, working: WorkingLabel | None = None):
        super().__init__()
        self.window_, self.worker, self.working = window, worker, working
        self.dialog: BookingDialog | None = None
        self.setProperty("keys", SHORTCUT)
        QShortcut(QKeySequence(SHORTCUT), window).activated.connect(self.click)
        self.clicked.connect(self.open_dialog)
        self.set_role(None)
        self.retranslate()

    def set_role(self, role: Role | None) -> None:
        """The signed-in staff member's role (None: nobody signed in: an open booking dialog goes)."""
        self.setEnabled(may_book(role))
        if not self.isEnabled() and self.dialog is not None:
            self.dialog.reject()
        self.retranslate()

    def open_dialog(self) -> None:
        if not self.isEnabled() or (self.working is not None and self.working.refuses()):
            return
        self.dialog = BookingDialog(self.worker, self.working, self.window_)
        self.dialog.finished.connect(self._closed)
        self.dialog.booked.connect(self.booked)
        self.dialog.open()  # window-modal, without a nested event loop: the worker's answers come in
        self.dialog.service.setFocus()

    def _closed(self) -> None:
        """Deleted once the answers it asked for are in (the worker answers in order)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            self.worker.run(lambda store: None, done=lambda _: dialog.deleteLater())

    def retranslate(self) -> None:
        self.setText(self.tr("Book a slot…") + f"\n[{SHORTCUT}]")  # two lines, beside another button
        self.setAccessibleName(self.tr("Book a slot for a customer"))
        self.setToolTip("" if self.isEnabled() else
                        self.tr("Only a lobby manager or a manager can book a slot for a customer."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
