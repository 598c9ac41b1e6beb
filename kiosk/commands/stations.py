"""Station commands: `kiosk kiosk`, `kiosk console`, `kiosk display`, and `kiosk demo` with all three."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from kiosk.core.errors import QueueError
from kiosk.station.settings import StationSettings, data_dir, settings_path
from kiosk.station.settings import load as load_settings

_data_dir = data_dir
_SLIP_PDF = re.compile(r"^(\d{4}-\d{2}-\d{2})-[A-Z]{1,2}\d{3,}\.pdf$")  # TicketPrinter's pdf: names


def prune_slips(folder: Path, today: str) -> None:
    """Delete the ticket PDFs of days before `today` (YYYY-MM-DD) from `folder`; other files stay."""
    for path in folder.glob("*.pdf"):
        match = _SLIP_PDF.match(path.name)
        if match and match[1] < today:
            path.unlink(missing_ok=True)


def fallback_printer(folder: Path, today: str):
    """The kiosk's printer when none is set: a PDF per ticket in `folder` that keeps today's only. A slip
    is no record, it names a priority, and nobody looks after this folder: older ones are deleted at
    start and after each ticket. A folder set with pdf:FOLDER is the owner's and is never pruned."""
    from kiosk.station.kiosk_station import TicketPrinter

    class FallbackPrinter(TicketPrinter):
        def print(self, slip) -> str:
            where = super().print(slip)
            prune_slips(folder, slip.issued_date)
            return where

    prune_slips(folder, today)
    return FallbackPrinter(f"pdf:{folder}")


def _saved() -> StationSettings:
    """This machine's settings (`kiosk setup`), or the defaults when it has none."""
    return load_settings() or StationSettings()


def _db_or_saved(db: Path | None) -> Path:
    if db is not None:
        return db
    saved = load_settings()
    if saved is None or not saved.db:
        raise QueueError(f"--db is required: no station settings in {settings_path()} (run: kiosk setup)")
    return Path(saved.db)


