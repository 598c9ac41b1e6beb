"""The kiosk's screens: language, service, priority, needs, confirmation, check-in, help, idle."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.announce import ticket_text
from kiosk.core.config import GREEN_CHANNEL, REGULAR, Branch
from kiosk.core.languages import catalog
from kiosk.core.models import BOOKING_CODE_DIGITS
from kiosk.ui.icons import icon
from kiosk.ui.theme import GAP_PX, LIGHT, Theme
from kiosk.ui.widgets import BigButton, Screen, button_grid, even_columns

NEEDS = ("wheelchair", "low_vision", "hard_of_hearing", "sign_language", "forms_help")
ICON_PX = 72  # pictograms on the service and priority buttons, for customers who read little
ICON_GAP_PX = 20  # between a pictogram and its button's text


def _with_icon(button: BigButton, name: str, colour: str) -> BigButton:
    """Put pictogram `name` on the button; decoration only, so its accessible name stays the text."""
    button.set_pictogram(icon(name, colour, ICON_PX, gap=ICON_GAP_PX), QSize(ICON_PX + ICON_GAP_PX, ICON_PX))
    return button


def _bracket_below(name: str) -> str:
    """"Elderly (60 and over)" on two lines, the bracket below: a long name then fits half the screen."""
    for opening in ("（", "("):
        head, bracket, rest = name.partition(opening)
        if bracket and head.strip():
            return f"{head.rstrip()}\n{bracket}{rest}"
    return name


def _notice() -> QLabel:
    label = QLabel()
    label.setObjectName("notice")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.hide()
    return label


class ButtonGrid(QWidget):
    """Buttons keyed by code, rebuilt whenever the configured codes change (the manager may add, remove
    or reorder services, classes and languages while the kiosk runs)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(GAP_PX)
        self.buttons: dict[str, BigButton] = {}

    def show_codes(self, codes: list[str], make: Callable[[str], BigButton], columns: int) -> None:
        if list(self.buttons) == codes:
            return
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.setParent(None)  # gone from the screen (and its spoken choices) now, not next loop turn
            button.deleteLater()
        self.buttons = {code: make(code) for code in codes}
        even_columns(self.grid, columns)
        for i, button in enumerate(self.buttons.values()):
            self.grid.addWidget(button, i // columns, i % columns)
            button.show()  # now, not on the next loop turn: the window may give it the focus at once


def _show_languages(grid: ButtonGrid, languages: tuple[str, ...], chosen: SignalInstance) -> None:
    """A button per language, each named in itself (never translated: i18n/languages.toml)."""
    def make(tag: str) -> BigButton:
        button = BigButton(catalog().name(tag))
        button.clicked.connect(lambda _=False: chosen.emit(tag))
        return button

    grid.show_codes(list(languages), make, max(1, len(languages)))


class LanguageScreen(Screen):
    language_chosen = Signal(str)
    check_in_chosen = Signal()

    def __init__(self, languages: tuple[str, ...] = ("zh_CN", "en"), parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = ButtonGrid()
        self.check_in = BigButton()
        self.check_in.clicked.connect(self.check_in_chosen)
        self.layout_.addWidget(self.grid, 3)
        self.layout_.addWidget(self.check_in, 1)
        self.show_languages(languages)
        self.retranslate()

    @property
    def language_buttons(self) -> list[BigButton]:
        return list(self.grid.buttons.values())

    def show_languages(self, languages: tuple[str, ...]) -> None:
        """One button per language, in the configured order (rebuilt when the configuration changes)."""
        _show_languages(self.grid, languages, self.language_chosen)

    def choices(self) -> list[QPushButton]:
        return [*self.language_buttons, self.check_in]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome. Please choose your language."))
        self.check_in.set_label(self.tr("I have an appointment"))


class ServiceScreen(Screen):
    service_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT):
        super().__init__(parent)
        self.theme = theme
        self.crowding = _notice()
        self.layout_.addWidget(self.crowding)
        self.grid = ButtonGrid()
        self.layout_.addWidget(self.grid, 1)
        self.retranslate()

    @property
    def buttons(self) -> dict[str, BigButton]:
        return self.grid.buttons

    def show_services(self, branch: Branch, lang: str, waiting: dict[str, int], crowded: int | None) -> None:
        """The configured services' buttons: service letter, name in `lang`, and how many are waiting."""
        self.grid.show_codes([s.code for s in branch.services], self._service_button, 2)
        for service in branch.services:
            count = waiting.get(service.code, 0)
            self.buttons[service.code].set_label(
                f"{service.prefix}  {service.name(lang)}\n" + self.tr("%n waiting", "", count))
        self.crowding.setVisible(crowded is not None)
        if crowded is not None:
            self.crowding.setText(self.tr(
                "The branch is very busy: %n people are waiting. You can still take a ticket, "
                "come back later, or book an appointment.", "", crowded))

    def _service_button(self, code: str) -> BigButton:
        button = _with_icon(BigButton(), f"service-{code}", self.theme.button_text)
        button.clicked.connect(lambda _=False: self.service_chosen.emit(code))
        return button

    def choices(self) -> list[QPushButton]:
        return list(self.buttons.values())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose a service"))


class PriorityScreen(Screen):
    """Priority classes a customer may declare: those a love window serves, plus "No"."""

    priority_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, theme: Theme = LIGHT):
        super().__init__(parent)
        self.theme = theme
        self.no = _with_icon(BigButton(), f"class-{REGULAR}", theme.button_text)
        self.no.clicked.connect(lambda: self.priority_chosen.emit(REGULAR))
        self.layout_.addWidget(self.no, 1)
        self.grid = ButtonGrid()
        self.layout_.addWidget(self.grid, 3)
        self.retranslate()

    @property
    def buttons(self) -> dict[str, BigButton]:
        return self.grid.buttons

    def show_classes(self, branch: Branch, lang: str) -> None:
        declared = [p for p in branch.priority_classes if p.love_window]
        self.grid.show_codes([cls.code for cls in declared], self._class_button, 2)
        for cls in declared:
            self.buttons[cls.code].set_label(_bracket_below(cls.name(lang)))

    def _class_button(self, code: str) -> BigButton:
        button = BigButton()
        green = code == GREEN_CHANNEL  # green for its name (绿色通道), in every theme
        if green:
            button.setObjectName("greenChannel")
        _with_icon(button, f"class-{code}", self.theme.green_text if green else self.theme.button_text)
        button.clicked.connect(lambda _=False: self.priority_chosen.emit(code))
        return button

    def choices(self) -> list[QPushButton]:
        return [self.no, *self.buttons.values()]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Do you need priority service?"))
        self.no.set_label(self.tr("No priority needed"))


