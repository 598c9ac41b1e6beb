"""XLSX export (XlsxWriter, constant memory): summary, tickets, events, assistance, help, hourly profile.

The hourly sheet has a native chart of arrivals per hour. Times are Excel date-times in branch time;
durations are seconds.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import xlsxwriter

from kiosk.adapters.export.csv_export import SUMMARY_HEADER, summary_rows
from kiosk.adapters.export.labels import name, texts
from kiosk.adapters.export.rows import (
    ASSISTANCE_KINDS,
    EVENT_KINDS,
    HELP_KINDS,
    TICKET_FIELDS,
    Progress,
    counting,
    ticket_values,
)
from kiosk.core.stats import Report, TicketFacts
from kiosk.store.reports import ASSISTANCE_COLUMNS, EVENT_COLUMNS, HELP_COLUMNS, RangeReader, read_report

_EXCEL_EPOCH = 25569  # 1970-01-01 as an Excel serial day
WIDTHS = {"time": 19, "text": 14, "int": 9, "seconds": 14}


class _Sheet:
    """One streamed worksheet: a frozen, bold header row, then rows written in order."""

    def __init__(self, book: xlsxwriter.Workbook, title: str, header: Sequence[str], kinds: Sequence[str],
                 formats: dict[str, object], tz: ZoneInfo):
        self.ws = book.add_worksheet(title)
        self.kinds, self.formats, self.tz, self.row = tuple(kinds), formats, tz, 1
        for col, (text, kind) in enumerate(zip(header, kinds, strict=True)):
            self.ws.set_column(col, col, max(WIDTHS[kind], len(text) + 2))
        self.ws.write_row(0, 0, header, formats["header"])
        self.ws.freeze_panes(1, 0)

    def write(self, values: Sequence) -> None:
        ws, r, fmt, tz = self.ws, self.row, self.formats, self.tz
        for col, (kind, v) in enumerate(zip(self.kinds, values, strict=True)):
            if v is None:
                continue
            if kind == "time":
                offset = datetime.fromtimestamp(v, UTC).astimezone(tz).utcoffset().total_seconds()
                ws.write_number(r, col, (v + offset) / 86400 + _EXCEL_EPOCH, fmt["time"])
            elif kind == "seconds":
                ws.write_number(r, col, v, fmt["seconds"])
            elif kind == "int":
                ws.write_number(r, col, int(v))
            else:
                ws.write_string(r, col, str(v))
        self.row += 1


def _formats(book: xlsxwriter.Workbook) -> dict[str, object]:
    return {"header": book.add_format({"bold": True, "bg_color": "#DDE6F0", "text_wrap": True}),
            "time": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
            "seconds": book.add_format({"num_format": "0.0"}),
            "share": book.add_format({"num_format": "0.0%"}),
            "title": book.add_format({"bold": True, "font_size": 14})}


def _write_summary(ws, report: Report, fmt: dict, lang: str) -> None:
    """Summary sheet: figures of the whole range and per group, class shares, assistance and help."""
    t = texts(lang)
    ws.write_string(0, 0, f"{t['title']} · {report.branch}", fmt["title"])
    ws.write_string(1, 0, f"{t['range']}: {report.day_from} – {report.day_to} ({report.time_zone})")
    header = [*SUMMARY_HEADER[:2], "name", *SUMMARY_HEADER[2:]]
    ws.write_row(3, 0, header, fmt["header"])
    ws.freeze_panes(4, 0)
    ws.set_column(0, 1, 10)
    ws.set_column(2, 2, 28)
    ws.set_column(3, len(header) - 1, 11)
    kinds = {"service": "services", "class": "classes"}
    row = 4
    for values in summary_rows(report):
        group, key = values[0], values[1]
        label = name(report, kinds[group], key, lang) if group in kinds else (key or t["none"])
        cells = [group, key, "" if group == "total" else label, *values[2:]]
        for col, v in enumerate(cells):
            if v is None:
                continue
            ws.write(row, col, v, fmt["seconds"] if col >= 10 and col not in (10, 14) else None)
        row += 1
    row += 1
    ws.write_row(row, 0, ["class", "name", t["share"]], fmt["header"])
    for code, share in report.class_share.items():
        row += 1
        ws.write_row(row, 0, [code, name(report, "classes", code, lang)])
        ws.write_number(row, 2, share, fmt["share"])
    row += 2
    ws.write_row(row, 0, ["assistance", t["count"]], fmt["header"])
    for kind, n in report.assistance.items():
        row += 1
        ws.write_row(row, 0, [kind, n])
    row += 2
    h = report.help
    ws.write_row(row, 0, ["help", t["count"]], fmt["header"])
    for key, value in (("requests", h.requests), ("answered", h.answered), ("unanswered", h.unanswered),
                       ("response_mean_s", h.response.mean), ("response_median_s", h.response.median),
                       ("response_p90_s", h.response.p90), *h.by_kind.items()):
        row += 1
        ws.write_string(row, 0, key)
        if value is not None:
            ws.write_number(row, 1, value)


def _write_hourly(book, ws, report: Report, fmt: dict, lang: str) -> None:
    """Hourly profile by hour of issue, and a native column chart of arrivals per hour."""
    header = ["hour", "issued", "served", "no_show", "over_max", "wait_mean_s", "wait_median_s", "wait_p90_s"]
    ws.write_row(0, 0, header, fmt["header"])
    ws.freeze_panes(1, 0)
    ws.set_column(0, len(header) - 1, 13)
    for i, (hour, f) in enumerate(report.by_hour.items(), start=1):
        ws.write_string(i, 0, f"{hour}:00")
        ws.write_row(i, 1, [f.issued, f.served, f.no_show, f.over_max])
        for col, v in enumerate((f.wait.mean, f.wait.median, f.wait.p90), start=5):
            if v is not None:
                ws.write_number(i, col, v, fmt["seconds"])
    n = len(report.by_hour)
    chart = book.add_chart({"type": "column"})
    chart.add_series({"name": texts(lang)["arrivals_hour"], "categories": ["Hourly", 1, 0, n, 0],
                      "values": ["Hourly", 1, 1, n, 1], "fill": {"color": "#2F6DB5"}})
    chart.set_title({"name": texts(lang)["arrivals_hour"]})
    chart.set_legend({"none": True})
    chart.set_y_axis({"name": texts(lang)["issued"], "major_gridlines": {"visible": True}})
    ws.insert_chart(1, len(header) + 1, chart, {"x_scale": 1.4, "y_scale": 1.2})


def write_xlsx(reader: RangeReader, out: Path, progress: Progress, lang: str) -> list[Path]:
    tz = reader.branch.tz
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    fmt = _formats(book)
    summary = book.add_worksheet("Summary")  # first tab, written last: its figures need every row
    tickets = _Sheet(book, "Tickets", [h for h, _, _ in TICKET_FIELDS], [k for _, _, k in TICKET_FIELDS],
                     fmt, tz)
    events = _Sheet(book, "Events", EVENT_COLUMNS, EVENT_KINDS, fmt, tz)
    assistance = _Sheet(book, "Assistance", ASSISTANCE_COLUMNS, ASSISTANCE_KINDS, fmt, tz)
    help_ = _Sheet(book, "Help", HELP_COLUMNS, HELP_KINDS, fmt, tz)
    hourly = book.add_worksheet("Hourly")

    def on_ticket(row: dict, facts: TicketFacts) -> None:
        tickets.write(ticket_values(facts))

    report = read_report(reader, on_ticket=counting(progress, on_ticket),
                         on_event=counting(progress, events.write),
                         on_assistance=counting(progress, assistance.write), on_help=help_.write)
    _write_summary(summary, report, fmt, lang)
    _write_hourly(book, hourly, report, fmt, lang)
    book.close()
    progress.finish()
    return [out]
