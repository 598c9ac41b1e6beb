"""The kiosk's self-service suggestion (seed 004 客户分流, seed 002 自助服务): a service possible at the
self-service machines, with a long wait, is suggested there first; the customer may still take a ticket."""
from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.ui.theme import TITLE_PX, scaled
from kiosk.ui.widgets import BigButton, Screen

if TYPE_CHECKING:
    from kiosk.ui.kiosk_window import KioskWindow

log = logging.getLogger("kiosk.kiosk")
THANKS_MS = 15_000  # the thanks stays this long, then the kiosk starts again for the next customer
INSTRUCTION_PX = TITLE_PX  # the instruction is what the screen says: as large as its title


class ShuntScreen(Screen):
    """The instruction in the customer's language, the wait at the counters, and the two choices; after
    "self-service", thanks with the instruction still there to read."""

    self_service_chosen = Signal()
    ticket_chosen = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.instruction = QLabel(objectName="notice", wordWrap=True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wait = QLabel(wordWrap=True)
        self.wait.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.self_service = BigButton(primary=True)
        self.ticket = BigButton()
        self.done_button = BigButton(primary=True)
        self.self_service.clicked.connect(self.self_service_chosen)
        self.ticket.clicked.connect(self.ticket_chosen)
        self.done_button.clicked.connect(self.done)
        self.layout_.addWidget(self.instruction, 2)
        self.layout_.addWidget(self.wait)
        row = QHBoxLayout()
        for button in (self.self_service, self.ticket, self.done_button):
            row.addWidget(button)
        self.layout_.addLayout(row, 1)
        self.thanking = False
        self._minutes = 0
        self.show_offer("", 0)

    def set_scale(self, scale: float) -> None:
        super().set_scale(scale)
        if hasattr(self, "instruction"):  # Screen's constructor sets the first scale before it exists
            self.instruction.setStyleSheet(f"font-size: {scaled(INSTRUCTION_PX, scale)}px;")

    def show_offer(self, instruction: str, minutes: int) -> None:
        self.thanking, self._minutes = False, minutes
        self.instruction.setText(instruction)
        for button, shown in ((self.self_service, True), (self.ticket, True), (self.done_button, False)):
            button.setVisible(shown)
        self.retranslate()

    def show_thanks(self) -> None:
        self.thanking = True
        for button, shown in ((self.self_service, False), (self.ticket, False), (self.done_button, True)):
            button.setVisible(shown)
        self.retranslate()

    def choices(self) -> list[QPushButton]:
        return [self.done_button] if self.thanking else [self.self_service, self.ticket]

    def first_focus(self) -> QPushButton:
        # Enter alone keeps what the customer came for: a ticket (self-service is a deliberate choice)
        return self.done_button if self.thanking else self.ticket

    def retranslate(self) -> None:
        if self.thanking:
            self.title.setText(self.tr("Thank you"))
            self.wait.setText(self.tr("Please go to the self-service area. Staff there will help you if you "
                                      "need it."))
        else:
            self.title.setText(self.tr("You can do this yourself, without waiting"))
            self.wait.setText(self.tr("Waiting for a counter now: about %n minutes.", "", self._minutes))
        self.self_service.set_label(self.tr("I'll use self-service"))
        self.ticket.set_label(self.tr("Take a ticket anyway"))
        self.done_button.set_label(self.tr("Done"))


class ShuntOffer(QObject):
    """The suggestion's part of the kiosk's flow. After a service is chosen: when it is possible at
    self-service (an instruction in the customer's language) and its expected wait (read with the kiosk's
    view when the language was chosen: the estimate a regular ticket would print) passes the branch's
    threshold, the suggestion is shown, else the ticket flow goes on. Each suggestion is counted once:
    self_service, ticket, or left (the screen left by Back, Cancel or the idle timeout without a choice)."""

    def __init__(self, window: KioskWindow):
        super().__init__(window)
        self.window = window
        self.screen = ShuntScreen()
        window.stack.addWidget(self.screen)
        self.screen.self_service_chosen.connect(self._self_service)
        self.screen.ticket_chosen.connect(self._ticket)
        self.screen.done.connect(window.reset)
        self.thanks_timer = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.thanks_timer.timeout.connect(self._thanks_over)
        self._shown: tuple[str, int, str] | None = None  # (service, wait, language) awaiting a choice
        self._records = itertools.count(1)

    def offer(self, code: str) -> bool:
        """Show the suggestion when `code` may be done at self-service (an instruction in the customer's
        language) and its wait, as last read with the view, passes the branch's threshold; else False."""
        window = self.window
        view, lang = window.view, window.lang
        service = next((s for s in view.branch.services if s.code == code), None)  # gone: the ticket says
        instruction = service.self_service_text(lang) if service else ""
        wait = view.self_service_waits.get(code)
        if not instruction or wait is None or not view.branch.shunting.wait_is_long(wait):
            return False
        self._shown = (code, wait, lang)
        self.screen.show_offer(instruction, wait)
        window._show(self.screen)
        return True

    def _self_service(self) -> None:
        self._record("self_service")
        self.screen.show_thanks()
        self.window._show(self.screen)
        self.window.back.hide()  # nothing to go back to: the customer is on their way
        self.thanks_timer.start()

    def _thanks_over(self) -> None:
        if self.window.isVisible() and self.window.stack.currentWidget() is self.screen:
            self.window.reset()

    def _ticket(self) -> None:
        self._record("ticket")
        self.window.choose_priority_screen()

    def end(self) -> None:
        """The session ends or goes back: a suggestion still awaiting a choice was left."""
        self.thanks_timer.stop()
        if self._shown is not None:
            self._record("left")

    def _record(self, choice: str) -> None:
        """Counted beside the customer's flow (never holding up their next press); a failure is logged."""
        if self._shown is None:
            return
        (code, wait, lang), self._shown = self._shown, None
        self.window.worker.poll(lambda store: store.record_shunt(code, choice, wait, lang),
                                failed=lambda exc: log.error("kiosk: shunt offer not counted: %s", exc),
                                name=f"shunt {next(self._records)}")
