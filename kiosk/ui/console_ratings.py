"""The console's low ratings: today's low satisfaction ratings of this counter's tickets, each one a complaint
opened with one press (Open complaint, Ctrl+L)."""
from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kiosk.core.complaints import Complaint
from kiosk.core.ratings import Rating
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore

KEYS = "Ctrl+L"
LINES_SHOWN = 3  # more scroll: the help requests above keep their room


def unanswered_low_ratings(store: QueueStore, counter: int) -> tuple[ZoneInfo, list[Rating]]:
    """Today's low ratings of `counter`'s tickets that no complaint was opened from yet, and the branch's
    time zone to show their times in (on the worker)."""
    mine = [r for r in store.low_ratings() if r.counter == counter and r.complaint_id is None]
    return store.branch.tz, mine


def complaint_from(store: QueueStore, rating: Rating, matter: str) -> Complaint:
    """The complaint a low rating opens: taken at the counter, the standard matter (in the console's
    language, as staff would have typed it), the ticket, the rating."""
    return store.add_complaint(channel="counter", matter=matter, ticket=rating.ticket, rating_id=rating.id)


class LowRatingsBox(QGroupBox):
    """One line per low rating (hidden when there is none); the button opens a complaint from the selected
    one (the first when none is selected). Runs on the console's own StoreWorker; `ready()` is the console's
    check that someone is signed in and no action is still waiting for its answer."""

    opened = Signal(object)  # Complaint
    refused = Signal(object)  # QueueError

    def __init__(self, worker: StoreWorker, counter: int, ready: Callable[[], bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.worker, self.counter, self.ready = worker, counter, ready
        self.ratings: list[Rating] = []
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_button = QPushButton()
        self.open_button.setProperty("keys", KEYS)
        self.open_button.clicked.connect(self.open_complaint)
        QShortcut(QKeySequence(KEYS), self).activated.connect(self.open_button.click)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.open_button)
        self.retranslate()
        self.hide()

    def refresh(self) -> None:
        """Re-read (the console's view changed): a rating just given shows here at once."""
        self.worker.poll(lambda store: unanswered_low_ratings(store, self.counter),
                         done=lambda answer: self.show_ratings(*answer), name="low_ratings")

    def show_ratings(self, tz: ZoneInfo, ratings: list[Rating]) -> None:
        selected = self.selected()
        self.ratings = ratings
        self.list.clear()
        for rating in ratings:
            at = rating.at.astimezone(tz)
            line = (self.tr("%1 · ticket %2 · %3/5 · teller %4").replace("%1", at.strftime("%H:%M"))
                    .replace("%2", rating.ticket).replace("%3", str(rating.score))
                    .replace("%4", rating.staff or "—"))
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, rating.id)
            self.list.addItem(item)
            if selected is not None and rating.id == selected.id:
                self.list.setCurrentItem(item)
        if ratings:
            rows = sum(self.list.sizeHintForRow(i) for i in range(min(len(ratings), LINES_SHOWN)))
            self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)
        self.setVisible(bool(ratings))

    def selected(self) -> Rating | None:
        item = self.list.currentItem()
        chosen = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.ratings if r.id == chosen), self.ratings[0] if self.ratings else None)

    def open_complaint(self) -> None:
        """One press: the complaint opened from the selected low rating (a second press while it runs is
        refused by `ready`)."""
        rating = self.selected()
        if rating is None or not self.ready():
            return
        matter = (self.tr("Low satisfaction rating (%1/5) for ticket %2").replace("%1", str(rating.score))
                  .replace("%2", rating.ticket))

        def open_and_reread(store: QueueStore) -> tuple:
            return complaint_from(store, rating, matter), *unanswered_low_ratings(store, self.counter)

        self.worker.run(open_and_reread, done=self._opened, failed=self.refused.emit)

    def _opened(self, answer: tuple[Complaint, ZoneInfo, list[Rating]]) -> None:
        complaint, tz, left = answer
        self.show_ratings(tz, left)
        self.opened.emit(complaint)

    def opened_line(self, complaint: Complaint) -> str:
        """The console's status line after a complaint was opened here."""
        return self.tr("Complaint %1 opened from the low rating of ticket %2").replace(
            "%1", str(complaint.id)).replace("%2", complaint.ticket or "")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Low satisfaction ratings"))
        name = self.tr("Open complaint")
        self.open_button.setText(f"{name} [{KEYS}]")
        self.open_button.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
