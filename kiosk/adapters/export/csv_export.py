"""CSV export: tickets (one row each, every timestamp), events, assistance, help requests and a summary.

UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly. Times are branch-local
`YYYY-MM-DD HH:MM:SS`; durations are seconds.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

from kiosk.adapters.export.rows import (
    ASSISTANCE_KINDS,
    EVENT_KINDS,
    HELP_KINDS,
    TICKET_FIELDS,
    LocalClock,
    Progress,
    counting,
    ticket_values,
)
from kiosk.core.stats import Figures, Report, TicketFacts
from kiosk.store.reports import ASSISTANCE_COLUMNS, EVENT_COLUMNS, HELP_COLUMNS, RangeReader, read_report

PARTS = ("events", "assistance", "help", "summary")
SUMMARY_HEADER = ("group", "key", "issued", "served", "no_show", "cancelled", "open", "transferred",
                  "over_max", "wait_count", "wait_mean_s", "wait_median_s", "wait_p90_s",
                  "service_count", "service_mean_s", "service_median_s", "service_p90_s")


def part_path(out: Path, part: str) -> Path:
    """`day.csv` -> `day-events.csv`: the other tables sit beside the tickets file."""
    return out.with_name(f"{out.stem}-{part}{out.suffix or '.csv'}")


_FORMULA_STARTS = frozenset("=+-@\t\r")


def _plain_text(value: object) -> str:
    """Text as text: a note typed as "=HYPERLINK(...)" must not become a formula in a spreadsheet."""
    text = value if type(value) is str else str(value)
    return "'" + text if text and text[0] in _FORMULA_STARTS else text


def _formatter(kinds: tuple[str, ...], clock: LocalClock):
    """values -> CSV cells: times as local text, seconds to the millisecond, None as empty."""
    convert = {"time": clock.text, "seconds": lambda v: round(v, 3), "int": int, "text": _plain_text}
    cells = [convert[k] for k in kinds]
    return lambda values: ["" if v is None else c(v) for c, v in zip(cells, values, strict=True)]


def figures_row(group: str, key: str, f: Figures) -> list:
    return [group, key, f.issued, f.served, f.no_show, f.cancelled, f.open, f.transferred, f.over_max,
            f.wait.count, f.wait.mean, f.wait.median, f.wait.p90,
            f.service.count, f.service.mean, f.service.median, f.service.p90]


def summary_rows(report: Report) -> Iterator[list]:
    yield figures_row("total", "", report.total)
    for group, table in (("service", report.by_service), ("counter", report.by_counter),
                         ("teller", report.by_teller), ("class", report.by_class), ("hour", report.by_hour)):
        for key, f in table.items():
            yield figures_row(group, key, f)


def write_csv(reader: RangeReader, out: Path, progress: Progress, lang: str) -> list[Path]:
    clock = LocalClock(reader.branch.tz)
    paths = [out, *(part_path(out, p) for p in PARTS)]
    with ExitStack() as files:
        writers = [csv.writer(files.enter_context(p.open("w", encoding="utf-8-sig", newline="")))
                   for p in paths]
        tickets, events, assistance, help_, summary = writers
        tickets.writerow([h for h, _, _ in TICKET_FIELDS])
        events.writerow(EVENT_COLUMNS)
        assistance.writerow(ASSISTANCE_COLUMNS)
        help_.writerow([*HELP_COLUMNS, "response_seconds"])
        ticket_cells = _formatter(tuple(k for _, _, k in TICKET_FIELDS), clock)
        event_cells, assist_cells = _formatter(EVENT_KINDS, clock), _formatter(ASSISTANCE_KINDS, clock)
        help_cells = _formatter(HELP_KINDS, clock)

        def on_ticket(row: dict, facts: TicketFacts) -> None:
            tickets.writerow(ticket_cells(ticket_values(facts)))

        def on_help(values: tuple) -> None:
            ack = values[HELP_COLUMNS.index("acknowledged_at")]
            help_.writerow([*help_cells(values), "" if ack is None else round(ack - values[1], 3)])

        report = read_report(reader, on_ticket=counting(progress, on_ticket),
                             on_event=counting(progress, lambda v: events.writerow(event_cells(v))),
                             on_assistance=counting(progress, lambda v: assistance.writerow(assist_cells(v))),
                             on_help=on_help)
        summary.writerow(SUMMARY_HEADER)
        summary.writerows(summary_rows(report))
    progress.finish()
    return paths
