"""Screenshots of the counter's rating pad from a real X screen (run under xvfb-run), per language: idle (the
counter's number) and asking (the teller's number, the ticket, five faces); a 1024 x 600 tablet; and the
console with a low rating to open a complaint from.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/rate_pad_screenshots.py docs/
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.core.staff import Role
from kiosk.station.rate_pad_station import RatePadStation
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.rate_pad import RatePadWindow


class Silent:
    def speak(self, text, lang, chime=False):
        pass

    def interrupt(self):
        pass


def served(db: Path, lang: str) -> None:
    """Teller 1001 serves one customer in `lang` at counter 1 and finishes."""
    desk = QueueStore(db, station="console-1")
    desk.sign_in_as("1001", Role.TELLER, counter=1)
    for _ in range(6):  # the morning so far
        desk.issue_ticket("A", lang=lang)
    for _ in range(6):
        desk.call_next(1)
        desk.start(1)
        desk.finish(1)
    desk.close()


def pad_shots(out: Path, lang: str, languages: LanguageSwitcher, size: tuple[int, int], suffix: str,
              console: bool = False) -> None:
    db = Path(tempfile.mkdtemp()) / "branch.db"
    store = QueueStore.init(db, station="setup")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    store.open_counter(1)
    store.close()
    pad_store = QueueStore(db, station="rate-pad-1")
    window = RatePadWindow()
    window.setGeometry(0, 0, *size)
    window.show()
    station = RatePadStation(pad_store, window, Silent(), 1, set_language=languages.set_language,
                             default_language=lang, poll_ms=20)
    settle_until(lambda: station.view is not None)
    settle(300)
    grab(out / f"rate-pad-idle{suffix}.png", *size)
    served(db, lang)
    settle_until(lambda: window.state == "asking")
    settle(300)
    grab(out / f"rate-pad{suffix}.png", *size)
    if console:
        window.faces[0].click()
        settle_until(lambda: window.state == "thanks")
        settle(200)
        grab(out / f"rate-pad-thanks{suffix}.png", *size)
        window.hide()
        desk_store = QueueStore(db, station="console-1")
        desk = ConsoleWindow(desk_store, 1, poll_ms=50)
        desk.setGeometry(0, 0, 1280, 800)
        desk.show()
        desk.sign_in.number.setText("1001")
        desk.sign_in.pin.setText("135790")
        desk.sign_in.submit()
        settle_until(lambda: desk.low_ratings.isVisible())
        desk.low_ratings.list.setCurrentRow(0)
        desk.low_ratings.open_button.setFocus()
        settle(300)
        grab(out / f"console-low-rating{suffix}.png", 1280, 800)
        desk.timer.stop()
        desk.worker.stop()
        desk.close()
        desk_store.close()
    station.stop()
    window.close()
    pad_store.close()


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    languages = LanguageSwitcher()
    for lang in ("zh_CN", "zh_TW", "en"):
        pad_shots(out, lang, languages, (1280, 800), f"-{lang}", console=lang == "zh_CN")
    pad_shots(out, "zh_CN", languages, (1024, 600), "-small-zh_CN")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
