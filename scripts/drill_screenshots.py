"""Screenshots of a drill's marks, from a real X screen (run under xvfb-run): the hall display calling a drill
ticket, its printed slip, the console with the drill ticket at the counter, and the kiosk while a drill runs.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/drill_screenshots.py docs/
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.adapters import ticket_print
from kiosk.adapters.speech import Speaker
from kiosk.core.staff import Role
from kiosk.station.display_station import DisplayStation
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow


def _queue(db: Path) -> QueueStore:
    """Customers and a surge drill's tickets waiting together; counters 1-3 open."""
    store = QueueStore.init(db, station="manager")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    for service, priority in [("A", "regular"), ("A", "elderly"), ("B", "regular")]:
        store.issue_ticket(service, priority, lang="zh_CN")
    store.start_drill("surge", {"rate_per_hour": 90})
    for service in ("A", "A", "B"):
        store.issue_drill_ticket(service, lang="zh_CN")
    for counter in (1, 2, 3):
        store.open_counter(counter)
    return store


def display(out: Path, store: QueueStore) -> DisplayWindow:
    window = DisplayWindow()
    window.setGeometry(QApplication.primaryScreen().geometry())
    window.showFullScreen()
    speaker = Speaker(player=())
    station = DisplayStation(store, window, speaker, poll_ms=20, backup_every_ms=None)
    for counter in (2, 3):
        store.call_next(counter)
        settle(150)
    for counter, label in ((3, "B9001"), (2, "A9002")):  # the drill's tickets, the newest on the big panel
        store.start(counter)
        store.finish(counter)
        store.call_ticket(counter, label)
        settle(150)  # the drill's ticket, newest on the big panel
    settle(3800)  # past the flashes
    grab(out / "display-drill.png")
    station.stop()
    speaker.stop()
    window.close()
    return window  # kept until the end: the kiosk's application-wide event filter must not meet it dying


def console(out: Path, db: Path) -> None:
    window = ConsoleWindow(QueueStore(db, station="console-1"), 1)
    window.resize(1500, 820)
    window.move(0, 0)
    window.show()
    window.sign_in.number.setText("1001")
    window.sign_in.pin.setText("135790")
    window.sign_in.submit()
    settle_until(lambda: window.staff is not None and not window.worker.busy)
    store = QueueStore(db, station="kiosk")
    store.call_ticket(1, "A9001")
    store.request_help("call_staff", store.ticket("B9001").id)  # a played customer asks for help
    store.close()
    settle_until(lambda: window.ticket.text() == "A9001")
    settle(400)
    grab(out / "console-drill.png", 1500, 820)
    window.close()


def kiosk(out: Path, db: Path) -> None:
    window = KioskWindow(QueueStore(db, station="kiosk"), default_language="zh_CN")
    window.setGeometry(QApplication.primaryScreen().geometry())
    window.showFullScreen()
    settle_until(lambda: window.view is not None and window.drill_strip.isVisible())
    settle(400)
    grab(out / "kiosk-drill.png")
    window.close_worker()
    window.close()


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])  # noqa: F841 - the windows need it alive
    db = Path(tempfile.mkdtemp()) / "drill.db"
    store = _queue(db)
    LanguageSwitcher().set_language("zh_CN")
    board = display(out, store)  # noqa: F841 - kept alive
    slip = store.ticket("B9001")
    ticket_print.render_png(ticket_print.slip_for(slip, store.branch, 4, 12), out / "slip-drill.png")
    kiosk(out, db)
    LanguageSwitcher().set_language("en")
    console(out, db)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
