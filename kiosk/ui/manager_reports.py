"""The manager's figures for a day or a range, the same charts as the PDF, a page per service register, the
wait estimates' grades and the surge alerts, exports and a backup."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QRectF, Qt, QThreadPool
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.export import FORMATS, nearest_language, output_files, write_export
from kiosk.adapters.export.charts import draw_bar_chart
from kiosk.adapters.export.labels import minutes, name, texts
from kiosk.adapters.export.operations_pages import drills_line, operations_pages
from kiosk.adapters.export.operations_words import operations_texts
from kiosk.adapters.export.register_pages import register_pages
from kiosk.adapters.export.register_words import register_texts
from kiosk.adapters.translations import ui_language
from kiosk.core.register_stats import REGISTERS
from kiosk.core.stats import Figures, Report
from kiosk.station.manager_office import backup_stamp
from kiosk.station.settings import data_dir
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.ui.background import Job
from kiosk.ui.file_dialog import ask_save_path
from kiosk.ui.manager_operations import OperationsView
from kiosk.ui.manager_registers import RegisterView
from kiosk.ui.widgets import StatusLine

GROUPS = ("by_service", "by_counter", "by_teller", "by_class", "by_hour")
FONT_PX = 14  # the charts' text


def _report_language() -> str:
    """The exports' language nearest the window's (zh_HK reads Traditional); English otherwise."""
    return nearest_language(ui_language())


def _throttled(progress: Callable[[int, int], None]) -> Callable[[int, int], None]:
    """Pass on at most one progress report per percent, so a year's export does not flood the GUI."""
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != last[0]:
            last[0] = percent
            progress(done, total)

    return report


