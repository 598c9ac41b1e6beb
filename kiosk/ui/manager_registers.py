"""The manager's register pages: each service register's figure tables, as on the PDF's register pages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kiosk.adapters.export.register_pages import RegisterPage, cell_text
from kiosk.adapters.export.register_words import register_texts

VISIBLE_ROWS = 10  # a longer table (a year's slots) scrolls inside its box


class FigureTableView(QTableWidget):
    """A table as tall as its rows, up to VISIBLE_ROWS of them (the page scrolls, not every little table),
    and room for its scroll bar when it is wider than the page: no row hides under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)

    def fit_rows(self) -> None:
        rows = sum(self.rowHeight(r) for r in range(min(self.rowCount(), VISIBLE_ROWS)))
        frame = 2 * self.frameWidth()
        wide = self.verticalHeader().width() + self.horizontalHeader().length() + frame > self.width()
        bar = self.horizontalScrollBar().sizeHint().height() if wide else 0
        self.setFixedHeight(self.horizontalHeader().height() + rows + frame + bar + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_rows()


class RegisterView(QWidget):
    """One register's page: when open and overdue were counted, its tables, and what its figures mean."""

    def __init__(self, register: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.as_of = QLabel(wordWrap=True)
        self.empty = QLabel(wordWrap=True, objectName="empty")
        self.notes = QLabel(wordWrap=True)
        self.titles: list[QLabel] = []
        self.tables: list[FigureTableView] = []
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.as_of)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.notes)
        self.body.addStretch()

    def show_page(self, page: RegisterPage, lang: str) -> None:
        t = register_texts(lang)
        while len(self.tables) < len(page.tables):  # the same tables every time: made on the first
            title, table = QLabel(objectName="tableTitle"), FigureTableView()
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            at = self.body.indexOf(self.notes)
            self.body.insertWidget(at, title)
            self.body.insertWidget(at + 1, table)
            self.titles.append(title)
            self.tables.append(table)
        self.as_of.setText(page.as_of)
        self.as_of.setVisible(bool(page.as_of))
        self.empty.setText(t["no_records"])
        self.empty.setVisible(page.empty)
        self.notes.setText(" ".join(page.notes))
        for title, table, figures in zip(self.titles, self.tables, page.tables, strict=True):
            title.setText(t[figures.key])
            title.setVisible(not page.empty)
            table.setVisible(not page.empty)
            self._fill(table, figures, t)

    @staticmethod
    def _fill(table: FigureTableView, figures, t: dict[str, str]) -> None:
        table.clear()
        table.setRowCount(len(figures.rows))
        table.setColumnCount(len(figures.columns))
        table.setHorizontalHeaderLabels([t[c] for c in figures.columns])
        table.setAccessibleName(t[figures.key])
        for r, (_, label, values) in enumerate(figures.rows):
            table.setVerticalHeaderItem(r, QTableWidgetItem(label))
            for c, (value, kind) in enumerate(zip(values, figures.kinds, strict=True)):
                item = QTableWidgetItem(cell_text(value, kind))
                if kind != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.fit_rows()

    def table_texts(self) -> list[list[list[str]]]:
        """What each table shows, headers and labels first: [[[header...], [label, cell...], ...], ...]."""
        shown = []
        for table in self.tables:
            rows = [["", *(table.horizontalHeaderItem(c).text() for c in range(table.columnCount()))]]
            rows += [[table.verticalHeaderItem(r).text(),
                      *(table.item(r, c).text() for c in range(table.columnCount()))]
                     for r in range(table.rowCount())]
            shown.append(rows)
        return shown
