"""`kiosk report`, `kiosk export`, `kiosk backup`, `kiosk restore`: the manager's jobs on the command line."""
from __future__ import annotations

import json
import sys
import time

import click

from kiosk.commands.params import DatabaseTarget, FilePath

FORMATS = ("csv", "xlsx", "pdf", "json")
db_option = click.option("--db", "db", required=True, type=DatabaseTarget(),
                         help="The queue: its SQLite file, or postgresql://user@server/database.")
drills_option = click.option("--drills", is_flag=True, default=False,
                             help="Include the drills' tickets and events (left out of every figure and row "
                             "by default), marked with their drill.")


def _emit(obj: dict) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


class _ProgressLine:
    """`export: 120000/250000 rows (48%)` on stderr, rewritten in place at most 5 times a second."""

    def __init__(self) -> None:
        self.shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.shown < 0.2:
            return
        self.shown = now
        percent = 100 * done // total if total else 100
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\rexport: {done}/{total} rows ({percent}%){end}")
        sys.stderr.flush()


@click.command("export")
@db_option
@click.option("--date", "day_from", required=True, metavar="YYYY-MM-DD",
              help="Business day (the first of a range).")
@click.option("--to", "day_to", default=None, metavar="YYYY-MM-DD", help="Last business day of a range.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("--out", "out", required=True, type=FilePath(dir_okay=False),
              help="File to write (CSV: the tickets file; events, assistance, help, summary and the "
              "registers (bookings, home-visits, complaints, complaint-steps, ratings, shunting, and their "
              "figures in registers) go beside it as NAME-events.csv, ...).")
@click.option("--lang", type=click.Choice(["zh_CN", "zh_TW", "en"]), default=None,
              help="Language of the CSV, XLSX and PDF: headings, sheet names, classes, needs, help kinds, "
              "states. English keeps the codes scripts read; JSON is always English keys and codes. "
              "Default: the branch's first kiosk language (zh_CN in the default branch) for XLSX and PDF, "
              "en for CSV.")
@click.option("--personal", is_flag=True, default=False,
              help="Include home visits' contact and address (personal data) in the CSV, XLSX and JSON "
              "rows. Without it those columns are left out.")
@click.option("--at", "at", default=None, metavar="ISO8601",
              help="The time the registers' open and overdue figures are counted at; default now.")
@drills_option
def export(db: str, day_from: str, day_to: str | None, fmt: str, out: str, lang: str | None,
           personal: bool, at: str | None, drills: bool) -> None:
    """Export a business day or a range: CSV, XLSX, PDF report or JSON figures, with the service registers."""
    from kiosk.adapters.export import write_export
    from kiosk.commands.printing import use_offscreen_qt_without_display

    use_offscreen_qt_without_display()
    started = time.perf_counter()
    paths = write_export(db, day_from, day_to, fmt, out, progress=_ProgressLine(), lang=lang,
                         personal=personal, at=at, drills=drills)
    seconds = round(time.perf_counter() - started, 2)
    _emit({"format": fmt, "files": [str(p) for p in paths], "seconds": seconds, "personal": personal,
           "drills": drills})


@click.command("report")
@db_option
@click.option("--date", "day_from", required=True, metavar="YYYY-MM-DD",
              help="Business day (the first of a range).")
@click.option("--to", "day_to", default=None, metavar="YYYY-MM-DD", help="Last business day of a range.")
@click.option("--at", "at", default=None, metavar="ISO8601",
              help="The time the registers' open and overdue figures are counted at; default now.")
@drills_option
def report_command(db: str, day_from: str, day_to: str | None, at: str | None, drills: bool) -> None:
    """The figures of a business day or a range as JSON on stdout: the same as `kiosk export --format json`
    without the registers' rows (durations in seconds), with the wait estimates' grades and the surge
    alerts."""
    from kiosk.commands.closing import closed_after_command
    from kiosk.core.clock import FrozenClock, parse_at
    from kiosk.store import QueueStore

    store = closed_after_command(QueueStore(db, station="manager-report", read_only=True))
    if at is not None:
        store.clock = FrozenClock(parse_at(at, store.branch.tz))
    _emit(store.report(day_from, day_to, drills=drills).to_dict())


@click.command("backup")
@db_option
@click.option("--out", "out", required=True, type=FilePath(dir_okay=False),
              help="Backup file to write (on PostgreSQL: pg_dump's custom format, e.g. branch.dump).")
def backup_command(db: str, out: str) -> None:
    """Copy the database to a backup file; safe while stations run (PostgreSQL: pg_dump)."""
    from kiosk.store.backup import backup

    path = backup(db, out)
    _emit({"backup": str(path), "bytes": path.stat().st_size})


@click.command("restore")
@db_option
@click.option("--from", "source", required=True, type=FilePath(dir_okay=False), help="Backup file.")
def restore_command(db: str, source: str) -> None:
    """Replace the database with a checked backup (close every station first); the current one is kept,
    a damaged one moved aside (PostgreSQL: pg_restore in one transaction, the current one kept as a dump in
    this PC's data folder)."""
    from kiosk.station.settings import data_dir
    from kiosk.store.backup import restore

    kept = restore(db, source, local_folder=data_dir())
    _emit({"restored": db, "from": source, "previous_kept": None if kept is None else str(kept)})


COMMANDS = [report_command, export, backup_command, restore_command]
