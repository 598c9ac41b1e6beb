"""Satisfaction ratings: `kiosk rate` (a rating given on paper, or a replay) and `kiosk rate-pad`, the
counter's customer-facing rating screen."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kiosk.commands.closing import closed_after_command
from kiosk.commands.params import DatabaseTarget, TicketLabel
from kiosk.commands.stations import (
    _app,
    _db_or_saved,
    _require_display,
    _run_speaking,
    _saved,
    db_or_saved_option,
    quit_after_option,
)
from kiosk.core import clock
from kiosk.core.errors import QueueError
from kiosk.core.ratings import SCORES
from kiosk.station.settings import settings_path


@click.command("rate")
@click.option("--db", "db", required=True, type=DatabaseTarget(),
              help="The queue: its SQLite file, or postgresql://user@server/database.")
@click.option("--ticket", "label", required=True, type=TicketLabel(), help="Ticket label, e.g. A007.")
@click.option("--score", required=True, type=click.IntRange(min(SCORES), max(SCORES)),
              help="1 (very dissatisfied) to 5 (very satisfied).")
@click.option("--at", "at", default=None, metavar="ISO8601", help="Clock for this action (replays, tests); "
              "default now. The ticket is the one of that day.")
def rate(db: str, label: str, score: int, at: str | None) -> None:
    """Record a customer's satisfaction rating of a finished ticket (once per ticket)."""
    from kiosk.store import QueueStore

    store = closed_after_command(QueueStore(db, station="cli"))
    when = None if at is None else clock.parse_at(at, store.branch.tz)
    rating = store.rate(label, score, at=when)
    click.echo(json.dumps({"ticket": rating.ticket, "score": rating.score}, ensure_ascii=False))


def run_rate_pad(db: Path, counter: int, windowed: bool, lang: str | None = None,
                 quit_after: int | None = None) -> int:
    """Open the rating pad of `counter` on `db`; it asks about every ticket finished there from now on."""
    _require_display()
    from kiosk.adapters.speech import Speaker
    from kiosk.station.rate_pad_station import RatePadStation
    from kiosk.store import QueueStore
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.rate_pad import RatePadWindow

    app = _app()
    store = QueueStore(db, station=f"rate-pad-{counter}")
    branch = store.branch  # read before the station's worker takes the store over
    branch.counter(counter)  # an unknown counter is refused before any window opens
    languages = LanguageSwitcher()
    window = RatePadWindow()
    window.setWindowTitle(branch.name)
    speaker = Speaker()
    station = RatePadStation(store, window, speaker, counter, set_language=languages.set_language,
                             default_language=lang or branch.languages[0])
    return _run_speaking(app, window, windowed, (1280, 800), quit_after, station, speaker, store)


@click.command("rate-pad")
@db_or_saved_option
@click.option("--counter", type=click.IntRange(1, 999), default=None,
              help="The counter it stands at (default: this machine's, from `kiosk setup`).")
@click.option("--windowed", is_flag=True, help="A window instead of full screen (development).")
@quit_after_option
def rate_pad(db: Path | None, counter: int | None, windowed: bool, quit_after: int | None) -> None:
    """The counter's rating screen for customers: five faces after each finished ticket."""
    saved = _saved()
    counter = counter or saved.counter
    if not counter:
        raise QueueError(f"--counter is required: no counter in {settings_path()} (run: kiosk setup)")
    sys.exit(run_rate_pad(_db_or_saved(db), counter, windowed or not saved.fullscreen, saved.language or None,
                          quit_after))


COMMANDS = [rate, rate_pad]
