"""CSV export: tickets (one row each, every timestamp), events, assistance, help requests and a summary; the
registers' rows (a file each) and their figures (NAME-registers.csv, one line per figure); the wait estimates'
grades (NAME-estimates.csv) and the surge alerts (NAME-surge-alerts.csv).

UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly. Times are branch-local
ISO 8601 with their offset (`2026-11-23T09:00:00+08:00`: the hour the clocks go back happens twice);
durations are seconds. Headings and coded values in the export's language
(columns.Words); the file names stay English.
"""
from __future__ import annotations

import csv
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from kiosk.adapters.export.columns import Words
from kiosk.adapters.export.operations_pages import (
    ALERT_CSV,
    ESTIMATE_CSV,
    alert_records,
    drills_line,
    estimate_records,
)
from kiosk.adapters.export.operations_words import csv_heading
from kiosk.adapters.export.register_pages import (
    ROW_TABLES,
    figure_records,
    register_pages,
    row_headings,
    row_kinds,
    row_words,
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
from kiosk.adapters.export.summary import chain_rows, summary_columns, summary_rows
from kiosk.core.records import ASSISTANCE_COLUMNS, HELP_COLUMNS, names, register_columns
from kiosk.core.stats import TicketFacts
from kiosk.store.interface import RangeRead

PARTS = ("events", "assistance", "help", "summary")
REGISTER_PARTS = (*(t.replace("_", "-") for t in ROW_TABLES), "registers")  # home-visits, ..., the figures
OPERATIONS_PARTS = ("estimates", "surge-alerts")


def part_path(out: Path, part: str) -> Path:
    """`day.csv` -> `day-events.csv`: the other tables sit beside the tickets file."""
    return out.with_name(f"{out.stem}-{part}{out.suffix or '.csv'}")


_FORMULA_STARTS = frozenset("=+-@\t\r")


def _plain_text(value: object) -> str:
    """Text as text: a note typed as "=HYPERLINK(...)" must not become a formula in a spreadsheet."""
    text = value if type(value) is str else str(value)
    return "'" + text if text and text[0] in _FORMULA_STARTS else text


def _formatter(kinds: tuple[str, ...], clock: LocalClock, words: Words,
               named_as: Callable[[str, Words], Callable[[str], str] | None] = lambda kind, w: w.value(kind)):
    """values -> CSV cells: times as local text, seconds to the millisecond, codes as the export's words,
    None as empty."""
    convert = {"time": clock.text, "seconds": lambda v: round(v, 3), "int": int}

    def text(kind: str):
        named = named_as(kind, words)
        return (lambda v: _plain_text(named(v))) if named else _plain_text

    cells = [convert.get(k) or text(k) for k in kinds]
    return lambda values: ["" if v is None else c(v) for c, v in zip(cells, values, strict=True)]


def write_csv(reader: RangeRead, out: Path, progress: Progress, lang: str,
              personal: bool = False) -> list[Path]:
    clock = LocalClock(reader.branch.tz)
    words = Words(lang, names(reader.branch))
    paths = [out, *(part_path(out, p) for p in PARTS)]
    with ExitStack() as files:
        writers = [csv.writer(files.enter_context(p.open("w", encoding="utf-8-sig", newline="")))
                   for p in paths]
        tickets, events, assistance, help_, summary = writers
        fields = ticket_fields(reader.drills)
        event_headings, event_kinds = event_columns(reader.drills)
        tickets.writerow(words.headings(h for h, _, _ in fields))
        events.writerow(words.headings(event_headings))
        assistance.writerow(words.headings(ASSISTANCE_COLUMNS))
        help_.writerow(words.headings([*HELP_COLUMNS, "response_seconds"]))
        ticket_cells = _formatter(tuple(k for _, _, k in fields), clock, words)
        event_cells = _formatter(event_kinds, clock, words)
        assist_cells = _formatter(ASSISTANCE_KINDS, clock, words)
        help_cells = _formatter(HELP_KINDS, clock, words)

        def on_ticket(row: dict, facts: TicketFacts) -> None:
            tickets.writerow(ticket_cells(ticket_values(facts, fields)))

        def on_help(values: tuple) -> None:
            ack = values[HELP_COLUMNS.index("acknowledged_at")]
            help_.writerow([*help_cells(values), "" if ack is None else round(ack - values[1], 3)])

        report = reader.read(on_ticket=counting(progress, on_ticket),
                             on_event=counting(progress, lambda v: events.writerow(event_cells(v))),
                             on_assistance=counting(progress, lambda v: assistance.writerow(assist_cells(v))),
                             on_help=on_help)
        columns = summary_columns(words, name_last=True)
        summary.writerow(words.headings(columns))
        summary.writerows(summary_rows(report, words, columns))
        summary.writerows(chain_rows(report, words, columns))
        if report.drill_tickets is not None:  # the mark of a report including drills, after every figure
            summary.writerow([drills_line(report, words.lang), *[""] * (len(columns) - 1)])
    paths += _write_registers(reader, out, progress, clock, words, personal, report)
    paths += _write_operations(out, report, words)
    progress.finish()
    return paths


def _write_operations(out: Path, report, words: Words) -> list[Path]:
    """The wait estimates' grades (a line per day, service and hour) and the surge alerts (a line each);
    durations in seconds, like the other files."""
    lang = words.lang
    paths = [part_path(out, p) for p in OPERATIONS_PARTS]
    with _open(paths[0]) as f:
        grades = csv.writer(f)
        grades.writerow([csv_heading(c, lang) for c in ESTIMATE_CSV])
        for table, *rest in estimate_records(report, lang):
            grades.writerow([csv_heading(table, lang), *map(_cell, rest)])
    drills = report.drill_tickets is not None
    with _open(paths[1]) as f:
        alerts = csv.writer(f)
        alerts.writerow([csv_heading(c, lang) for c in (*ALERT_CSV, *(("drill",) if drills else ()))])
        alerts.writerows([*map(_cell, record)] for record in alert_records(report))
    return paths


def _cell(value: object) -> object:
    """A figure as the CSV writes it: seconds to the millisecond, text as text, None as empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        return round(value, 3)
    return _plain_text(value) if isinstance(value, str) else value


def _open(path: Path):
    return path.open("w", encoding="utf-8-sig", newline="")


def _write_registers(reader: RangeRead, out: Path, progress: Progress, clock: LocalClock, words: Words,
                     personal: bool, report) -> list[Path]:
    """A file of rows per register, then one of every register figure."""
    paths = [part_path(out, p) for p in REGISTER_PARTS]
    for register, path in zip(ROW_TABLES, paths, strict=False):
        columns = register_columns(register, personal)
        cells = _formatter(row_kinds(register, columns), clock, words, row_words)
        with _open(path) as f:
            rows = csv.writer(f)
            rows.writerow(row_headings(columns, words))
            for values in reader.register_rows(register, personal):
                rows.writerow(cells(values))
                progress.step()
    said = register_texts(words.lang) if words.translated else {}  # English keeps the codes
    with _open(paths[-1]) as f:
        figures = csv.writer(f)
        figures.writerow(words.headings(["register", "table", "key", "name", "figure", "value"]))
        for register, table, key, name, figure, value in figure_records(register_pages(report, words.lang)):
            figures.writerow([said.get(register, register), said.get(table, table), _plain_text(key),
                              _plain_text(name), said.get(figure, figure), "" if value is None else value])
    return paths
