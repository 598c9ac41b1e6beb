"""Screenshots of the kiosk's "come back later" and its booking slip, from a real X screen (under xvfb-run).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/kiosk_booking_screenshots.py docs/
        per language (default zh_CN zh_TW en, or those named after the folder): kiosk-booking-LANG.png (the
        offer), kiosk-booking-LANG-taken.png (a slot taken meanwhile), kiosk-booking-LANG-booked.png (the
        code), booking-slip-LANG.png (the slip as the printer adapter renders it: 576 px, an 80 mm head)
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.adapters import ticket_print
from kiosk.adapters.booking_slip import booking_slip_for
from kiosk.core.clock import FrozenClock
from kiosk.core.slots import Slot
from kiosk.store import QueueStore
from kiosk.ui.kiosk_window import KioskWindow

MONDAY_AFTERNOON = datetime(2026, 11, 23, 16, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
LOANS = "C"  # bookable in the default branch


def main(out: Path, languages: list[str]) -> None:
    app = QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    clock = FrozenClock(MONDAY_AFTERNOON)  # one slot left today: today and tomorrow
    db = Path(tempfile.mkdtemp()) / "shots.db"
    store = QueueStore.init(db, station="kiosk", clock=clock)
    store.open_counter(4)  # the one counter for Loans, 20 minutes a customer: three waiting make an hour
    for _ in range(3):
        store.issue_ticket(LOANS)
    for lang in languages or ["zh_CN", "zh_TW", "en"]:
        window = KioskWindow(store, default_language=lang)
        window.setGeometry(app.primaryScreen().geometry())  # Xvfb has no window manager
        window.showFullScreen()
        one_language(window, out, db, clock, lang)
        window.close()
        window.deleteLater()
    store.close()


def one_language(window: KioskWindow, out: Path, db: Path, clock: FrozenClock, lang: str) -> None:
    made = []
    window.booking_made.connect(made.append)
    answered(window)
    window.choose_language(lang)
    answered(window)
    window.choose_service(LOANS)
    answered(window)
    offer = window.booking.offer_screen
    shot(out / f"kiosk-booking-{lang}.png")
    other = QueueStore(db, station="kiosk2", clock=clock)  # another kiosk is faster
    first = min(other.quiet_slots(LOANS), key=lambda s: s.start)
    while free(other, first):
        other.book(LOANS, first.start)
    other.close()
    offer.slot_buttons[0].click()
    settle_until(lambda: offer.taken.isVisible() and not window.worker.busy)
    shot(out / f"kiosk-booking-{lang}-taken.png")
    offer.slot_buttons[0].setFocus()
    offer.slot_buttons[0].click()
    settle_until(lambda: window.stack.currentWidget() is window.booking.booked)
    window.booking.booked.show_printed()  # as the station says once the slip is out
    shot(out / f"kiosk-booking-{lang}-booked.png")
    ticket_print.render_png(booking_slip_for(made[-1], window.view.branch, clock.now()),
                            out / f"booking-slip-{lang}.png")


def free(store: QueueStore, slot: Slot) -> bool:
    day = slot.start.astimezone(store.branch.tz).date().isoformat()
    return next(s for s in store.slots(slot.service, day) if s.start == slot.start).free > 0


def answered(window: KioskWindow) -> None:
    settle_until(lambda: window.view is not None and not window.worker.busy)


def shot(path: Path) -> None:
    settle(400)  # the focus ring is painted a moment after the focus moves
    grab(path)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2:])
