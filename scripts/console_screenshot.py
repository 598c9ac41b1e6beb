"""Screenshots of the teller console mid-service, and while another station holds the database (its answer
waits, the window says it is working), from a real X screen (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/console_screenshot.py docs/
"""
from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])  # noqa: F841 - the windows need it alive
    db = Path(tempfile.mkdtemp()) / "desk.db"
    store = QueueStore.init(db, station="kiosk")
    add_staff(store, "1001", "Wang Fang", Role.LOBBY_MANAGER, "135790")
    for service, priority, needs in [("A", "regular", ()), ("A", "elderly", ("wheelchair", "low_vision")),
                                     ("B", "regular", ()), ("C", "pregnant", ()), ("A", "vip", ())]:
        store.issue_ticket(service, priority, needs=needs)
    store.open_counter(2)
    store.call_next(2)
    languages = LanguageSwitcher()
    languages.set_language(sys.argv[2] if len(sys.argv) > 2 else "en")
    window = ConsoleWindow(QueueStore(db, station="console-1"), 1)
    window.resize(1500, 820)
    window.move(0, 0)
    window.show()
    window.sign_in.number.setText("1001")
    window.sign_in.pin.setText("135790")
    window.sign_in.submit()
    settle_until(lambda: window.staff is not None and not window.worker.busy)
    for action in (window.open_counter, window.call_next):
        action()
        settle_until(lambda: not window.worker.busy)
    store.request_help("call_staff")
    settle(400)
    grab(out / "console.png", 1500, 820)
    window.resize(950, 500)  # a quarter of a 1920x1080 screen, as `kiosk demo` tiles it
    settle(400)
    grab(out / "console-small.png", 950, 500)
    for action in (window.start, window.finish):
        action()
        settle_until(lambda: not window.worker.busy)
    window.resize(1500, 820)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another station's long write: the call waits for it
    window.buttons["call"].click()
    settle(600)
    grab(out / "console-working.png", 1500, 820)
    other.execute("ROLLBACK")
    settle_until(lambda: not window.worker.busy)
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
