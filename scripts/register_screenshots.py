"""Screenshots of the service registers in the manager's reports: the window's register pages in each language
(docs/manager-registers-LANG.png) and the English PDF's register pages (docs/report-registers-en.png).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/register_screenshots.py docs/

A week (2026-11-16..20) played through the real store actions (the ones the registers' screens call): see
play_week. Figures are counted at 17:30 on the 20th.
"""
from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from _xvfb import settle, settle_until
from demo_day import TELLERS, play_day
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

import kiosk.core.clock
from kiosk.adapters.export import write_export
from kiosk.core.clock import FrozenClock
from kiosk.core.models import Ticket
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow

DAY, FIRST = "2026-11-20", "2026-11-16"
ZONE = ZoneInfo("Asia/Shanghai")
AS_OF = datetime(2026, 11, 20, 17, 30, tzinfo=ZONE)
PAGE = (960, 640)  # each page's grab: about a quarter of a 1920x1080 screen


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=ZONE)


def iso(day: int) -> str:
    return f"2026-11-{day:02d}"


# Home visits: (requested on, service, approved, visited on (the call at 9:00, the outcome at 11:00), refused)
VISITS = [(16, "A", True, 17, False), (16, "B", True, 18, False), (17, "A", True, 20, False),
          (17, "A", True, None, False), (18, "B", True, 19, False), (18, "A", False, None, True),
          (19, "A", True, 20, False), (20, "B", True, None, False), (20, "A", False, None, False)]
# Complaints: (received on, hour, channel, about, later steps: (day, hour, status)); about: a service, None,
# or RATED: a ticket rated low that day, the complaint taken at its counter
RATED = "rated"
COMPLAINTS = [(16, 16, "counter", RATED, [(16, 17, "replied"), (17, 10, "closed")]),
              (17, 11, "phone", "B", [(18, 11, "in_progress"), (18, 14, "replied")]),
              (18, 9, "box", None, [(19, 8, "replied"), (19, 10, "closed")]),
              (18, 15, "online", "A", [(19, 15, "in_progress")]),
              (19, 16, "counter", RATED, [(19, 16, "replied")]),
              (20, 11, "counter", RATED, []),
              (20, 9, "phone", "A", [(20, 9, "replied"), (20, 10, "closed")])]


def play_week(db: Path) -> None:
    """The week 16..20 November through the real actions, the clock stepped through it: bookings made the
    working day before and checked in (or missed), each day's queue played by demo_day (the booked customers
    served with it), ratings as tickets are finished, self-service suggestions, home visits and complaints
    from request to outcome. Each day's register steps come after its queue: they name its tickets."""
    rng = random.Random(13)
    clock = FrozenClock(at(13, 16))
    store = QueueStore.init(db, station="console-1", clock=clock)
    for n, number in TELLERS.items():
        add_staff(store, number, f"Teller {n}", Role.LOBBY_MANAGER if n == 1 else Role.TELLER, "123456")
    store.sign_in_as("1001", Role.LOBBY_MANAGER)  # the lobby manager books, approves and closes
    steps: list[tuple[datetime, Callable[[], object]]] = []
    low: dict[int, list] = {}

    def rate(ticket: Ticket) -> None:
        if rng.random() < 0.8:
            clock.set(ticket.finished_at + timedelta(seconds=rng.uniform(5, 25)))
            rating = store.rate(ticket.label, rng.choices([5, 4, 3, 2, 1], [62, 24, 8, 4, 2])[0])
            if rating.score <= store.branch.ratings.low_score:
                low.setdefault(int(ticket.business_day[-2:]), []).append(rating)

    made: dict[str, Any] = {}  # each visit and complaint of the plans once made, by its plan's key

    def make(key: str, action: Callable[[], Any]) -> Callable[[], None]:
        return lambda: made.update({key: action()})

    for n, (day, service, approved, visited, refused) in enumerate(VISITS):
        key, by = f"visit {n}", rng.choice(["customer", "agent"])
        steps.append((at(day, 10), make(key, lambda s=service, b=by: store.request_home_visit(
            s, "行动不便，无法来网点", b, "138 0000 0000", "幸福路 8 号"))))
        if refused:
            steps.append((at(day, 11), lambda k=key: store.refuse_home_visit(made[k].id, "家属可代办")))
        if approved:
            steps.append((at(day, 11), lambda k=key: store.approve_home_visit(made[k].id)))
            steps.append((at(day, 14), lambda k=key: store.assign_home_visit(made[k].id, "1002", "1003")))
        if visited:
            steps.append((at(visited, 9), lambda k=key: store.log_home_visit_call(made[k].id, "已电话确认")))
            steps.append((at(visited, 11), lambda k=key: store.finish_home_visit(made[k].id, "已上门办理")))
    for n, (day, hour, channel, about, later) in enumerate(COMPLAINTS):
        key = f"complaint {n}"
        if about == RATED:
            steps.append((at(day, hour), make(key, lambda d=day, c=channel: store.add_complaint(
                c, "对服务态度不满意", ticket=low[d][0].ticket, rating_id=low[d].pop(0).id))))
        else:
            steps.append((at(day, hour), make(key, lambda c=channel, s=about: store.add_complaint(
                c, "等候时间过长", service=s))))
        for step_day, step_hour, status in later:
            steps.append((at(step_day, step_hour, 30), lambda k=key, st=status: store.complaint_step(
                made[k].id, st, "已向客户说明并致歉")))
    steps.sort(key=lambda step: step[0])

    for day in range(16, 21):
        clock.set(at(day - 3 if day == 16 else day - 1, 16))  # booked the working day before
        booked = []
        for service in ("C", "D", "F"):
            for slot in store.slots(service, iso(day)):
                wanted = min(slot.capacity, rng.choices([0, 1, 2], [45, 40, 15])[0])
                if slot.start.hour < 16:  # checked in before the day's last arrivals: demo_day serves them
                    booked += [store.book(service, slot.start, rng.choice(["zh_CN", "zh_CN", "en"]))
                               for _ in range(wanted)]
        clock.advance(minutes=30)
        for booking in booked[::9]:
            store.cancel_booking(booking.code)
        arrivals = sorted((b.start - timedelta(minutes=rng.uniform(2, 25)), b.code)
                          for n, b in enumerate(booked) if n % 9 and rng.random() < 0.85)
        for when, code in arrivals:
            clock.set(when)
            store.check_in(code)
        play_day(db, iso(day), seed=day, served=rate)
        offers = sorted(at(day, 9, 20) + timedelta(minutes=rng.uniform(0, 240))
                        for _ in range(rng.randint(6, 12)))
        for when in offers:  # the kiosk suggested self-service first at the peaks
            clock.set(when)
            choice = rng.choices(["self_service", "ticket", "left"], [55, 40, 5])[0]
            store.record_shunt(rng.choice("AAB"), choice, rng.randint(16, 35), "zh_CN")
        clock.set(at(day, 17, 30))
        store.mark_no_shows()
        while steps and steps[0][0] < at(day + 1, 0):
            when, action = steps.pop(0)
            clock.set(when)
            action()
    store.close()


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
    play_week(db)
    store = QueueStore(db, station="setup")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    store.close()
    for lang in ("zh_CN", "zh_TW", "en"):
        window_pages(db, lang, out)
    pdf_pages(db, out)
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
