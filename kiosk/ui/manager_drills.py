"""The manager station's Drills tab (seeds 000, 004): choose a surge or special-group drill, see and edit its
plan, start it (its customers enter the real queue), watch it run, end it with the staff's notes, and open
the evaluation of any drill."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.export import nearest_language
from kiosk.adapters.export.drill_words import kind_name
from kiosk.adapters.translations import ui_language
from kiosk.core.clock import minutes_text
from kiosk.core.config import Branch
from kiosk.core.drill_plan import read_plan
from kiosk.core.drill_review import DrillNotes, DrillProgress
from kiosk.core.drills import DRILL_FIRST_NUMBER, DRILL_KINDS, SURGE, Drill, drill_mark
from kiosk.core.errors import QueueError
from kiosk.station.drill_runner import TICK_MS, DrillRunner
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.ui.drill_plan_editor import PlanEditor
from kiosk.ui.drill_review_window import DrillReviewWindow, NotesEditor
from kiosk.ui.refusals import explain
from kiosk.ui.widgets import StatusLine, WorkingLabel

RUNNING_RED = "#B00020"


@dataclass(frozen=True)
class DrillsView:
    branch: Branch
    running: Drill | None
    drills: list[Drill]  # newest first


def read_drills(store: QueueStore) -> DrillsView:
    return DrillsView(store.branch, store.running_drill(), store.drills())


def end_drill(store: QueueStore, drill_id: int, notes: DrillNotes, cancel_waiting: bool) -> Drill:
    """On the worker: the drill's tickets still waiting cancelled (when asked: nobody calls a drill customer
    after the drill), then the drill ended with the staff's notes."""
    if cancel_waiting:
        for label, day in store.drill_progress(drill_id).waiting_tickets:
            store.cancel_ticket(label, day)
    return store.end_drill(notes.text)


class EndDrillDialog(QDialog):
    """Ending a drill: the staff's notes (总结, 完善预案; editable later too) and what happens to its tickets
    still waiting."""

    def __init__(self, drill: Drill, waiting: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("End drill %1").replace("%1", str(drill.id)))
        self.notes = NotesEditor()
        self.cancel_waiting = QCheckBox(self.tr("Cancel the %1 drill tickets still waiting").replace(
            "%1", str(waiting)))
        self.cancel_waiting.setChecked(True)
        self.cancel_waiting.setVisible(waiting > 0)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(self.tr("End the drill"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What did the drill show? The notes go into its evaluation."),
                                wordWrap=True))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.cancel_waiting)
        layout.addWidget(buttons)
        self.resize(640, 480)


