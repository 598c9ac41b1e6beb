"""The registers' pages of the report: their figure tables and definitions, made once for the window, the PDF,
the XLSX and the CSV; and how each register's rows are headed and shown in an export."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from kiosk.adapters.export.columns import Words
from kiosk.adapters.export.labels import configured_name
from kiosk.adapters.export.register_words import HEADINGS, NOTES, register_texts, value_words
from kiosk.core.register_stats import Registers
from kiosk.core.stats import Report

# The registers' row tables, as the exports name them: CSV files (NAME-home-visits.csv), sheets, JSON keys.
ROW_TABLES = ("bookings", "home_visits", "complaints", "complaint_steps", "ratings", "shunting")
SHEET_NAMES = {"bookings": "Bookings", "home_visits": "Home visits", "complaints": "Complaints",
               "complaint_steps": "Complaint steps", "ratings": "Ratings", "shunting": "Shunting"}

_BOOKINGS = ("booked", "checked_in", "no_show", "pending", "cancelled")
_VISITS = ("requested", "done", "done_on_time", "on_time_share", "open", "overdue", "refused", "cancelled")
_COMPLAINTS = ("received", "replied", "replied_on_time", "on_time_share", "overdue", "closed")
_RATINGS = ("count", "mean", "low")
_SHUNTS = ("offered", "self_service", "ticket", "left", "self_service_share")
_AS_OF = ("bookings", "home_visits", "complaints")  # the pages whose figures change with time
_KINDS = {"on_time_share": "share", "self_service_share": "share", "share": "share", "mean": "mean",
          "slot": "text"}


@dataclass(frozen=True)
class FigureTable:
    """One table of a register's figures: rows of (key, label, values), the label in the page's language."""

    key: str  # by_service, by_slot, ... (register_words names it)
    label: str  # what its rows are: service, slot, counter, ...
    columns: tuple[str, ...]  # the figures' codes
    rows: tuple[tuple[str, str, tuple], ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        """Per column: int, share (0..1), mean, or text."""
        return tuple(_KINDS.get(c, "int") for c in self.columns)


@dataclass(frozen=True)
class RegisterPage:
    register: str
    title: str
    tables: tuple[FigureTable, ...]
    as_of: str  # when what is open or overdue was counted ("" on a page without such figures)
    notes: tuple[str, ...]  # the definitions
    empty: bool  # no records in the range: the window, PDF and XLSX say so instead of tables of zeros


def cell_text(value: Any, kind: str) -> str:
    """A figure as the window and the PDF show it."""
    if value is None:
        return "–"
    if kind == "share":
        return f"{value:.1%}"
    if kind == "mean":
        return f"{value:.2f}"
    return str(value)


def _values(counts: Any, columns: tuple[str, ...]) -> tuple:
    field = {"pending": "open"}  # a booking neither checked in nor a no-show yet
    return tuple(getattr(counts, field.get(c, c)) for c in columns)


def register_pages(report: Report, lang: str) -> list[RegisterPage]:
    """A page per register of `report.registers`, in `lang`."""
    r: Registers = report.registers
    t = register_texts(lang)

    def service(code: str) -> str:
        return configured_name(report.names, "services", code, lang)

    def plain(code: str) -> str:
        return code or t["none"]

    def worded(kind: str) -> Callable[[str], str]:
        words = value_words(lang, kind) or {}
        return lambda code: words.get(code, plain(code))

    def grouped(key: str, label: str, columns: tuple[str, ...], total: Any, groups: dict[str, Any],
                name: Callable[[str], str]) -> FigureTable:
        rows = [] if total is None else [("total", t["total"], _values(total, columns))]
        rows += [(k, name(k), _values(v, columns)) for k, v in groups.items()]
        return FigureTable(key, label, columns, tuple(rows))

    b, h, c, g, s = r.bookings, r.home_visits, r.complaints, r.ratings, r.shunting
    slots = FigureTable("by_slot", "service", ("slot", *_BOOKINGS), tuple(
        (f"{x.start} {x.service}", service(x.service), (x.start, *_values(x, _BOOKINGS))) for x in b.by_slot))
    tables = {
        "bookings": (grouped("by_service", "service", _BOOKINGS, b.total, b.by_service, service), slots),
        "home_visits": (grouped("by_service", "service", _VISITS, h.total, h.by_service, service),),
        "complaints": (grouped("by_service", "service", _COMPLAINTS, c.total, c.by_service, service),
                       grouped("by_counter", "counter", _COMPLAINTS, None, c.by_counter, plain),
                       grouped("by_channel", "channel", _COMPLAINTS, None, c.by_channel, worded("channel")),
                       FigureTable("by_status", "state", ("received",), tuple(
                           (k, worded("complaint_status")(k), (n,)) for k, n in c.by_status.items()))),
        "ratings": (grouped("by_teller", "teller", _RATINGS, g.total, g.by_teller, plain),
                    grouped("by_counter", "counter", _RATINGS, None, g.by_counter, plain),
                    grouped("by_service", "service", _RATINGS, None, g.by_service, service),
                    FigureTable("scores", "score", ("count", "share"), tuple(
                        (k, k, (n, n / g.total.count if g.total.count else None))
                        for k, n in g.distribution.items()))),
        "shunting": (grouped("by_service", "service", _SHUNTS, s.total, s.by_service, service),),
    }
    rules = r.rules
    values = {"no_show": rules.no_show_minutes, "due_days": rules.due_working_days,
              "reply_days": rules.reply_working_days, "low": rules.low_score,
              "threshold": rules.threshold_minutes}
    as_of = t["as_of"].format(as_of=r.as_of.replace("T", " "))
    notes = NOTES.get(lang, NOTES["en"])
    records = {"bookings": b.total.booked + b.total.cancelled, "home_visits": h.total.requested,
               "complaints": c.total.received, "ratings": g.total.count, "shunting": s.total.offered}
    return [RegisterPage(key, t[key], made, as_of if key in _AS_OF else "", (notes[key].format(**values),),
                         not records[key]) for key, made in tables.items()]


def figure_records(pages: list[RegisterPage]) -> Iterator[tuple[str, str, str, str, str, Any]]:
    """Every figure of the pages as (register, table, key, name, figure, value): one line each, for a CSV (a
    slot's start is in its key)."""
    for page in pages:
        for table in page.tables:
            for key, label, values in table.rows:
                for column, kind, value in zip(table.columns, table.kinds, values, strict=True):
                    if kind != "text":
                        yield page.register, table.key, key, label, column, value


# -- the registers' rows ------------------------------------------------------------------------------------

_TIMES = frozenset({"due_at", "slot_end", "booked_at", "checked_in_at", "requested_at", "approved_at",
                    "assigned_at", "call_at", "done_at", "erased_at", "received_at", "reply_due",
                    "replied_at",                     "closed_at", "at"})
_NUMBERS = frozenset({"id", "ticket_id", "counter", "rating_id", "complaint_id", "score", "wait_minutes"})
_CODES = {"status": {"bookings": "booking_status", "home_visits": "visit_status",
                     "complaints": "complaint_status", "complaint_steps": "complaint_status"},
          "channel": {"complaints": "channel"}, "requested_by": {"home_visits": "requested_by"},
          "choice": {"shunting": "choice"}, "booked_by": {"bookings": "station"}, "lang": {"bookings": "lang",
                                                                                          "shunting": "lang"}}


def row_kinds(register: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    """How each column of a register's rows is written: time, int, a kind of code (row_words), or text."""
    return tuple("time" if c in _TIMES else "int" if c in _NUMBERS
                 else _CODES.get(c, {}).get(register, "text") for c in columns)


def row_headings(columns: tuple[str, ...], words: Words) -> list[str]:
    """A register's column headings: codes in English, words otherwise."""
    if not words.translated:
        return list(columns)
    mine = HEADINGS[words.lang]
    return [mine.get(c) or words.heading(c) for c in columns]


def row_words(kind: str, words: Words) -> Callable[[str], str] | None:
    """What a translated export shows for a stored code of `kind`; None: as stored."""
    if not words.translated:
        return None
    table = value_words(words.lang, kind)
    if table is None:
        return words.value(kind)
    return lambda code: table.get(code, code)


def sheet_title(register: str, words: Words) -> str:
    return register_texts(words.lang)[register] if words.translated else SHEET_NAMES[register]
