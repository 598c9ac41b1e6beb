"""The surge banner of a lobby manager's console and the manager station: an amber band, a line per service
whose predicted wait passes its target, in the staff's language; a click or Ctrl+G shows the advice."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
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
# One line is 27 px high at most: with it a lobby manager's desk still fits a quarter of a 1920x1080 screen
# (the demo's tiles); a taller window shows a line per service.
STYLE = """
QFrame#surgeBanner { background: #FFB000; border: 1px solid #000000; }
QFrame#surgeBanner QLabel { color: #000000; font-size: 20px; font-weight: bold; }
QFrame#surgeBanner QPushButton { color: #000000; background: #FFFFFF; font-size: 15px; min-height: 0;
                                 padding: 1px 8px; border: 1px solid #000000; }
"""


class _Line(QLabel):
    """One alert's sentence on one line, shortened with "…" when the window is too narrow for it."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.full = ""

    def say(self, text: str) -> None:
        self.full = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._elide()
        super().resizeEvent(event)

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, self.width()))


class SurgeBanner(QFrame):
    """Hidden until its watch finds a surge. `watch_for(role)` at sign-in starts the watch for a lobby
    manager or manager (None, or a teller, stops it); `run_dialog` shows the advice (the window's: tests see
    it). As many lines as the window has room for, one at least: the last one shown says how many more."""

    def __init__(self, worker: StoreWorker, connection: ConnectionWatch | None = None,
                 run_dialog: Callable[[QDialog], int] | None = None, parent: QWidget | None = None):
        super().__init__(parent, objectName="surgeBanner")
        self.setStyleSheet(STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.watch = SurgeWatch(worker, self, connection)
        self.watch.surge_changed.connect(self.show_alerts)
        self.alerts: list[SurgeAlert] = []
        self.lines = QVBoxLayout()
        self.lines.setSpacing(0)
        self.labels: list[_Line] = []
        self._probe = QLabel("A", self)  # how high a line is, in the banner's style
        self._probe.hide()
        self.advice_button = QPushButton()
        self.advice_button.clicked.connect(lambda: self.show_advice(0))
        QShortcut(QKeySequence(KEYS), self).activated.connect(self.advice_button.click)
        row = QHBoxLayout(self)
        row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the lines shown follow the room
        row.setContentsMargins(8, 0, 2, 0)
        row.addLayout(self.lines, 1)
        row.addWidget(self.advice_button, 0, Qt.AlignmentFlag.AlignTop)
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
            label = _Line()
            self.labels.append(label)
            self.lines.addWidget(label)
        self._write()
        self.updateGeometry()
        self.setVisible(bool(self.alerts))

    # -- as many lines as fit ---------------------------------------------------------------------------

    def _height(self, lines: int) -> int:
        """The banner's height with `lines` lines."""
        self._probe.ensurePolished()
        margins = self.contentsMargins()
        return (max(self._probe.sizeHint().height() * lines, self.advice_button.sizeHint().height())
                + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(max(len(self.alerts), 1)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.advice_button.sizeHint().width() + 40, self._height(1))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._write()

    def _room(self) -> int:
        """Lines the banner's height holds (one at least)."""
        for lines in range(len(self.alerts), 1, -1):
            if self._height(lines) <= self.height():
                return lines
        return 1

    def _write(self) -> None:
        lang, shown = ui_language(), self._room()
        for i, label in enumerate(self.labels):
            visible = i < min(shown, len(self.alerts))
            text = self.alerts[i].text(lang) if visible else ""
            if visible and i == shown - 1 and len(self.alerts) > shown:
                more = str(len(self.alerts) - shown)
                text = self.tr("(%1 more) %2").replace("%1", more).replace("%2", text)
            label.say(text)
            label.setVisible(visible)
        self.setAccessibleName("\n".join(a.text(lang) for a in self.alerts))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """A click on a line shows that service's advice."""
        under = self.childAt(event.position().toPoint())
        self.show_advice(self.labels.index(under) if under in self.labels else 0)

    def show_advice(self, index: int) -> None:
        """What each alert means and which counters to open, the one clicked first. The console has no way to
        open another counter (its teller opens it there), so this says which, best first."""
        if not 0 <= index < len(self.alerts):
            return
        chosen = [self.alerts[index], *(a for i, a in enumerate(self.alerts) if i != index)]
        self.advice = QMessageBox(QMessageBox.Icon.Information, self.tr("Surge advice"),
                                  "\n\n\n".join(self._advice(alert) for alert in chosen),
                                  QMessageBox.StandardButton.Ok, self.window())
        self.run_dialog(self.advice)

    def _advice(self, alert: SurgeAlert) -> str:
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
        elif alert.spare:
            todo = self.tr("More counters would not shorten this wait: it has mostly been waited already.")
        else:
            todo = self.tr("Every counter is open already: suggest self-service or bookings, and ask staff "
                           "to help at the counters that serve %1.").replace("%1", alert.service)
        return "\n".join((alert.text(ui_language()), wait, todo))

    def retranslate(self) -> None:
        text = self.tr("Advice…")
        self.advice_button.setText(f"{text}  [{KEYS}]")
        self.advice_button.setAccessibleName(text)
        self._write()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
