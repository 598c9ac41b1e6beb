"""Station commands: `kiosk kiosk`, `kiosk console`, `kiosk display`, and `kiosk demo` with them all."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kiosk.commands.params import QT_TIMER_MAX_MS, DatabaseTarget, checked_as
from kiosk.core.errors import QueueError
from kiosk.station.settings import StationSettings, data_dir, settings_path
from kiosk.station.settings import load as load_settings
from kiosk.store.target import as_target, is_url

if TYPE_CHECKING:
    from kiosk.core.status import QueueStatus

_data_dir = data_dir
# TicketPrinter's pdf: names, of tickets and of booking slips (kiosk.adapters.booking_slip)
_SLIP_PDF = re.compile(r"^(\d{4}-\d{2}-\d{2})-(?:[A-Z]{1,2}\d{3,}|booking-\d{4,12})\.pdf$")


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
    return as_target(saved.db)


db_or_saved_option = click.option(
    "--db", "db", type=DatabaseTarget(path_type=Path), default=None,
    help="The shared SQLite file (default: this machine's, from `kiosk setup`).")
quit_after_option = click.option("--quit-after", "quit_after", type=click.IntRange(1, QT_TIMER_MAX_MS),
                                 default=None, metavar="MS",
                                 help="Close after MS milliseconds (installation checks).")


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


def _run_speaking(app, window, windowed: bool, size: tuple[int, int], quit_after: int | None, station,
                  speaker, store) -> int:
    """Show a station's window (display, rating pad), run until it quits, then stop the station, its
    speaker and the store, in that order; the exit code."""
    _show(app, window, windowed, size)
    code = _exec(app, quit_after)
    station.stop()
    speaker.stop()
    store.close()
    return code


def run_kiosk(db: Path, windowed: bool, theme: str, printer: str | None, lang: str | None,
              quit_after: int | None = None) -> int:
    """Open the kiosk window on `db` and run until it is closed."""
    _require_display()
    from kiosk.station.kiosk_station import KioskStation, TicketPrinter
    from kiosk.store import QueueStore
    from kiosk.ui.kiosk_window import KioskWindow

    app = _app()
    store = QueueStore(db, station="kiosk")
    branch, today = store.branch, store.today()  # read before the window's worker takes the store over
    window = KioskWindow(store, theme=theme, default_language=lang or branch.languages[0])
    station = KioskStation(store, window, TicketPrinter(printer) if printer
                           else fallback_printer(_data_dir() / "tickets", today))
    window.setWindowTitle(branch.name)
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
@click.option("--printer", default=None, callback=checked_as("printer"),
              help="pdf:FOLDER, system:NAME, escpos:usb:VID:PID or escpos:network:HOST "
                   "(default: this machine's setting, else PDFs in the user data folder).")
@click.option("--lang", default=None, callback=checked_as("language"),
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
    window.setWindowTitle(store.branch.name)  # read before the station's worker takes the store over
    speaker = Speaker()
    station = DisplayStation(store, window, speaker)
    return _run_speaking(app, window, windowed, (1280, 720), quit_after, station, speaker, store)


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
    window.worker.stop()
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
DEMO_LOBBY_MANAGER = ("0001", "Demo Lobby Manager", "123456")
DEMO_MANAGER = ("0009", "Demo Manager", "999999")


class DemoStations:
    """The stations of `kiosk demo` in one process, on one clock: kiosk, hall display, console (counter 1,
    the demo lobby manager signed in), counter 1's rating pad and manager (number typed, PIN left to the
    newcomer)."""

    def __init__(self, db: Path, speaker=None, clock=None, tickets: Path | None = None):
        from kiosk.adapters.speech import Speaker
        from kiosk.station.display_station import DisplayStation
        from kiosk.station.kiosk_station import KioskStation
        from kiosk.station.rate_pad_station import RatePadStation
        from kiosk.store import QueueStore
        from kiosk.ui.console_window import ConsoleWindow
        from kiosk.ui.display_window import DisplayWindow
        from kiosk.ui.i18n import LanguageSwitcher
        from kiosk.ui.kiosk_window import KioskWindow
        from kiosk.ui.manager_window import ManagerWindow
        from kiosk.ui.rate_pad import RatePadWindow

        def store(station: str) -> QueueStore:
            return QueueStore(db, station=station, clock=clock)

        languages = LanguageSwitcher()
        kiosk_store = store("kiosk")
        branch, today = kiosk_store.branch, kiosk_store.today()  # before the kiosk's worker takes the store
        self.kiosk = KioskWindow(kiosk_store, languages=languages, default_language=branch.languages[0])
        self.kiosk_station = KioskStation(kiosk_store, self.kiosk,
                                          fallback_printer(tickets or _data_dir() / "tickets", today))
        self.speaker = speaker or Speaker()
        self.display = DisplayWindow()
        self.display_station = DisplayStation(store("display"), self.display, self.speaker)
        self.rate_pad = RatePadWindow()
        # not the shared language switcher: a customer's rating would switch every demo window's language
        self.rate_pad_station = RatePadStation(store("rate-pad-1"), self.rate_pad, self.speaker, 1,
                                               default_language=branch.languages[0])
        # the staff windows name themselves (counter, manager)
        for window in (self.kiosk, self.display, self.rate_pad):
            window.setWindowTitle(branch.name)
        self.console = ConsoleWindow(store("console-1"), 1)
        self.console.sign_in.number.setText(DEMO_LOBBY_MANAGER[0])
        self.console.sign_in.pin.setText(DEMO_LOBBY_MANAGER[2])
        self.console.sign_in.submit()
        self.manager = ManagerWindow(store("manager"))
        self.manager.sign_in.number.setText(DEMO_MANAGER[0])

    @property
    def windows(self) -> list:
        # Row by row (kiosk.ui.tiling.fitted_cells): two above, three below. The widest two on top (the kiosk;
        # the console, 906 px wide in English), so the row of three keeps room for the manager too.
        return [self.kiosk, self.console, self.display, self.rate_pad, self.manager]

    def show_tiled(self, area) -> bool:
        """Tile the windows on `area`; False when the screen is too small for that and they overlap."""
        from PySide6.QtWidgets import QApplication

        from kiosk.ui.tiling import tile

        for window in self.windows:
            window.show()
        QApplication.processEvents()  # the window manager adds its frames
        return tile(self.windows, area)

    def stop(self) -> None:
        self.console.timer.stop()
        self.console.worker.stop()
        self.manager.worker.stop()
        if self.manager.reports is not None:
            self.manager.reports.pool.waitForDone()
        self.display_station.stop()
        self.rate_pad_station.stop()
        self.kiosk_station.close()
        self.speaker.stop()


def run_demo(db: Path, quit_after: int | None = None) -> int:
    """The stations tiled on the primary screen, until the last window is closed."""
    _require_display()
    app = _app()
    demo = DemoStations(db)
    if not demo.show_tiled(app.primaryScreen().availableGeometry()):
        click.echo("this screen is too small to show the stations side by side: they overlap "
                   "(1920x1080 or larger shows them apart)", err=True)
    code = _exec(app, quit_after)
    demo.stop()
    return code


@click.command()
@click.option("--db", "db", type=DatabaseTarget(path_type=Path), default=None,
              help="Default: demo.db in the user data folder.")
@click.option("--status-only", is_flag=True, help="Create the demo database and print its status only.")
@quit_after_option
def demo(db: Path | None, status_only: bool, quit_after: int | None) -> None:
    """Open the kiosk, a teller console and its rating pad, the hall display and the manager on a demo
    database."""
    import json

    path = db or _data_dir() / "demo.db"
    if not is_url(str(path)):
        path.parent.mkdir(parents=True, exist_ok=True)
    status = seed_demo(path)
    click.echo(f"demo database: {path}; demo lobby manager {DEMO_LOBBY_MANAGER[0]}, "
               f"PIN {DEMO_LOBBY_MANAGER[2]}; "
               f"demo manager {DEMO_MANAGER[0]}, PIN {DEMO_MANAGER[2]}", err=True)
    click.echo(json.dumps(status.as_json(), ensure_ascii=False))
    if not status_only:
        sys.exit(run_demo(path, quit_after))


def seed_demo(path: Path, clock=None) -> QueueStatus:
    """Make `path` a demo branch: five waiting tickets, the demo staff, counters 1 and 4 open, and something
    in the registers (bookings today and on the next working day, a home visit awaiting approval, an open
    complaint), each added again only when there is none. Returns the branch's status."""
    from kiosk.core.staff import Role
    from kiosk.store import QueueStore
    from kiosk.store.staff import add_staff, has_pin, list_staff, set_pin

    store = QueueStore.init(path, station="demo", clock=clock)
    if store.status().waiting_total == 0:
        for service, priority in [("A", "regular"), ("A", "elderly"), ("B", "regular"),
                                  ("A", "green_channel"), ("C", "pregnant")]:
            store.issue_ticket(service, priority)
    known = {s["number"] for s in list_staff(store)}
    for (number, name, pin), role in ((DEMO_LOBBY_MANAGER, Role.LOBBY_MANAGER), (DEMO_MANAGER, Role.MANAGER)):
        if number not in known:
            add_staff(store, number, name, role, pin)
        elif not has_pin(store, number, pin):
            set_pin(store, number, pin)  # a demo made when demo PINs had 4 digits
    store.open_counter(1)
    store.open_counter(4)  # loans: the pregnant customer's C ticket has a counter (no surge alert at start)
    store.sign_in_as(DEMO_LOBBY_MANAGER[0], Role.LOBBY_MANAGER)  # who books, takes the complaint
    _seed_registers(store)
    status = store.status()
    store.close()
    return status


def _seed_registers(store) -> None:
    from datetime import date

    today = store.today()
    if not store.bookings(today):
        now = store.clock.now()
        tomorrow = store.branch.calendar.add_working_days(date.fromisoformat(today), 1).isoformat()
        for day, service, count in ((today, "C", 2), (today, "F", 1), (tomorrow, "C", 2), (tomorrow, "F", 1)):
            ahead = [slot for slot in store.slots(service, day) if slot.start > now and slot.free]
            for slot in ahead[:count]:
                store.book(service, slot.start, lang=store.branch.languages[0])
    if not store.home_visits(open_only=True):
        store.request_home_visit("B", "术后卧床，新卡需要激活", "agent", "139 0000 1111（儿子）",
                                 "幸福路 8 号 3 单元 501")
    if not store.complaints(open_only=True):
        store.add_complaint("phone", "现金业务只开一个窗口，等了 40 分钟")


COMMANDS = [kiosk_command, display_command, console_command, demo]