db_or_saved_option = click.option(
    "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="The shared SQLite file (default: this machine's, from `kiosk setup`).")
quit_after_option = click.option("--quit-after", "quit_after", type=click.IntRange(1), default=None,
                                 metavar="MS", help="Close after MS milliseconds (installation checks).")


def _exec(app, quit_after: int | None) -> int:
    """Run the event loop; with `quit_after`, end it then (the window has opened and painted)."""
    if quit_after is not None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(quit_after, app.quit)
    return app.exec()


def _require_display() -> None:
    screens = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    if not (any(os.environ.get(name) for name in screens) or sys.platform in ("win32", "darwin")):
        raise QueueError("no screen: set DISPLAY (or run under xvfb-run, or QT_QPA_PLATFORM=offscreen)")


def _app():
    """The Qt application, with the fonts the bundle ships (assets/fonts: a CJK font for bare Linux)."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from kiosk import paths

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        for font in sorted(paths.asset("fonts").glob("*.tt[fc]")):
            QFontDatabase.addApplicationFont(str(font))
    return app


def _show(app, window, windowed: bool, size: tuple[int, int]) -> None:
    if windowed:
        window.resize(*size)
        window.show()
    else:
        window.setGeometry(app.primaryScreen().geometry())  # also right where no window manager runs
        window.showFullScreen()


def run_kiosk(db: Path, windowed: bool, theme: str, printer: str | None, lang: str | None,
              quit_after: int | None = None) -> int:
    """Open the kiosk window on `db` and run until it is closed."""
    _require_display()
    from kiosk.station.kiosk_station import KioskStation, TicketPrinter
    from kiosk.store import QueueStore
    from kiosk.ui.kiosk_window import KioskWindow

    app = _app()
    store = QueueStore(db, station="kiosk")
    window = KioskWindow(store, theme=theme, default_language=lang or store.branch.languages[0])
    today = store.today()
    station = KioskStation(store, window, TicketPrinter(printer) if printer
                           else fallback_printer(_data_dir() / "tickets", today))
    window.setWindowTitle(store.branch.name)
    _show(app, window, windowed, (1280, 800))
    code = _exec(app, quit_after)
    station.close()
    store.close()
    return code


@click.command("kiosk")
@db_or_saved_option
@click.option("--windowed", is_flag=True, help="A window instead of full screen (development).")
@click.option("--theme", type=click.Choice(["light", "dark"]), default=None,
              help="light or dark (default: this machine's setting, else light).")
@click.option("--printer", default=None,
              help="pdf:FOLDER, system:NAME, escpos:usb:VID:PID or escpos:network:HOST "
                   "(default: this machine's setting, else PDFs in the user data folder).")
@click.option("--lang", default=None,
              help="Default language (default: this machine's, else the branch's first).")
@quit_after_option
def kiosk_command(db: Path | None, windowed: bool, theme: str | None, printer: str | None, lang: str | None,
                  quit_after: int | None) -> None:
    """The customer kiosk: language, service, priority, printed and spoken ticket."""
    saved = _saved()
    sys.exit(run_kiosk(_db_or_saved(db), windowed or not saved.fullscreen, theme or saved.theme,
                       printer or saved.printer or None, lang or saved.language or None, quit_after))


def run_display(db: Path, windowed: bool, lang: str | None = None, quit_after: int | None = None) -> int:
    """Open the hall display on `db`; it announces every call made from now on."""
    _require_display()
    from kiosk.adapters.speech import Speaker
    from kiosk.station.display_station import DisplayStation
    from kiosk.store import QueueStore
    from kiosk.ui.display_window import DisplayWindow
    from kiosk.ui.i18n import LanguageSwitcher

    app = _app()
    store = QueueStore(db, station="display")
    languages = LanguageSwitcher()
    languages.set_language(lang or store.branch.announce_languages[0])
    window = DisplayWindow()
    speaker = Speaker()
    station = DisplayStation(store, window, speaker)
    window.setWindowTitle(store.branch.name)
    _show(app, window, windowed, (1280, 720))
    code = _exec(app, quit_after)
    station.stop()
    speaker.stop()
    store.close()
    return code


@click.command("display")
@db_or_saved_option
@click.option("--windowed", is_flag=True, help="A window instead of full screen (development).")
@quit_after_option
def display_command(db: Path | None, windowed: bool, quit_after: int | None) -> None:
    """The waiting-hall board: shows and speaks each call."""
    saved = _saved()
    sys.exit(run_display(_db_or_saved(db), windowed or not saved.fullscreen, saved.language or None,
                         quit_after))


def run_console(db: Path, counter: int, lang: str | None = None, quit_after: int | None = None) -> int:
    """Open the teller console for one counter; staff sign in with their number and PIN."""
    _require_display()
    from kiosk.store import QueueStore
    from kiosk.ui.console_window import ConsoleWindow
    from kiosk.ui.i18n import LanguageSwitcher

    app = _app()
    store = QueueStore(db, station=f"console-{counter}")
    store.branch.counter(counter)  # an unknown counter is refused before any window opens
    languages = LanguageSwitcher()
    languages.set_language(lang or store.branch.languages[0])
    window = ConsoleWindow(store, counter)
    window.resize(1280, 800)
    window.show()
    code = _exec(app, quit_after)
    window.timer.stop()
    store.close()
    return code


@click.command("console")
@db_or_saved_option
@click.option("--counter", type=click.IntRange(1, 999), default=None,
              help="The counter (default: this machine's, from `kiosk setup`).")
@quit_after_option
def console_command(db: Path | None, counter: int | None, quit_after: int | None) -> None:
    """The teller console for one counter."""
    saved = _saved()
    counter = counter or saved.counter
    if not counter:
        raise QueueError(f"--counter is required: no counter in {settings_path()} (run: kiosk setup)")
    sys.exit(run_console(_db_or_saved(db), counter, saved.language or None, quit_after))


# a lobby manager, not a teller: the demo's console can also switch counter 1 to the love window
DEMO_LOBBY_MANAGER = ("0001", "Demo Lobby Manager", "1234")
DEMO_MANAGER = ("0009", "Demo Manager", "9999")


def run_demo(db: Path, quit_after: int | None = None) -> int:
    """Kiosk, console (counter 1, the demo lobby manager signed in), display and manager, in one process."""
    _require_display()
    from kiosk.adapters.speech import Speaker
    from kiosk.station.display_station import DisplayStation
    from kiosk.station.kiosk_station import KioskStation
    from kiosk.store import QueueStore
    from kiosk.ui.console_window import ConsoleWindow
    from kiosk.ui.display_window import DisplayWindow
    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.kiosk_window import KioskWindow
    from kiosk.ui.manager_window import ManagerWindow

    app = _app()
    languages = LanguageSwitcher()
    kiosk_store = QueueStore(db, station="kiosk")
    kiosk = KioskWindow(kiosk_store, languages=languages, default_language=kiosk_store.branch.languages[0])
    today = kiosk_store.today()
    kiosk_station = KioskStation(kiosk_store, kiosk, fallback_printer(_data_dir() / "tickets", today))
    display_store, speaker = QueueStore(db, station="display"), Speaker()
    display = DisplayWindow()
    display_station = DisplayStation(display_store, display, speaker)
    console = ConsoleWindow(QueueStore(db, station="console-1"), 1)
    console.sign_in.number.setText(DEMO_LOBBY_MANAGER[0])
    console.sign_in.pin.setText(DEMO_LOBBY_MANAGER[2])
    console.sign_in.submit()
    manager = ManagerWindow(QueueStore(db, station="manager"))
    manager.sign_in.number.setText(DEMO_MANAGER[0])  # the PIN is left for the newcomer to type
    for window, geometry in ((kiosk, (0, 0, 1024, 768)), (console, (1040, 0, 1100, 700)),
                             (display, (0, 800, 1280, 720)), (manager, (1300, 740, 1200, 700))):
        window.setGeometry(*geometry)
        window.show()
    code = _exec(app, quit_after)
    console.timer.stop()
    if manager.reports is not None:
        manager.reports.pool.waitForDone()
    display_station.stop()
    kiosk_station.close()
    speaker.stop()
    return code


@click.command()
@click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Default: demo.db in the user data folder.")
@click.option("--status-only", is_flag=True, help="Create the demo database and print its status only.")
@quit_after_option
def demo(db: Path | None, status_only: bool, quit_after: int | None) -> None:
    """Open the kiosk, a teller console, the hall display and the manager on a demo database."""
    import json

    from kiosk.core.staff import Role
    from kiosk.store import QueueStore
    from kiosk.store.staff import add_staff, list_staff

    path = db or _data_dir() / "demo.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    store = QueueStore.init(path, station="demo")
    if store.status()["waiting_total"] == 0:
        for service, priority in [("A", "regular"), ("A", "elderly"), ("B", "regular"),
                                  ("A", "green_channel"), ("C", "pregnant")]:
            store.issue_ticket(service, priority)
    known = {s["number"] for s in list_staff(store)}
    for (number, name, pin), role in ((DEMO_LOBBY_MANAGER, Role.LOBBY_MANAGER), (DEMO_MANAGER, Role.MANAGER)):
        if number not in known:
            add_staff(store, number, name, role, pin)
    store.open_counter(1)
    click.echo(f"demo database: {path}; demo lobby manager {DEMO_LOBBY_MANAGER[0]}, "
               f"PIN {DEMO_LOBBY_MANAGER[2]}; "
               f"demo manager {DEMO_MANAGER[0]}, PIN {DEMO_MANAGER[2]}", err=True)
    click.echo(json.dumps(store.status(), ensure_ascii=False))
    store.close()
    if not status_only:
        sys.exit(run_demo(path, quit_after))


COMMANDS = [kiosk_command, display_command, console_command, demo]
