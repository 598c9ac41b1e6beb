"""Reusable kiosk widgets: big buttons with accessible names, screens that retranslate themselves."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.station.store_worker import StoreWorker
from kiosk.ui.theme import BUTTON_PX, FOCUS_PX, GAP_PX, KEYCAP_GAP_PX, scaled

SCREEN_MARGINS_PX = (48, 8)  # left and right, top and bottom of each screen


class BigButton(QPushButton):
    """A large touch target whose accessible name follows its text. It may show the keypad digit that
    chooses it (a keycap at its left), and keeps room for every label it can show, so that changing its
    label (voice guidance: on) never moves a button."""

    def __init__(self, text: str = "", parent: QWidget | None = None, primary: bool = False,
                 checkable: bool = False):
        super().__init__(parent)
        if primary:
            self.setObjectName("primary")
        self.setCheckable(checkable)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setProperty("keyed", False)
        self.keycap = QLabel(self, objectName="keycap")
        self.keycap.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keycap.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.keycap.hide()
        self._room_for: tuple[str, ...] = ()
        self._pictogram = QSize()
        self._label: tuple[str, tuple[str, ...]] | None = None  # while working: the label to show after
        self.setProperty("working", False)
        self.set_label(text)

    def set_label(self, text: str, room_for: tuple[str, ...] = ()) -> None:
        """Show `text`; the button is sized for the widest of it and `room_for`."""
        if self._label is not None:  # working: shown once the answer is in
            self._label = (text, room_for)
            return
        self._room_for = room_for
        self.setText(text)
        self.setAccessibleName(" ".join(text.split()))
        self.updateGeometry()

    def set_working(self, text: str) -> None:
        """Show `text` ("Please wait…") instead of the label while this press is being answered, styled as
        chosen; "" shows the label again. The button keeps room for its label, so nothing moves."""
        if text:
            if self._label is None:
                self._label = (self.text(), self._room_for)
            self._room_for = (*self._label[1], self._label[0])
            self.setText(text)
            self.setAccessibleName(" ".join(text.split()))
            self.updateGeometry()
        elif self._label is not None:
            label, self._label = self._label, None
            self.set_label(*label)
        self.setProperty("working", bool(text))
        self.style().unpolish(self)
        self.style().polish(self)

    def set_key(self, digit: str) -> None:
        """Show the keypad digit that chooses this button ("" for none); the label makes room for it."""
        if digit == self.keycap.text() and self.property("keyed") == bool(digit):
            return
        self.keycap.setText(digit)
        self.keycap.setVisible(bool(digit))
        self.setProperty("keyed", bool(digit))  # the style sheet's wider left padding
        self.style().unpolish(self)
        self.style().polish(self)
        self.updateGeometry()
        self._place_keycap()

    def set_pictogram(self, icon: QIcon, size: QSize) -> None:
        """An icon of `size` at full scale; it shrinks with the button's type in a small window."""
        self._pictogram = size
        self.setIcon(icon)
        self._scale_pictogram()

    def _scale(self) -> float:
        px = self.font().pixelSize()  # set by the window's style sheet, BUTTON_PX at full scale
        return px / BUTTON_PX if px > 0 else 1.0

    def _scale_pictogram(self) -> None:
        if self._pictogram.isValid():
            scale = self._scale()
            self.setIconSize(QSize(scaled(self._pictogram.width(), scale),
                                   scaled(self._pictogram.height(), scale)))

    def _place_keycap(self) -> None:
        if self.keycap.isHidden():
            return
        self.keycap.adjustSize()
        self.keycap.move(scaled(FOCUS_PX + KEYCAP_GAP_PX, self._scale()),
                         (self.height() - self.keycap.height()) // 2)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # text, icon, padding and border of the shown label
        metrics = self.fontMetrics()
        shown = metrics.size(Qt.TextFlag.TextShowMnemonic, self.text())
        for text in self._room_for:
            other = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
            hint = hint.expandedTo(hint + QSize(other.width() - shown.width(),
                                                other.height() - shown.height()))
        side = self.minimumHeight()  # the style sheet's target height: no button is narrower than that
        return hint.expandedTo(QSize(side, side))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()  # a layout that squeezes a button below its text would clip the text

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._scale_pictogram()
            self._place_keycap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_keycap()


class Screen(QWidget):
    """One kiosk screen: a title, a body, and numbered choices reachable from a keypad."""

    digits_choose = True  # digit keys press choices(); False where they type (the booking code)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(GAP_PX)
        self.set_scale(1.0)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.title)

    def set_scale(self, scale: float) -> None:
        side, top = (scaled(px, scale) for px in SCREEN_MARGINS_PX)
        self.layout_.setContentsMargins(side, top, side, top)

    def choices(self) -> list[QPushButton]:
        """The buttons digits 1-9 press, in reading order."""
        return []

    def first_focus(self) -> QPushButton | None:
        """Where the focus starts, so that Enter alone moves the customer on."""
        return next(iter(self.choices()), None)

    def spoken_text(self) -> str:
        """What voice guidance reads for this screen: its title, notices, then each choice."""
        parts = [self.title.text()]
        parts += [w.text() for w in self.findChildren(QLabel)
                  if w is not self.title and w.objectName() != "keycap" and w.isVisibleTo(self) and w.text()]
        parts += [f"{i}: {b.accessibleName()}" for i, b in enumerate(self.choices(), 1)]
        return "\n".join(parts)

    def retranslate(self) -> None:
        """Set every text from tr(); called at construction and on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def button_grid(buttons: list[QPushButton], columns: int) -> QGridLayout:
    """Buttons in rows of `columns` even columns."""
    grid = QGridLayout()
    grid.setSpacing(GAP_PX)
    even_columns(grid, columns)
    for i, button in enumerate(buttons):
        grid.addWidget(button, i // columns, i % columns)
    return grid


def even_columns(grid: QGridLayout, columns: int) -> None:
    """Share the width out evenly (a wider label alone would otherwise widen its column)."""
    for column in range(grid.columnCount()):
        grid.setColumnStretch(column, 0)
    for column in range(columns):
        grid.setColumnStretch(column, 1)


class StatusLine(QLabel):
    """The one-line result of the last staff action; errors styled by the `error` property."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="status")
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        self.setProperty("error", error)
        self.setText(text)
        self.style().unpolish(self)
        self.style().polish(self)


class WorkingLabel(QLabel):
    """"Working…" while the station's StoreWorker runs a user's action, after a moment (a quick answer does
    not flicker), at once when a second press is refused; hidden, its room kept, when the answer is in."""

    DELAY_MS = 250

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None):
        super().__init__(parent, objectName="working")
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the status line does not move when it shows
        self.setSizePolicy(policy)
        self.worker = worker
        self.delay = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self.delay.timeout.connect(self._delayed)
        worker.busy_changed.connect(self._busy_changed)
        self.retranslate()
        self.hide()

    def refuses(self) -> bool:
        """True while an action runs: the press is refused, and the label says why at once."""
        if not self.worker.busy:
            return False
        self.delay.stop()
        self._show()
        return True

    def _delayed(self) -> None:
        if self.worker.busy and QApplication.activeModalWidget() is None:  # not behind a question asked
            self._show()

    def _show(self) -> None:
        self.show()
        self.window().setCursor(Qt.CursorShape.BusyCursor)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.delay.start()
            return
        self.delay.stop()
        if not self.isHidden():
            self.hide()
            self.window().unsetCursor()

    def retranslate(self) -> None:
        self.setText(self.tr("Working…"))
        self.setAccessibleName(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
