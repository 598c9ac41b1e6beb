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
from kiosk.core.clock import minutes_text, whole_minutes
from kiosk.core.config import REGULAR, Branch
from kiosk.core.errors import QueueError
from kiosk.core.models import Counter, CounterMode, Ticket, parse_label
from kiosk.station.connection_watch import ConnectionWatch
from kiosk.station.console_desk import (
    DeskView,
    after_action,
    leave_on_close,
    open_desk,
    pause_left_counter,
    read_desk,
)
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.store.care import ASSISTANCE_FOR_NEED, ASSISTANCE_KINDS, answer_help, record_assistance
from kiosk.store.staff import Staff
from kiosk.ui.booking_dialog import BookingButton
from kiosk.ui.complaint_panel import ComplaintStrip
from kiosk.ui.connection_banner import ConnectionBanner
from kiosk.ui.console_ratings import LowRatingsBox
from kiosk.ui.damage_banner import watched_pages
from kiosk.ui.drill_marks import DrillTag, drill_running_line, is_drill, marked
from kiosk.ui.home_visit_panel import HomeVisitBadge, HomeVisitDialog
from kiosk.ui.refusals import explain
from kiosk.ui.sign_in import SignInPage
from kiosk.ui.surge_banner import SurgeBanner
from kiosk.ui.widgets import StatusLine, WorkingLabel

POLL_MS = 100
STYLE = """
QWidget { font-size: 18px; }
QLabel#ticket { font-size: 72px; font-weight: bold; }
QLabel#needs { font-size: 24px; font-weight: bold; color: #000000; background: #FFD500; padding: 6px; }
QLabel#error, QLabel#status[error="true"] { color: #8B0000; font-weight: bold; }
QLabel#status, QLabel#working { font-weight: bold; }
QPushButton { min-height: 44px; padding: 4px 8px; }
QPushButton:focus { border: 3px solid #D94F00; }
"""


