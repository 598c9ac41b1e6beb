"""The manager's staff list: add an account, reset a PIN, deactivate or reactivate."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from kiosk.adapters.vocabulary import name_of
from kiosk.core.errors import QueueError
from kiosk.core.staff import Role, check_pin, staff_number
from kiosk.station.manager_office import change_staff
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff, list_staff, set_active, set_pin
from kiosk.ui.refusals import explain
from kiosk.ui.widgets import StatusLine, WorkingLabel


class PinDialog(QDialog):
    """A new account (number, name, role, PIN) or only a new PIN; the PIN is typed twice."""

    def __init__(self, title: str, new_account: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.number, self.name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(name_of(role.value), role.value)
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if new_account:
            form.addRow(self.tr("Staff number"), self.number)
            form.addRow(self.tr("Name"), self.name)
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN (6-8 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow(self.error)
        form.addRow(buttons)
        self.new_account = new_account

    def _check(self) -> None:
        try:
            if self.new_account and not (self.number.text().strip() and self.name.text().strip()):
                raise QueueError(self.tr("Staff number and name are both needed."))
            if self.new_account:
                try:
                    staff_number(self.number.text())
                except QueueError:
                    raise QueueError(self.tr("A staff number is 1 to 12 digits.")) from None
            try:
                check_pin(self.pin.text())
            except QueueError:
                raise QueueError(self.tr("A PIN is 6 to 8 digits.")) from None
            if self.pin.text() != self.pin_again.text():
                raise QueueError(self.tr("The two PINs differ."))
        except QueueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class StaffPanel(QWidget):
    """The accounts, read and changed on the station's StoreWorker; a press while an answer is awaited is
    refused (`working` says so at once)."""

    COLUMNS = ("number", "name", "role", "active", "locked")

    def __init__(self, worker: StoreWorker, confirm: Callable[[str], bool] | None = None,
                 run_dialog: Callable[[QDialog], int] | None = None, working: WorkingLabel | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.worker, self.working = worker, working
        self.staff: list[dict] = []
        self.confirm = confirm or self._ask
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = StatusLine()
        self.add_button, self.pin_button, self.active_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add)
        self.pin_button.clicked.connect(self.reset_pin)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.pin_button, self.active_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Read the accounts again (on the worker)."""
        self.worker.run(list_staff, done=self._show, failed=self._refused)

    def _refused(self, exc: QueueError) -> None:
        self.message.say(explain(exc), error=True)

    def _show(self, staff: list[dict]) -> None:
        self.staff = staff
        self.table.setRowCount(len(self.staff))
        for r, member in enumerate(self.staff):
            shown = {**member, "role": name_of(member["role"]),
                     "active": self.tr("yes") if member["active"] else self.tr("no (deactivated)"),
                     "locked": self.tr("locked") if member["locked"] else ""}
            for c, key in enumerate(self.COLUMNS):
                self.table.setItem(r, c, QTableWidgetItem(str(shown[key])))
        self._selection_changed()

    def selected(self) -> dict | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.staff[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        member = self.selected()
        self.pin_button.setEnabled(member is not None)
        self.active_button.setEnabled(member is not None)
        self.active_button.setText(self.tr("Reactivate") if member and not member["active"]
                                   else self.tr("Deactivate"))

    def _ready(self) -> bool:
        """No change still waiting for its answer: a second press is refused, and the window says why."""
        return not (self.working.refuses() if self.working is not None else self.worker.busy)

    def _do(self, action: Callable[[QueueStore], object], done: str) -> None:
        """`action(store)` on the worker, the list read again with it; then `done` said, or the refusal."""
        self.worker.run(lambda store: change_staff(store, action), done=lambda staff: self._done(staff, done),
                        failed=self._refused)

    def _done(self, staff: list[dict], line: str) -> None:
        self._show(staff)
        self.message.say(line)

    def add(self) -> None:
        if not self._ready():
            return
        dialog = PinDialog(self.tr("Add a staff member"), new_account=True, parent=self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            number, role = dialog.number.text().strip(), Role(dialog.role.currentData())
            name, pin = dialog.name.text(), dialog.pin.text()
            self._do(lambda store: add_staff(store, number, name, role, pin),
                     self.tr("Added %1.").replace("%1", number))

    def reset_pin(self) -> None:
        member = self.selected()
        if member is None or not self._ready():
            return
        dialog = PinDialog(self.tr("New PIN for %1").replace("%1", member["name"]), new_account=False,
                           parent=self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            pin = dialog.pin.text()
            self._do(lambda store: set_pin(store, member["number"], pin),
                     self.tr("New PIN set for %1; the account is unlocked.").replace("%1", member["name"]))

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None or not self._ready():
            return
        if member["active"]:
            question = self.tr("Deactivate %1? They can no longer sign in; their records stay.")
            if not self.confirm(question.replace("%1", f"{member['number']} {member['name']}")):
                return
        self._do(lambda store: set_active(store, member["number"], not member["active"]),
                 (self.tr("%1 deactivated.") if member["active"] else self.tr("%1 reactivated."))
                 .replace("%1", member["name"]))


    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Staff"), question) == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Staff number"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Active"), self.tr("Locked")])
        self.add_button.setText(self.tr("Add…"))
        self.pin_button.setText(self.tr("Reset PIN…"))
        self._selection_changed()
