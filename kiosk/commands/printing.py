"""`kiosk print-test`: render a stored ticket to a PDF or PNG file, or send it to a system printer."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from kiosk.commands.closing import closed_after_command
from kiosk.commands.params import DatabaseTarget, FilePath, TicketLabel
from kiosk.core.errors import QueueError

FORMATS = {".pdf": "pdf", ".png": "png"}


def _output_format(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and Path(value).suffix.lower() not in FORMATS:
        raise click.BadParameter(f"{value!r} must end in .pdf or .png", ctx, param)
    return value


def use_offscreen_qt_without_display() -> None:
    """Qt aborts the process on Linux without a display: render offscreen there (a shell, cron, ssh)."""
    if sys.platform.startswith("linux") and not any(
            os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


@click.command("print-test")
@click.option("--db", "db", required=True, type=DatabaseTarget(), help="The queue: its SQLite file, or postgresql://user@server/database.")
@click.option("--ticket", "label", required=True, type=TicketLabel(), help="Ticket label, e.g. A007.")
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Business day YYYY-MM-DD; default today.")
@click.option("--out", "out", type=FilePath(dir_okay=False), callback=_output_format, default=None,
              help="Write FILE.pdf (80 x 120 mm) or FILE.png (576 px, 203 dpi).")
@click.option("--printer", "printer", default=None, help="Send to this system printer instead of --out.")
def print_test(db: str, label: str, day, out: str | None, printer: str | None) -> None:
    """Render a stored ticket as it prints, to a file or a system printer.

    A reprint shows no people-ahead or wait figures: the ones printed at issue are not stored,
    and a figure recomputed now would be a different promise.
    """
    if (out is None) == (printer is None):
        raise QueueError("give exactly one of --out FILE.pdf|FILE.png or --printer NAME")
    from kiosk.store import QueueStore

    store = closed_after_command(QueueStore(db, station="print", read_only=True))
    ticket = store.ticket(label, day.date().isoformat() if day else None)
    use_offscreen_qt_without_display()
    from kiosk.adapters import ticket_print

    ticket_print.ensure_gui_app()
    slip = ticket_print.slip_for(ticket, store.branch, ahead=None, eta_minutes=None)
    if printer is not None:
        ticket_print.print_system(slip, printer)
        result = {"ticket": ticket.label, "out": printer, "format": "printer"}
    else:
        fmt = FORMATS[Path(out).suffix.lower()]
        (ticket_print.render_pdf if fmt == "pdf" else ticket_print.render_png)(slip, out)
        result = {"ticket": ticket.label, "out": out, "format": fmt}
    click.echo(json.dumps(result, ensure_ascii=False))


COMMANDS = [print_test]
