"""Reusable kiosk widgets: big buttons with accessible names, screens that retranslate themselves."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import GAP_PX


class BigButton(QPushButton):
    """A large touch target whose accessible name follows its text."""

    def __init__(self, text: str = "", parent: QWidget | None = None, primary: bool = False,
                 checkable: bool = False):
        super().__init__(parent)
        if primary:
            self.setObjectName("primary")
        self.setCheckable(checkable)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.set_label(text)

    def set_label(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(" ".join(text.split()))


class Screen(QWidget):
    """One kiosk screen: a title, a body, and numbered choices reachable from a keypad."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(GAP_PX)
        self.layout_.setContentsMargins(48, 8, 48, 8)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.title)

    def choices(self) -> list[QPushButton]:
        """The buttons digits 1-9 press, in reading order."""
        return []

    def spoken_text(self) -> str:
        """What voice guidance reads for this screen: its title, notices, then each choice."""
        parts = [self.title.text()]
        parts += [w.text() for w in self.findChildren(QLabel)
                  if w is not self.title and w.isVisibleTo(self) and w.text()]
        parts += [f"{i}: {b.accessibleName()}" for i, b in enumerate(self.choices(), 1)]
        return "\n".join(parts)

    def retranslate(self) -> None:
        """Set every text from tr(); called at construction and on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def button_grid(buttons: list[QPushButton], columns: int) -> QGridLayout:
    grid = QGridLayout()
    grid.setSpacing(GAP_PX)
    for i, button in enumerate(buttons):
        grid.addWidget(button, i // columns, i % columns)
    return grid


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
