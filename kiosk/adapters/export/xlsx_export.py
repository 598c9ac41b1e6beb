"""XLSX export (XlsxWriter, constant memory): summary, tickets, events, assistance, help, hourly profile, then
a sheet per register (its figures, then its rows) and one of the complaints' steps, then the wait estimates'
grades and the surge alerts (minutes, as people read them).

The hourly sheet has a native chart of arrivals per hour. Times are Excel date-times in branch time,
shown with their UTC offset (a format per offset: the hour the clocks go back happens twice); durations
are seconds. Sheet names, headings and coded values in the export's language (columns.Words).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import xlsxwriter

from kiosk.adapters.export.columns import SHEET_NAME_MAX, Words, sheet_name
from kiosk.adapters.export.labels import chain_line, name, texts
from kiosk.adapters.export.operations_pages import OpsTable, drills_line, operations_pages
from kiosk.adapters.export.operations_words import operations_texts
from kiosk.adapters.export.register_pages import (
    ROW_TABLES,
    FigureTable,
    register_pages,
    row_headings,
    row_kinds,
    row_words,
    sheet_title,
)
from kiosk.adapters.export.register_words import register_texts
from kiosk.adapters.export.rows import (
    ASSISTANCE_KINDS,
    HELP_KINDS,
    LocalClock,
    Progress,
    counting,
    event_columns,
    ticket_fields,
    ticket_values,
)
from kiosk.adapters.export.summary import SECONDS, summary_columns, summary_rows
from kiosk.core.records import ASSISTANCE_COLUMNS, HELP_COLUMNS, names, register_columns
from kiosk.core.stats import Report, TicketFacts
from kiosk.store.interface import RangeRead

EXCEL_ROWS = 1_048_576  # rows in a worksheet
WIDTHS = {"time": 26, "int": 9, "seconds": 14}  # else 14


def _width(text: str) -> int:
    """Columns `text` takes in a spreadsheet: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class _Sheet:
    """A streamed table: a frozen, bold header row, then rows in order; past Excel's row limit it goes
    on in a new sheet ("Events 2", ...)."""

    def __init__(self, book: xlsxwriter.Workbook, title: str, header: Sequence[str], kinds: Sequence[str],
                 formats: dict[str, object], clock: LocalClock, words: Words,
                 named_as: Callable[[str], Callable[[str], str] | None] | None = None,
                 below: tuple | None = None):
        """`named_as(kind)`: the words of a column's codes (else words.value); `below`: (sheet, row) to begin
        the table on a sheet that has something above it."""
        self.book, self.title, self.header, self.kinds, self.formats = book, title, header, kinds, formats
        self.sheets = 0
        self.below = below
        time_fmt, seconds_fmt = formats["time"], formats["seconds"]

        def text(kind: str):
            named = (named_as or words.value)(kind) or str
            return lambda ws, r, c, v: ws.write_string(r, c, named(v))

        self._cells = [(lambda ws, r, c, v: ws.write_number(r, c, clock.excel(v), time_fmt(v))) if k == "time"
                       else (lambda ws, r, c, v: ws.write_number(r, c, v, seconds_fmt)) if k == "seconds"
                       else (lambda ws, r, c, v: ws.write_number(r, c, int(v))) if k == "int"
                       else text(k) for k in kinds]
        self._new_sheet()

    def _new_sheet(self) -> None:
        self.sheets += 1
        top = 0
        if self.sheets == 1 and self.below:
            self.ws, top = self.below
        else:
            self.ws = self.book.add_worksheet(self.title if self.sheets == 1 else
                                              sheet_name(f"{self.title[:SHEET_NAME_MAX - 8]} {self.sheets}"))
        for col, (text, kind) in enumerate(zip(self.header, self.kinds, strict=True)):
            self.ws.set_column(col, col, max(WIDTHS.get(kind, 14), _width(text) + 2))
        self.ws.write_row(top, 0, self.header, self.formats["header"])
        if not top:
            self.ws.freeze_panes(1, 0)
        self.row = top + 1

    def write(self, values: Sequence) -> None:
        if self.row == EXCEL_ROWS:
            self._new_sheet()
        ws, r = self.ws, self.row
        for col, (cell, v) in enumerate(zip(self._cells, values, strict=True)):
            if v is not None:
                cell(ws, r, col, v)
        self.row += 1


