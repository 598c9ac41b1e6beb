"""The manager's operations page: the wait estimates' grades and the surge alerts, as on the PDF's page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from kiosk.adapters.export.operations_pages import OpsPage, OpsTable, figure_text, unit_below
from kiosk.adapters.export.operations_words import operations_texts
from kiosk.ui.manager_registers import FigureTableView


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class OperationsSection(QWidget):
    """One section: its title, its figures in a sentence (or that there are none), its tables, and what they
    mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = _bold(QLabel(wordWrap=True, objectName="sectionTitle"), 1.2)
        self.summary = QLabel(wordWrap=True, objectName="summary")
        self.notes = QLabel(wordWrap=True)
        self.titles: list[QLabel] = []
        self.tables: list[FigureTableView] = []
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        for label in (self.title, self.summary, self.notes):
            self.body.addWidget(label)

    def show_page(self, page: OpsPage, lang: str) -> None:
        t = operations_texts(lang)
        while len(self.tables) < len(page.tables):  # the same tables every time: made when first needed
            title, table = _bold(QLabel(objectName="tableTitle")), FigureTableView()
            at = self.body.indexOf(self.notes)
            self.body.insertWidget(at, title)
            self.body.insertWidget(at + 1, table)
            self.titles.append(title)
            self.tables.append(table)
        self.title.setText(page.title)
        self.summary.setText(page.summary or page.empty)
        self.notes.setText(page.notes)
        for i, (title, table) in enumerate(zip(self.titles, self.tables, strict=True)):
            shown = i < len(page.tables)  # the alerts' table goes when a range has none
            title.setVisible(shown)
            table.setVisible(shown)
            if shown:
                title.setText(t[page.tables[i].key])
                _fill(table, page.tables[i], t, lang)

    def table_texts(self) -> list[list[list[str]]]:
        """What each shown table holds, header and labels first: [[[header...], [label, cell...]], ...]."""
        return [_texts(table) for table in self.tables if not table.isHidden()]


def _fill(table: FigureTableView, figures: OpsTable, t: dict[str, str], lang: str) -> None:
    table.clear()
    table.setRowCount(len(figures.rows))
    table.setColumnCount(len(figures.columns))
    table.setHorizontalHeaderLabels([unit_below(t[c]) for c in figures.columns])
    table.setAccessibleName(t[figures.key])
    for r, (_, label, values) in enumerate(figures.rows):
        table.setVerticalHeaderItem(r, QTableWidgetItem(label))
        for c, (value, kind) in enumerate(zip(values, figures.kinds, strict=True)):
            item = QTableWidgetItem(figure_text(value, kind, lang))
            if kind != "text":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.fit_rows()


def _texts(table: FigureTableView) -> list[list[str]]:
    rows = [["", *(table.horizontalHeaderItem(c).text().replace("\n", "")
                   for c in range(table.columnCount()))]]
    return rows + [[table.verticalHeaderItem(r).text(), *(table.item(r, c).text()
                                                          for c in range(table.columnCount()))]
                   for r in range(table.rowCount())]


class OperationsView(QWidget):
    """The page: a section per operations page (the wait estimates, then the surge alerts)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sections = {"estimates": OperationsSection(), "surge_alerts": OperationsSection()}
        layout = QVBoxLayout(self)
        for section in self.sections.values():
            layout.addWidget(section)
        layout.addStretch()

    def show_pages(self, pages: list[OpsPage], lang: str) -> None:
        for page in pages:
            self.sections[page.key].show_page(page, lang)
