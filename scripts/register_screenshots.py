"""Screenshots of the service registers in the manager's reports: the window's register pages in each language
(docs/manager-registers-LANG.png) and the English PDF's register pages (docs/report-registers-en.png).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/register_screenshots.py docs/

A week (2026-11-16..20) of plausible register rows is written straight into the tables beside the day
`demo_day.py` plays on the 20th: the registers' own screens fill them in real use. Figures are counted at
17:30 on the 20th.
"""
from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from _xvfb import settle, settle_until
from demo_day import play_day
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

import kiosk.core.clock
from kiosk.adapters.export import write_export
from kiosk.core.clock import FrozenClock
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow

DAY, FIRST = "2026-11-20", "2026-11-16"
ZONE = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2026, 11, 20, 17, 30, tzinfo=ZONE)
PAGE = (960, 640)  # each page's grab: about a quarter of a 1920x1080 screen


def at(day: int, hour: int, minute: int = 0) -> float:
    return datetime(2026, 11, day, hour, minute, tzinfo=ZONE).timestamp()


def seed_week(db: Path) -> None:
    rng = random.Random(13)
    conn = sqlite3.connect(db)
    with conn:
        for day in range(16, 21):
            for service, hours, most in (("A", range(9, 16), 2), ("B", range(10, 15), 1)):
                for hour in hours:
                    for minute in (0, 30) if service == "A" else (0,):
                        for n in range(rng.randint(0, most)):
                            status = rng.choices(["checked_in", "no_show", "cancelled"], [75, 15, 10])[0]
                            start = at(day, hour, minute)
                            conn.execute(
                                "INSERT INTO appointments (code, service, due_at, status, slot_end, lang, "
                                "booked_at, booked_by, checked_in_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [f"{service}{day}{hour:02d}{minute:02d}{n}", service, start, status,
                                 start + 1800, rng.choice(["zh_CN", "zh_CN", "en"]), start - 86400,
                                 "console-1", start + 300 if status == "checked_in" else None])
        visits = [(16, "A", "done", "2026-11-18", at(17, 15)), (16, "B", "done", "2026-11-18", at(18, 10)),
                  (17, "A", "done", "2026-11-19", at(20, 9)), (17, "A", "assigned", "2026-11-19", None),
                  (18, "B", "done", "2026-11-20", at(19, 16)), (18, "A", "refused", "2026-11-20", None),
                  (19, "A", "done", "2026-11-23", at(20, 11)), (20, "B", "approved", "2026-11-24", None)]
        for day, service, status, due_by, done in visits:
            conn.execute("INSERT INTO home_visits (requested_at, service, reason, requested_by, contact, "
                         "address, status, due_by, staff_a, staff_b, done_at, outcome, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [at(day, 10), service, "行动不便", rng.choice(["customer", "agent"]), "13800000000",
                          "幸福路 8 号", status, due_by, "1001", "1002", done, "已办理" if done else None,
                          at(day, 10)])
        complaints = [(16, "counter", "A", 1, "closed", at(17, 10), at(17, 9), at(17, 16)),
                      (17, "phone", "B", None, "replied", at(18, 11), at(18, 14), None),
                      (18, "box", None, None, "closed", at(19, 9), at(19, 8), at(19, 10)),
                      (18, "online", "A", None, "in_progress", at(19, 15), None, None),
                      (19, "counter", "A", 2, "replied", at(20, 10), at(19, 16), None),
                      (20, "counter", "B", 3, "received", at(23, 11), None, None),
                      (20, "phone", "A", None, "closed", at(23, 9), None, at(20, 9, 20))]
        for day, channel, service, counter, status, due, replied, closed in complaints:
            conn.execute("INSERT INTO complaints (received_at, channel, matter, service, counter, taken_by, "
                         "status, reply_due, replied_at, closed_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [at(day, 9), channel, "等候时间过长", service, counter, "1001", status, due, replied,
                          closed, at(day, 9)])
        served = conn.execute("SELECT id, service, counter FROM tickets WHERE status = 'done' "
                              "AND business_day = ? ORDER BY id LIMIT 70", [DAY]).fetchall()
        for ticket, service, counter in served:
            if rng.random() < 0.85:
                conn.execute("INSERT INTO ratings (at, ticket_id, counter, staff, service, score) "
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             [at(20, 9) + ticket * 120, ticket, counter, f"100{counter}", service,
                              rng.choices([5, 4, 3, 2, 1], [60, 25, 8, 4, 3])[0]])
        for n in range(40):
            conn.execute("INSERT INTO shunt_offers (at, service, lang, wait_minutes, choice) "
                         "VALUES (?, ?, ?, ?, ?)",
                         [at(20, 9) + n * 600, rng.choice("AAB"), "zh_CN", rng.randint(16, 35),
                          rng.choices(["self_service", "ticket"], [55, 45])[0]])
    conn.close()


def tiled(images: list[QImage], columns: int, gap: int = 12) -> QImage:
    """The images in a grid, in order, on a grey ground."""
    width, height = max(i.width() for i in images), max(i.height() for i in images)
    rows = -(-len(images) // columns)
    out = QImage(columns * width + (columns + 1) * gap, rows * height + (rows + 1) * gap,
                 QImage.Format.Format_RGB32)
    out.fill(QColor("#9a9a9a"))
    painter = QPainter(out)
    for n, image in enumerate(images):
        row, column = divmod(n, columns)
        painter.drawImage(gap + column * (width + gap), gap + row * (height + gap), image)
    painter.end()
    return out


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
    panel.day_from.setDate(QDate.fromString(FIRST, "yyyy-MM-dd"))
    panel.day_to.setDate(QDate.fromString(DAY, "yyyy-MM-dd"))
    panel.show_report()
    settle_until(lambda: not panel.busy() and panel.report.day_from == FIRST)
    shots = []
    for i in range(panel.pages.count()):
        panel.pages.setCurrentIndex(i)
        settle(250)
        scroll = window.tabs.currentWidget()  # the reports tab scrolls: show the page, under the buttons
        scroll.verticalScrollBar().setValue(panel.pages.y() - 8 if i else 0)
        settle(150)
        shots.append(window.grab().toImage())
    tiled(shots, 2).save(str(out / f"manager-registers-{lang}.png"))
    window.close()
    store.close()


def pdf_pages(db: Path, out: Path) -> None:
    folder = Path(tempfile.mkdtemp())
    pdf = folder / "week.pdf"
    write_export(db, FIRST, DAY, "pdf", pdf, lang="en", at=AS_OF.replace(tzinfo=None).isoformat())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    first = next(n for n, page in enumerate(text.split("\f"), start=1) if page.startswith("Appointments ·"))
    subprocess.run(["pdftoppm", "-r", "72", "-f", str(first), "-png", str(pdf), str(folder / "page")],
                   check=True)
    pages = [QImage(str(p)) for p in sorted(folder.glob("page-*.png"))]
    tiled(pages, 3).save(str(out / "report-registers-en.png"))


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    kiosk.core.clock.SYSTEM = FrozenClock(AS_OF)  # the panel's own connection counts open and overdue then
    db = Path(tempfile.mkdtemp()) / "branch.db"
    play_day(db, DAY)
    seed_week(db)
    store = QueueStore(db, station="setup")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    store.close()
    for lang in ("zh_CN", "zh_TW", "en"):
        window_pages(db, lang, out)
    pdf_pages(db, out)
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
