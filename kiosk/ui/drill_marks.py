"""A drill on the stations' screens: the tag beside a drill's ticket, the kiosk's strip while one runs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.core.drills import Drill
from kiosk.core.models import Ticket

# white on red (5.9:1): the one red tag on the desk, never taken for the yellow needs line
TAG_STYLE = ("QLabel#drillTag { color: #FFFFFF; background: #C00000; font-size: 24px; font-weight: bold; "
             "padding: 6px 12px; border-radius: 6px; }")
# a thin strip along the kiosk's top edge for staff: the customers' screens stay as they are
STRIP_STYLE = ("QLabel#drillStrip { color: #FFFFFF; background: #C00000; font-size: 20px; font-weight: bold; "
               "padding: 2px 8px; }")


def is_drill(ticket: Ticket | None) -> bool:
    return ticket is not None and ticket.drill_id is not None


def marked(label: str, drill: bool) -> str:
    """A ticket's label as staff read it in a line: "A9001 (DRILL)" for a drill's, else as it is."""
    if not drill:
        return label
    return QCoreApplication.translate("DrillTag", "%1 (DRILL)").replace("%1", label)



def drill_running_line() -> str:
    """The staff's line while a drill runs: its tickets wait among the customers'."""
    return QCoreApplication.translate("DrillTag", "Drill in progress: its tickets are marked DRILL")


class _Retranslated(QLabel):
    """A label that words itself again when the language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class DrillTag(_Retranslated):
    """Beside the ticket at the counter when it is a drill's: the teller must not take it for a customer."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="drillTag")
        self.setStyleSheet(TAG_STYLE)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()
        self.hide()

    def show_if(self, drill: bool) -> None:
        self.setVisible(drill)

    def retranslate(self) -> None:
        self.setText(self.tr("DRILL: not a customer"))
        self.setAccessibleName(self.text())


class DrillStrip(_Retranslated):
    """"Drill in progress" along the kiosk's edge while a drill runs (the kiosk's status poll reads it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="drillStrip")
        self.setStyleSheet(STRIP_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.drill: Drill | None = None
        self.retranslate()
        self.hide()

    def show_drill(self, drill: Drill | None) -> None:
        self.drill = drill
        self.setVisible(drill is not None)

    def retranslate(self) -> None:
        self.setText(self.tr("Drill in progress: tickets marked DRILL are not customers"))
        self.setAccessibleName(self.text())
