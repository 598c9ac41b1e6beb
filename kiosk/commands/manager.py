"""`kiosk manager`: the branch manager's station (figures, exports, configuration, staff)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kiosk.commands.stations import _require_display


def run_manager(db: Path, lang: str | None) -> int:
    """Open the manager window on `db`; a manager signs in with number and PIN."""
    _require_display()
    from PySide6.QtWidgets import QApplication

    from kiosk.store import QueueStore
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.manager_window import ManagerWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = QueueStore(db, station="manager")
    languages = LanguageSwitcher()
    languages.set_language(lang or store.branch.languages[0])
    window = ManagerWindow(store)
    window.resize(1400, 900)
    window.show()
    code = app.exec()
    if window.reports is not None:
        window.reports.pool.waitForDone()  # an export in progress finishes its file
    store.close()
    return code


@click.command("manager")
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--lang", default=None, help="Window language (default: the branch's first language).")
def manager_command(db: Path, lang: str | None) -> None:
    """The manager's station: figures and charts, exports, configuration, staff."""
    sys.exit(run_manager(db, lang))


COMMANDS = [manager_command]