class ChartView(QWidget):
    """One bar chart of the report, drawn by the same code as the PDF's."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(240, 200)
        self.title, self.labels, self.values = "", [], []
        self.axes = ("", "")  # what the categories are, what the bars count (with units)

    def show_data(self, title: str, labels: list[str], values: list[float], x_title: str = "",
                  y_title: str = "") -> None:
        self.title, self.labels, self.values, self.axes = title, labels, values, (x_title, y_title)
        self.setAccessibleName(title)
        # The numbers in words too, for a screen reader and for anyone who cannot read a chart.
        self.setAccessibleDescription(f"{title}: " + ", ".join(f"{k} {v:g}" for k, v in zip(labels, values,
                                                                                        strict=True)))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        # in a narrow chart draw_bar_chart writes only every second (third...) label: each its own room
        draw_bar_chart(painter, QRectF(self.rect()).adjusted(8, 8, -8, -8), self.title, self.labels,
                       self.values, font_px=FONT_PX, x_title=self.axes[0], y_title=self.axes[1])
        painter.end()


class ReportsPanel(QWidget):
    """Pick days, see the figures and charts; export or back up on a worker thread with progress. The
    station's own store is asked on its StoreWorker only (for a backup's suggested name); figures, exports
    and backups open the file themselves on the panel's pool."""

    def __init__(self, worker: StoreWorker, today: str, choose_path: Callable[[str, str], str] | None = None,
                 confirm: Callable[[str], bool] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = worker
        self.store = worker.store  # where files go, and backups (connections of their own): no reads here
        self.confirm = confirm or self._ask
        self.location = self.store.location  # for a worker thread: it opens a store of its own
        self.choose_path = choose_path or self._ask_path
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one report or export at a time; stations are never blocked
        self.report: Report | None = None
        self.job: Job | None = None

        today = QDate.fromString(today, "yyyy-MM-dd")
        self.day_from, self.day_to = QDateEdit(today), QDateEdit(today)
        for edit in (self.day_from, self.day_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.day_from.dateChanged.connect(self._keep_range)
        self._keep_range(today)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_label.setBuddy(self.day_from)
        self.to_label.setBuddy(self.day_to)
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.show_report)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.show_button.click)
        self.export_buttons = {fmt: QPushButton() for fmt in FORMATS}
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
        self.personal = QCheckBox()  # home visits' contact and address in the rows: off by default
        self.drills = QCheckBox()  # drill tickets in the figures and exports, marked: off by default
        self.drill_note = QLabel(wordWrap=True, objectName="drillNote")  # a report including drills says so
        self.drill_note.hide()
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup_now)
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = StatusLine()

        self.figure_labels: dict[str, QLabel] = {}
        figures = QGridLayout()
        self.captions: list[QLabel] = []
        for i, key in enumerate(("issued", "served", "no_show", "over_max", "wait", "service", "share",
                                 "response")):
            caption, value = QLabel(), QLabel(objectName="figure")
            value.setText("–")
            self.figure_labels[key] = value
            caption.setProperty("key", key)
            self.captions.append(caption)
            row, column = divmod(i, 4)  # two rows of four: room for "17.0 / 46.8" in a narrow window
            figures.addWidget(caption, 2 * row, column)
            figures.addWidget(value, 2 * row + 1, column)
        self.group = QComboBox()
        self.group.currentIndexChanged.connect(self._fill_table)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.charts = [ChartView() for _ in range(3)]

        pick = QHBoxLayout()
        for w in (self.from_label, self.day_from, self.to_label, self.day_to, self.show_button):
            pick.addWidget(w)
        pick.addStretch()
        files = QHBoxLayout()  # a row of its own: with the days, wider than a quarter of a 1920 screen
        for button in (*self.export_buttons.values(), self.backup_button):
            files.addWidget(button)
        files.addStretch()
        charts = QHBoxLayout()
        for chart in self.charts:
            charts.addWidget(chart)
        queue = QWidget()
        queue_layout = QVBoxLayout(queue)
        queue_layout.addLayout(figures)
        queue_layout.addLayout(charts, 2)
        queue_layout.addWidget(self.group)
        queue_layout.addWidget(self.table, 2)
        self.registers = {register: RegisterView(register) for register in REGISTERS}
        self.operations = OperationsView()  # the wait estimates' grades and the surge alerts
        self.pages = QTabWidget()  # the queue's figures, a page per service register, the operations page
        # where the tabs outrun a narrow window (English, a quarter screen) their arrows are big enough to hit
        self.pages.setStyleSheet("QTabBar::scroller { width: 56px; }")
        for page in (queue, *self.registers.values(), self.operations):
            self.pages.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(files)
        layout.addWidget(self.personal, 0, Qt.AlignmentFlag.AlignLeft)  # a click hits its box or words
        layout.addWidget(self.drills, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.drill_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 2)
        self.retranslate()

    # -- the range ---------------------------------------------------------------------------------

    def _keep_range(self, start: QDate) -> None:
        """The range cannot end before it starts: moving the start past the end moves the end too."""
        self.day_to.setMinimumDate(start)

    def days(self) -> tuple[str, str]:
        return self.day_from.date().toString("yyyy-MM-dd"), self.day_to.date().toString("yyyy-MM-dd")

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    def _run(self, work: Callable[[Callable[[int, int], None]], object],
             done: Callable[[object], None]) -> bool:
        if self.busy():
            self.message.say(self.tr("Please wait: the last request is still running."), error=True)
            return False
        if self.job is not None:
            self.job.deleteLater()
        self.job = Job(work, self)
        self.job.progressed.connect(self._progress)
        self.job.succeeded.connect(done)
        self.job.failed.connect(self._failed)
        self._set_enabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.job.start(self.pool)
        return True

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self._finish()
        self.message.say(message, error=True)

    def _finish(self) -> None:
        self.progress.hide()
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.show_button, self.backup_button, *self.export_buttons.values()):
            button.setEnabled(enabled)

    # -- figures -----------------------------------------------------------------------------------

    def show_report(self) -> None:
        day_from, day_to = self.days()
        location, drills = self.location, self.drills.isChecked()

        def work(progress):
            # Its own read-only connection: SQLite connections stay on the thread that opened them.
            store = QueueStore(location, station="manager-report", read_only=True)
            try:
                return store.report(day_from, day_to, drills=drills)
            finally:
                store.close()

        if self._run(work, self._show):
            self.message.say(self.tr("Computing the figures…"))

    def _show(self, report: Report) -> None:
        self._finish()
        self.report = report
        words = texts(_report_language())
        total = report.total
        values = {
            "issued": str(total.issued), "served": str(total.served), "no_show": str(total.no_show),
            "over_max": str(total.over_max),
            "wait": f"{minutes(total.wait.median)} / {minutes(total.wait.p90)}",
            "service": f"{minutes(total.service.median)} / {minutes(total.service.p90)}",
            "share": f"{report.priority_share:.0%}",
            "response": minutes(report.help.response.median),
        }
        for key, label in self.figure_labels.items():
            label.setText(values[key])
        hours = [h for h in report.by_hour]
        tickets = words["axis_tickets"]
        self.charts[0].show_data(words["arrivals_hour"], hours, [report.by_hour[h].issued for h in hours],
                                 words["axis_hour"], tickets)
        self.charts[1].show_data(words["wait_dist"], list(report.wait_histogram),
                                 list(report.wait_histogram.values()), words["axis_wait"], tickets)
        counters = [c for c in report.by_counter if c]
        self.charts[2].show_data(words["counter_load"], counters,
                                 [report.by_counter[c].served for c in counters], words["counter"], tickets)
        self._fill_table()
        self._show_registers()
        self._show_operations()
        span = report.day_from if report.day_from == report.day_to else f"{report.day_from} – {report.day_to}"
        self.message.say(self.tr("Figures for %1.").replace("%1", span))

    def _fill_table(self) -> None:
        if self.report is None:
            return
        lang = _report_language()
        words = texts(lang)
        group = GROUPS[max(self.group.currentIndex(), 0)]
        rows: dict[str, Figures] = getattr(self.report, group)
        kind = {"by_service": "services", "by_class": "classes"}.get(group)
        columns = [("issued", lambda f: f.issued), ("served", lambda f: f.served),
                   ("no_show", lambda f: f.no_show), ("transferred", lambda f: f.transferred),
                   ("over_max", lambda f: f.over_max)]
        columns += [(f"{what}:{stat}", lambda f, w=what, s=stat: minutes(getattr(getattr(f, w), s)))
                    for what in ("wait", "service") for stat in ("mean", "median", "p90")]
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(
            [f"{words[c.split(':')[0]]} {words[c.split(':')[1]]}" if ":" in c else words[c]
             for c, _ in columns])
        for r, (key, figures) in enumerate(rows.items()):
            label = name(self.report, kind, key, lang) if kind else (key or words["none"])
            self.table.setVerticalHeaderItem(r, QTableWidgetItem(label))
            for c, (_, value) in enumerate(columns):
                self.table.setItem(r, c, QTableWidgetItem(str(value(figures))))
        self.table.resizeColumnsToContents()

    def _show_registers(self) -> None:
        if self.report is None or self.report.registers is None:
            return
        lang = _report_language()
        for page in register_pages(self.report, lang):
            self.registers[page.register].show_page(page, lang)

    def _show_operations(self) -> None:
        if self.report is None:
            return
        lang = _report_language()
        self.operations.show_pages(operations_pages(self.report, lang), lang)
        self.drill_note.setText(drills_line(self.report, lang))
        self.drill_note.setVisible(self.report.drill_tickets is not None)

    # -- exports and backups -----------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        day_from, day_to = self.days()
        span = day_from if day_from == day_to else f"{day_from}-{day_to}"
        suggested = self.store.export_path(f"queue-{span}.{fmt}", local_folder=data_dir())
        path = self.choose_path(self.tr("Export as %1").replace("%1", fmt.upper()), str(suggested))
        if not path:
            return
        # The file dialog asked about the file it saw; a CSV export also writes its other tables beside it.
        others = [f.name for f in output_files(Path(path), fmt)[1:] if f.exists()]
        if others and not self.confirm(self.tr("Replace %1 too?").replace("%1", ", ".join(others))):
            return
        personal = self.personal.isChecked() and fmt != "pdf"  # the PDF has figures only, no rows
        if personal and not self.confirm(self.tr(
                "This export will hold personal data: the contact and address of home-visit customers. Keep "
                "the file safe and delete it when it is no longer needed. Write it?")):
            return
        location, lang = self.location, _report_language()  # the window's own, not the branch's
        drills = self.drills.isChecked()

        def work(progress):
            return write_export(location, day_from, day_to, fmt, path, progress=_throttled(progress),
                                lang=lang, personal=personal, drills=drills)

        if self._run(work, self._exported):
            self.message.say(self.tr("Exporting to %1…").replace("%1", path))

    def _exported(self, files: list[Path]) -> None:
        self._finish()
        self.message.say(self.tr("Exported: %1").replace("%1", ", ".join(str(f) for f in files)))

    def backup_now(self) -> None:
        if self.worker.busy:
            return
        self.worker.run(backup_stamp, done=self._back_up_as,
                        failed=lambda exc: self.message.say(str(exc), error=True))

    def _back_up_as(self, stamp: str) -> None:
        suggested = self.store.backup_path(stamp, local_folder=data_dir())
        path = self.choose_path(self.tr("Back up the database to"), str(suggested))
        if not path:
            return
        store = self.store

        def work(progress):  # the backup opens connections of its own: fine on the worker thread
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            store.backup_to(path)
            return path

        if self._run(work, self._backed_up):
            self.message.say(self.tr("Backing up…"))

    def _backed_up(self, path: str) -> None:
        self._finish()
        self.message.say(self.tr("Backed up to %1.").replace("%1", path))

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Export"), question) == QMessageBox.StandardButton.Yes

    def _ask_path(self, title: str, suggested: str) -> str:
        return ask_save_path(self, title, suggested)

    def retranslate(self) -> None:
        words = texts(_report_language())
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.show_button.setText(self.tr("Show figures  [F5]"))
        for fmt, button in self.export_buttons.items():
            button.setText(self.tr("Export %1…").replace("%1", fmt.upper()))
        self.backup_button.setText(self.tr("Back up now…"))
        self.personal.setText(self.tr("Exports include personal data: home visits' contact and address"))
        self.drills.setText(self.tr("Include drill tickets (marked DRILL) in the figures and exports"))
        self.pages.setTabText(0, self.tr("Queue"))
        registers = register_texts(_report_language())
        for i, register in enumerate(self.registers, start=1):
            self.pages.setTabText(i, registers[register])
        self.pages.setTabText(self.pages.indexOf(self.operations),
                              operations_texts(_report_language())["operations_tab"])
        captions = {"issued": words["issued"], "served": words["served"], "no_show": words["no_show"],
                    "over_max": words["over_max"],
                    "wait": f"{words['wait']} ({words['median']} / {words['p90']}, {words['minutes']})",
                    "service": f"{words['service']} ({words['median']} / {words['p90']}, {words['minutes']})",
                    "share": self.tr("Priority customers"),
                    "response": f"{words['response']} ({words['median']}, {words['minutes']})"}
        for caption in self.captions:
            caption.setText(captions[caption.property("key")])
            caption.setWordWrap(True)
        index = self.group.currentIndex()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItems([words["by_service"], words["per_counter"], words["per_teller"], words["class"],
                             self.tr("By hour of issue")])
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)
        self._fill_table()
        self._show_registers()
        self._show_operations()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