def _formats(book: xlsxwriter.Workbook, clock: LocalClock) -> dict[str, object]:
    return {"header": book.add_format({"bold": True, "bg_color": "#DDE6F0", "text_wrap": True}),
            "time": _time_formats(book, clock),
            "seconds": book.add_format({"num_format": "0.0"}),
            "share": book.add_format({"num_format": "0.0%"}),
            "mean": book.add_format({"num_format": "0.00"}),
            "minutes": book.add_format({"num_format": "0.0"}),
            "signed_minutes": book.add_format({"num_format": "+0.0;-0.0;0.0"}),
            "bold": book.add_format({"bold": True}),
            "title": book.add_format({"bold": True, "font_size": 14})}


def _time_formats(book: xlsxwriter.Workbook, clock: LocalClock):
    """epoch seconds -> the date-time format that shows their offset, e.g. `2026-11-23 09:00:00 +08:00`
    (one per offset the export meets)."""
    made: dict[float, object] = {}

    def time_format(ts: float):
        offset = clock.offset(ts)
        fmt = made.get(offset)
        if fmt is None:
            fmt = made[offset] = book.add_format(
                {"num_format": f'yyyy-mm-dd hh:mm:ss "{clock.offset_text(offset)}"'})
        return fmt

    return time_format


def _write_summary(ws, report: Report, fmt: dict, words: Words) -> None:
    """Summary sheet: figures of the whole range and per group, class shares, assistance and help."""
    t = texts(words.lang)
    ws.write_string(0, 0, f"{t['title']} · {report.branch}", fmt["title"])
    drills = drills_line(report, words.lang)  # only in a report that includes drills
    ws.write_string(1, 0, f"{t['range']}: {report.day_from} – {report.day_to} ({report.time_zone})"
                    + (f" · {drills}" if drills else ""))
    ws.write_string(2, 0, chain_line(report, words.lang))
    columns = summary_columns(words)
    ws.write_row(3, 0, words.headings(columns), fmt["header"])
    ws.freeze_panes(4, 0)
    name_col = columns.index("name")
    ws.set_column(0, name_col - 1, 10)
    ws.set_column(name_col, name_col, 28)
    ws.set_column(name_col + 1, len(columns) - 1, 11)
    seconds = {i for i, c in enumerate(columns) if c in SECONDS}
    row = 4
    for values in summary_rows(report, words, columns):
        for col, v in enumerate(values):
            if v is not None:
                ws.write(row, col, v, fmt["seconds"] if col in seconds else None)
        row += 1
    row += 1
    share_header = ["class", "share"] if words.translated else ["class", "name", "share"]
    ws.write_row(row, 0, words.headings(share_header), fmt["header"])
    for code, share in report.class_share.items():
        row += 1
        named = [name(report, "classes", code, words.lang)]
        ws.write_row(row, 0, named if words.translated else [code, *named])
        ws.write_number(row, len(share_header) - 1, share, fmt["share"])
    row += 2
    kind_name = words.value("code") or str
    ws.write_row(row, 0, words.headings(["assistance", "count"]), fmt["header"])
    for kind, n in report.assistance.items():
        row += 1
        ws.write_row(row, 0, [kind_name(kind), n])
    row += 2
    h = report.help
    ws.write_row(row, 0, words.headings(["help", "count"]), fmt["header"])
    for key, value in (*((words.heading(k), v) for k, v in (
            ("requests", h.requests), ("answered", h.answered), ("unanswered", h.unanswered),
            ("response_mean_s", h.response.mean), ("response_median_s", h.response.median),
            ("response_p90_s", h.response.p90))),
            *((kind_name(k), n) for k, n in h.by_kind.items())):
        row += 1
        ws.write_string(row, 0, key)
        if value is not None:
            ws.write_number(row, 1, value)


