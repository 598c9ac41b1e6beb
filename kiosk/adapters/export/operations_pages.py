"""The report's operations pages: the wait estimates' grades and the surge alerts, made once in the page's
language for the window, the PDF and the XLSX; and their rows for the CSV files."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kiosk.adapters.export.labels import configured_name
from kiosk.adapters.export.operations_words import operations_texts
from kiosk.core.drills import drill_mark
from kiosk.core.estimate_grades import Grade
from kiosk.core.stats import Report, summarize
from kiosk.core.surge_report import AlertFacts

GRADE_COLUMNS = ("graded", "ungraded", "mae", "bias", "mean_wait")
GRADE_KINDS = ("int", "int", "minutes", "signed_minutes", "minutes")
ALERT_COLUMNS = ("alert_service", "waiting", "p90", "target", "more_counters", "opened_after",
                 "opened_counter")
ALERT_KINDS = ("text", "int", "minutes", "minutes", "int", "opened", "int")


@dataclass(frozen=True)
class OpsTable:
    """A titled table: rows of (key, label, values); values are counts, seconds (minutes kinds) or text."""

    key: str  # by_day, by_service, by_hour, alerts (operations_words names it)
    label: str  # what its rows are: day, service, hour, time
    columns: tuple[str, ...]
    kinds: tuple[str, ...]  # int, minutes, signed_minutes, opened (minutes or "not opened"), text
    rows: tuple[tuple[str, str, tuple], ...]


@dataclass(frozen=True)
class OpsPage:
    key: str  # estimates, surge_alerts
    title: str
    summary: str  # the page's figures in a sentence ("" when empty)
    tables: tuple[OpsTable, ...]
    notes: str  # the definitions
    empty: str  # what the page says instead of empty tables ("" when it has figures)


def minutes_text(seconds: float | None, signed: bool = False) -> str:
    """Minutes with one decimal, as people read them; a bias with its sign."""
    if seconds is None:
        return "–"
    return f"{seconds / 60:+.1f}" if signed else f"{seconds / 60:.1f}"


def figure_text(value: Any, kind: str, lang: str) -> str:
    """A figure as the window and the PDF show it."""
    if kind == "opened" and value is None:
        return operations_texts(lang)["not_opened"]
    if kind in ("minutes", "opened", "signed_minutes"):
        return minutes_text(value, signed=kind == "signed_minutes")
    return "–" if value is None else str(value)


def unit_below(heading: str) -> str:
    """A column heading with its unit on a line of its own ("Target\n(min)"): narrow figure columns."""
    return heading.replace("（", "\n（").replace(" (", "\n(")


def _grade_values(g: Grade) -> tuple:
    return g.graded, g.ungraded, g.mae_s, g.bias_s, g.mean_wait_s


def estimates_page(report: Report, lang: str) -> OpsPage:
    t = operations_texts(lang)
    e = report.estimates
    total = e.total

    def table(key: str, label: str, grades: dict[str, Grade], name=lambda k: k, with_total: bool = False):
        rows = [("total", t["total"], _grade_values(total))] if with_total else []
        rows += [(k, name(k), _grade_values(g)) for k, g in grades.items()]
        return OpsTable(key, label, GRADE_COLUMNS, GRADE_KINDS, tuple(rows))

    tables = (table("by_day", "day", e.by_day, with_total=len(e.by_day) > 1),
              table("by_service", "service", e.by_service,
                    lambda k: configured_name(report.names, "services", k, lang)),
              table("by_hour", "hour", e.by_hour, lambda k: f"{k}:00"))
    told = total.graded + total.ungraded
    summary = t["estimates_summary"].format(
        graded=total.graded, mae=minutes_text(total.mae_s), bias=minutes_text(total.bias_s, signed=True),
        wait=minutes_text(total.mean_wait_s), ungraded=total.ungraded, none=e.no_estimate)
    return OpsPage("estimates", t["estimates_title"], summary if told else "", tables if told else (),
                   t["estimates_notes"], "" if told else t["no_estimates"])


def _when(at: str, one_day: bool) -> str:
    """`2026-11-23T10:05:00+08:00` as `10:05`, or `2026-11-23 10:05` in a range of days."""
    return at[11:16] if one_day else f"{at[:10]} {at[11:16]}"


def alerts_page(report: Report, lang: str) -> OpsPage:
    t = operations_texts(lang)
    alerts = report.surge_alerts
    drills = report.drill_tickets is not None
    columns = (*ALERT_COLUMNS, "drill") if drills else ALERT_COLUMNS
    kinds = (*ALERT_KINDS, "text") if drills else ALERT_KINDS
    one_day = report.day_from == report.day_to

    def values(a: AlertFacts) -> tuple:
        figures = (a.service, a.waiting, a.p90_s, a.target_s, a.more_counters, a.opened_after_s,
                   a.opened_counter)
        if not drills:
            return figures
        return (*figures, "" if a.drill is None else f"{drill_mark(lang)} {a.drill}")

    rows = tuple((a.at, _when(a.at, one_day), values(a)) for a in alerts)
    opened = [a.opened_after_s for a in alerts if a.opened_after_s is not None]
    summary = t["alerts_summary" if opened else "alerts_none_opened"].format(
        alerts=len(alerts), opened=len(opened), median=minutes_text(summarize(opened).median),
        not_opened=len(alerts) - len(opened))
    tables = (OpsTable("alerts", "time", columns, kinds, rows),) if alerts else ()
    return OpsPage("surge_alerts", t["alerts_title"], summary if alerts else "", tables, t["alerts_notes"],
                   "" if alerts else t["no_alerts"])


def operations_pages(report: Report, lang: str) -> list[OpsPage]:
    return [estimates_page(report, lang), alerts_page(report, lang)]


def drills_line(report: Report, lang: str) -> str:
    """The note a report including drills carries ("" for one without them)."""
    if report.drill_tickets is None:
        return ""
    return operations_texts(lang)["drills_included"].format(tickets=report.drill_tickets,
                                                             mark=drill_mark(lang))


# -- the CSV files' rows (seconds, codes) -------------------------------------------------------------------

ESTIMATE_CSV = ("table", "key", "name", "graded", "ungraded", "mae_s", "bias_s", "mean_wait_s")
ALERT_CSV = ("at", "service", "waiting", "p90_s", "target_s", "more_counters", "opened_after_s",
             "opened_counter")


def estimate_records(report: Report, lang: str) -> Iterator[list]:
    """Rows in ESTIMATE_CSV order: the total, then each day, service and hour."""
    e = report.estimates
    yield ["total", "", "", *_grade_values(e.total)]
    for table, grades, kind in (("by_day", e.by_day, None), ("by_service", e.by_service, "services"),
                                ("by_hour", e.by_hour, None)):
        for key, g in grades.items():
            name = configured_name(report.names, kind, key, lang) if kind else key
            yield [table, key, name, *_grade_values(g)]


def alert_records(report: Report) -> Iterator[list]:
    """Rows in ALERT_CSV order (then the drill, when drills are included)."""
    drills = report.drill_tickets is not None
    for a in report.surge_alerts:
        yield [a.at, a.service, a.waiting, a.p90_s, a.target_s, a.more_counters, a.opened_after_s,
               a.opened_counter, *((a.drill,) if drills else ())]
