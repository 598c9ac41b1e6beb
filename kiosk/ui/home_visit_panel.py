"""The home-visit register on screen (a manager station tab, a console dialog): the list, overdue in red; a
request registered, approved or refused, two staff assigned, the call before leaving, the outcome."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.vocabulary import config_name
from kiosk.core.errors import QueueError
from kiosk.core.home_visits import CONTACT_MAX, TEXT_MAX, TRANSITIONS, HomeVisit, VisitAction, VisitStatus
from kiosk.core.staff import PERMISSIONS, Role
from kiosk.station.home_visit_register import Register, change_register, read_register
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.ui.refusals import explain
from kiosk.ui.widgets import StatusLine, WorkingLabel

POLL_MS = 2000
OVERDUE = QColor("#B00000")  # dark red: 6.4:1 on white
_APPROVER_STEPS = ("approve", "refuse", "assign")  # the lobby manager's or manager's (home_visit_approve)


class TextDialog(QDialog):
    """One required line of text (why refused, the call, the outcome), at most TEXT_MAX characters."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLineEdit(maxLength=TEXT_MAX)
        self.text.setMinimumWidth(420)
        self.error = QLabel(objectName="error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(prompt, wordWrap=True))
        form.addRow(self.text)
        form.addRow(self.error)
        form.addRow(buttons)

    def _check(self) -> None:
        if not self.text.text().strip():
            self.error.setText(self.tr("Please write something first."))
            return
        self.accept()


class AssignDialog(QDialog):
    """The two staff who go (双人同行): two different active colleagues."""

    def __init__(self, visit: HomeVisit, staff: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign staff to home visit %1").replace("%1", str(visit.id)))
        self.first, self.second = QComboBox(), QComboBox()
        for box in (self.first, self.second):
            box.addItem(self.tr("Choose…"), None)
            for number, name in staff:
                box.addItem(f"{number}  {name}", number)
        for box, chosen in ((self.first, visit.staff_a), (self.second, visit.staff_b)):
            if chosen and box.findData(chosen) >= 0:
                box.setCurrentIndex(box.findData(chosen))
        self.error = QLabel(objectName="error", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Two different colleagues go on every home visit."), wordWrap=True))
        form.addRow(self.tr("First staff member"), self.first)
        form.addRow(self.tr("Second staff member"), self.second)
        form.addRow(self.error)
        form.addRow(buttons)

    def choice(self) -> tuple[str | None, str | None]:
        return self.first.currentData(), self.second.currentData()

    def _check(self) -> None:
        a, b = self.choice()
        if not a or not b:
            self.error.setText(self.tr("Choose two staff members."))
        elif a == b:
            self.error.setText(self.tr("Choose two different staff members."))
        else:
            self.accept()


class HomeVisitPanel(QWidget):
    """The register, read and changed on the station's StoreWorker; a press while an answer is awaited is
    refused. Anyone may register a request and report on a visit; approving, refusing and assigning are
    the lobby manager's or manager's (the store checks each again)."""

    overdue_changed = Signal(int)
    COLUMNS = ("id", "status", "due_by", "service", "reason", "requested_by", "contact", "address", "staff",
               "notes")

    def __init__(self, worker: StoreWorker, role: Role | None, confirm: Callable[[str], bool] | None = None,
                 run_dialog: Callable[[QDialog], int] | None = None, poll_ms: int = POLL_MS,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = worker
        self.may_approve = role is None or role in PERMISSIONS["home_visit_approve"]
        self.confirm = confirm or self._ask
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.register: Register | None = None
        self.overdue_line = QLabel(objectName="overdue", wordWrap=True)
        self.overdue_line.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold;")
        self.overdue_line.hide()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # rows as tall as their wrapped text at the columns' final widths, also after a resize
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for free_text in ("reason", "address", "notes"):  # these share the room left, wrapped
            header.setSectionResizeMode(self.COLUMNS.index(free_text), QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.buttons: dict[str, QPushButton] = {}
        actions = (("approve", self.approve), ("refuse", self.refuse), ("assign", self.assign),
                   ("call", self.log_call), ("done", self.record_outcome), ("cancel", self.cancel))
        row = QGridLayout()  # three a row: the panel fits a quarter of a 1920x1080 screen
        for i, (name, slot) in enumerate(actions):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button, i // 3, i % 3)
        row.setColumnStretch(3, 1)
        self.working = WorkingLabel(worker)
        row.addWidget(self.working, 0, 4)
        self.message = StatusLine()

        self.form = QGroupBox()
        self.service = QComboBox()
        self.reason = QLineEdit(maxLength=TEXT_MAX)
        self.requested_by = QComboBox()
        self.contact = QLineEdit(maxLength=CONTACT_MAX)
        self.address = QLineEdit(maxLength=TEXT_MAX)
        self.register_button = QPushButton()
        self.register_button.clicked.connect(self.request)
        self.form_labels = [QLabel() for _ in range(5)]
        grid = QGridLayout(self.form)
        fields = (self.service, self.requested_by, self.reason, self.contact, self.address)
        for i, (label, field) in enumerate(zip(self.form_labels, fields, strict=True)):
            label.setBuddy(field)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(field, i // 2, (i % 2) * 2 + 1)
        grid.addWidget(self.register_button, 2, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.overdue_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.form)
        for name in _APPROVER_STEPS:  # hidden once in the panel: a parentless widget
            self.buttons[name].setHidden(not self.may_approve)  # shown would open as a window
        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self.poll)
        self.retranslate()
        self.refresh()
        self.timer.start()

    # -- reading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register again (on the worker), whatever changed."""
        self.worker.run(read_register, done=self._show, failed=self._refused)

    def poll(self) -> None:
        """Re-read when some station committed, or the minute turned (a visit falls overdue at midnight);
        not once the window is closed (its worker stopped, its store maybe closed)."""
        if not self.window().isVisible():
            return
        seen = self.register.token if self.register is not None else None
        self.worker.poll(lambda store: read_register(store, unless=seen), done=self._show, name="home_visits")

    def _refused(self, exc: QueueError) -> None:
        self.message.say(explain(exc), error=True)

    def _show(self, register: Register | None) -> None:
        if register is None:
            return
        kept = self.selected()
        first = self.register is None
        self.register = register
        if first or [s.code for s in register.services] != [self.service.itemData(i)
                                                             for i in range(self.service.count())]:
            self._fill_services()
        self.table.setRowCount(len(register.visits))
        for r, visit in enumerate(register.visits):
            late = visit.overdue(register.today)
            for c, text in enumerate(self._cells(visit, late)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, visit.id)
                if late:
                    item.setForeground(QBrush(OVERDUE))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        if kept is not None:
            self.select(kept.id)
        overdue = len(register.overdue)
        self.overdue_line.setVisible(bool(overdue))
        self.overdue_line.setText(self._overdue_text(overdue))
        self._selection_changed()
        self.overdue_changed.emit(overdue)

    def _cells(self, v: HomeVisit, late: bool) -> list[str]:
        due = v.due_by.isoformat() + ("  " + self.tr("(overdue)") if late else "")
        staff = " + ".join(s for s in (v.staff_a, v.staff_b) if s)
        notes = []
        if v.approved_by:
            notes.append(self.tr("approved by %1").replace("%1", v.approved_by))
        if v.call_note:
            notes.append(self.tr("call: %1").replace("%1", v.call_note))
        if v.outcome:
            notes.append(v.outcome)
        if v.erased_at:
            notes.append(self.tr("contact and address erased"))
        return [str(v.id), self._status_name(v.status), due, self._service_name(v.service), v.reason,
                self._requester_name(v.requested_by), v.contact or "", v.address or "", staff,
                " · ".join(notes)]

    def _service_name(self, code: str) -> str:
        service = next((s for s in self.register.services if s.code == code), None)
        return f"{code} {config_name(service)}" if service else code

    def _fill_services(self) -> None:
        current = self.service.currentData()
        self.service.clear()
        for s in self.register.services:
            self.service.addItem(f"{s.code}  {config_name(s)}", s.code)
        if current is not None and self.service.findData(current) >= 0:
            self.service.setCurrentIndex(self.service.findData(current))

    def selected(self) -> HomeVisit | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1 or self.register is None:
            return None
        row = rows.pop()
        return self.register.visits[row] if row < len(self.register.visits) else None

    def select(self, visit_id: int) -> None:
        for r, visit in enumerate(self.register.visits if self.register else []):
            if visit.id == visit_id:
                self.table.selectRow(r)
                return
        self.table.clearSelection()

    def _selection_changed(self) -> None:
        v = self.selected()
        status = v.status if v is not None else None
        for name, button in self.buttons.items():  # the steps the visit's status allows (the core's rule)
            allowed_from, _ = TRANSITIONS[VisitAction(name)]
            button.setEnabled(status in allowed_from and (self.may_approve or name not in _APPROVER_STEPS))

    # -- actions: each one store call on the worker, the register read again with it ---------------------

    def _ready(self) -> bool:
        return not self.working.refuses()

    def _do(self, action: Callable[[QueueStore], object], line: str) -> None:
        self.worker.run(lambda store: change_register(store, action),
                        done=lambda register: self._done(register, line), failed=self._refused)

    def _done(self, register: Register, line: str) -> None:
        self._show(register)
        self.message.say(line)

    def request(self) -> None:
        if not self._ready():
            return
        service, by = self.service.currentData(), self.requested_by.currentData()
        reason, contact, address = self.reason.text(), self.contact.text(), self.address.text()
        if not service or not reason.strip() or not contact.strip():
            self.message.say(self.tr("Give the service, the reason and a contact."), error=True)
            return

        def registered(register: Register) -> None:
            newest = max(register.visits, key=lambda v: v.id)
            self._done(register, self.tr("Home visit %1 registered; due by %2.").replace("%1", str(newest.id))
                       .replace("%2", newest.due_by.isoformat()))
            for field in (self.reason, self.contact, self.address):
                field.clear()
            self.select(newest.id)
        self.worker.run(lambda store: change_register(
            store, lambda s: s.request_home_visit(service, reason, by, contact, address)),
            done=registered, failed=self._refused)

    def approve(self) -> None:
        v = self.selected()
        if v is None or not self._ready():
            return
        if self.confirm(self.tr("Approve home visit %1 (%2)?").replace("%1", str(v.id))
                        .replace("%2", v.reason)):
            self._do(lambda store: store.approve_home_visit(v.id),
                     self.tr("Home visit %1 approved.").replace("%1", str(v.id)))

    def refuse(self) -> None:
        self._text_step(self.tr("Refuse home visit %1"), self.tr("Why is it refused? The customer is told."),
                        lambda store, visit, note: store.refuse_home_visit(visit, note),
                        self.tr("Home visit %1 refused."))

    def cancel(self) -> None:
        self._text_step(self.tr("Cancel home visit %1"), self.tr("Why is it withdrawn?"),
                        lambda store, visit, note: store.cancel_home_visit(visit, note),
                        self.tr("Home visit %1 cancelled."))

    def assign(self) -> None:
        v = self.selected()
        if v is None or not self._ready():
            return
        dialog = AssignDialog(v, self.register.staff, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        a, b = dialog.choice()
        self._do(lambda store: store.assign_home_visit(v.id, a or "", b or ""),
                 self.tr("Home visit %1: %2 and %3 go.").replace("%1", str(v.id)).replace("%2", a or "")
                 .replace("%3", b or ""))

    def log_call(self) -> None:
        self._text_step(self.tr("Call before leaving: home visit %1"),
                        self.tr("What was agreed on the phone (time, who comes)?"),
                        lambda store, visit, note: store.log_home_visit_call(visit, note),
                        self.tr("Call logged: home visit %1 is under way."))

    def record_outcome(self) -> None:
        self._text_step(self.tr("Outcome of home visit %1"), self.tr("What was done?"),
                        lambda store, visit, outcome: store.finish_home_visit(visit, outcome),
                        self.tr("Home visit %1 done."))

    def _text_step(self, title: str, prompt: str, step: Callable[[QueueStore, int, str], object],
                   done: str) -> None:
        """The chosen visit's step that takes a text (a note, the outcome), asked for in a dialog; `title`
        and `done` name the visit as %1."""
        v = self.selected()
        if v is None or not self._ready():
            return
        dialog = TextDialog(title.replace("%1", str(v.id)), prompt, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        text = dialog.text.text()
        self._do(lambda store: step(store, v.id, text), done.replace("%1", str(v.id)))

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Home visits"), question) == QMessageBox.StandardButton.Yes

    def stop(self) -> None:
        self.timer.stop()

    # -- words ---------------------------------------------------------------------------------------------

    def _overdue_text(self, count: int) -> str:
        return self.tr("%1 home visit(s) overdue: past their last allowed day.").replace("%1", str(count))

    def tab_title(self) -> str:
        count = len(self.register.overdue) if self.register else 0
        return (self.tr("Home visits (%1 overdue)").replace("%1", str(count)) if count
                else self.tr("Home visits"))

    def _status_name(self, status: VisitStatus) -> str:
        return {
            VisitStatus.REQUESTED: self.tr("requested"), VisitStatus.APPROVED: self.tr("approved"),
            VisitStatus.ASSIGNED: self.tr("staff assigned"), VisitStatus.DEPARTED: self.tr("under way"),
            VisitStatus.DONE: self.tr("done"), VisitStatus.REFUSED: self.tr("refused"),
            VisitStatus.CANCELLED: self.tr("cancelled"),
        }[status]

    def _requester_name(self, code: str) -> str:
        return {"customer": self.tr("the customer"), "agent": self.tr("an agent")}.get(code, code)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Status"), self.tr("Due by"), self.tr("Service"), self.tr("Reason"),
            self.tr("Asked by"), self.tr("Contact"), self.tr("Address"), self.tr("Staff"), self.tr("Notes")])
        names = {"approve": self.tr("Approve"), "refuse": self.tr("Refuse…"),
                 "assign": self.tr("Assign staff…"), "call": self.tr("Log the call…"),
                 "done": self.tr("Record outcome…"),
                 "cancel": self.tr("Cancel request…")}
        for name, button in self.buttons.items():
            button.setText(names[name])
        self.form.setTitle(self.tr("Register a request"))
        for label, text in zip(self.form_labels, (
                self.tr("Service"), self.tr("Asked by"), self.tr("Why they cannot come"),
                self.tr("Contact (phone)"), self.tr("Address")), strict=True):
            label.setText(text)
        current = self.requested_by.currentData()
        self.requested_by.clear()
        for code in ("customer", "agent"):
            self.requested_by.addItem(self._requester_name(code), code)
        self.requested_by.setCurrentIndex(max(0, self.requested_by.findData(current)))
        self.register_button.setText(self.tr("Register"))
        if self.register is not None:
            self._show(self.register)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HomeVisitDialog(QDialog):
    """The register as a console dialog (Ctrl+H): the console's worker, the signed-in staff's role."""

    def __init__(self, worker: StoreWorker, role: Role | None, confirm: Callable[[str], bool] | None = None,
                 run_dialog: Callable[[QDialog], int] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = HomeVisitPanel(worker, role, confirm=confirm, run_dialog=run_dialog, parent=self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(close)
        self.resize(1280, 720)
        self.finished.connect(self.panel.stop)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Home visits"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HomeVisitBadge(QWidget):
    """The console's line for the register: how many visits are overdue, and the button that opens it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.count = 0
        self.line = QLabel(objectName="overdue", wordWrap=True)
        self.line.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold;")
        self.button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.show_overdue(0)

    def show_overdue(self, count: int) -> None:
        self.count = count
        self.line.setVisible(bool(count))
        self.line.setText(self.tr("⚠ %1 home visit(s) overdue").replace("%1", str(count)))
        self.button.setText(self.tr("Home visits…") + "\n[Ctrl+H]")  # two lines: two buttons side by side
        self.button.setAccessibleName(self.tr("Home visits"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_overdue(self.count)
        super().changeEvent(event)
