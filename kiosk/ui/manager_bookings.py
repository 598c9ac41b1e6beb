"""The manager station's Bookings tab: a day's bookings (code, time, service, status), book for a customer,
cancel a booking after confirmation."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.vocabulary import config_name
from kiosk.core.config import Branch
from kiosk.core.errors import QueueError
from kiosk.core.slots import Booking
from kiosk.core.staff import Role
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.ui.booking_dialog import BookingButton
from kiosk.ui.refusals import explain
from kiosk.ui.widgets import StatusLine, WorkingLabel


def day_bookings(store: QueueStore, day: str) -> tuple[Branch, list[Booking]]:
    """On the worker: the day's bookings, those past their no-show time marked so first (as `kiosk slots`
    and `kiosk book` do), and the configuration to name their services."""
    store.mark_no_shows()
    return store.branch, store.bookings(day)


class BookingsPanel(QWidget):
    """One day's bookings, read on the worker when the day changes, after a booking and after a cancel."""

    COLUMNS = 4

    def __init__(self, worker: StoreWorker, today: str, confirm: Callable[[str], bool] | None = None,
                 working: WorkingLabel | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker, self.working = worker, working
        self.confirm = confirm or self._ask
        self.shown: list = []  # kiosk.core.slots.Booking, in the table's order
        self.day = QDateEdit(QDate.fromString(today, "yyyy-MM-dd"), calendarPopup=True,
                             displayFormat="yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _: self.refresh())
        self.day_label = QLabel(buddy=self.day)
        self.book_button = BookingButton(self, worker, working)
        self.book_button.set_role(Role.MANAGER)  # only a manager signs in at this station
        self.book_button.booked.connect(lambda _: self.refresh())
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = StatusLine()
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addStretch()
        top.addWidget(self.book_button)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def refresh(self, note: str = "") -> None:
        """Read the day's bookings again; `note` is said once they show (else how many there are)."""
        day = self.day.date().toString("yyyy-MM-dd")
        self.worker.run(lambda store: day_bookings(store, day),
                        done=lambda answer: self._show(day, *answer, note),
                        failed=lambda exc: self.message.say(explain(exc), error=True))

    def _show(self, day: str, branch: Branch, bookings: list, note: str) -> None:
        if day != self.day.date().toString("yyyy-MM-dd"):
            return  # another day was chosen meanwhile: its answer follows
        self.shown = list(bookings)
        self.table.setRowCount(len(bookings))
        statuses = self._statuses()
        for r, b in enumerate(bookings):
            try:
                service = f"{b.service}  {config_name(branch.service(b.service))}"
            except QueueError:  # a service since taken out of the configuration
                service = b.service
            times = f"{b.start.astimezone(branch.tz):%H:%M}–{b.end.astimezone(branch.tz):%H:%M}"
            for c, text in enumerate((b.code, times, service, statuses.get(b.status, b.status))):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, " ".join(b.code))
                self.table.setItem(r, c, item)
        self.message.say(note or (self.tr("%1 bookings on %2.").replace("%1", str(len(bookings)))
                                  .replace("%2", day) if bookings else
                                  self.tr("No bookings on %1.").replace("%1", day)))

    def selected(self):
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) and self.table.selectedItems() else None

    def cancel_selected(self) -> None:
        booking = self.selected()
        if booking is None:
            self.message.say(self.tr("Choose a booking in the list first."), error=True)
            return
        if self.working is not None and self.working.refuses():
            return
        if booking.status != "booked":
            self.message.say(self.tr("Booking %1 is %2: only a booking not yet checked in can be cancelled.")
                             .replace("%1", booking.code).replace("%2", self._statuses()[booking.status]),
                             error=True)
            return
        question = (self.tr("Cancel booking %1 (%2)? Its place becomes free for others.")
                    .replace("%1", booking.code).replace("%2", self.table.item(self.table.currentRow(), 1)
                                                          .text()))
        if not self.confirm(question):
            return
        self.worker.run(lambda store: store.cancel_booking(booking.code), done=self._cancelled,
                        failed=lambda exc: self.message.say(explain(exc), error=True))

    def _cancelled(self, booking) -> None:
        self.refresh(self.tr("Booking %1 is cancelled.").replace("%1", booking.code))

    def _statuses(self) -> dict[str, str]:
        return {"booked": self.tr("Booked"), "checked_in": self.tr("Checked in"),
                "cancelled": self.tr("Cancelled"), "no_show": self.tr("Did not come")}

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Bookings"), question) == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day"))
        self.cancel_button.setText(self.tr("Cancel booking…"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Time"), self.tr("Service"),
                                              self.tr("Status")])
