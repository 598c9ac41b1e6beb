"""Staff sign-in with number and PIN, optionally for some roles only (the manager station)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from kiosk.adapters.vocabulary import name_of
from kiosk.core.errors import QueueError
from kiosk.core.staff import LOCK_MINUTES, Role
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.store.staff import SignInRefused, Staff, sign_in
from kiosk.ui.widgets import WorkingLabel


def _sign_in_here(store: QueueStore, number: str, pin: str, roles: frozenset[Role] | None) -> Staff | None:
    """On the worker's thread: the PIN checked (scrypt: a third of a second), None (and signed out again) for
    a role this station does not take."""
    staff = sign_in(store, number, pin)
    if roles is not None and staff.role not in roles:
        store.sign_out()
        return None
    return staff


class SignInPage(QWidget):
    """Emits signed_in(Staff); a wrong PIN, a locked account or a role not allowed here is said inline.
    The PIN is checked on the station's StoreWorker; signed_in is emitted from within its answer, so the
    worker stays busy for what the window does next."""

    signed_in = Signal(object)  # Staff

    def __init__(self, worker: StoreWorker, roles: frozenset[Role] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.worker, self.roles = worker, roles
        self.number = QLineEdit()
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="error", wordWrap=True)
        self.working = WorkingLabel(worker)
        self.button = QPushButton()
        self.button.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.number.returnPressed.connect(self.pin.setFocus)
        form = QFormLayout(self)
        self.number_label, self.pin_label = QLabel(), QLabel()
        self.number_label.setBuddy(self.number)
        self.pin_label.setBuddy(self.pin)
        form.addRow(self.number_label, self.number)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.error)
        form.addRow(self.button)
        form.addRow(self.working)
        self.retranslate()

    def submit(self) -> None:
        if self.working.refuses():  # Enter pressed again while the PIN is being checked
            return
        number, pin, roles = self.number.text().strip(), self.pin.text(), self.roles
        self.worker.run(lambda store: _sign_in_here(store, number, pin, roles), done=self._answered,
                        failed=self._failed)

    def _answered(self, staff: Staff | None) -> None:
        if staff is None:
            self._refuse(self.tr("This station needs a %1's sign-in.")
                         .replace("%1", " / ".join(name_of(r.value) for r in sorted(self.roles))))
            return
        self.error.clear()
        self.pin.clear()
        self.signed_in.emit(staff)

    def _failed(self, exc: QueueError) -> None:
        if isinstance(exc, SignInRefused):
            self._refuse(self._refusal(exc))
        else:  # the database itself: the message names the file
            self._refuse(str(exc))

    def _refusal(self, exc: SignInRefused) -> str:
        if exc.locked_minutes is not None:
            return (self.tr("Too many wrong PINs: this account is locked for %1 more min.")
                    .replace("%1", str(exc.locked_minutes)))
        if exc.tries_left is None:  # a refusal that counts no tries
            return self.tr("Wrong staff number or PIN.")
        return (self.tr("Wrong staff number or PIN. %n more wrong PIN(s) lock this account for %1 min.", "",
                        exc.tries_left).replace("%1", str(LOCK_MINUTES)))

    def reset(self, message: str = "") -> None:
        """Empty for the next person (the last one's number is not offered), with `message` shown."""
        self.number.clear()
        self.pin.clear()
        self.error.setText(message)
        self.number.setFocus()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.pin.clear()
        self.pin.setFocus()

    def retranslate(self) -> None:
        self.number_label.setText(self.tr("&Staff number"))
        self.pin_label.setText(self.tr("&PIN"))
        self.button.setText(self.tr("Sign in"))
        self.number.setAccessibleName(self.tr("Staff number"))
        self.pin.setAccessibleName(self.tr("PIN"))
