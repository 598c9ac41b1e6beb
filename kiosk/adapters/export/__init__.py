"""Manager exports of a range of business days: CSV, XLSX, PDF report and JSON, streamed from one snapshot."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.adapters.export.rows import ExportError, Progress, check_writable
from kiosk.core.clock import FrozenClock, parse_at
from kiosk.core.config import Branch
from kiosk.core.days import check_range
from kiosk.core.errors import QueueError
from kiosk.core.languages import catalog
from kiosk.store import QueueStore
from kiosk.store.db import refuse_database_files
from kiosk.store.files import private_file

FORMATS = ("csv", "xlsx", "pdf", "json")
LANGS = ("zh_CN", "zh_TW", "en")

__all__ = ["FORMATS", "LANGS", "ExportError", "default_language", "export_language", "nearest_language",
           "output_files", "write_export"]


def write_export(db_path: str | Path, day_from: str, day_to: str | None, fmt: str, out_path: str | Path,
                 progress: Callable[[int, int], None] | None = None, lang: str | None = None,
                 personal: bool = False, at: str | None = None, drills: bool = False) -> list[Path]:
    """Write the export of business days `day_from`..`day_to` to `out_path`; the files written.

    `lang`: the language of the CSV, XLSX and PDF (in English the tables keep the codes, like the JSON,
    which ignores `lang`); by default_language(fmt, branch).

    `personal`: home visits' contact and address in their rows (CSV, XLSX, JSON); without it those columns
    are left out. No other personal data is exported. `at` (ISO 8601, branch time without an offset): the
    time the registers' open and overdue figures are counted at, else now.

    `drills`: include the drills' tickets and events (kiosk.core.drill_marks), marked with their drill; by
    default they are left out of every figure and row.

    `progress(done, total)` is called (from the calling thread: run this on a worker) as rows go by.
    Reads one snapshot on its own read-only connection: stations keep working meanwhile.
    """
    if fmt not in FORMATS:
        raise ExportError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    lang = None if lang is None else export_language(lang)
    day_from, day_to = check_range(day_from, day_to)
    out = Path(out_path)
    for path in output_files(out, fmt):
        refuse_database_files(path, db_path)
        check_writable(path)
    store = QueueStore(db_path, station="export", read_only=True)
    try:
        lang = lang or default_language(fmt, store.branch)
        if at is not None:
            store.clock = FrozenClock(parse_at(at, store.branch.tz))
        with store.read_range(day_from, day_to, drills) as reader:
            tick = Progress(progress, sum(reader.counts().values()))
            for path in output_files(out, fmt):
                private_file(path)  # before the first row: exports hold classes and declared needs
            return _writer(fmt)(reader, out, tick, lang, personal)
    except QueueError:
        raise
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        store.close()


def export_language(lang: str) -> str:
    """The report language for a screen language: zh_HK reads the Traditional report, like its screens."""
    if lang in LANGS:
        return lang
    known = catalog().find(lang)
    if known is not None and known.screens in LANGS:
        return known.screens
    raise ExportError(f"--lang: {lang!r} is not one of {', '.join(LANGS)}")


def default_language(fmt: str, branch: Branch) -> str:
    """The language of an export not asked for one. A CSV is read by scripts: English, its codes, as it has
    always been written. The XLSX and PDF are read by people: the branch's first kiosk language (zh_CN in
    the default branch), so a scheduled report keeps reading as the branch does."""
    return "en" if fmt == "csv" else nearest_language(branch.languages[0])


def nearest_language(lang: str) -> str:
    """The report language nearest `lang` (a screen or kiosk language); English when none is near."""
    try:
        return export_language(lang)
    except ExportError:
        return "en"


def output_files(out: Path, fmt: str) -> list[Path]:
    """Every file an export writes: a CSV export puts its other tables beside the tickets file."""
    if fmt == "csv":
        from kiosk.adapters.export.csv_export import OPERATIONS_PARTS, PARTS, REGISTER_PARTS, part_path
        return [out, *(part_path(out, p) for p in (*PARTS, *REGISTER_PARTS, *OPERATIONS_PARTS))]
    return [out]


def _writer(fmt: str):
    if fmt == "csv":
        from kiosk.adapters.export.csv_export import write_csv
        return write_csv
    if fmt == "xlsx":
        from kiosk.adapters.export.xlsx_export import write_xlsx
        return write_xlsx
    if fmt == "pdf":
        from kiosk.adapters.export.pdf_report import write_pdf
        return write_pdf
    from kiosk.adapters.export.rows import write_json
    return write_json
