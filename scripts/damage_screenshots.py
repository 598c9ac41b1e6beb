"""Screenshots of the stations once the queue database is found damaged, from a real X screen:

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/damage_screenshots.py docs/ [LANG]

The console (signed in), the manager (at sign-in) and the hall display show the damage to staff; the
kiosk sends customers to staff. The damage is marked as another station would mark it.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle
from PySide6.QtWidgets import QApplication

from kiosk.adapters.speech import Speaker
from kiosk.core.staff import Role
from kiosk.station.display_station import DisplayStation
from kiosk.station.kiosk_station import KioskStation, TicketPrinter
from kiosk.store import QueueStore, health
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow
from kiosk.ui.manager_window import ManagerWindow

FOUND = "quick_check: database disk image is malformed"


def _shot(window, path: Path, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.move(0, 0)
    window.show()
    window.raise_()
    settle(2600)  # the stations look for the damage mark every 2 s
    grab(path, *size)
    window.hide()


def main(out: Path, lang: str) -> None:
    app = QApplication(sys.argv[:1])  # noqa: F841 - the windows need it alive
    folder = Path(tempfile.mkdtemp())
    db = folder / "queue.db"
    store = QueueStore.init(db, station="setup")
    add_staff(store, "1001", "Wang Fang", Role.LOBBY_MANAGER, "135790")
    for service in "AAB":
        store.issue_ticket(service)
    store.open_counter(1)
    LanguageSwitcher().set_language(lang)

    console = ConsoleWindow(QueueStore(db, station="console-1"), 1)
    console.sign_in.number.setText("1001")
    console.sign_in.pin.setText("135790")
    console.sign_in.submit()
    manager = ManagerWindow(QueueStore(db, station="manager"))
    display = DisplayWindow()
    speaker = Speaker(player=())
    display_station = DisplayStation(QueueStore(db, station="display"), display, speaker,
                                     backup_every_ms=None)
    kiosk = KioskWindow(QueueStore(db, station="kiosk"), default_language=lang)
    kiosk_station = KioskStation(kiosk.store, kiosk, TicketPrinter(f"pdf:{folder / 'tickets'}"), speaker)
    health.mark(db.resolve(), FOUND)  # as the display's check would leave it

    _shot(console, out / f"damaged-console-{lang}.png", (950, 560))
    _shot(manager, out / f"damaged-manager-{lang}.png", (950, 400))
    _shot(display, out / f"damaged-display-{lang}.png", (1280, 720))
    _shot(kiosk, out / f"damaged-kiosk-{lang}.png", (1280, 800))
    for watch in (console.health, manager.health, display_station.health, kiosk_station.health):
        watch.stop()
    speaker.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en")
