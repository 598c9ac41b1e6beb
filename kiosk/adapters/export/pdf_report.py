"""The daily PDF report: key figures, charts, the special-customer section and definitions (QPdfWriter)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from kiosk.adapters.export.charts import INK, chart_font, draw_bar_chart
from kiosk.adapters.export.labels import assistance_name, footnotes, minutes, name, texts
from kiosk.adapters.export.rows import ExportError, Progress, counting
from kiosk.adapters.ticket_print import ensure_gui_app
from kiosk.core.stats import Figures, Report
from kiosk.store.reports import RangeReader, read_report

PAGE_MM = (210.0, 297.0)
MARGIN_MM = 15.0
DPI = 300
BODY_MM = 3.4  # text height


class _Page:
    """Paints top to bottom on the writer's pages, in millimetres."""

    def __init__(self, writer: QPdfWriter, painter: QPainter):
        self.writer, self.p = writer, painter
        self.mm = writer.width() / (PAGE_MM[0] - 2 * MARGIN_MM)
        self.width = writer.width()
        self.y = 0.0
        self.px = BODY_MM * self.mm

    def text(self, text: str, size: float = 1.0, bold: bool = False, gap: float = 0.4) -> None:
        self.p.setFont(chart_font(self.px * size, bold))
        self.p.setPen(INK)
        rect = QRectF(0, self.y, self.width, self.px * size * 20)
        used = self.p.boundingRect(rect, Qt.TextFlag.TextWordWrap, text)
        self.p.drawText(rect, Qt.TextFlag.TextWordWrap, text)
        self.y += used.height() + gap * self.px

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        """A header row (bold, shaded) and rows; widths are fractions of the page width."""
        row_h = self.px * 1.6
        for i, row in enumerate(rows):
            if i == 0:
                self.p.fillRect(QRectF(0, self.y, self.width, row_h), Qt.GlobalColor.lightGray)
            self.p.setPen(INK)
            x = 0.0
            for j, (cell, w) in enumerate(zip(row, widths, strict=True)):
                align = Qt.AlignmentFlag.AlignLeft if j == 0 else Qt.AlignmentFlag.AlignRight
                rect = QRectF(x + self.px * 0.3, self.y, w * self.width - self.px * 0.6, row_h)
                self.p.setFont(self._fitting(cell, rect.width(), bold=i == 0))
                self.p.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, cell)
                x += w * self.width
            self.y += row_h
        self.y += self.px * 0.8

    def _fitting(self, text: str, width: float, bold: bool) -> QFont:
        """The table font, made smaller (down to 60%) when `text` is wider than its cell."""
        font = chart_font(self.px * 0.9, bold)
        wide = QFontMetricsF(font).horizontalAdvance(text)
        if wide > width > 0:
            font = chart_font(self.px * 0.9 * max(width / wide, 0.6), bold)
        return font

    def chart(self, height_mm: float, title: str, labels, values, **options) -> None:
        draw_bar_chart(self.p, QRectF(0, self.y, self.width, height_mm * self.mm), title, labels, values,
                       font_px=self.px * 0.85, **options)
        self.y += (height_mm + 4) * self.mm

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = 0.0


def _figure_row(label: str, f: Figures) -> list[str]:
    return [label, str(f.issued), str(f.served), str(f.no_show), minutes(f.wait.mean), minutes(f.wait.median),
            minutes(f.wait.p90), minutes(f.service.mean), str(f.over_max)]


def _figure_header(t: dict, first: str) -> list[str]:
    return [first, t["issued"], t["served"], t["no_show"], t["wait_mean"], t["wait_median"], t["wait_p90"],
            t["service_mean"], t["over_max"]]


_FIGURE_WIDTHS = (0.24, 0.07, 0.07, 0.07, 0.1, 0.11, 0.12, 0.1, 0.12)


def paint_report(page: _Page, report: Report, lang: str) -> None:
    t = texts(lang)
    total = report.total
    days = report.day_from if report.day_from == report.day_to else f"{report.day_from} – {report.day_to}"
    page.text(f"{t['title']} · {report.branch}", 1.8, bold=True)
    page.text(f"{t['range']}: {days}   ({report.time_zone}, {t['generated']})", 1.0, gap=1.2)
    page.text(t["key_figures"], 1.25, bold=True)
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
    page.chart(58, t["arrivals_hour"], [f"{h}" for h in hours], [f.issued for f in report.by_hour.values()])
    buckets = list(report.wait_histogram)
    page.chart(58, t["wait_dist"], buckets, list(report.wait_histogram.values()),
               highlight=lambda i: i == len(buckets) - 1)
    counters = {k: f for k, f in report.by_counter.items() if k}
    page.chart(50, t["counter_load"], [f"{t['counter']} {k}" for k in counters],
               [f.served for f in counters.values()])

    page.new_page()
    page.text(f"{t['special']} {t['in_minutes']}", 1.25, bold=True)
    page.table([_figure_header(t, t["class"])[:1] + [t["share"]] + _figure_header(t, "")[1:]] +
               [[name(report, "classes", code, lang), f"{report.class_share[code]:.1%}",
                 *_figure_row("", f)[1:]] for code, f in report.by_class.items()],
               (0.2, 0.07, 0.06, 0.06, 0.06, 0.1, 0.11, 0.12, 0.1, 0.12))
    page.table([[t["assistance"], t["count"]]] +
               [[assistance_name(k, lang), str(n)] for k, n in report.assistance.items()], (0.5, 0.15))
    h = report.help
    page.table([[t["help"], t["help_requests"], t["answered"], t["unanswered"],
                 f"{t['response']} {t['mean']}", t["median"], t["p90"]],
                ["", str(h.requests), str(h.answered), str(h.unanswered), minutes(h.response.mean),
                 minutes(h.response.median), minutes(h.response.p90)]],
               (0.16, 0.12, 0.12, 0.12, 0.2, 0.14, 0.14))
    page.text(t["by_service"], 1.25, bold=True)
    page.table([_figure_header(t, t["service_col"])] +
               [_figure_row(name(report, "services", k, lang), f) for k, f in report.by_service.items()],
               _FIGURE_WIDTHS)
    page.text(t["per_counter"], 1.25, bold=True)
    page.table([_figure_header(t, t["counter"])] +
               [_figure_row(k or t["none"], f) for k, f in report.by_counter.items()], _FIGURE_WIDTHS)
    page.text(t["per_teller"], 1.25, bold=True)
    page.table([_figure_header(t, t["teller"])] +
               [_figure_row(k or t["none"], f) for k, f in report.by_teller.items()], _FIGURE_WIDTHS)
    page.text(t["notes"], 1.1, bold=True)
    for i, note in enumerate(footnotes(lang, report), start=1):
        page.text(f"{i}. {note}", 0.8, gap=0.2)


def render_pdf(report: Report, out: Path, lang: str) -> Path:
    """Paint `report` into a two-page A4 PDF at `out`."""
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
        paint_report(_Page(writer, painter), report, lang)
    finally:
        painter.end()
    return out


def write_pdf(reader: RangeReader, out: Path, progress: Progress, lang: str) -> list[Path]:
    report = read_report(reader, on_ticket=counting(progress), on_assistance=counting(progress))
    render_pdf(report, out, lang)
    progress.finish()
    return [out]