def _signed_out_by_store(exc: QueueError) -> bool:
    """The store refused because it signed this account out (deactivated meanwhile), or nobody is in."""
    return exc.reason in ("deactivated", "sign_in_first")


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
        self.setWindowTitle(self.tr("Transfer %1").replace("%1", marked(ticket.label, is_drill(ticket))))
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
    """One counter's desk. Every button is one store action, run on the window's StoreWorker: the window keeps
    answering while it runs, says it is working, and refuses another press until the answer is in. The view
    is re-read (on the worker too) when the store changes."""

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
        self.view: DeskView | None = None  # the desk as last read from the store
        self._help_seen: set[int] = set()
        self.worker = StoreWorker(store, self)  # every store call of this window, off the GUI thread

        self.sign_in = SignInPage(self.worker)
        self.sign_in.signed_in.connect(self._signed_in)
        self.desk = QWidget()
        self.pages, self.health, self.damage_banner = watched_pages(self, store, self.sign_in, self.desk)
        self.connection = ConnectionWatch(self.worker, self)
        self.connection_banner = ConnectionBanner()
        self.layout().insertWidget(1, self.connection_banner)  # under the damage banner, over both pages
        self.connection.lost_changed.connect(self._connection_changed)
        self.surge_banner = SurgeBanner(self.worker, self.connection, self.run_dialog)  # watches for a
        self.layout().insertWidget(2, self.surge_banner)  # lobby manager or manager signed in
        self.layout().setSpacing(0)  # the banners sit on the desk's own margin: it keeps a quarter screen

        self.header = QLabel(wordWrap=True)
        self.status_line = StatusLine()
        self.working = WorkingLabel(self.worker)
        self.ticket = QLabel(objectName="ticket")
        self.drill_tag = DrillTag()  # beside a drill's ticket: not a customer
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
        self.quick = QPushButton(checkable=True, clicked=self.toggle_quick)  # love's pattern
        self.quick.setProperty("keys", "Ctrl+U")
        QShortcut(QKeySequence("Ctrl+U"), self, activated=self.quick.click)
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
        self.low_ratings = LowRatingsBox(self.worker, counter, self._ready)
        self.low_ratings.opened.connect(lambda complaint: self._said(self.low_ratings.opened_line(complaint)))
        self.low_ratings.refused.connect(self._refused)
        self.live = QLabel()
        self.live.setWordWrap(True)
        self.live.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.live_box = QGroupBox()
        live_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)  # many counters, a
        live_area.setWidget(self.live)                                                 # small window
        live_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self.live_box).addWidget(live_area)

        left = QVBoxLayout()
        ticket_row = QHBoxLayout()
        ticket_row.addWidget(self.ticket)
        ticket_row.addWidget(self.drill_tag, 1)
        left.addWidget(self.header)
        left.addLayout(ticket_row)
        for widget in (self.ticket_info, self.needs):
            left.addWidget(widget)
        left.addLayout(grid)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_line, 1)
        status_row.addWidget(self.working, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(status_row)
        left.addStretch()  # a tall window: the desk stays together at the top
        right = QVBoxLayout()
        self.book_button = BookingButton(self, self.worker, self.working)  # lobby managers and managers
        self.complaint_strip = ComplaintStrip(self.worker, lambda question: self.confirm(question))
        self.home_visits = HomeVisitBadge()  # overdue visits, and the register (Ctrl+H)
        self.home_visit_dialog: HomeVisitDialog | None = None
        self.home_visits.button.clicked.connect(self.open_home_visits)
        QShortcut(QKeySequence("Ctrl+H"), self).activated.connect(self.home_visits.button.click)
        # The registers' buttons two by two, their overdue lines below only when there are any: a row per
        # button would not fit the desk in a quarter of the screen.
        registers = QGridLayout()
        for strip in (self.complaint_strip, self.home_visits):
            strip.layout().removeWidget(strip.button)
        for i, button in enumerate((self.quick, self.book_button, self.complaint_strip.button,
                                    self.home_visits.button)):
            registers.addWidget(button, i // 2, i % 2)
        right.addLayout(registers)
        right.addWidget(self.complaint_strip)
        right.addWidget(self.home_visits)
        right.addWidget(help_box, 1)
        right.addWidget(self.low_ratings)
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
        def bind(store: QueueStore) -> DeskView:
            store.sign_in_as(staff.number, staff.role, self.counter)  # a teller acts here only
            return read_desk(store, self.counter)
        self.worker.run(bind, done=lambda view: self._at_desk(staff, view), failed=self._not_bound)

    def _at_desk(self, staff: Staff, view: DeskView) -> None:
        self.staff = staff
        self.book_button.set_role(staff.role)
        self.pages.setCurrentWidget(self.desk)
        self.surge_banner.watch_for(staff.role)
        self._help_seen = {r["id"] for r in view.help_requests}
        self._show(view)
        self.timer.start()
        self.buttons["call"].setFocus()

    def _not_bound(self, exc: QueueError) -> None:
        self.worker.run(lambda store: store.sign_out())
        self.sign_in.reset(explain(exc))

    def sign_out(self) -> None:
        """Ctrl+Q. A counter still shown open (or as a love window) in the hall is paused or closed
        first, as the teller chooses; choosing neither stays signed in."""
        if not self._ready():
            return
        self.worker.run(lambda store: open_desk(store, self.counter), done=self._leave_desk,
                        failed=self._desk_unknown)

    def _desk_unknown(self, exc: QueueError) -> None:
        """The store could not tell whether the counter shows open, or signed a deactivated account out."""
        if _signed_out_by_store(exc):  # the account was deactivated meanwhile: it decides nothing
            self._locked_out()
        elif self.confirm(self.tr("Counter %1 could not be paused: %2 Sign out anyway? The hall may go "
                                  "on showing it open.").replace("%1", str(self.counter))
                          .replace("%2", explain(exc))):
            self._end_session(explain(exc))
        else:
            self.status_line.say(explain(exc), error=True)

    def _leave_desk(self, desk: Counter | None) -> None:
        """Ask whether to pause or close a counter still open; sign out once it no longer shows open."""
        if desk is None:
            self._end_session()
            return
        question = (self.tr("Counter %1 is still shown as a love window in the hall. Pause it or close it "
                            "as you sign out?") if desk.mode == CounterMode.LOVE else
                    self.tr("Counter %1 is still shown open in the hall. Pause it or close it as you sign "
                            "out?")).replace("%1", str(self.counter))
        choice = self.ask_leave(question)
        if choice == CounterMode.PAUSED:
            self._act(lambda store: store.pause_counter(self.counter, "signed out"),
                      lambda c: self.tr("Counter %1 is paused.").replace("%1", str(c.number)),
                      after=lambda _: self._end_session())
        elif choice == CounterMode.CLOSED:  # refused while a customer is still at the counter
            self._act(lambda store: store.close_counter(self.counter),
                      lambda c: self.tr("Counter %1 is closed.").replace("%1", str(c.number)),
                      after=lambda _: self._end_session())

    def _locked_out(self) -> None:
        """The store signed out an account deactivated meanwhile. Nobody may be asked: that account may
        decide nothing any more. Its counter is paused, not closed: a customer may still be at it (a
        closed counter must be free), and whoever signs in there next reopens it with one key."""
        self.worker.run(pause_left_counter, done=self._locked_out_paused)

    def _locked_out_paused(self, paused: Counter | None) -> None:
        message = self.tr("This account has been deactivated.")
        if paused is not None:
            message += " " + self.tr("Counter %1 is paused.").replace("%1", str(paused.number))
        self._end_session(message)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The window closed while signed in: nobody is left to call, so a counter still shown open
        (or as a love window) in the hall is paused, the sign-out's default; no question (the PC
        may be shutting down). The window waits for that, and for what was asked before it."""
        if self.staff is not None:
            self.worker.run(lambda store: leave_on_close(store, self.counter))
            self._show_sign_in()
        self.surge_banner.stop()
        self.connection.stop()
        self.worker.stop()
        super().closeEvent(event)

    def _connection_changed(self, lost: bool) -> None:
        """Lost: the banner, the desk as last read (its buttons answer with the same refusal). Back: the
        desk read again at once, whatever was missed meanwhile."""
        self.connection_banner.set_lost(lost)
        if not lost:
            self._token = None
            self.refresh()

    def _end_session(self, message: str = "") -> None:
        self.worker.run(lambda store: store.sign_out())
        self._show_sign_in(message)

    def _show_sign_in(self, message: str = "") -> None:
        self.timer.stop()
        self.staff = None
        self.surge_banner.watch_for(None)
        self.book_button.set_role(None)
        self.complaint_strip.close_dialog()
        self._drop_home_visits()  # its addresses and phones, its role's buttons go too
        self.view = self._token = None
        self.pages.setCurrentWidget(self.sign_in)
        self.sign_in.reset(message)

    # -- actions: each one store call on the worker, refused while the last one has no answer yet ---------

    def _ready(self) -> bool:
        """Signed in, and no action still waiting for its answer: a second press is refused (and the
        window says at once that it is working)."""
        if self.staff is None:
            return False
        return not self.working.refuses()

    def _act(self, what: Callable[[QueueStore], object], done: Callable[[object], str],
             after: Callable[[object], None] | None = None,
             refused: Callable[[], None] | None = None) -> None:
        """`what(store)` on the worker, the desk re-read with it; then `done(result)`'s line in the status bar
        and `after(result)`, or the refusal said and `refused()`."""
        self.worker.run(lambda store: after_action(store, self.counter, what),
                        done=lambda answer: self._acted(*answer, done, after),
                        failed=lambda exc: self._refused(exc, refused))

    def _acted(self, result: object, view: DeskView | None, done: Callable[[object], str],
               after: Callable[[object], None] | None) -> None:
        if view is not None:
            self.view = view  # the line may name what the configuration calls things now
        line = done(result)
        self.status_line.say(line)
        self.action_done.emit(line)
        if view is None:
            self._token = None  # the desk could not be read with it: the next refresh reads it
        else:
            self._show(view)
        if after is not None:
            after(result)

    def _said(self, line: str) -> None:
        self.status_line.say(line)
        self.action_done.emit(line)

    def _refused(self, exc: QueueError, refused: Callable[[], None] | None = None) -> None:
        self.status_line.say(explain(exc), error=True)
        if refused is not None:
            refused()
        if _signed_out_by_store(exc) and self.staff is not None:  # the store signed a deactivated
            self._locked_out()                                     # account out

    def call_next(self) -> None:
        if not self._ready():
            return

        def done(choice) -> str:
            if choice is None:
                return self.tr("Nobody is waiting for this counter.")
            called = marked(choice.ticket.label, is_drill(choice.ticket))
            return self.tr("Called %1: %2").replace("%1", called).replace("%2", self._reason(choice))
        self._act(lambda store: store.call_next(self.counter), done)

    def _reason(self, choice: policy.Choice) -> str:
        """The policy's one-line reason, in the staff's language."""
        branch, ticket = self.view.branch, choice.ticket
        head_start_s = branch.head_start_s(ticket.priority)
        waited_s = choice.score - head_start_s
        waited = str(whole_minutes(waited_s))
        if choice.reserved:  # a ticket sent to this counter is called first
            origin = ticket.transferred_from
            return (self.tr("transferred from counter %1, waited %2 min").replace("%1", str(origin or "?"))
                    .replace("%2", waited))
        text = (self.tr("%1, waited %2 min + %3 head start")
                .replace("%1", _configured_name(branch.priority_class, ticket.priority))
                .replace("%2", waited).replace("%3", minutes_text(head_start_s)))
        if waited_s >= branch.max_wait_s:
            text += self.tr(", past the %1 min maximum wait").replace("%1", minutes_text(branch.max_wait_s))
        return text

    def _ticket_action(self, method: str, line: str) -> None:
        self._act(lambda store: getattr(store, method)(self.counter),
                  lambda t: line.replace("%1", marked(t.label, is_drill(t))))

    def recall(self) -> None:
        if self._ready():
            self._ticket_action("recall", self.tr("Called %1 again."))

    def start(self) -> None:
        if self._ready():
            self._ticket_action("start", self.tr("Serving %1."))

    def finish(self) -> None:
        if self._ready():
            self._ticket_action("finish", self.tr("Finished %1."))

    def _fresh(self, then: Callable[[], None]) -> None:
        """Re-read the desk, then `then()`: what a question names (the ticket at the counter, the counters
        open to transfer to) is what the store has now."""
        def shown(view: DeskView) -> None:
            self._show(view)
            then()
        self.worker.run(lambda store: read_desk(store, self.counter), done=shown, failed=self._refused)

    def no_show(self) -> None:
        if self._ready():
            self._fresh(self._ask_no_show)

    def _ask_no_show(self) -> None:
        current = self._current()
        if current is None or self.confirm(self.tr("Mark %1 as not come?")
                                           .replace("%1", marked(current.label, is_drill(current)))):
            self._ticket_action("no_show", self.tr("%1 did not come."))

    def transfer(self) -> None:
        if self._ready():
            self._fresh(self._ask_transfer)

    def _ask_transfer(self) -> None:
        current = self._current()
        if current is None:
            self.status_line.say(self.tr("No customer at this counter."), error=True)
            return
        dialog = TransferDialog(self.view.branch, self.view.counters, current, self.counter, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        service, counter = dialog.choice()

        def done(ticket: Ticket) -> str:
            named = f"{service} {_configured_name(self.view.branch.service, service)}" if service else ""
            if service and counter:
                line = self.tr("%1 transferred to %2 at counter %3")
            elif service:
                line = self.tr("%1 transferred to %2")
            else:
                line = self.tr("%1 transferred to counter %3")
            return (line.replace("%1", marked(ticket.label, is_drill(ticket))).replace("%2", named)
                    .replace("%3", str(counter)))
        self._act(lambda store: store.transfer(self.counter, service, counter), done)

    def reinstate(self) -> None:
        """Offers the ticket this counter marked no-show last: usually the one who just came back."""
        if not self._ready():
            return
        self.worker.run(lambda store: store.recent_no_show(self.counter), done=self._ask_reinstate,
                        failed=lambda exc: self._ask_reinstate(None))

    def _ask_reinstate(self, offered: str | None) -> None:
        typed, ok = QInputDialog.getText(self, self.tr("Reinstate"), self.tr("Ticket that came back:"),
                                         text=offered or "")
        label = self._label(typed) if ok and typed.strip() else None
        if label:
            self._act(lambda store: store.reinstate(label),
                      lambda t: self.tr("%1 is back in the queue in its place.").replace("%1", t.label))

    def cancel_ticket(self) -> None:
        """A customer who left, or no longer needs their ticket: it is never called again."""
        if self._ready():
            self._fresh(self._ask_cancel)

    def _ask_cancel(self) -> None:
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
            self._act(lambda store: store.cancel_ticket(label, day),
                      lambda t: self.tr("%1 is cancelled.").replace("%1", t.label))

    def call_ticket(self) -> None:
        if not self._ready():
            return
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
        self._act(lambda store: store.call_ticket(self.counter, label, day),
                  lambda t: self.tr("Called %1.").replace("%1", marked(t.label, is_drill(t))))

    def _label(self, typed: str) -> str | None:
        """The ticket label typed into a dialog ('a7' -> 'A007'), or None after saying why it is not one."""
        try:
            return parse_label(typed)
        except QueueError as exc:
            self.status_line.say(explain(exc), error=True)
            return None

    def assist(self) -> None:
        if self._ready():
            self._fresh(self._ask_assistance)

    def _ask_assistance(self) -> None:
        current = self._current()
        dialog = AssistanceDialog(current, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            kind, note = dialog.kind.currentData(), dialog.note.text()
            self._act(lambda store: record_assistance(store, kind, current.id if current else None,
                                                      self.counter, note),
                      lambda _: self.tr("Assistance recorded."))

    def open_counter(self) -> None:
        if not self._ready():
            return
        mode = self._chosen_mode()
        self._act(lambda store: store.open_counter(self.counter, mode=mode),
                  lambda c: self.tr("Counter %1 is open.").replace("%1", str(c.number)))

    def choose_services(self) -> None:
        """The services this counter calls, in order of preference (it prefers the first on equal scores)."""
        if self._ready():
            self._fresh(self._ask_services)

    def _ask_services(self) -> None:
        desk = next(c for c in self.view.counters if c.number == self.counter)
        text, ok = QInputDialog.getText(self, self.tr("Services"),
                                        self.tr("Services in order of preference (e.g. A,B):"),
                                        text=",".join(desk.services))
        if ok:
            codes = tuple(code.strip().upper() for code in text.split(",") if code.strip())
            mode = self._chosen_mode()
            self._act(lambda store: store.open_counter(self.counter, codes, mode),
                      lambda c: self.tr("Counter %1 serves %2.").replace("%1", str(c.number))
                      .replace("%2", ", ".join(c.services)))

    def pause(self) -> None:
        if not self._ready():
            return
        reasons = [self.tr("Break"), self.tr("Meeting"), self.tr("Other")]
        reason, ok = QInputDialog.getItem(self, self.tr("Pause"), self.tr("Why?"), reasons, 0, False)
        if ok:
            self._act(lambda store: store.pause_counter(self.counter, reason),
                      lambda c: self.tr("Counter %1 is paused.").replace("%1", str(c.number)))

    def close_counter(self) -> None:
        if not self._ready():
            return
        if self.confirm(self.tr("Close counter %1?").replace("%1", str(self.counter))):
            self._act(lambda store: store.close_counter(self.counter),
                      lambda c: self.tr("Counter %1 is closed.").replace("%1", str(c.number)))

    def toggle_love(self, on: bool) -> None:
        """Love window: this counter calls priority customers only (regular calling paused)."""
        if not self._ready():
            self.love.setChecked(not on)
            return
        mode = CounterMode.LOVE if on else CounterMode.NORMAL
        self._act(lambda store: store.open_counter(self.counter, mode=mode),
                  lambda c: self.tr("Love window on: priority customers only.") if on
                  else self.tr("Love window off."), refused=lambda: self.love.setChecked(not on))

    def toggle_quick(self, on: bool) -> None:
        """Ctrl+U. Quick counter: this counter calls quick (simple) services only (kiosk.core.policy)."""
        if not self._ready():
            self.quick.setChecked(not on)
            return
        mode = CounterMode.QUICK if on else CounterMode.NORMAL
        self._act(lambda store: store.open_counter(self.counter, mode=mode),
                  lambda c: self.tr("Quick counter on: quick services only (%1).")
                  .replace("%1", ", ".join(policy.callable_services(self.view.branch, c))) if on
                  else self.tr("Quick counter off."), refused=lambda: self.quick.setChecked(not on))

    def _chosen_mode(self) -> CounterMode:
        """The mode the toggles ask for when the counter is opened or its services change."""
        return (CounterMode.LOVE if self.love.isChecked() else
                CounterMode.QUICK if self.quick.isChecked() else CounterMode.NORMAL)

    def _answer_help(self, resolve: bool) -> None:
        if not self._ready():
            return
        item = self.help_list.currentItem() or self.help_list.item(0)
        if item is None:
            return
        request = item.data(Qt.ItemDataRole.UserRole)
        self._act(lambda store: answer_help(store, request, resolve),
                  lambda r: self.tr("Help request answered after %1 s.")
                  .replace("%1", str(int(r["response_seconds"]))))

    def open_home_visits(self) -> None:
        """Ctrl+H: the home-visit register; anyone registers a request, the lobby manager approves."""
        if self._ready():
            self._drop_home_visits()
            self.home_visit_dialog = HomeVisitDialog(self.worker, self.staff.role, self.confirm,
                                                     self.run_dialog, self)
            self.run_dialog(self.home_visit_dialog)

    def _drop_home_visits(self) -> None:
        """The register last opened closed and deleted, with its table of addresses and phones."""
        if self.home_visit_dialog is not None:
            self.home_visit_dialog.reject()
            self.home_visit_dialog.deleteLater()
            self.home_visit_dialog = None

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
        return self.view.current if self.view is not None else None

    def refresh(self) -> None:
        """Re-read, on the worker, when some process committed since the last look, or the minute (so the
        business day) turned: the longest wait grows, and yesterday's queue goes, even when nobody writes.
        A tick while the last re-read is still running (a busy database) is skipped."""
        if self.staff is None or self.connection.lost:  # while lost, the connection watch asks
            return
        seen = self._token
        self.worker.poll(lambda store: read_desk(store, self.counter, unless=seen), done=self._show,
                         failed=self._not_read)

    def _not_read(self, exc: QueueError) -> None:
        if self.staff is not None:
            self.status_line.say(explain(exc), error=True)

    def _show(self, view: DeskView | None) -> None:
        if view is None or self.staff is None:  # nothing changed, or signed out since it was asked
            return
        self.view, self._token = view, view.token
        mine = next((c for c in view.status.counters if c.number == self.counter), None)
        if mine is None:  # the manager took this counter out of the configuration
            self.status_line.say(self.tr("Counter %1 is no longer in the branch's configuration: ask the "
                                         "manager, then sign out.").replace("%1", str(self.counter)),
                                 error=True)
            return
        self.love.setChecked(mine.mode == CounterMode.LOVE)
        self.quick.setChecked(mine.mode == CounterMode.QUICK)
        self.header.setText(self.tr("Counter %1 · %2 · %3 (%4)").replace("%1", str(self.counter))
                            .replace("%2", name_of(mine.mode.value)).replace("%3", self.staff.name)
                            .replace("%4", name_of(self.staff.role.value)))
        self._show_ticket(view.current)
        self._show_help(view.help_requests)
        self._show_live(view)
        self.complaint_strip.show_desk(view)
        self.home_visits.show_overdue(view.overdue_home_visits)
        self.low_ratings.refresh()

    def _show_ticket(self, ticket: Ticket | None) -> None:
        self.drill_tag.show_if(is_drill(ticket))
        if ticket is None:
            self.ticket.setText("—")
            self.ticket_info.setText(self.tr("No customer at this counter."))
            self.needs.hide()
            return
        self.ticket.setText(ticket.label)
        branch = self.view.branch
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
        tz, today = self.view.branch.tz, self.view.today
        for r in requests:
            at = datetime.fromtimestamp(r["at"], tz)  # an earlier day's request, unresolved, says its date
            asked = at.strftime("%H:%M" if at.date().isoformat() == today else "%m-%d %H:%M")
            ticket = f" · {marked(r['ticket'], r['drill'] is not None)}" if r["ticket"] else ""
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

    def _show_live(self, view: DeskView) -> None:
        lines, branch, status = [], view.branch, view.status
        for service, classes in status.waiting_by_class.items():
            if classes:
                detail = ", ".join(f"{_configured_name(branch.priority_class, cls)} {n}"
                                   for cls, n in classes.items())
                lines.append(f"{service} {_configured_name(branch.service, service)}: "
                             f"{sum(classes.values())} ({detail})")
        lines.append(self.tr("Longest wait: %1 min").replace("%1", str(view.longest_wait)))
        for c in status.counters:
            ticket = f" · {marked(c.ticket, c.ticket_drill)}" if c.ticket else ""
            lines.append(self.tr("Counter %1: %2").replace("%1", str(c.number))
                         .replace("%2", name_of(c.mode.value)) + ticket)
        if view.drill is not None:  # its tickets wait among the customers'
            lines.insert(0, drill_running_line())
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
        self.quick.setText(self.tr("Quick counter") + f"\n[{self.quick.property('keys')}]")
        self.quick.setAccessibleName(self.tr("Quick counter"))
        self.help_ack.setText(self.tr("Acknowledge"))
        self.help_resolve.setText(self.tr("Resolve"))
        self.help_box.setTitle(self.tr("Help requests"))
        self.live_box.setTitle(self.tr("Waiting now"))
        self.setWindowTitle(self.tr("Counter %1").replace("%1", str(self.counter)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
