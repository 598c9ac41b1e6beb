"""`kiosk manager`: the branch manager's station (figures, exports, configuration, staff)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kiosk.commands.params import checked_as
from kiosk.commands.stations import (
    _app,
    _db_or_saved,
    _exec,
    _require_display,
    _saved,
    db_or_saved_option,
    quit_after_option,
)


def run_manager(db: Path, lang: str | None = None, quit_after: int | None = None) -> int:
    """Open the manager window on `db`; a manager signs in with number and PIN."""
    _require_display()
    from kiosk.store import QueueStore
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.manager_window import ManagerWindow

    app = _app()
    store = QueueStore(db, station="manager")
    languages = LanguageSwitcher()
    languages.set_language(lang or store.branch.languages[0])
    window = ManagerWindow(store)
    window.resize(1400, 900)
    window.show()
    code = _exec(app, quit_after)
    if window.reports is not None:
        window.reports.pool.waitForDone()  # an export in progress finishes its file
    window.worker.stop()
    store.close()
    return code


@click.command("manager")
@db_or_saved_option
@click.option("--lang", default=None, callback=checked_as("language"),
              help="Window language (default: this PC's, else the branch's first).")
@quit_after_option
def manager_command(db: Path | None, lang: str | None, quit_after: int | None) -> None:
    """The manager's station: figures and charts, exports, configuration, staff."""
    sys.exit(run_manager(_db_or_saved(db), lang or _saved().language or None, quit_after))


COMMANDS = [manager_command]
