"""The daily PDF report: key figures, charts, the special-customer section and definitions (QPdfWriter)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.adapters.export.charts import INK, chart_font, draw_bar_chart
from kiosk.adapters.export.labels import chain_line, code_name, footnotes, minutes, name, texts
from kiosk.adapters.export.operations_pages import drills_line, figure_text, operations_pages, unit_below
from kiosk.adapters.export.operations_words import operations_texts
from kiosk.adapters.export.register_pages import RegisterPage, cell_text, register_pages
from kiosk.adapters.export.register_words import register_texts
from kiosk.adapters.export.rows import ExportError, Progress, counting
from kiosk.adapters.ticket_print import ensure_gui_app
from kiosk.core.stats import Figures, Report
from kiosk.store.interface import RangeRead

PAGE_MM = (210.0, 297.0)
MARGIN_MM = 15.0
DPI = 300
BODY_MM = 3.4  # text height
MIN_PT = 8.0  # no text of the report is smaller, however long its tables: they wrap and paginate instead
POINT_MM = 25.4 / 72
TABLE_SIZE = 0.9  # table text, of the body's
FOOTER_SIZE = 0.7  # of the body's, held at MIN_PT
NAMES_MIN, NAMES_MAX = 0.22, 0.4  # of the page: a table's names column (classes, services); wider names wrap


class _Page:
    """Paints top to bottom on the writer's pages, in millimetres; starts a new page where the next
    block does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str = ""):
        self.writer, self.p = writer, painter
        self.mm = writer.width() / (PAGE_MM[0] - 2 * MARGIN_MM)
        self.width, self.height = writer.width(), writer.height()
        self.y = 0.0
        self.px = BODY_MM * self.mm
        self.footer = footer
        if footer:  # on every page, below the room the report's blocks take
            self.p.setFont(self.font(FOOTER_SIZE))
            room = QRectF(0, 0, self.width, self.height)
            used = self.p.boundingRect(room, Qt.TextFlag.TextWordWrap, footer)
            self.height -= used.height() + self.px
            self._footer()

    def font(self, size: float = 1.0, bold: bool = False) -> QFont:
        """Body type times `size`, never smaller than MIN_PT."""
        return chart_font(max(self.px * size, MIN_PT * POINT_MM * self.mm), bold)

    def room(self, needed: float) -> None:
        """A new page unless `needed` more device pixels fit on this one."""
        if self.y > 0 and self.y + needed > self.height:
            self.new_page()

    def text(self, text: str, size: float = 1.0, bold: bool = False, gap: float = 0.4,
             keep: float = 0.0) -> None:
        """A wrapped paragraph; `keep`: pixels of what follows that must share its page (a heading's
        table)."""
        self.p.setFont(self.font(size, bold))
        self.p.setPen(INK)
        used = self.p.boundingRect(QRectF(0, 0, self.width, self.height), Qt.TextFlag.TextWordWrap, text)
        self.room(used.height() + keep)
        self.p.drawText(QRectF(0, self.y, self.width, used.height()), Qt.TextFlag.TextWordWrap, text)
        self.y += used.height() + gap * self.px

    def heading(self, text: str, size: float = 1.25) -> None:
        """A section's title, kept on a page with the start of its table."""
        self.text(text, size, bold=True, keep=self.px * 5)

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float] | None = None) -> None:
        """A header row (bold, shaded) and rows; widths are fractions of the page width, or None to fit
        the columns to their text (_fitted). A cell too narrow for its text wraps it onto more lines (its
        row grows) rather than shrinking the type; a table longer than the page goes on on the next one,
        under its header again."""
        header, body = rows[0], rows[1:]
        columns = [w * self.width for w in widths] if widths else self._fitted(rows)
        head = self._layout(header, columns, bold=True)
        first = self._layout(body[0], columns, bold=False) if body else (0.0, [])
        self.room(head[0] + first[0])
        self._row(header, columns, head, bold=True)
        for row in body:
            laid = self._layout(row, columns, bold=False)
            if self.y + laid[0] > self.height:
                self.new_page()
                self._row(header, columns, head, bold=True)
            self._row(row, columns, laid, bold=False)
        self.y += self.px * 0.8

    def _fitted(self, rows: Sequence[Sequence[str]]) -> list[float]:
        """Widths for a table of names then figures: the names column as wide as its longest name (within
        NAMES_MIN..NAMES_MAX of the page), each figure column as wide as its widest cell on one line, and
        what is left spread over the figures. Short of room, headings wrap between words: the figure
        columns give up width down to their widest figure or heading word."""
        pad = self.px * 0.7  # the cell's padding (0.6) and a little: text exactly as wide as its room wraps
        natural, floor = [0.0] * len(rows[0]), [0.0] * len(rows[0])
        for i, row in enumerate(rows):
            self.p.setFont(self.font(TABLE_SIZE, bold=i == 0))
            metrics = QFontMetricsF(self.p.fontMetrics())  # the PDF's, not the screen's
            for j, cell in enumerate(row):
                natural[j] = max(natural[j], metrics.horizontalAdvance(cell) + pad)
                parts = cell.split() if i == 0 else [cell]  # a heading may wrap, a figure may not
                floor[j] = max(floor[j], *(metrics.horizontalAdvance(part) + pad for part in parts or [""]))
        figures, floors = natural[1:], floor[1:]
        names = min(max(natural[0], NAMES_MIN * self.width), NAMES_MAX * self.width)
        room = self.width - names
        if sum(figures) <= room:  # what the names do not need spreads over the figures
            figures = [f + (room - sum(figures)) / len(figures) for f in figures]
        elif sum(floors) <= room:  # headings wrap: each figure column gives up part of its spare width
            keep = 1 - (sum(figures) - room) / (sum(figures) - sum(floors))
            figures = [f + (n - f) * keep for n, f in zip(figures, floors, strict=True)]
        else:  # the names take what the figures leave, down to NAMES_MIN
            squeeze = min(1.0, (1 - NAMES_MIN) * self.width / sum(floors))
            figures = [f * squeeze for f in floors]
        return [self.width - sum(figures), *figures]

    def _layout(self, row: Sequence[str], columns: Sequence[float], bold: bool) -> tuple[float, list]:
        """The row's height and each cell's wrap flag: between words, or anywhere for a word (a long code,
        a name without spaces) wider than its cell."""
        self.p.setFont(self.font(TABLE_SIZE, bold))
        pad = self.px * 0.3
        height, flags = self.px * 1.4, []
        for cell, width in zip(row, columns, strict=True):
            room = QRectF(0, 0, max(width - 2 * pad, 1.0), self.height)
            flag = Qt.TextFlag.TextWordWrap
            used = self.p.boundingRect(room, flag, cell)
            if used.width() > room.width() + 0.5:
                flag = Qt.TextFlag.TextWrapAnywhere
                used = self.p.boundingRect(room, flag, cell)
            flags.append(flag)
            height = max(height, used.height() + self.px * 0.5)
        return height, flags

    def _row(self, row: Sequence[str], columns: Sequence[float], laid: tuple[float, list],
             bold: bool) -> None:
        height, flags = laid
        if bold:
            self.p.fillRect(QRectF(0, self.y, self.width, height), Qt.GlobalColor.lightGray)
        self.p.setFont(self.font(TABLE_SIZE, bold))
        self.p.setPen(INK)
        pad, x = self.px * 0.3, 0.0
        for j, (cell, width, flag) in enumerate(zip(row, columns, flags, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft if j == 0 else Qt.AlignmentFlag.AlignRight
            self.p.drawText(QRectF(x + pad, self.y, width - 2 * pad, height),
                            align | Qt.AlignmentFlag.AlignVCenter | flag, cell)
            x += width
        self.y += height

    def chart(self, height_mm: float, title: str, labels, values, **options) -> None:
        height = height_mm * self.mm
        self.room(height)
        font_px = max(self.px * 0.85, MIN_PT * POINT_MM * self.mm)
        draw_bar_chart(self.p, QRectF(0, self.y, self.width, height), title, labels, values,
                       font_px=font_px, **options)
        self.y += height + 4 * self.mm

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = 0.0
        self._footer()

    def _footer(self) -> None:
        if self.footer:
            self.p.setFont(self.font(FOOTER_SIZE))
            self.p.setPen(INK)
            top = self.height + self.px
            self.p.drawText(QRectF(0, top, self.width, self.writer.height() - top),
                            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignBottom, self.footer)


def _figure_row(label: str, f: Figures) -> list[str]:
    return [label, str(f.issued), str(f.served), str(f.no_show), minutes(f.wait.mean), minutes(f.wait.median),
            minutes(f.wait.p90), minutes(f.service.mean), str(f.over_max)]


def _figure_header(t: dict, first: str) -> list[str]:
    return [first, t["issued"], t["served"], t["no_show"], t["wait_mean"], t["wait_median"], t["wait_p90"],
            t["service_mean"], t["over_max"]]


def paint_report(page: _Page, report: Report, lang: str) -> None:
    t = texts(lang)
    total = report.total
    days = report.day_from if report.day_from == report.day_to else f"{report.day_from} – {report.day_to}"
    page.text(f"{t['title']} · {report.branch}", 1.8, bold=True)
    drills = drills_line(report, lang)  # only in a report that includes drills
    page.text(f"{t['range']}: {days}   ({report.time_zone}, {t['generated']})", 1.0,
              gap=0.4 if drills else 1.2)
    if drills:
        page.text(drills, 1.0, bold=True, gap=1.2)
    page.heading(t["key_figures"])
    page.table([[t["issued"], t["served"], t["no_show"], t["cancelled"], t["transferred"], t["open"],
                 t["over_max"]],
                [str(total.issued), str(total.served), str(total.no_show), str(total.cancelled),
                 str(total.transferred), str(total.open), str(total.over_max)]], [1 / 7] * 7)
    m = t["minutes"]
    page.table([["", f"{t['mean']} ({m})", f"{t['median']} ({m})", f"{t['p90']} ({m})", t["count"]],
                *([t[key], minutes(s.mean), minutes(s.median), minutes(s.p90), str(s.count)]
                  for key, s in (("wait", total.wait), ("service", total.service)))],
               [0.32, 0.17, 0.17, 0.17, 0.17])
    hours = list(report.by_hour)
    page.chart(58, t["arrivals_hour"], [f"{h}" for h in hours], [f.issued for f in report.by_hour.values()],
               x_title=t["axis_hour"], y_title=t["axis_tickets"])
    buckets = list(report.wait_histogram)
    page.chart(58, t["wait_dist"], buckets, list(report.wait_histogram.values()),
               highlight=lambda i: i == len(buckets) - 1, x_title=t["axis_wait"], y_title=t["axis_tickets"])
    counters = {k: f for k, f in report.by_counter.items() if k}
    page.chart(50, t["counter_load"], [f"{t['counter']} {k}" for k in counters],
               [f.served for f in counters.values()], y_title=t["axis_tickets"])

    page.new_page()
    page.heading(f"{t['special']} {t['in_minutes']}")
    page.table([_figure_header(t, t["class"])[:1] + [t["share"]] + _figure_header(t, "")[1:]] +
               [[name(report, "classes", code, lang), f"{report.class_share[code]:.1%}",
                 *_figure_row("", f)[1:]] for code, f in report.by_class.items()])
    page.table([[t["assistance"], t["count"]]] +
               [[code_name(k, lang), str(n)] for k, n in report.assistance.items()], (0.5, 0.15))
    h = report.help
    page.table([[t["help"], t["help_requests"], t["answered"], t["unanswered"],
                 f"{t['response']} {t['mean']}", t["median"], t["p90"]],
                ["", str(h.requests), str(h.answered), str(h.unanswered), minutes(h.response.mean),
                 minutes(h.response.median), minutes(h.response.p90)]],
               (0.16, 0.12, 0.12, 0.12, 0.2, 0.14, 0.14))
    page.heading(t["by_service"])
    page.table([_figure_header(t, t["service_col"])] +
               [_figure_row(name(report, "services", k, lang), f) for k, f in report.by_service.items()])
    page.heading(t["per_counter"])
    page.table([_figure_header(t, t["counter"])] +
               [_figure_row(k or t["none"], f) for k, f in report.by_counter.items()])
    page.heading(t["per_teller"])
    page.table([_figure_header(t, t["teller"])] +
               [_figure_row(k or t["none"], f) for k, f in report.by_teller.items()])
    page.heading(t["notes"], 1.1)
    for i, note in enumerate(footnotes(lang, report), start=1):
        page.text(f"{i}. {note}", 0.8, gap=0.2)  # 0.8 of the body, held at MIN_PT
    if report.registers is not None:
        for register in register_pages(report, lang):
            paint_register(page, register, report, lang)
    paint_operations(page, report, lang)


def paint_operations(page: _Page, report: Report, lang: str) -> None:
    """The wait estimates' page, the surge alerts after it: each a title, its figures in a sentence, its
    tables, and what they mean."""
    t = operations_texts(lang)
    page.new_page()
    for i, ops in enumerate(operations_pages(report, lang)):
        page.text(f"{ops.title} · {report.branch}", 1.6 if i == 0 else 1.4, bold=True, gap=1.0,
                  keep=page.px * 6)
        page.text(ops.summary or ops.empty, 1.0, gap=1.0)
        for table in ops.tables:
            page.heading(t[table.key], 1.1)
            page.table([[t[table.label], *(unit_below(t[c]) for c in table.columns)],
                        *([label, *map(figure_text, values, table.kinds, [lang] * len(values))]
                          for _, label, values in table.rows)])
        page.text(ops.notes, 0.8, gap=2.0)


def paint_register(page: _Page, register: RegisterPage, report: Report, lang: str) -> None:
    """A register's page: its title, its figure tables, and what the figures mean."""
    t = register_texts(lang)
    page.new_page()
    page.text(f"{register.title} · {report.branch}", 1.6, bold=True, gap=1.0 if not register.as_of else 0.4)
    if register.as_of:
        page.text(register.as_of, 0.9, gap=1.0)
    if register.empty:
        page.text(t["no_records"], 1.0, gap=1.0)
    for table in () if register.empty else register.tables:
        page.heading(t[table.key], 1.1)
        narrow = (0.4, 0.15, 0.15)[:len(table.columns) + 1] if len(table.columns) < 3 else None
        page.table([[t[table.label], *(t[c] for c in table.columns)],
                    *([label, *(cell_text(v, k) for v, k in zip(values, table.kinds, strict=True))]
                      for _, label, values in table.rows)], narrow)
    page.heading(t["notes"], 1.1)
    for note in register.notes:
        page.text(note, 0.8, gap=0.2)


def render_pdf(report: Report, out: Path, lang: str) -> Path:
    """Paint `report` into an A4 PDF at `out`: two pages, more when its tables are long, then a page per
    register, then the wait estimates and surge alerts."""
    ensure_gui_app()
    writer = QPdfWriter(str(out))
    writer.setResolution(DPI)
    writer.setTitle(f"{texts(lang)['title']} {report.branch} {report.day_from}")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"cannot write {out}")
    try:
        paint_report(_Page(writer, painter, chain_line(report, lang)), report, lang)
    finally:
        painter.end()
    return out


def write_pdf(reader: RangeRead, out: Path, progress: Progress, lang: str,
              personal: bool = False) -> list[Path]:
    """The report's pages; no rows, so nothing personal whatever `personal` says."""
    report = reader.read(on_ticket=counting(progress), on_assistance=counting(progress))
    render_pdf(report, out, lang)
    progress.finish()
    return [out]
