"""The teller console: sign in, run a counter, call and serve tickets, answer help, record assistance."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.ticket_print import QR_PREFIX, parse_qr_payload
from kiosk.adapters.vocabulary import config_name, name_of, station_name
from kiosk.core import policy
from kiosk.core.config import REGULAR, Branch
from kiosk.core.errors import QueueError
from kiosk.core.models import Counter, CounterMode, Ticket, parse_label
from kiosk.core.status import QueueStatus
from kiosk.store import QueueStore
from kiosk.store.care import ASSISTANCE_FOR_NEED, ASSISTANCE_KINDS, answer_help, record_assistance
from kiosk.store.staff import Staff
from kiosk.ui.damage_banner import watched_pages
from kiosk.ui.refusals import explain
from kiosk.ui.sign_in import SignInPage
from kiosk.ui.widgets import StatusLine

POLL_MS = 100
STYLE = """
QWidget { font-size: 18px; }
QLabel#ticket { font-size: 72px; font-weight: bold; }
QLabel#needs { font-size: 24px; font-weight: bold; color: #000000; background: #FFD500; padding: 6px; }
QLabel#error, QLabel#status[error="true"] { color: #8B0000; font-weight: bold; }
QLabel#status { font-weight: bold; }
QPushButton { min-height: 44px; padding: 4px 8px; }
QPushButton:focus { border: 3px solid #D94F00; }
"""


def _configured_name(lookup: Callable[[str], object], code: str) -> str:
    """`lookup` is branch.service or branch.priority_class."""
    try:
        return config_name(lookup(code))
    except QueueError:  # removed from the config while its tickets still wait
        return code


class AssistanceDialog(QDialog):
    """What was given, against the current ticket or none."""

    def __init__(self, ticket: Ticket | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record assistance"))
        self.kind = QComboBox()
        for kind in ASSISTANCE_KINDS:
            self.kind.addItem(self.tr("Other (say what in the note)") if kind == "other" else name_of(kind),
                              kind)
        needs = ticket.needs if ticket else ()
        declared = [ASSISTANCE_FOR_NEED[n] for n in needs if n in ASSISTANCE_FOR_NEED]
        if declared:  # what the customer asked for at the kiosk is the likeliest answer
            self.kind.setCurrentIndex(self.kind.findData(declared[0]))
        self.note = QLineEdit()
        self.for_ticket = QLabel(self.tr("For ticket %1").replace("%1", ticket.label) if ticket
                                 else self.tr("Not for a ticket"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.for_ticket)
        form.addRow(self.tr("Assistance"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)


class TransferDialog(QDialog):
    """To another service, another counter, or both; the ticket keeps its place by issue time."""

    def __init__(self, branch: Branch, counters: list[Counter], ticket: Ticket, counter: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer %1").replace("%1", ticket.label))
        self.service = QComboBox()
        same = f"{ticket.service}  {_configured_name(branch.service, ticket.service)}"
        self.service.addItem(self.tr("Same service (%1)").replace("%1", same), None)
        for s in branch.services:
            if s.code != ticket.service:
                self.service.addItem(f"{s.code}  {config_name(s)}", s.code)
        self.counter = QComboBox()
        self.counter.addItem(self.tr("Any counter that serves it"), None)
        for c in counters:  # a closed counter would strand the customer: not offered
            if c.number != counter and c.mode != CounterMode.CLOSED:
                text = (self.tr("Counter %1 (%2) · %3").replace("%1", str(c.number))
                        .replace("%2", ", ".join(c.services)).replace("%3", name_of(c.mode.value)))
                self.counter.addItem(text, c.number)
        self.error = QLabel(objectName="error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("To service"), self.service)
        form.addRow(self.tr("To counter"), self.counter)
        form.addRow(self.error)
        form.addRow(buttons)

    def choice(self) -> tuple[str | None, int | None]:
        return self.service.currentData(), self.counter.currentData()

    def _check(self) -> None:
        if self.choice() == (None, None):
            self.error.setText(self.tr("Choose another service, another counter, or both."))
            return
        self.accept()


class ConsoleWindow(QWidget):
    """One counter's desk. Every button is one store action; the view refreshes when the store changes."""

    action_done = Signal(str)  # a short line for the status bar (and tests)

    def __init__(self, store: QueueStore, counter: int, poll_ms: int = POLL_MS,
                 confirm: Callable[[str], bool] | None = None,
                 run_dialog: Callable[[QDialog], int] | None = None,
                 ask_leave: Callable[[str], CounterMode | None] | None = None, parent: QWidget | None = None):
        """`ask_leave(question)`: at sign-out, PAUSED or CLOSED for a counter still open, None to stay."""
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.store, self.counter = store, counter
        store.staff_only = True  # the store refuses every staff action until someone signs in
        self.staff: Staff | None = None
        self.confirm = confirm or self._ask
        self.ask_leave = ask_leave or self._ask_leave
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self._token: tuple | None = None
        self._help_seen: set[int] = set()
        self._busy = False

        self.sign_in = SignInPage(store)
        self.sign_in.signed_in.connect(self._signed_in)
        self.desk = QWidget()
        self.pages, self.health, self.damage_banner = watched_pages(self, store, self.sign_in, self.desk)

        self.header = QLabel(wordWrap=True)
        self.status_line = StatusLine()
        self.ticket = QLabel(objectName="ticket")
        self.ticket_info = QLabel()
        self.ticket_info.setWordWrap(True)
        self.needs = QLabel(objectName="needs", wordWrap=True)
        self.needs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.needs.hide()

        self.buttons: dict[str, QPushButton] = {}
        actions = [
            ("call", "F1", self.call_next), ("recall", "F2", self.recall), ("start", "F3", self.start),
            ("finish", "F4", self.finish), ("no_show", "F5", self.no_show), ("transfer", "F6", self.transfer),
            ("reinstate", "F7", self.reinstate), ("call_ticket", "F8", self.call_ticket),
            ("assist", "F9", self.assist), ("cancel_ticket", "F10", self.cancel_ticket),
            ("open", "Ctrl+O", self.open_counter),
            ("pause", "Ctrl+P", self.pause), ("close", "Ctrl+W", self.close_counter),
            ("services", "Ctrl+E", self.choose_services),
            ("sign_out", "Ctrl+Q", self.sign_out),
        ]
        grid = QGridLayout()
        columns = 4  # two-line buttons in four columns: the desk fits a quarter of a 1920x1080 screen
        for i, (name, keys, slot) in enumerate(actions):
            button = QPushButton()
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(button.click)
            button.setProperty("keys", keys)
            self.buttons[name] = button
            grid.addWidget(button, i // columns, i % columns)
        self.love = QPushButton(checkable=True)
        self.love.clicked.connect(self.toggle_love)
        grid.addWidget(self.love, len(actions) // columns, len(actions) % columns)

        self.help_list = QListWidget()
        self.help_list.setWordWrap(True)  # a long line wraps in a narrow window, never scrolls sideways
        self.help_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.help_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.help_ack = QPushButton()
        self.help_ack.clicked.connect(lambda: self._answer_help(False))
        self.help_resolve = QPushButton()
        self.help_resolve.clicked.connect(lambda: self._answer_help(True))
        help_box = QGroupBox()
        self.help_box = help_box
        help_layout = QVBoxLayout(help_box)
        help_layout.addWidget(self.help_list)
        row = QHBoxLayout()
        row.addWidget(self.help_ack)
        row.addWidget(self.help_resolve)
        help_layout.addLayout(row)
        self.live = QLabel()
        self.live.setWordWrap(True)
        self.live.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.live_box = QGroupBox()
        live_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)  # many counters, a
        live_area.setWidget(self.live)                                                 # small window
        live_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self.live_box).addWidget(live_area)

        left = QVBoxLayout()
        for widget in (self.header, self.ticket, self.ticket_info, self.needs):
            left.addWidget(widget)
        left.addLayout(grid)
        left.addWidget(self.status_line)
        left.addStretch()  # a tall window: the desk stays together at the top
        right = QVBoxLayout()
        right.addWidget(help_box, 1)
        right.addWidget(self.live_box, 1)
        desk = QHBoxLayout(self.desk)
        desk.setContentsMargins(8, 8, 8, 8)
        desk.addLayout(left, 3)
        desk.addLayout(right, 2)

        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()
        self.pages.setCurrentWidget(self.sign_in)

    # -- session -----------------------------------------------------------------------------

    def _signed_in(self, staff: Staff) -> None:
        self.store.sign_in_as(staff.number, staff.role, self.counter)  # a teller acts here only
        self.staff = staff
        self.pages.setCurrentWidget(self.desk)
        self._token = None
        self._help_seen = {r["id"] for r in self.store.open_help_requests()}
        self.refresh()
        self.timer.start()
        self.buttons["call"].setFocus()

    def sign_out(self) -> None:
        """Ctrl+Q. A counter still shown open (or as a love window) in the hall is paused or closed
        first, as the teller chooses; choosing neither stays signed in."""
        if self.staff is None:
            return
        try:
            desk = self._open_desk()
        except QueueError as exc:
            if self.store.role is None:  # the account was deactivated meanwhile: it decides nothing
                self._locked_out()
            elif self.confirm(self.tr("Counter %1 could not be paused: %2 Sign out anyway? The hall may go "
                                      "on showing it open.").replace("%1", str(self.counter))
                              .replace("%2", explain(exc))):
                self._end_session(explain(exc))
            else:
                self.status_line.say(explain(exc), error=True)
            return
        if desk is None or self._leave_counter(desk):
            self._end_session()

    def _open_desk(self) -> Counter | None:
        """This counter while the hall shows it open or as a love window, else None; QueueError when the
        store cannot tell, or (signing it out) when this account was deactivated meanwhile."""
        self.store.check("serve")
        desk = next((c for c in self.store.counters() if c.number == self.counter), None)
        return desk if desk is not None and desk.mode in (CounterMode.NORMAL, CounterMode.LOVE) else None

    def _leave_counter(self, desk: Counter) -> bool:
        """Ask whether to pause or close the open counter; True once it no longer shows open."""
        question = (self.tr("Counter %1 is still shown as a love window in the hall. Pause it or close it "
                            "as you sign out?") if desk.mode == CounterMode.LOVE else
                    self.tr("Counter %1 is still shown open in the hall. Pause it or close it as you sign "
                            "out?")).replace("%1", str(self.counter))
        choice = self.ask_leave(question)
        if choice == CounterMode.PAUSED:
            left = self._act(lambda: self.store.pause_counter(self.counter, "signed out"),
                             lambda c: self.tr("Counter %1 is paused.").replace("%1", str(c.number)))
        elif choice == CounterMode.CLOSED:  # refused while a customer is still at the counter
            left = self._act(lambda: self.store.close_counter(self.counter),
                             lambda c: self.tr("Counter %1 is closed.").replace("%1", str(c.number)))
        else:
            return False
        return left is not None and self.staff is not None  # None staff: the lock already signed out

    def _locked_out(self) -> None:
        """The store signed out an account deactivated meanwhile. Nobody may be asked: that account may
        decide nothing any more. Its counter is paused, not closed: a customer may still be at it (a
        closed counter must be free), and whoever signs in there next reopens it with one key."""
        try:
            paused = self.store.pause_left_counter()
        except QueueError:  # the database failed: the lock stands, the hall shows what it showed
            paused = None
        message = self.tr("This account has been deactivated.")
        if paused is not None:
            message += " " + self.tr("Counter %1 is paused.").replace("%1", str(paused.number))
        self._end_session(message)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The window closed while signed in: nobody is left to call, so a counter still shown open
        (or as a love window) in the hall is paused, the sign-out's default; no question (the PC
        may be shutting down)."""
        if self.staff is not None:
            try:
                if self._open_desk() is not None:
                    self.store.pause_counter(self.counter, "console closed")
            except QueueError:
                if self.store.role is None:  # deactivated meanwhile: paused as at any lock
                    self._locked_out()
            if self.staff is not None:
                self._end_session()
        super().closeEvent(event)

    def _end_session(self, message: str = "") -> None:
        self.timer.stop()
        self.staff = None
        self.store.sign_out()
        self.pages.setCurrentWidget(self.sign_in)
        self.sign_in.reset(message)

    # -- actions: each one store call, guarded against a double press ------------------------------

    def _act(self, what: Callable[[], object], done: Callable[[object], str]) -> object | None:
        if self._busy or self.staff is None:
            return None
        self._busy = True
        try:
            result = what()
        except QueueError as exc:
            self.status_line.say(explain(exc), error=True)
            if self.store.role is None and self.staff is not None:  # the store signed a deactivated
                self._locked_out()                                    # account out
            return None
        finally:
            self._busy = False
        line = done(result)
        self.status_line.say(line)
        self.action_done.emit(line)
        self.refresh()
        return result


    def call_next(self) -> None:
        def done(choice) -> str:
            if choice is None:
                return self.tr("Nobody is waiting for this counter.")
            return (self.tr("Called %1: %2").replace("%1", choice.ticket.label)
                    .replace("%2", self._reason(choice)))
        self._act(lambda: self.store.call_next(self.counter), done)

    def _reason(self, choice: policy.Choice) -> str:
        """The policy's one-line reason, in the staff's language."""
        branch, ticket = self.store.branch, choice.ticket
        head_start = branch.head_start(ticket.priority)
        waited = choice.score - head_start
        if choice.reserved:  # a ticket sent to this counter is called first
            origin = ticket.transferred_from
            return (self.tr("transferred from counter %1, waited %2 min").replace("%1", str(origin or "?"))
                    .replace("%2", str(waited)))
        text = (self.tr("%1, waited %2 min + %3 head start")
                .replace("%1", _configured_name(branch.priority_class, ticket.priority))
                .replace("%2", str(waited)).replace("%3", str(head_start)))
        if waited >= branch.max_wait_minutes:
            text += self.tr(", past the %1 min maximum wait").replace("%1", str(branch.max_wait_minutes))
        return text

    def _ticket_action(self, method: str, line: str) -> None:
        self._act(lambda: getattr(self.store, method)(self.counter),
                  lambda t: line.replace("%1", t.label))

    def recall(self) -> None:
        self._ticket_action("recall", self.tr("Called %1 again."))

    def start(self) -> None:
        self._ticket_action("start", self.tr("Serving %1."))

    def finish(self) -> None:
        self._ticket_action("finish", self.tr("Finished %1."))

    def no_show(self) -> None:
        current = self._current()
        if current is None or self.confirm(self.tr("Mark %1 as not come?").replace("%1", current.label)):
            self._ticket_action("no_show", self.tr("%1 did not come."))

    def transfer(self) -> None:
        current = self._current()
        if current is None:
            self.status_line.say(self.tr("No customer at this counter."), error=True)
            return
        dialog = TransferDialog(self.store.branch, self.store.counters(), current, self.counter, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        service, counter = dialog.choice()

        def done(ticket: Ticket) -> str:
            named = f"{service} {_configured_name(self.store.branch.service, service)}" if service else ""
            if service and counter:
                line = self.tr("%1 transferred to %2 at counter %3")
            elif service:
                line = self.tr("%1 transferred to %2")
            else:
                line = self.tr("%1 transferred to counter %3")
            return line.replace("%1", ticket.label).replace("%2", named).replace("%3", str(counter))
        self._act(lambda: self.store.transfer(self.counter, service, counter), done)

    def reinstate(self) -> None:
        """Offers the ticket this counter marked no-show last: usually the one who just came back."""
        try:
            offered = self.store.recent_no_show(self.counter) or ""
        except QueueError:
            offered = ""
        typed, ok = QInputDialog.getText(self, self.tr("Reinstate"), self.tr("Ticket that came back:"),
                                         text=offered)
        label = self._label(typed) if ok and typed.strip() else None
        if label:
            self._act(lambda: self.store.reinstate(label),
                      lambda t: self.tr("%1 is back in the queue in its place.").replace("%1", t.label))

    def cancel_ticket(self) -> None:
        """A customer who left, or no longer needs their ticket: it is never called again."""
        current = self._current()
        typed, ok = QInputDialog.getText(self, self.tr("Cancel a ticket"),
                                         self.tr("Ticket of the customer who left:"),
                                         text=current.label if current else "")
        label = self._label(typed) if ok and typed.strip() else None
        if not label:
            return
        # The counter's own ticket by its day: after midnight it is still yesterday's A001, not today's.
        day = current.business_day if current and current.label == label else None
        if self.confirm(self.tr("Cancel ticket %1? It will not be called again.").replace("%1", label)):
            self._act(lambda: self.store.cancel_ticket(label, day),
                      lambda t: self.tr("%1 is cancelled.").replace("%1", t.label))

    def call_ticket(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("Call a ticket"),
                                        self.tr("Ticket number, or scan its QR code:"))
        if not ok or not code.strip():
            return
        try:
            if code.strip().startswith(QR_PREFIX):
                _, label, day = parse_qr_payload(code)
            else:
                label, day = parse_label(code), None
        except QueueError as exc:
            self.status_line.say(explain(exc), error=True)
            return
        self._act(lambda: self.store.call_ticket(self.counter, label, day),
                  lambda t: self.tr("Called %1.").replace("%1", t.label))

    def _label(self, typed: str) -> str | None:
        """The ticket label typed into a dialog ('a7' -> 'A007'), or None after saying why it is not one."""
        try:
            return parse_label(typed)
        except QueueError as exc:
            self.status_line.say(explain(exc), error=True)
            return None

    def assist(self) -> None:
        current = self._current()
        dialog = AssistanceDialog(current, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            kind = dialog.kind.currentData()
            self._act(lambda: record_assistance(self.store, kind, current.id if current else None,
                                                self.counter, dialog.note.text()),
                      lambda _: self.tr("Assistance recorded."))

    def open_counter(self) -> None:
        mode = CounterMode.LOVE if self.love.isChecked() else CounterMode.NORMAL
        self._act(lambda: self.store.open_counter(self.counter, mode=mode),
                  lambda c: self.tr("Counter %1 is open.").replace("%1", str(c.number)))

    def choose_services(self) -> None:
        """The services this counter calls, in order of preference (it prefers the first on equal scores)."""
        desk = next(c for c in self.store.counters() if c.number == self.counter)
        text, ok = QInputDialog.getText(self, self.tr("Services"),
                                        self.tr("Services in order of preference (e.g. A,B):"),
                                        text=",".join(desk.services))
        if ok:
            codes = tuple(code.strip().upper() for code in text.split(",") if code.strip())
            mode = CounterMode.LOVE if self.love.isChecked() else CounterMode.NORMAL
            self._act(lambda: self.store.open_counter(self.counter, codes, mode),
                      lambda c: self.tr("Counter %1 serves %2.").replace("%1", str(c.number))
                      .replace("%2", ", ".join(c.services)))

    def pause(self) -> None:
        reasons = [self.tr("Break"), self.tr("Meeting"), self.tr("Other")]
        reason, ok = QInputDialog.getItem(self, self.tr("Pause"), self.tr("Why?"), reasons, 0, False)
        if ok:
            self._act(lambda: self.store.pause_counter(self.counter, reason),
                      lambda c: self.tr("Counter %1 is paused.").replace("%1", str(c.number)))

    def close_counter(self) -> None:
        if self.confirm(self.tr("Close counter %1?").replace("%1", str(self.counter))):
            self._act(lambda: self.store.close_counter(self.counter),
                      lambda c: self.tr("Counter %1 is closed.").replace("%1", str(c.number)))

    def toggle_love(self, on: bool) -> None:
        """Love window: this counter calls priority customers only (regular calling paused)."""
        mode = CounterMode.LOVE if on else CounterMode.NORMAL
        if self._act(lambda: self.store.open_counter(self.counter, mode=mode),
                     lambda c: self.tr("Love window on: priority customers only.") if on
                     else self.tr("Love window off.")) is None:
            self.love.setChecked(not on)

    def _answer_help(self, resolve: bool) -> None:
        item = self.help_list.currentItem() or self.help_list.item(0)
        if item is None:
            return
        request = item.data(Qt.ItemDataRole.UserRole)
        self._act(lambda: answer_help(self.store, request, resolve),
                  lambda r: self.tr("Help request answered after %1 s.")
                  .replace("%1", str(int(r["response_seconds"]))))

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.StandardButton.Yes

    def _ask_leave(self, question: str) -> CounterMode | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign out"), question,
                          QMessageBox.StandardButton.Cancel, self)
        pause = box.addButton(self.tr("Pause counter"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(self.tr("Close counter"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(pause)  # Enter pauses: the teller may be back soon
        box.exec()
        clicked = box.clickedButton()
        return CounterMode.PAUSED if clicked is pause else CounterMode.CLOSED if clicked is close else None

    # -- view ----------------------------------------------------------------------------------

    def _current(self) -> Ticket | None:
        desk = next((c for c in self.store.counters() if c.number == self.counter), None)
        return self.store.ticket_by_id(desk.current_ticket_id) if desk and desk.current_ticket_id else None

    def refresh(self) -> None:
        """Re-read when some process committed since the last look, or the minute (so the business day)
        turned: the longest wait grows, and yesterday's queue goes, even when nobody writes."""
        if self.staff is None:
            return
        try:
            token = (self.store.change_token(), self.store.clock.now().replace(second=0, microsecond=0))
            if token == self._token:
                return
            self._token = token
            status = self.store.status()
            current = self._current()
            requests = self.store.open_help_requests()
        except QueueError as exc:
            self.status_line.say(explain(exc), error=True)
            return
        mine = next((c for c in status.counters if c.number == self.counter), None)
        if mine is None:  # the manager took this counter out of the configuration
            self.status_line.say(self.tr("Counter %1 is no longer in the branch's configuration: ask the "
                                         "manager, then sign out.").replace("%1", str(self.counter)),
                                 error=True)
            return
        self.love.setChecked(mine.mode == CounterMode.LOVE)
        self.header.setText(self.tr("Counter %1 · %2 · %3 (%4)").replace("%1", str(self.counter))
                            .replace("%2", name_of(mine.mode.value)).replace("%3", self.staff.name)
                            .replace("%4", name_of(self.staff.role.value)))
        self._show_ticket(current)
        self._show_help(requests)
        self._show_live(status)

    def _show_ticket(self, ticket: Ticket | None) -> None:
        if ticket is None:
            self.ticket.setText("—")
            self.ticket_info.setText(self.tr("No customer at this counter."))
            self.needs.hide()
            return
        self.ticket.setText(ticket.label)
        branch = self.store.branch
        cls = _configured_name(branch.priority_class, ticket.priority)  # survives a class removed since
        waited = int(((ticket.called_at or self.store.clock.now()) - ticket.issued_at).total_seconds() // 60)
        self.ticket_info.setText(f"{cls} · {_configured_name(branch.service, ticket.service)} · "
                                 f"{name_of(ticket.status.value)} · "
                                 + self.tr("waited %1 min").replace("%1", str(waited)))
        needs = [name_of(n) for n in ticket.needs]
        marks = ([cls] if ticket.priority != REGULAR else []) + needs
        self.needs.setVisible(bool(marks))
        self.needs.setText("⚠ " + " · ".join(marks))

    def _show_help(self, requests: list[dict]) -> None:
        new = {r["id"] for r in requests} - self._help_seen
        self._help_seen |= new
        self.help_list.clear()
        tz, today = self.store.branch.tz, self.store.today()
        for r in requests:
            at = datetime.fromtimestamp(r["at"], tz)  # an earlier day's request, unresolved, says its date
            asked = at.strftime("%H:%M" if at.date().isoformat() == today else "%m-%d %H:%M")
            ticket = f" · {r['ticket']}" if r["ticket"] else ""
            text = (f"{asked} {station_name(r['station'])}: {name_of(r['kind'])}{ticket} · "
                    f"{name_of(r['status'])}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.help_list.addItem(item)
        if new:
            QApplication.beep()  # heard at the desk; the list is the visual cue
            self.help_box.setTitle(self.tr("Help requests (%1 new)").replace("%1", str(len(new))))
        elif not requests:
            self.help_box.setTitle(self.tr("Help requests"))

    def _show_live(self, status: QueueStatus) -> None:
        lines, branch = [], self.store.branch
        for service, classes in status.waiting_by_class.items():
            if classes:
                detail = ", ".join(f"{_configured_name(branch.priority_class, cls)} {n}"
                                   for cls, n in classes.items())
                lines.append(f"{service} {_configured_name(branch.service, service)}: "
                             f"{sum(classes.values())} ({detail})")
        longest = self.store.longest_wait_minutes()
        lines.append(self.tr("Longest wait: %1 min").replace("%1", str(longest)))
        for c in status.counters:
            lines.append(self.tr("Counter %1: %2").replace("%1", str(c.number))
                         .replace("%2", name_of(c.mode.value)) + (f" · {c.ticket}" if c.ticket else ""))
        self.live.setText("\n".join(lines))

    def retranslate(self) -> None:
        names = {"call": self.tr("Call next"), "recall": self.tr("Recall"), "start": self.tr("Start"),
                 "finish": self.tr("Finish"), "no_show": self.tr("No-show"), "transfer": self.tr("Transfer"),
                 "reinstate": self.tr("Reinstate"), "call_ticket": self.tr("Call ticket…"),
                 "assist": self.tr("Assistance…"), "cancel_ticket": self.tr("Cancel ticket…"),
                 "open": self.tr("Open counter"),
                 "pause": self.tr("Pause…"), "close": self.tr("Close counter"),
                 "services": self.tr("Services…"),
                 "sign_out": self.tr("Sign out")}
        for name, button in self.buttons.items():
            button.setText(f"{names[name]}\n[{button.property('keys')}]")
            button.setAccessibleName(names[name])
        self.love.setText(self.tr("Love window"))
        self.love.setAccessibleName(self.tr("Love window"))
        self.help_ack.setText(self.tr("Acknowledge"))
        self.help_resolve.setText(self.tr("Resolve"))
        self.help_box.setTitle(self.tr("Help requests"))
        self.live_box.setTitle(self.tr("Waiting now"))
        self.setWindowTitle(self.tr("Counter %1").replace("%1", str(self.counter)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
