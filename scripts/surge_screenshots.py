"""Screenshots of a surge alert (docs/surge.md), from a real X screen (run under xvfb-run): the lobby
manager's console with the amber banner and its advice (Ctrl+G), the same console in a quarter of the screen,
the manager station, and the hall display's quiet line for staff ([surge] on_display = true).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/surge_screenshots.py docs/ [LANG]
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication, QDialog

from kiosk.core.clock import FrozenClock
from kiosk.core.staff import Role
from kiosk.station.display_station import DisplayStation
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow

MONDAY_TEN = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
SMALL = (950, 500)


class _Quiet:
    def speak(self, text, lang, chime=False):
        pass

    def stop(self):
        pass


def main(out: Path, lang: str) -> None:
    app = QApplication(sys.argv[:1])  # noqa: F841 - the windows need it alive
    LanguageSwitcher().set_language(lang)
    clock = FrozenClock(MONDAY_TEN - timedelta(minutes=40))
    db = Path(tempfile.mkdtemp()) / "branch.db"
    store = QueueStore.init(db, station="setup", clock=clock)
    add_staff(store, "2001", "李娜", Role.LOBBY_MANAGER, "246802")
    add_staff(store, "9001", "赵磊", Role.MANAGER, "999999")
    store.configure(store.branch_toml().replace("on_display = false", "on_display = true"))
    store.open_counter(1)
    store.open_counter(3)
    for i in range(23):  # a coach party for cash and transfers in forty minutes; one for new cards
        store.issue_ticket("A", "elderly" if i % 6 == 0 else "regular", at=clock.advance(seconds=100))
    store.issue_ticket("B")
    clock.set(MONDAY_TEN)
    for counter in (1, 3):
        store.call_next(counter)
        store.start(counter)

    console = ConsoleWindow(QueueStore(db, station="console-4", clock=clock), 4,
                            run_dialog=lambda dialog: dialog.show() or QDialog.DialogCode.Accepted)
    console.resize(1500, 820)
    console.move(0, 0)
    console.show()
    console.sign_in.number.setText("2001")
    console.sign_in.pin.setText("246802")
    console.sign_in.submit()
    settle_until(lambda: console.staff is not None and console.surge_banner.isVisible()
                 and not console.worker.busy)
    settle(400)
    grab(out / f"surge-console-{lang}.png", 1500, 820)
    console.surge_banner.advice_button.click()
    advice = console.surge_banner.advice
    settle(400)
    advice.move(40, 40)
    settle(300)
    grab(out / f"surge-advice-{lang}.png", advice.width() + 80, advice.height() + 80)
    advice.accept()
    console.resize(*SMALL)
    settle(400)
    grab(out / f"surge-console-small-{lang}.png", *SMALL)
    console.close()

    manager = ManagerWindow(QueueStore(db, station="manager", clock=clock))
    manager.resize(1500, 900)
    manager.move(0, 0)
    manager.show()
    manager.sign_in.number.setText("9001")
    manager.sign_in.pin.setText("999999")
    manager.sign_in.submit()
    settle_until(lambda: manager.staff is not None and manager.surge_banner.isVisible()
                 and not manager.worker.busy and not manager.reports.busy())
    settle(400)
    grab(out / f"surge-manager-{lang}.png", 1500, 900)
    manager.close()

    board = DisplayWindow()
    board.setGeometry(0, 0, 1920, 1080)
    board.show()
    station = DisplayStation(QueueStore(db, station="display", clock=clock), board, _Quiet(), poll_ms=50,
                             backup_every_ms=None)
    settle_until(lambda: board.surge_note.isVisible() and station.view is not None)
    settle(600)
    grab(out / f"surge-display-{lang}.png")
    station.stop()
    board.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en")