HOURLY = ("hour", "issued", "served", "no_show", "over_max", "wait_mean_s", "wait_median_s", "wait_p90_s")


def _write_hourly(book, ws, report: Report, fmt: dict, words: Words) -> None:
    """Hourly profile by hour of issue, and a native column chart of arrivals per hour, axes in units."""
    ws.write_row(0, 0, words.headings(HOURLY), fmt["header"])
    ws.freeze_panes(1, 0)
    ws.set_column(0, len(HOURLY) - 1, 15)
    for i, (hour, f) in enumerate(report.by_hour.items(), start=1):
        ws.write_string(i, 0, f"{hour}:00")
        ws.write_row(i, 1, [f.issued, f.served, f.no_show, f.over_max])
        for col, v in enumerate((f.wait.mean, f.wait.median, f.wait.p90), start=5):
            if v is not None:
                ws.write_number(i, col, v, fmt["seconds"])
    n = len(report.by_hour)
    if not n:  # no tickets: a chart over an empty range would make Excel repair the file
        return
    t = texts(words.lang)
    sheet = ws.get_name()
    chart = book.add_chart({"type": "column"})
    chart.add_series({"name": t["arrivals_hour"], "categories": [sheet, 1, 0, n, 0],
                      "values": [sheet, 1, 1, n, 1], "fill": {"color": "#2F6DB5"}})
    chart.set_title({"name": t["arrivals_hour"]})
    chart.set_legend({"none": True})
    chart.set_x_axis({"name": t["axis_hour"]})
    chart.set_y_axis({"name": t["axis_tickets"], "major_gridlines": {"visible": True}})
    ws.insert_chart(1, len(HOURLY) + 1, chart, {"x_scale": 1.4, "y_scale": 1.2})


def _write_registers(book, reader: RangeRead, report: Report, fmt: dict, clock: LocalClock, words: Words,
                     progress: Progress, personal: bool) -> None:
    """A sheet per register: its title and notes, its figure tables, then its rows (the complaints' steps on
    a sheet of their own)."""
    pages = {page.register: page for page in register_pages(report, words.lang)}
    t = register_texts(words.lang)
    for register in ROW_TABLES:
        ws = book.add_worksheet(sheet_name(sheet_title(register, words)))
        row = 0
        page = pages.get(register)
        if page is not None:
            ws.write_string(0, 0, f"{page.title} · {report.branch}", fmt["title"])
            notes = [*filter(None, [page.as_of]), *page.notes,
                     *([t["with_personal" if personal else "without_personal"]] if register == "home_visits"
                       else [])]
            for row, note in enumerate(notes, start=1):
                ws.write_string(row, 0, note)
            if page.empty:
                row += 1
                ws.write_string(row, 0, t["no_records"])
            row += 2
            for table in () if page.empty else page.tables:
                row = _write_figure_table(ws, row, table, t, fmt) + 1
            ws.write_string(row, 0, t["rows"], fmt["bold"])
            row += 1
        columns = register_columns(register, personal)
        rows = _Sheet(book, ws.get_name(), row_headings(columns, words), row_kinds(register, columns), fmt,
                      clock, words, named_as=lambda kind: row_words(kind, words), below=(ws, row))
        if page is not None:
            ws.set_column(0, 0, 24)  # the figure tables' names
        for values in reader.register_rows(register, personal):
            rows.write(values)
            progress.step()