class NeedsScreen(Screen):
    """Optional needs staff should see on the console; then the ticket is printed."""

    confirmed = Signal(tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.toggles = {need: BigButton(checkable=True) for need in NEEDS}
        self.layout_.addLayout(button_grid(list(self.toggles.values()), 2), 3)
        self.print_button = BigButton(primary=True)
        self.print_button.clicked.connect(self._confirm)
        self.layout_.addWidget(self.print_button, 1)
        self.retranslate()

    def reset(self) -> None:
        for toggle in self.toggles.values():
            toggle.setChecked(False)
        self.print_button.setEnabled(True)

    def _confirm(self) -> None:
        self.print_button.setEnabled(False)  # a double tap never prints two tickets
        self.confirmed.emit(tuple(n for n, t in self.toggles.items() if t.isChecked()))

    def choices(self) -> list[QPushButton]:
        return [*self.toggles.values(), self.print_button]

    def first_focus(self) -> QPushButton:
        return self.print_button  # the needs are optional: Enter prints

    def retranslate(self) -> None:
        self.title.setText(self.tr("Anything our staff should know? (optional)"))
        labels = {"wheelchair": self.tr("I use a wheelchair"), "low_vision": self.tr("I have low vision"),
                  "hard_of_hearing": self.tr("I am hard of hearing"),
                  "sign_language": self.tr("I need sign language"),
                  "forms_help": self.tr("I need help with forms")}
        for need, toggle in self.toggles.items():
            toggle.set_label(labels[need])
        self.print_button.set_label(self.tr("Print my ticket"))


class ConfirmScreen(Screen):
    """The number, and beside it the service, the wait and the printer's and the branch's notices: side by
    side they leave room for the number shown larger when the printer fails, even in a small window."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = QLabel()
        self.number.setObjectName("ticketNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.printing = _notice()
        self.crowding = _notice()
        self.done_button = BigButton(primary=True)
        self.done_button.clicked.connect(self.done)
        self._spoken = ""
        side = QVBoxLayout()
        side.addStretch(1)
        for widget in (self.details, self.printing, self.crowding):
            side.addWidget(widget)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.number, 1)
        body.addLayout(side, 1)
        self.layout_.addLayout(body, 3)
        self.layout_.addWidget(self.done_button, 1)
        self.retranslate()

    def show_ticket(self, label: str, service_name: str, ahead: int, eta: int, crowded: int | None,
                    lang: str, eta_range: tuple[int, int] | None = None) -> None:
        self._spoken = ticket_text(label, ahead, eta, lang, eta_range)
        self.number.setText(label)
        self.number.setAccessibleName(label)
        wait = self.tr("About %n minutes", "", eta) if eta_range is None else (
            self.tr("About %1-%2 minutes").replace("%1", str(eta_range[0])).replace("%2", str(eta_range[1])))
        self.details.setText(service_name + "\n" + self.tr("%n people ahead of you", "", ahead) + "\n" + wait)
        self.printing.setText(self.tr("Your ticket is printing."))
        self.printing.show()
        self._show_number_larger(False)
        self.crowding.setVisible(crowded is not None)
        if crowded is not None:
            self.crowding.setText(
                self.tr("It is busy today. You may come back later or book an appointment."))

    def spoken_text(self) -> str:
        """The number digit by digit ("A zero two three"), people ahead and the wait, then notices."""
        notices = [w.text() for w in (self.printing, self.crowding) if w.isVisibleTo(self)]
        return "\n".join([self._spoken, *notices])

    def show_printed(self) -> None:
        self.printing.setText(self.tr("Please take your ticket."))

    def show_print_failure(self) -> None:
        self.printing.setText(self.tr("The printer is not working. Please remember your number: "
                                      "staff have been told."))
        self._show_number_larger(True)

    def _show_number_larger(self, larger: bool) -> None:
        """No printed ticket: the customer must remember the number, so it is shown larger."""
        self.number.setProperty("printFailed", larger)
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)

    def choices(self) -> list[QPushButton]:
        return [self.done_button]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your number"))
        self.done_button.set_label(self.tr("Done"))


class CheckInScreen(Screen):
    """A keypad for the booking code. The code and any message stand beside the keys, never above them:
    a key must not move under a finger when a message appears."""

    code_entered = Signal(str)
    digits_choose = False  # digits type the code

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = QLabel()
        self.entry.setObjectName("keypadEntry")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = _notice()
        for label in (self.entry, self.error):  # their text never takes width from the keys
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.digits = [BigButton(str(d)) for d in (1, 2, 3, 4, 5, 6, 7, 8, 9)]
        self.clear = BigButton()
        self.zero = BigButton("0")
        self.delete = BigButton()
        for digit, button in zip("1234567890", (*self.digits, self.zero), strict=True):
            button.clicked.connect(lambda _=False, d=digit: self.type_digit(d))
        self.clear.clicked.connect(self.reset)
        self.delete.clicked.connect(lambda: self.entry.setText(self.entry.text()[:-1]))
        self.submit = BigButton(primary=True)
        self.submit.clicked.connect(lambda: self.code_entered.emit(self.entry.text()))
        keypad = button_grid(self.digits, 3)
        keypad.addWidget(self.zero, 3, 1)
        keypad.addWidget(self.delete, 0, 3)
        keypad.addWidget(self.clear, 1, 3)
        keypad.addWidget(self.submit, 2, 3, 2, 1)
        even_columns(keypad, 4)
        side = QVBoxLayout()
        side.addWidget(self.entry)
        side.addWidget(self.error)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(keypad, 3)
        body.addLayout(side, 2)
        self.layout_.addLayout(body, 1)
        self.retranslate()

    def type_digit(self, digit: str) -> None:
        self.entry.setText((self.entry.text() + digit)[:BOOKING_CODE_DIGITS[1]])
        self.error.hide()

    def reset(self) -> None:
        self.entry.setText("")
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def choices(self) -> list[QPushButton]:
        return [self.submit]

    def retranslate(self) -> None:
        self.title.setText(self.tr("Enter your booking code"))
        self.clear.set_label(self.tr("Clear"))
        self.delete.set_label(self.tr("Delete"))
        self.submit.set_label(self.tr("Check in"))


class MessageScreen(Screen):
    """A message and one button: help is coming, or the idle warning."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.body, 2)
        row = QHBoxLayout()
        self.button = BigButton(self.tr("OK"), primary=True)
        self.button.clicked.connect(self.acknowledged)
        row.addWidget(self.button)
        self.layout_.addLayout(row, 1)

    def show_message(self, title: str, body: str, button: str) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.button.set_label(button)

    def choices(self) -> list[QPushButton]:
        return [self.button]


class UnreachableScreen(Screen):
    """The branch's queue cannot be reached: no ticket can be given here, so the customer is sent to staff in
    their own language (the buttons below switch it; nothing else can be pressed). The window leaves this
    screen by itself once the queue answers again."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.body, 2)
        self.grid = ButtonGrid()
        self.layout_.addWidget(self.grid, 1)
        self.retranslate()

    def show_languages(self, languages: tuple[str, ...]) -> None:
        _show_languages(self.grid, languages, self.language_chosen)

    def choices(self) -> list[QPushButton]:
        return list(self.grid.buttons.values())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Please ask a member of staff"))
        self.body.setText(self.tr("This kiosk cannot reach the branch's queue just now, so it cannot give "
                                  "tickets. A member of staff will help you at a counter. The kiosk starts "
                                  "again by itself."))
