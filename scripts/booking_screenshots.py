"""Screenshots of staff booking and the service-rules editor, from a real X screen (run under xvfb-run): the
console's booking dialog with a code just given, the manager's Bookings tab, and the Working days and Booking
rules tabs of the configuration editor.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/booking_screenshots.py docs/ [LANG]
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.core.clock import FrozenClock
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow

MONDAY_NINE = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def main(out: Path, lang: str) -> None:
    app = QApplication(sys.argv[:1])  # noqa: F841 - the windows need it alive
    LanguageSwitcher().set_language(lang)
    clock = FrozenClock(MONDAY_NINE)
    db = Path(tempfile.mkdtemp()) / "branch.db"
    store = QueueStore.init(db, station="setup", clock=clock)
    add_staff(store, "2001", "李娜", Role.LOBBY_MANAGER, "246802")
    add_staff(store, "9001", "赵磊", Role.MANAGER, "999999")
    for minutes in (0, 0, 30, 90, 270):  # some places taken: a full slot, a half-full one
        store.book("C", MONDAY_NINE + timedelta(minutes=minutes))
    store.book("F", MONDAY_NINE + timedelta(minutes=20))

    console = ConsoleWindow(QueueStore(db, station="console-1", clock=clock), 1)
    console.resize(950, 600)
    console.move(0, 0)
    console.show()
    console.sign_in.number.setText("2001")
    console.sign_in.pin.setText("246802")
    console.sign_in.submit()
    settle_until(lambda: console.staff is not None and not console.worker.busy)
    console.book_button.click()
    dialog = console.book_button.dialog
    settle_until(lambda: dialog.slots.count() > 0 and not console.worker.busy)
    dialog.slots.setCurrentRow(1)
    dialog.book()
    settle_until(lambda: dialog.code.isVisible() and not console.worker.busy)
    dialog.resize(640, dialog.sizeHint().height())
    dialog.move(0, 0)
    settle(400)
    grab(out / f"console-booking-{lang}.png", dialog.width(), dialog.height())
    dialog.accept()
    console.close()

    manager = ManagerWindow(QueueStore(db, station="manager", clock=clock))
    manager.resize(1500, 900)
    manager.move(0, 0)
    manager.show()
    manager.sign_in.number.setText("9001")
    manager.sign_in.pin.setText("999999")
    manager.sign_in.submit()
    settle_until(lambda: manager.bookings is not None and not manager.worker.busy
                 and not manager.reports.busy())
    manager.tabs.setCurrentWidget(manager.tabs.widget(3))
    settle(400)
    grab(out / f"manager-bookings-{lang}.png", 1500, 700)
    manager.tabs.setCurrentIndex(1)
    rules = manager.config.rules
    manager.config.tabs.setCurrentWidget(rules.booking_page)
    settle(400)
    grab(out / f"manager-rules-{lang}.png", 1500, 900)
    manager.config.tabs.setCurrentWidget(rules.calendar_page)
    settle(300)
    grab(out / f"manager-working-days-{lang}.png", 1500, 500)
    manager.config.tabs.setCurrentWidget(rules.other_page)
    settle(300)
    grab(out / f"manager-other-rules-{lang}.png", 1500, 900)
    manager.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en")
