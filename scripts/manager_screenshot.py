"""Screenshots of the manager station on a played-out day, from a real X screen (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/manager_screenshot.py docs/ [LANG]
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from _xvfb import grab, settle, settle_until
from demo_day import play_day
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

import kiosk.core.clock
from kiosk.core.clock import FrozenClock
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow

DAY = "2026-11-20"
AS_OF = datetime(2026, 11, 20, 17, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def main(out: Path, lang: str) -> None:
    app = QApplication(sys.argv[:1])
    kiosk.core.clock.SYSTEM = FrozenClock(AS_OF)  # the played day is today: its figures, its registers
    db = Path(tempfile.mkdtemp()) / "branch.db"
    play_day(db, DAY)
    store = QueueStore(db, station="manager", clock=FrozenClock(AS_OF))
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    languages = LanguageSwitcher()
    languages.set_language(lang)
    window = ManagerWindow(store)
    window.resize(1600, 1000)
    window.move(0, 0)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    window.sign_in.submit()
    settle_until(lambda: window.reports is not None and not window.worker.busy)  # every panel read
    panel = window.reports
    while panel.busy():  # today's figures, loading by themselves after sign-in
        app.processEvents()
    panel.day_from.setDate(QDate.fromString(DAY, "yyyy-MM-dd"))
    panel.day_to.setDate(QDate.fromString(DAY, "yyyy-MM-dd"))
    panel.show_report()
    while panel.busy():
        app.processEvents()
    settle(400)
    suffix = "" if lang == "en" else f"-{lang}"
    grab(out / f"manager-reports{suffix}.png", 1600, 1000)
    window.tabs.setCurrentIndex(1)
    window.config.tabs.setCurrentIndex(1)
    settle(300)
    grab(out / f"manager-config{suffix}.png", 1600, 1000)
    window.tabs.setCurrentIndex(2)
    settle(300)
    grab(out / f"manager-staff{suffix}.png", 1600, 1000)
    window.tabs.setCurrentIndex(0)
    window.resize(950, 500)  # a quarter of a 1920x1080 screen, as `kiosk demo` tiles it: the tab scrolls
    settle(300)
    grab(out / f"manager-reports-small{suffix}.png", 950, 500)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en")