def _write_figure_table(ws, row: int, table: FigureTable, t: dict[str, str], fmt: dict) -> int:
    """A titled table of figures from `row`; the row after it."""
    ws.write_string(row, 0, t[table.key], fmt["bold"])
    ws.write_row(row + 1, 0, [t[table.label], *(t[c] for c in table.columns)], fmt["header"])
    row += 2
    for _, label, values in table.rows:
        ws.write_string(row, 0, label)
        for col, (value, kind) in enumerate(zip(values, table.kinds, strict=True), start=1):
            if value is None:
                continue
            if kind == "text":
                ws.write_string(row, col, value)
            else:
                ws.write_number(row, col, value, fmt.get(kind))
        row += 1
    return row


_OPS_SHEETS = {"estimates": "Wait estimates", "surge_alerts": "Surge alerts"}


def _write_operations(book, report: Report, fmt: dict, words: Words) -> None:
    """A sheet per operations page: its title and figures in a sentence, its tables (durations in minutes),
    and what the figures mean."""
    t = operations_texts(words.lang)
    for page in operations_pages(report, words.lang):
        ws = book.add_worksheet(sheet_name(t[page.key] if words.translated else _OPS_SHEETS[page.key]))
        ws.set_column(0, 0, 22)
        ws.set_column(1, 8, 16)
        ws.write_string(0, 0, f"{page.title} · {report.branch}", fmt["title"])
        ws.write_string(1, 0, page.summary or page.empty)
        row = 3
        for table in page.tables:
            row = _write_ops_table(ws, row, table, t, fmt) + 1
        ws.write_string(row, 0, page.notes)


def _write_ops_table(ws, row: int, table: OpsTable, t: dict[str, str], fmt: dict) -> int:
    """A titled table of an operations page from `row`; the row after it."""
    ws.write_string(row, 0, t[table.key], fmt["bold"])
    ws.write_row(row + 1, 0, [t[table.label], *(t[c] for c in table.columns)], fmt["header"])
    row += 2
    for _, label, values in table.rows:
        ws.write_string(row, 0, label)
        for col, (value, kind) in enumerate(zip(values, table.kinds, strict=True), start=1):
            if value is None:
                if kind == "opened":
                    ws.write_string(row, col, t["not_opened"])
            elif kind in ("text", "int"):
                ws.write(row, col, value)
            else:  # seconds, shown in minutes
                ws.write_number(row, col, value / 60, fmt["minutes" if kind == "opened" else kind])
        row += 1
    return row


def write_xlsx(reader: RangeRead, out: Path, progress: Progress, lang: str,
               personal: bool = False) -> list[Path]:
    clock = LocalClock(reader.branch.tz)
    words = Words(lang, names(reader.branch))
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    fmt = _formats(book, clock)
    summary = book.add_worksheet(words.sheet("Summary"))  # first tab, written last: it needs every row

    def table(sheet: str, header: Sequence[str], kinds: Sequence[str]) -> _Sheet:
        return _Sheet(book, words.sheet(sheet), words.headings(header), kinds, fmt, clock, words)

    fields = ticket_fields(reader.drills)
    tickets = table("Tickets", [h for h, _, _ in fields], [k for _, _, k in fields])
    events = table("Events", *event_columns(reader.drills))
    assistance = table("Assistance", ASSISTANCE_COLUMNS, ASSISTANCE_KINDS)
    help_ = table("Help", HELP_COLUMNS, HELP_KINDS)
    hourly = book.add_worksheet(words.sheet("Hourly"))

    def on_ticket(row: dict, facts: TicketFacts) -> None:
        tickets.write(ticket_values(facts, fields))

    report = reader.read(on_ticket=counting(progress, on_ticket),
                         on_event=counting(progress, events.write),
                         on_assistance=counting(progress, assistance.write), on_help=help_.write)
    _write_summary(summary, report, fmt, words)
    _write_hourly(book, hourly, report, fmt, words)
    _write_registers(book, reader, report, fmt, clock, words, progress, personal)
    _write_operations(book, report, fmt, words)
    book.close()
    progress.finish()
    return [out]
