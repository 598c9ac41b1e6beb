"""The complaint register's screens: record one and take it further (the console's Ctrl+K dialog, the
manager's Complaints tab), and the overdue alert on the teller's desk."""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.complaints import CHANNELS, CLOSED, IN_PROGRESS, REPLIED, Complaint
from kiosk.core.errors import QueueError
from kiosk.core.models import parse_label
from kiosk.core.staff import NotAllowed
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.ui.refusals import explain
from kiosk.ui.widgets import StatusLine, WorkingLabel

OVERDUE_RED = "#B00020"
POLL_MS = 30_000  # the manager's tab reads the register again this often: a promise passes with no write


def channel_name(code: str) -> str:
    return {"counter": QCoreApplication.translate("Complaints", "at the counter"),
            "phone": QCoreApplication.translate("Complaints", "by phone"),
            "box": QCoreApplication.translate("Complaints", "comment box"),
            "online": QCoreApplication.translate("Complaints", "online")}.get(code, code)


def status_name(code: str) -> str:
    return {"received": QCoreApplication.translate("Complaints", "received"),
            "in_progress": QCoreApplication.translate("Complaints", "in progress"),
            "replied": QCoreApplication.translate("Complaints", "replied"),
            "closed": QCoreApplication.translate("Complaints", "closed")}.get(code, code)


def overdue_line(count: int) -> str:
    return QCoreApplication.translate("Complaints", "⚠ %1 complaint(s) past the promised reply time").replace(
        "%1", str(count))


@dataclass(frozen=True)
class Register:
    """The register as read on the worker: what the panel shows, and whether this person may close."""

    complaints: list[Complaint]
    now: datetime
    can_close: bool

    def overdue(self) -> int:
        return sum(c.overdue(self.now) for c in self.complaints)


def read_register(store: QueueStore, open_only: bool) -> Register:
    store.check("complaint")
    try:
        store.check("complaint_close")
        can_close = True
    except NotAllowed:
        can_close = False
    return Register(store.complaints(open_only=open_only), store.clock.now(), can_close)


