"""The band across the top of a staff window while the queue database is damaged: what happened, and what to
do, in the staff's language."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.station.health_watch import HealthWatch
from kiosk.store import QueueStore

STYLE = "QLabel#damageBanner { color: #FFFFFF; background: #8B0000; font-weight: bold; padding: 8px; }"


class DamageBanner(QLabel):
    """Hidden until the watch finds the store's database damaged; then shown for good (a restore needs every
    station closed, so nothing here ever hides it again)."""

    def __init__(self, watch: HealthWatch, parent: QWidget | None = None):
        super().__init__(parent, objectName="damageBanner", wordWrap=True)
        self.setStyleSheet(STYLE)
        self.found = ""
        self.hide()
        watch.damaged.connect(self.show_damage)

    def show_damage(self, found: str) -> None:
        self.found = found
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        if not self.found:
            return
        text = self.tr("The queue database is damaged: nothing can be saved any more. Close every station, "
                       "then restore the latest backup (kiosk restore). Found: %1").replace("%1", self.found)
        self.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def watched_pages(window: QWidget, store: QueueStore, *pages: QWidget) -> tuple[QStackedWidget, HealthWatch,
                                                                              DamageBanner]:
    """A staff window's layout: its pages (sign-in, then work) stacked under a damage banner that shows over
    both, signed in or not; the watch checks `store`'s database for the window."""
    stack = QStackedWidget()
    for page in pages:
        stack.addWidget(page)
    watch = HealthWatch(store, window)
    banner = DamageBanner(watch)
    root = QVBoxLayout(window)
    root.setContentsMargins(0, 0, 0, 0)  # each page keeps its own margins
    root.addWidget(banner)
    root.addWidget(stack)
    return stack, watch, banner
