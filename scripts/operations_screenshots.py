"""Screenshots of the report's operations pages: the wait estimates' grades and the surge alerts in the
manager's window (docs/manager-estimates-LANG.png: its two sections side by side) and on the PDF's last page
(docs/report-estimates-LANG.png), and the first page of a report that includes a drill
(docs/report-drills-en.png).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/operations_screenshots.py docs/

A day (2026-11-20) played by demo_day (its waits told at issue are the store's own estimates), three surge
alerts written as the live watch writes them, counter 5 paused before the first and opened again 7 minutes
after it, and a surge drill at the end of the day.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from _xvfb import settle, settle_until
from demo_day import play_day
from PySide6.QtCore import QDate, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from register_screenshots import tiled

import kiosk.core.clock
from kiosk.adapters.export import write_export
from kiosk.core.clock import FrozenClock
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow

DAY = "2026-11-20"
ZONE = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2026, 11, 20, 17, 30, tzinfo=ZONE)
PAGE = (960, 720)
ALERTS = [("10:05", "A", 23, 1680.0, 1200.0, 2), ("13:10", "B", 11, 1380.0, 1200.0, 1),
          ("14:40", "A", 17, 1290.0, 1200.0, 1)]


def at(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(2026, 11, 20, h, m, tzinfo=ZONE)


def play(db: Path) -> None:
    play_day(db, DAY, seed=20)
    store = QueueStore(db, station="console-5", clock=FrozenClock(at("17:00")))
    store.pause_counter(5, "lunch", at=at("10:00"))
    for n, (hhmm, service, waiting, p90, target, more) in enumerate(ALERTS):
        with store.conn.write():  # as the live watch logs an alert
            store._event(at(hhmm), "surge_alert", None, None, {"service": service, "waiting": waiting,
                                                                "p90_s": p90, "target_s": target,
                                                                "more_counters": more})
        if n == 0:
            store.open_counter(5, at=at("10:12"))
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    store.sign_in_as("9001", Role.MANAGER)
    store.start_drill("surge", {"rate_per_hour": 60}, at=at("16:40"))
    for n in range(6):
        store.issue_drill_ticket("A", at=at("16:40") + timedelta(minutes=n))
    for n in range(3):
        store.call_next(1, at=at("16:47") + timedelta(minutes=2 * n))
        store.start(1, at=at("16:47") + timedelta(minutes=2 * n, seconds=20))
        store.finish(1, at=at("16:48") + timedelta(minutes=2 * n))
    store.end_drill("总结：分流及时", at=at("16:55"))
    store.close()


def window_pages(db: Path, lang: str, out: Path) -> None:
    LanguageSwitcher().set_language(lang)
    store = QueueStore(db, station="manager", clock=FrozenClock(AS_OF))
    window = ManagerWindow(store)
    window.resize(*PAGE)
    window.move(0, 0)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    window.sign_in.submit()
    settle_until(lambda: window.reports is not None and not window.worker.busy)
    panel = window.reports
    settle_until(lambda: not panel.busy())
    panel.day_from.setDate(QDate.fromString(DAY, "yyyy-MM-dd"))
    panel.day_to.setDate(QDate.fromString(DAY, "yyyy-MM-dd"))
    panel.show_report()
    settle_until(lambda: not panel.busy() and panel.report.day_from == DAY)
    shots = []
    panel.pages.setCurrentWidget(panel.operations)
    settle(250)
    scroll = window.tabs.currentWidget()  # the reports tab scrolls: the estimates, then the alerts
    for section in panel.operations.sections.values():
        scroll.verticalScrollBar().setValue(section.mapTo(panel, section.rect().topLeft()).y() - 8)
        settle(150)
        shots.append(window.grab().toImage())
    tiled(shots, 2).save(str(out / f"manager-estimates-{lang}.png"))
    window.close()
    store.close()


def pdf_page(db: Path, out: Path, lang: str, name: str, drills: bool, first: bool) -> None:
    folder = Path(tempfile.mkdtemp())
    pdf = folder / "day.pdf"
    write_export(db, DAY, DAY, "pdf", pdf, lang=lang, at=AS_OF.replace(tzinfo=None).isoformat(),
                 drills=drills)
    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    number = 1 if first else len([p for p in pages.split("\f") if p.strip()])
    subprocess.run(["pdftoppm", "-r", "80", "-f", str(number), "-l", str(number), "-png", str(pdf),
                    str(folder / "page")], check=True)
    page = QImage(str(next(folder.glob("page-*.png"))))
    if first:  # the title, the drills' line and the key figures
        page = page.copy(QRect(0, 0, page.width(), page.height() // 3))
    page.save(str(out / name))


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    kiosk.core.clock.SYSTEM = FrozenClock(AS_OF)
    db = Path(tempfile.mkdtemp()) / "branch.db"
    play(db)
    for lang in ("zh_CN", "zh_TW", "en"):
        window_pages(db, lang, out)
    for lang in ("en", "zh_CN"):
        pdf_page(db, out, lang, f"report-estimates-{lang}.png", drills=False, first=False)
    pdf_page(db, out, "en", "report-drills-en.png", drills=True, first=True)
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
