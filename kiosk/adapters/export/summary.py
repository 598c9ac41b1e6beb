"""The summary table (the whole range's figures, then each group's) that the CSV and XLSX exports share."""
from __future__ import annotations

from collections.abc import Iterator

from kiosk.adapters.export.columns import Words
from kiosk.core.stats import Figures, Report

FIGURES = ("issued", "served", "no_show", "cancelled", "open", "transferred", "over_max",
           "wait_count", "wait_mean_s", "wait_median_s", "wait_p90_s",
           "service_count", "service_mean_s", "service_median_s", "service_p90_s")
SECONDS = frozenset(c for c in FIGURES if c.endswith("_s"))
# (group, Report attribute, the configured names it has)
GROUPS = (("service", "by_service", "services"), ("counter", "by_counter", None),
          ("teller", "by_teller", None), ("class", "by_class", "classes"), ("hour", "by_hour", None))


def summary_columns(words: Words, name_last: bool = False) -> list[str]:
    """The columns' codes. A translated table names each row in place of its key. An English one keeps the
    key (a code) and adds the name: third (the XLSX, as it always had it) or, with `name_last`, after the
    figures (the CSV, which had none: scripts reading its columns by position find each where it was)."""
    if words.translated:
        return ["group", "name", *FIGURES]
    return ["group", "key", *FIGURES, "name"] if name_last else ["group", "key", "name", *FIGURES]


def _figures(f: Figures) -> list:
    return [f.issued, f.served, f.no_show, f.cancelled, f.open, f.transferred, f.over_max,
            f.wait.count, f.wait.mean, f.wait.median, f.wait.p90,
            f.service.count, f.service.mean, f.service.median, f.service.p90]


def summary_rows(report: Report, words: Words, columns: list[str]) -> Iterator[list]:
    """Rows in `columns` (from summary_columns): the total first, then every group's rows in the report's
    order."""
    def row(group: str, key: str, name: str, f: Figures) -> list:
        cells = {"group": words.heading(group) if words.translated else group, "key": key, "name": name,
                 **dict(zip(FIGURES, _figures(f), strict=True))}
        return [cells[c] for c in columns]

    yield row("total", "", "", report.total)
    for group, attr, kind in GROUPS:
        for key, f in getattr(report, attr).items():
            name = words.configured(kind, key) if kind else (key or words.nothing)
            yield row(group, key, name, f)


def chain_rows(report: Report, words: Words, columns: list[str]) -> Iterator[list]:
    """The event chain's last link in the range (kiosk verify), after every figure: a row with its event id,
    one with its hash, in the key column (the name column of a translated table); the rest empty."""
    value_column = "key" if "key" in columns else "name"
    for group, value in (("final_event", report.final_event), ("final_hash", report.final_hash)):
        cells = {"group": words.heading(group) if words.translated else group,
                 value_column: "" if value is None else value}
        yield [cells.get(c, "") for c in columns]
