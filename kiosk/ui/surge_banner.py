"""The surge banner of a lobby manager's console and the manager station: an amber band, a line per service
whose predicted wait passes its target, in the staff's language; a click or Ctrl+G shows the advice."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.translations import ui_language
from kiosk.core.staff import PERMISSIONS, Role
from kiosk.core.surge import SurgeAlert
from kiosk.station.connection_watch import ConnectionWatch
from kiosk.station.store_worker import StoreWorker
from kiosk.station.surge_watch import SurgeWatch

KEYS = "Ctrl+G"
WATCHERS = PERMISSIONS["any_counter"]  # the roles that steer the hall: lobby managers and managers
STYLE = """
QFrame#surgeBanner { background: #FFB000; border: 2px solid #000000; }
QFrame#surgeBanner QLabel { color: #000000; font-size: 24px; font-weight: bold; }
QFrame#surgeBanner QPushButton { color: #000000; background: #FFFFFF; font-size: 18px; }
"""


class SurgeBanner(QFrame):
    """Hidden until its watch finds a surge. `watch_for(role)` at sign-in starts the watch for a lobby
    manager or manager (None, or a teller, stops it); `run_dialog` shows the advice (the window's: tests see
    it)."""

    def __init__(self, worker: StoreWorker, connection: ConnectionWatch | None = None,
                 run_dialog: Callable[[QDialog], int] | None = None, parent: QWidget | None = None):
        super().__init__(parent, objectName="surgeBanner")
        self.setStyleSheet(STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.watch = SurgeWatch(worker, self, connection)
        self.watch.surge_changed.connect(self.show_alerts)
        self.alerts: list[SurgeAlert] = []
        self.lines = QVBoxLayout()
        self.labels: list[QLabel] = []
        self.advice_button = QPushButton()
        self.advice_button.clicked.connect(lambda: self.show_advice(0))
        QShortcut(QKeySequence(KEYS), self).activated.connect(self.advice_button.click)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addLayout(self.lines, 1)
        row.addWidget(self.advice_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.advice: QMessageBox | None = None  # the last advice shown (tests read it)
        self.retranslate()
        self.hide()

    def watch_for(self, role: Role | None) -> None:
        if role in WATCHERS:
            self.watch.start()
        else:
            self.watch.stop()

    def stop(self) -> None:
        self.watch.stop()

    def show_alerts(self, alerts: list[SurgeAlert]) -> None:
        self.alerts = list(alerts)
        while len(self.labels) < len(self.alerts):
            label = QLabel(wordWrap=True)
            self.labels.append(label)
            self.lines.addWidget(label)
        self._write()
        self.setVisible(bool(self.alerts))

    def _write(self) -> None:
        lang = ui_language()
        for i, label in enumerate(self.labels):
            label.setText(self.alerts[i].text(lang) if i < len(self.alerts) else "")
            label.setVisible(i < len(self.alerts))
        self.setAccessibleName("\n".join(a.text(lang) for a in self.alerts))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """A click on a line shows that service's advice."""
        under = self.childAt(event.position().toPoint())
        self.show_advice(self.labels.index(under) if under in self.labels else 0)

    def show_advice(self, index: int) -> None:
        """What the line means and which counters to open. The console has no way to open another counter
        (its teller opens it there), so this says which, best first."""
        if not 0 <= index < len(self.alerts):
            return
        alert = self.alerts[index]
        target = str(round(alert.target_s / 60))
        if alert.minutes is None:
            wait = (self.tr("No open counter serves %1 now; the target is %2 min.")
                    .replace("%1", alert.service).replace("%2", target))
        else:
            wait = (self.tr("90% of those waiting for %1 are predicted to wait up to %2 min; the target is "
                            "%3 min.").replace("%1", alert.service).replace("%2", str(alert.minutes))
                    .replace("%3", target))
        if alert.counters:
            todo = (self.tr("Open counters %1, in that order, calling %2 first: a teller signs in at each "
                            "and presses Open counter.").replace("%1", ", ".join(map(str, alert.counters)))
                    .replace("%2", alert.service))
        else:
            todo = self.tr("Every counter is open already: suggest self-service or bookings, and ask staff "
                           "to help at the counters that serve %1.").replace("%1", alert.service)
        self.advice = QMessageBox(QMessageBox.Icon.Information, self.tr("Surge advice"),
                                  "\n\n".join((alert.text(ui_language()), wait, todo)),
                                  QMessageBox.StandardButton.Ok, self.window())
        self.run_dialog(self.advice)

    def retranslate(self) -> None:
        text = self.tr("Advice…")
        self.advice_button.setText(f"{text}  [{KEYS}]")
        self.advice_button.setAccessibleName(text)
        self._write()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
