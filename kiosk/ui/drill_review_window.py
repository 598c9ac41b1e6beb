"""A drill's evaluation window: its figures and each line met or missed (in colour and words), the staff's
notes (总结, 完善预案) editable afterwards, and the evaluation saved as a PDF off the GUI thread."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.export import nearest_language
from kiosk.adapters.export.drill_pdf import MARK_RED, VERDICT_COLOURS, write_drill_pdf
from kiosk.adapters.export.drill_words import (
    checks_title,
    heading,
    lines,
    ticket_table,
    verdict_word,
    wait_table,
    words,
)
from kiosk.adapters.translations import ui_language
from kiosk.core.config import Branch
from kiosk.core.drill_review import DrillNotes, DrillReview
from kiosk.core.drills import drill_mark
from kiosk.station.settings import data_dir
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.ui.background import Job
from kiosk.ui.file_dialog import ask_save_path
from kiosk.ui.refusals import explain
from kiosk.ui.widgets import StatusLine, WorkingLabel

STYLE = f"QLabel#drill_mark {{ background: {MARK_RED}; color: white; font-size: 24px; font-weight: bold; " \
        "padding: 4px 12px; }"


def _language() -> str:
    return nearest_language(ui_language())


def read_review(store: QueueStore, drill_id: int) -> tuple[Branch, DrillReview]:
    """On the worker: the configuration (to name services and say times) and the drill judged."""
    return store.branch, store.drill_review(drill_id)


def save_notes(store: QueueStore, drill_id: int, text: str) -> tuple[Branch, DrillReview]:
    """On the worker: the notes written, the drill read again."""
    store.save_drill_notes(drill_id, text)
    return read_review(store, drill_id)


class NotesEditor(QWidget):
    """The two boxes of the staff's notes after a drill: the summary (总结) and what to improve (完善预案)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary, self.improve = QPlainTextEdit(), QPlainTextEdit()
        self.summary_label, self.improve_label = QLabel(buddy=self.summary), QLabel(buddy=self.improve)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, box in ((self.summary_label, self.summary), (self.improve_label, self.improve)):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(80)
            layout.addWidget(label)
            layout.addWidget(box, 1)
        self.retranslate()

    def notes(self) -> DrillNotes:
        return DrillNotes(self.summary.toPlainText(), self.improve.toPlainText())

    def show_notes(self, notes: DrillNotes) -> None:
        self.summary.setPlainText(notes.summary)
        self.improve.setPlainText(notes.improve)

    def retranslate(self) -> None:
        self.summary_label.setText(self.tr("&Summary (总结): how the drill went"))
        self.improve_label.setText(self.tr("&What to improve in the plan (完善预案)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _table(rows: int, columns: int) -> QTableWidget:
    table = QTableWidget(rows, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    return table


class DrillReviewWindow(QWidget):
    """One drill judged, read on the worker; its notes saved there too. The PDF is written on a pool thread
    from what the window shows, so it says exactly that."""

    def __init__(self, worker: StoreWorker, drill_id: int, working: WorkingLabel | None = None,
                 choose_path: Callable[[str, str], str] | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setStyleSheet(STYLE)
        self.worker, self.drill_id, self.working = worker, drill_id, working
        self.choose_path = choose_path or (lambda title, suggested: ask_save_path(self, title, suggested))
        self.branch: Branch | None = None
        self.review: DrillReview | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self.saved_pdf: str | None = None
        self.mark = QLabel(objectName="drill_mark")
        self.title = QLabel(objectName="figure", wordWrap=True)
        self.about = QLabel(wordWrap=True)
        self.tickets, self.waits = _table(1, 6), _table(1, 4)
        for table in (self.tickets, self.waits):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 40)
        self.tickets_label, self.waits_label, self.checks_label = QLabel(), QLabel(), QLabel()
        self.checks = _table(0, 5)
        header = self.checks.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.notes = NotesEditor()
        self.save_notes_button, self.pdf_button = QPushButton(), QPushButton()
        self.save_notes_button.clicked.connect(self.save_notes)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # one step: busy until the file is written
        self.progress.hide()
        self.message = StatusLine()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_notes_button)
        buttons.addStretch()
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.tickets_label)
        layout.addWidget(self.tickets)
        layout.addWidget(self.waits_label)
        layout.addWidget(self.waits)
        layout.addWidget(self.checks_label)
        layout.addWidget(self.checks, 3)
        layout.addWidget(self.notes, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.resize(1100, 860)
        self.retranslate()
        self.load()

    def load(self, note: str = "") -> None:
        drill_id = self.drill_id
        self.worker.run(lambda store: read_review(store, drill_id),
                        done=lambda answer: self._show(*answer, note),
                        failed=lambda exc: self.message.say(explain(exc), error=True))

    def _show(self, branch: Branch, review: DrillReview, note: str = "") -> None:
        self.branch, self.review = branch, review
        self.notes.show_notes(review.notes)
        self._fill()
        self.message.say(note)

    def _fill(self) -> None:
        review, branch, lang = self.review, self.branch, _language()
        if review is None:
            return
        w = words(lang)
        self.mark.setText(drill_mark(lang))
        head, *about = heading(review, branch, lang)
        self.title.setText(f"{w['title']} · {head}")
        self.setWindowTitle(f"{w['title']} · {drill_mark(lang)} {review.drill.id}")
        self.about.setText("\n".join(about))
        self.tickets_label.setText(w["tickets"])
        self.waits_label.setText(w["waits"])
        for table, rows in ((self.tickets, ticket_table(review, lang)),
                            (self.waits, wait_table(review, lang))):
            table.setHorizontalHeaderLabels(rows[0])
            for c, text in enumerate(rows[1]):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(0, c, item)
        self.checks_label.setText(checks_title(review, lang))
        self.checks.setHorizontalHeaderLabels([w[k] for k in ("who", "check", "result", "target", "verdict")])
        shown = lines(review, branch, lang)
        self.checks.setRowCount(len(shown))
        for r, line in enumerate(shown):
            for c, text in enumerate(line.cells):
                self.checks.setItem(r, c, QTableWidgetItem(text))
            verdict = QTableWidgetItem(verdict_word(line.verdict, lang))
            ink, paper = VERDICT_COLOURS.get(line.verdict, (None, None))
            if ink is not None:
                verdict.setForeground(QBrush(QColor(ink)))
                verdict.setBackground(QBrush(QColor(paper)))
                font = verdict.font()
                font.setBold(True)
                verdict.setFont(font)
            self.checks.setItem(r, 4, verdict)
        self.checks.resizeRowsToContents()

    def save_notes(self) -> None:
        if self.working is not None and self.working.refuses():
            return
        drill_id, text = self.drill_id, self.notes.notes().text
        self.worker.run(lambda store: save_notes(store, drill_id, text),
                        done=lambda answer: self._show(*answer, self.tr("The notes are saved.")),
                        failed=lambda exc: self.message.say(explain(exc), error=True))

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def save_pdf(self) -> None:
        if self.review is None:
            return
        if self.busy():
            self.message.say(self.tr("Please wait: the PDF is still being written."), error=True)
            return
        suggested = self.worker.store.export_path(f"drill-{self.drill_id}.pdf", local_folder=data_dir())
        path = self.choose_path(self.tr("Save the drill evaluation as PDF"), str(suggested))
        if not path:
            return
        review, branch, lang = self.review, self.branch, _language()
        if self.job is not None:
            self.job.deleteLater()
        self.job = Job(lambda progress: str(write_drill_pdf(review, branch, path, lang)), self)
        self.job.succeeded.connect(self._pdf_written)
        self.job.failed.connect(self._pdf_failed)
        self.pdf_button.setEnabled(False)
        self.progress.show()
        self.message.say(self.tr("Writing %1…").replace("%1", path))
        self.job.start(self.pool)

    def _pdf_written(self, path: str) -> None:
        self.saved_pdf = path
        self._pdf_done()
        self.message.say(self.tr("Saved: %1").replace("%1", path))

    def _pdf_failed(self, message: str) -> None:
        self._pdf_done()
        self.message.say(message, error=True)

    def _pdf_done(self) -> None:
        self.progress.hide()
        self.pdf_button.setEnabled(True)

    def retranslate(self) -> None:
        self.save_notes_button.setText(self.tr("Save notes"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.pool.waitForDone()  # a PDF being written is finished, not cut off
        super().closeEvent(event)
