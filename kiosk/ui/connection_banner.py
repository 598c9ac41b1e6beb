"""The band at the edge of a staff-facing window while the branch database is out of reach, in the staff's
language; the window keeps what it showed meanwhile."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

STYLE = "QLabel#connectionBanner { color: #000000; background: #FFD500; font-weight: bold; padding: 6px; }"


class ConnectionBanner(QLabel):
    """Hidden while the station reaches its database; shown from the first call refused with
    connection_lost until a call answers again (the station asks again by itself). `style` "" leaves the
    look to the window's own style sheet (the hall display scales its type to the screen)."""

    def __init__(self, parent: QWidget | None = None, style: str = STYLE):
        super().__init__(parent, objectName="connectionBanner", wordWrap=True)
        if style:
            self.setStyleSheet(style)
        self.retranslate()
        self.hide()

    def set_lost(self, lost: bool) -> None:
        self.setVisible(lost)

    def retranslate(self) -> None:
        self.setText(self.tr("Connection to the branch database lost - reconnecting..."))
        self.setAccessibleName(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