class _Table(QTableWidget):
    """Asks for no more height than its minimum: in a scrolled tab (whose wrapping labels make the layout
    ask each widget's preferred height) the register then fits the window, growing only into room left."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class _List(QListWidget):
    def sizeHint(self) -> QSize:  # as _Table's
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _when(at: datetime | None) -> str:
    return "" if at is None else at.strftime("%m-%d %H:%M")


class ComplaintsPanel(QWidget):
    """Record a complaint (channel, matter, the ticket concerned, or resolved on the spot with how) and follow
    the register: each complaint's state and promised reply (overdue in red), its steps with who and when,
    and the next step with its note. Every store call runs on the station's StoreWorker."""

    overdue_changed = Signal(int)
    recorded = Signal(object)  # the Complaint just recorded or taken a step further

    COLUMNS = 7

    def __init__(self, worker: StoreWorker, confirm: Callable[[str], bool] | None = None,
                 working: WorkingLabel | None = None, ticket: str = "", day: str | None = None,
                 channel: str = "counter", poll_ms: int = POLL_MS, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker, self.day, self._prefilled = worker, day, ticket
        self.working = working or WorkingLabel(worker)
        self.confirm = confirm or self._ask
        self.register: Register | None = None
        self._tabs: QTabWidget | None = None
        self._shown_overdue = 0

        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem("", code)
        self.channel.setCurrentIndex(CHANNELS.index(channel))
        self.ticket = QLineEdit(ticket)
        self.matter = QPlainTextEdit()
        self.matter.setTabChangesFocus(True)
        self.matter.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.on_the_spot = QCheckBox()
        self.resolution = QLineEdit(enabled=False)
        self.on_the_spot.toggled.connect(self.resolution.setEnabled)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record)
        self.form_box = QGroupBox()
        record = QShortcut(QKeySequence("Ctrl+Return"), self.form_box,
                           context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        record.activated.connect(self.record_button.click)
        self.form = QFormLayout(self.form_box)
        self.form_labels = (QLabel(), QLabel(), QLabel())
        for label, field in zip(self.form_labels, (self.channel, self.ticket, self.matter), strict=True):
            self.form.addRow(label, field)
        self.form.addRow(self.on_the_spot, self.resolution)
        self.form.addRow(self.record_button)

        self.alert = QLabel(objectName="overdue", wordWrap=True)
        self.alert.setStyleSheet(f"color: {OVERDUE_RED}; font-weight: bold;")
        self.alert.hide()
        self.open_only = QCheckBox(checked=True)
        self.open_only.toggled.connect(self.refresh)
        self.table = _Table(0, self.COLUMNS)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.matter_shown = QLabel(wordWrap=True)
        self.matter_shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = _List()
        self.steps.setWordWrap(True)
        self.steps.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.note = QLineEdit()
        self.progress_button, self.reply_button, self.close_button = (QPushButton() for _ in range(3))
        self.progress_button.clicked.connect(lambda: self.take_step(IN_PROGRESS))
        self.reply_button.clicked.connect(lambda: self.take_step(REPLIED))
        self.close_button.clicked.connect(lambda: self.take_step(CLOSED))
        self.message = StatusLine()

        self.register_box = QGroupBox()
        register = QVBoxLayout(self.register_box)
        top = QHBoxLayout()
        top.addWidget(self.alert, 1)
        top.addWidget(self.open_only)
        register.addLayout(top)
        register.addWidget(self.table, 2)
        register.addWidget(self.matter_shown)
        register.addWidget(self.steps, 1)
        register.addWidget(self.note)
        buttons = QHBoxLayout()
        for button in (self.progress_button, self.reply_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch()
        register.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        layout.addWidget(self.register_box, 1)
        layout.addWidget(self.message)
        self.timer = QTimer(self, interval=poll_ms)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        self.retranslate()
        self._selection_changed()
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register again (on the worker), keeping the complaint chosen."""
        open_only = self.open_only.isChecked()
        self.worker.poll(lambda store: read_register(store, open_only), done=self._show,
                         failed=self._not_read, name="complaints")

    def _poll(self) -> None:
        if self.isVisible():
            self.refresh()

    def _not_read(self, exc: QueueError) -> None:
        self.message.say(explain(exc), error=True)

    def _show(self, register: Register) -> None:
        chosen = self.chosen()
        self.register = register
        self.table.setRowCount(len(register.complaints))
        red = QBrush(QColor(OVERDUE_RED))
        for row, c in enumerate(register.complaints):
            late = c.overdue(register.now)
            due = _when(c.reply_due) + (" " + self.tr("(overdue)") if late else "")
            where = " · ".join(x for x in (c.ticket or "", self.tr("counter %1").replace("%1", str(c.counter))
                                           if c.counter else "") if x)
            cells = (str(c.id), _when(c.received_at), channel_name(c.channel), where, status_name(c.status),
                     due, c.taken_by)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if late:
                    item.setForeground(red)
                self.table.setItem(row, column, item)
        again = next((row for row, c in enumerate(register.complaints) if c.id == chosen), None)
        if again is not None:
            self.table.selectRow(again)
        self._selection_changed()
        count = register.overdue()
        self.alert.setText(overdue_line(count))
        self.alert.setVisible(count > 0)
        self._shown_overdue = count
        self._mark_tab()
        self.overdue_changed.emit(count)

    def chosen(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 and self.table.selectionModel().hasSelection() else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _complaint(self, complaint_id: int | None) -> Complaint | None:
        if self.register is None or complaint_id is None:
            return None
        return next((c for c in self.register.complaints if c.id == complaint_id), None)

    def _selection_changed(self) -> None:
        c = self._complaint(self.chosen())
        self.steps.clear()
        self.matter_shown.setText("" if c is None else self.tr("Complaint %1: %2").replace("%1", str(c.id))
                                  .replace("%2", c.matter))
        for step in c.steps if c else ():
            who = step.actor or self.tr("command line")
            line = f"{_when(step.at)} · {who} · {status_name(step.status)}"
            self.steps.addItem(line + (f": {step.note}" if step.note else ""))
        awaiting = c is not None and c.awaiting_reply()
        self.progress_button.setEnabled(awaiting)
        self.reply_button.setEnabled(awaiting)
        self.close_button.setEnabled(c is not None and c.status == REPLIED)
        self.close_button.setVisible(self.register is None or self.register.can_close)

    # -- acting ----------------------------------------------------------------------------------------

    def record(self) -> None:
        """Record the form's complaint: taken by whoever is signed in (首问负责)."""
        if self.working.refuses():
            return
        channel, matter = self.channel.currentData(), self.matter.toPlainText()
        spot = self.resolution.text() if self.on_the_spot.isChecked() else None
        label, day = None, None
        if self.ticket.text().strip():
            try:
                label = parse_label(self.ticket.text())
            except QueueError as exc:
                self.message.say(explain(exc), error=True)
                return
            day = self.day if label == self._prefilled else None  # the desk's ticket may be yesterday's
        self.worker.run(lambda store: store.add_complaint(channel, matter, ticket=label, on_the_spot=spot,
                                                          day=day),
                        done=self._recorded, failed=self._refused)

    def _recorded(self, c: Complaint) -> None:
        self.matter.clear()
        self.resolution.clear()
        self.on_the_spot.setChecked(False)
        line = (self.tr("Complaint %1 recorded and closed: resolved on the spot.") if c.status == CLOSED else
                self.tr("Complaint %1 recorded; reply promised by %2."))
        self.message.say(line.replace("%1", str(c.id)).replace("%2", _when(c.reply_due)))
        self.recorded.emit(c)
        self._select_after_refresh(c.id)

    def take_step(self, status: str) -> None:
        """The chosen complaint in progress, replied (both with the note) or closed, after a confirmation
        for the reply and the close."""
        c = self._complaint(self.chosen())
        if c is None or self.working.refuses():
            return
        note = self.note.text()
        if status == REPLIED and not self.confirm(self.tr("Record this reply to complaint %1? The customer "
                                                          "has been answered.").replace("%1", str(c.id))):
            return
        if status == CLOSED and not self.confirm(self.tr("Close complaint %1?").replace("%1", str(c.id))):
            return
        self.worker.run(lambda store: store.complaint_step(c.id, status, note), done=self._stepped,
                        failed=self._refused)

    def _stepped(self, c: Complaint) -> None:
        self.note.clear()
        self.message.say(self.tr("Complaint %1 is now %2.").replace("%1", str(c.id))
                         .replace("%2", status_name(c.status)))
        self.recorded.emit(c)
        self._select_after_refresh(c.id)

    def _select_after_refresh(self, complaint_id: int) -> None:
        open_only = self.open_only.isChecked()
        self.worker.run(lambda store: read_register(store, open_only),
                        done=functools.partial(self._show_selecting, complaint_id), failed=self._not_read)

    def _show_selecting(self, complaint_id: int, register: Register) -> None:
        self._show(register)
        row = next((r for r, c in enumerate(register.complaints) if c.id == complaint_id), None)
        if row is not None:
            self.table.selectRow(row)

    def _refused(self, exc: QueueError) -> None:
        self.message.say(explain(exc), error=True)

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Complaints"), question) == QMessageBox.StandardButton.Yes

    # -- the manager's tab -------------------------------------------------------------------------------

    def show_in(self, tabs: QTabWidget) -> None:
        """Keep this panel's tab title: "Complaints", with the overdue count in red when there are any."""
        self._tabs = tabs
        self._mark_tab()

    def _mark_tab(self) -> None:
        tabs = self._tabs
        if tabs is None:
            return
        index = next((i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(self)), -1)
        if index < 0:
            return
        count = self._shown_overdue
        tabs.setTabText(index, self.tr("Complaints (%1 overdue)").replace("%1", str(count)) if count
                        else self.tr("Complaints"))
        tabs.tabBar().setTabTextColor(index, QColor(OVERDUE_RED) if count else QColor())

    def retranslate(self) -> None:
        for i, code in enumerate(CHANNELS):
            self.channel.setItemText(i, channel_name(code))
        self.form_box.setTitle(self.tr("Record a complaint"))
        labels = (self.tr("Channel"), self.tr("Ticket concerned"), self.tr("Matter"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.ticket.setPlaceholderText(self.tr("none"))
        self.on_the_spot.setText(self.tr("Resolved on the spot:"))
        self.resolution.setPlaceholderText(self.tr("how it was resolved"))
        self.record_button.setText(self.tr("Record complaint  [Ctrl+Enter]"))
        self.register_box.setTitle(self.tr("Complaint register"))
        self.open_only.setText(self.tr("Open complaints only"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Received"), self.tr("Channel"),
                                              self.tr("Ticket · counter"), self.tr("Status"),
                                              self.tr("Reply due"), self.tr("Taken by")])
        self.note.setPlaceholderText(self.tr("Note or reply for the next step"))
        self.progress_button.setText(self.tr("In progress"))
        self.reply_button.setText(self.tr("Replied…"))
        self.close_button.setText(self.tr("Close…"))
        if self.register is not None:
            self._show(self.register)
        self._mark_tab()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ComplaintDialog(QDialog):
    """The console's complaint window: the panel with the desk's ticket filled in."""

    def __init__(self, worker: StoreWorker, ticket: str, day: str | None, confirm: Callable[[str], bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = ComplaintsPanel(worker, confirm=confirm, ticket=ticket, day=day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Complaints"))
        self.resize(1000, 760)
        self.panel.matter.setFocus()


class ComplaintStrip(QWidget):
    """On the teller's desk: the overdue complaints (read with the desk) and the button that opens the
    complaint window [Ctrl+K] with the current ticket, or the last one served here, filled in."""

    def __init__(self, worker: StoreWorker, confirm: Callable[[str], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.worker, self.confirm = worker, confirm
        self.last_ticket: tuple[str, str] | None = None  # label and business day
        self.dialog: ComplaintDialog | None = None
        self.alert = QLabel(objectName="overdue", wordWrap=True)
        self.alert.setStyleSheet(f"color: #FFFFFF; background: {OVERDUE_RED}; font-weight: bold; "
                                 "padding: 4px;")
        self.alert.hide()
        self.button = QPushButton()
        self.button.clicked.connect(self.open_dialog)
        QShortcut(QKeySequence("Ctrl+K"), self).activated.connect(self.button.click)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.alert, 1)
        layout.addWidget(self.button)
        self._overdue = 0
        self.retranslate()

    def show_desk(self, view) -> None:
        """The desk as read (kiosk.station.console_desk.DeskView): its ticket, and the overdue count."""
        if view.current is not None:
            self.last_ticket = (view.current.label, view.current.business_day)
        self._overdue = view.overdue_complaints
        self.alert.setText(overdue_line(self._overdue))
        self.alert.setVisible(self._overdue > 0)

    def open_dialog(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        label, day = self.last_ticket or ("", None)
        self.dialog = ComplaintDialog(self.worker, label, day, self.confirm, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    def close_dialog(self) -> None:
        """The session ended (signed out here or by another station): its complaint window goes with it."""
        if self.dialog is not None:
            self.dialog.reject()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Complaint…") + "\n[Ctrl+K]")  # two lines: two buttons side by side
        self.button.setAccessibleName(self.tr("Complaint"))
        self.alert.setText(overdue_line(self._overdue))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