class DrillsPanel(QWidget):
    """Reads the drills on the station's worker; a running drill is fed by a DrillRunner on the same worker
    (resumed where it was after a manager signs in again)."""

    def __init__(self, worker: StoreWorker, confirm: Callable[[str], bool] | None = None,
                 working: WorkingLabel | None = None, parent: QWidget | None = None, tick_ms: int = TICK_MS):
        super().__init__(parent)
        self.worker, self.working = worker, working
        self.confirm = confirm or self._ask
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.choose_path: Callable[[str, str], str] | None = None  # the evaluation's PDF (None: a dialog)
        self.view: DrillsView | None = None
        self.progress: DrillProgress | None = None
        self.reviews: list[DrillReviewWindow] = []
        self._tabs: QTabWidget | None = None
        self.runner = DrillRunner(worker, self, tick_ms)
        self.runner.progressed.connect(self._show_progress)
        self.runner.stopped.connect(self._runner_stopped)
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(lambda _: self.editor.show_kind(self.chosen_kind()))
        self.kind_label = QLabel(buddy=self.kind)
        self.start_button, self.end_button = QPushButton(), QPushButton()
        self.start_button.clicked.connect(self.start)
        self.end_button.clicked.connect(self.end)
        self.editor = PlanEditor()
        self.plan_box = QGroupBox()
        plan = QVBoxLayout(self.plan_box)
        plan.addWidget(self.editor)
        self.targets = QLabel(wordWrap=True)
        plan.addWidget(self.targets)
        self.live = QLabel(wordWrap=True, objectName="drill_live")
        self.live.setStyleSheet(f"QLabel#drill_live {{ color: {RUNNING_RED}; font-weight: bold; }}")
        self.past = QTableWidget(0, 5)
        self.past.verticalHeader().hide()
        self.past.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.past.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.past.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.past.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.past.horizontalHeader().setStretchLastSection(True)
        self.past.setMinimumHeight(160)
        self.past.cellDoubleClicked.connect(lambda row, _: self.open_review(self._drill_at(row)))
        self.review_button = QPushButton()
        self.review_button.clicked.connect(lambda: self.open_review(self._drill_at(self.past.currentRow())))
        self.past_box = QGroupBox()
        past = QVBoxLayout(self.past_box)
        past.addWidget(self.past)
        past.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = StatusLine()
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addStretch()
        top.addWidget(self.start_button)
        top.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.live)
        layout.addWidget(self.plan_box, 2)
        layout.addWidget(self.past_box, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------------

    def refresh(self, note: str = "") -> None:
        self.worker.run(read_drills, done=lambda view: self._show(view, note),
                        failed=lambda exc: self.message.say(explain(exc), error=True))

    def _show(self, view: DrillsView, note: str = "") -> None:
        first = self.view is None
        self.view = view
        running = view.running
        if running is not None:
            self.kind.setCurrentIndex(DRILL_KINDS.index(running.kind))
            self.editor.load(view.branch, read_plan(running, view.branch.drills))
            if self.runner.drill is None or self.runner.drill.id != running.id:
                self.runner.follow(running, view.branch.drills)
        else:
            self.runner.stop()  # ended, here or at another station
            if first:
                self.editor.load(view.branch)
        self._fill_past()
        self._set_running(running is not None)
        if note:
            self.message.say(note)

    def _fill_past(self) -> None:
        view, lang = self.view, nearest_language(ui_language())
        tz = view.branch.tz
        self.past.setRowCount(len(view.drills))
        for r, d in enumerate(view.drills):
            ended = f"{d.ended_at.astimezone(tz):%H:%M}" if d.ended_at else self.tr("running")
            started = f"{d.started_at.astimezone(tz):%Y-%m-%d %H:%M}"
            cells = (str(d.id), kind_name(d.kind, lang), started, ended,
                     self.tr("written") if d.notes else self.tr("none yet"))
            for c, text in enumerate(cells):
                self.past.setItem(r, c, QTableWidgetItem(text))

    def _drill_at(self, row: int) -> Drill | None:
        drills = self.view.drills if self.view else []
        return drills[row] if 0 <= row < len(drills) else None

    def chosen_kind(self) -> str:
        return self.kind.currentData() or SURGE

    def _set_running(self, running: bool) -> None:
        self.kind.setEnabled(not running)
        self.editor.set_editable(not running)
        self.start_button.setEnabled(not running)
        self.end_button.setEnabled(running)
        self.live.setVisible(running)
        if not running:
            self.progress = None
        self._show_targets()
        self._mark_tab()

    # -- starting and ending ---------------------------------------------------------------------------

    def start(self) -> None:
        if self.view is None or (self.working is not None and self.working.refuses()):
            return
        kind, branch = self.chosen_kind(), self.view.branch
        try:
            plan = self.editor.plan(kind).checked({s.code for s in branch.services},
                                                 {p.code for p in branch.priority_classes})
        except QueueError as exc:
            self.message.say(explain(exc), error=True)
            return
        count = len(plan.arrivals(self.worker.store.clock.now()))  # the same whenever it starts
        question = (self.tr("Start a %1 with %2 drill customers? Their tickets (numbered from %3, marked %4) "
                            "enter the real queue, and tellers call them like customers.")
                    .replace("%1", kind_name(kind, nearest_language(ui_language())))
                    .replace("%2", str(count)).replace("%3", str(DRILL_FIRST_NUMBER))
                    .replace("%4", drill_mark(nearest_language(ui_language()))))
        if not self.confirm(question):
            return
        plan_json = plan.to_json()
        self.worker.run(lambda store: store.start_drill(kind, plan_json), done=self._started,
                        failed=lambda exc: self.message.say(explain(exc), error=True))

    def _started(self, drill: Drill) -> None:
        self.refresh(self.tr("Drill %1 has started.").replace("%1", str(drill.id)))

    def end(self) -> None:
        running = self.view.running if self.view else None
        if running is None or (self.working is not None and self.working.refuses()):
            return
        waiting = self.progress.waiting if self.progress else 0
        dialog = EndDrillDialog(running, waiting, self)
        try:
            if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return
            notes, cancel = dialog.notes.notes(), dialog.cancel_waiting.isChecked() and waiting > 0
        finally:
            dialog.deleteLater()
        self.worker.run(lambda store: end_drill(store, running.id, notes, cancel), done=self._ended,
                        failed=lambda exc: self.message.say(explain(exc), error=True))

    def _ended(self, drill: Drill) -> None:
        self.runner.stop()
        self.refresh(self.tr("Drill %1 has ended.").replace("%1", str(drill.id)))
        self.open_review(drill)

    def may_leave(self) -> bool:
        """Signing out stops feeding a running drill's customers: ask first."""
        running = self.view.running if self.view else None
        return running is None or self.confirm(self.tr(
            "Drill %1 is running and its customers come from this station. Sign out anyway? No more drill "
            "customers come until a manager signs in here again.").replace("%1", str(running.id)))

    def stop(self) -> None:
        self.runner.stop()
        for window in self.reviews:
            window.close()

    # -- while it runs -----------------------------------------------------------------------------------

    def _show_progress(self, progress: DrillProgress) -> None:
        self.progress = progress
        running = self.view.running if self.view else None
        if running is None:
            return
        tz = self.view.branch.tz
        due = self.runner.next_at(progress.issued)
        then = (self.tr("Next customer at %1.").replace("%1", f"{due.astimezone(tz):%H:%M:%S}") if due
                else self.tr("All customers have come: end the drill when the counters are done."))
        tickets = (self.tr("%1 %2 running since %3: %4 of %5 customers issued, %6 waiting, %7 called, "
                           "%8 served.")
                   .replace("%1", drill_mark(nearest_language(ui_language()))).replace("%2", str(running.id))
                   .replace("%3", f"{running.started_at.astimezone(tz):%H:%M}")
                   .replace("%4", str(progress.issued)).replace("%5", str(self.runner.planned))
                   .replace("%6", str(progress.waiting)).replace("%7", str(progress.called))
                   .replace("%8", str(progress.served)))
        others = (self.tr("Surge alerts: %1. Help requests not yet answered: %2.")
                  .replace("%1", str(progress.alerts)).replace("%2", str(progress.help_open)))
        self.live.setText(f"{tickets}\n{others}\n{then}")

    def _runner_stopped(self, why: object) -> None:
        if isinstance(why, QueueError):
            self.message.say(explain(why), error=True)
        self.refresh()

    def _show_targets(self) -> None:
        if self.view is None:
            return
        rules = self.editor.rules
        self.targets.setText(
            self.tr("Judged against: 90% of waits within %1 min; help answered within %2 s; a love window "
                    "within %3 min of the first special customer; a counter opened within %4 min of a surge "
                    "alert (the [drills] targets of the configuration).")
            .replace("%1", minutes_text(rules.wait_target_minutes * 60))
            .replace("%2", str(rules.help_answer_seconds)).replace("%3", str(rules.love_window_minutes))
            .replace("%4", str(rules.counters_open_minutes)))

    # -- the evaluation ----------------------------------------------------------------------------------

    def open_review(self, drill: Drill | None) -> DrillReviewWindow | None:
        if drill is None:
            self.message.say(self.tr("Choose a drill in the list first."), error=True)
            return None
        window = DrillReviewWindow(self.worker, drill.id, self.working, self.choose_path, self)
        self.reviews = [w for w in self.reviews if w.isVisible()] + [window]
        window.show()
        return window

    # -- words -------------------------------------------------------------------------------------------

    def show_in(self, tabs: QTabWidget) -> None:
        """Keep this panel's tab title: "Drills", marked while one runs."""
        self._tabs = tabs
        self._mark_tab()

    def tab_index(self) -> int:
        """This panel's tab in the window's tabs, -1 before it is shown in them."""
        tabs = self._tabs
        return -1 if tabs is None else next(
            (i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(self)), -1)

    def _mark_tab(self) -> None:
        tabs, index = self._tabs, self.tab_index()
        if index < 0:
            return
        running = self.view is not None and self.view.running is not None
        tabs.setTabText(index, self.tr("Drills (running)") if running else self.tr("Drills"))
        tabs.tabBar().setTabTextColor(index, QColor(RUNNING_RED) if running else QColor())

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Drills"), question) == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        lang = nearest_language(ui_language())
        self.kind_label.setText(self.tr("&Kind of drill"))
        index = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in DRILL_KINDS:
            self.kind.addItem(kind_name(kind, lang), kind)
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self.editor.show_kind(self.chosen_kind())
        self.start_button.setText(self.tr("Start drill…"))
        self.end_button.setText(self.tr("End drill…"))
        self.plan_box.setTitle(self.tr("Plan"))
        self.past_box.setTitle(self.tr("Drills held"))
        self.past.setHorizontalHeaderLabels([self.tr("No."), self.tr("Kind"), self.tr("Started"),
                                             self.tr("Ended"), self.tr("Notes")])
        self.review_button.setText(self.tr("Evaluation…"))
        self._show_targets()
        self._mark_tab()
        if self.view is not None:
            self._fill_past()
            if self.progress is not None:
                self._show_progress(self.progress)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
