"""Screenshots of shunting (docs/shunting.md), taken from a real X screen (run under xvfb-run): the kiosk's
self-service suggestion in each language and its thanks, the suggestion in the four-window demo's quadrant,
and the console and hall display with a quick counter.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/shunt_screenshots.py docs/
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.core.models import CounterMode
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow

SMALL = (950, 500)


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    db = Path(tempfile.mkdtemp()) / "shunt.db"
    store = QueueStore.init(db, station="kiosk")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    for service in "AAAABBC":
        store.issue_ticket(service)
    store.open_counter(1, ("A",))  # one counter for cash: four waiting, 20 min
    for lang in ("zh_CN", "zh_TW", "en"):
        window = suggestion(app, store, lang)
        grab(out / f"kiosk-shunt-{lang}.png")
        if lang == "zh_CN":
            window.shunt.screen.self_service.click()
            settle(400)
            grab(out / f"kiosk-shunt-thanks-{lang}.png")
        window.close_worker()
        window.close()
    window = suggestion(app, store, "zh_CN", SMALL)
    grab(out / "kiosk-shunt-small-zh_CN.png", *SMALL)
    window.close_worker()
    window.close()
    console(db, out)
    display(store, out)
    store.close()


def suggestion(app: QApplication, store: QueueStore, lang: str, size: tuple[int, int] | None = None):
    window = KioskWindow(store, default_language=lang)
    if size is None:
        window.setGeometry(app.primaryScreen().geometry())  # Xvfb has no window manager for full screen
        window.showFullScreen()
    else:
        window.setGeometry(0, 0, *size)
        window.show()
    settle_until(lambda: window.view is not None and not window.worker.busy)
    window.choose_language(lang)
    settle_until(lambda: not window.worker.busy)
    window.choose_service("A")
    assert window.stack.currentWidget() is window.shunt.screen, "no suggestion: the wait is too short"
    settle(400)  # the focus ring is painted a moment after the focus moves
    return window


def console(db: Path, out: Path) -> None:
    """The lobby manager's desk with the quick counter on (Ctrl+U), and the call it made."""
    languages = LanguageSwitcher()
    for lang, name in (("en", "console-quick.png"), ("zh_CN", "console-quick-zh_CN.png")):
        languages.set_language(lang)
        store = QueueStore(db, station="console-2")
        window = ConsoleWindow(store, 2)
        window.resize(1500, 820)
        window.move(0, 0)
        window.show()
        window.sign_in.number.setText("2001")
        window.sign_in.pin.setText("246802")
        window.sign_in.submit()
        settle_until(lambda window=window: window.staff is not None and not window.worker.busy)
        if not window.quick.isChecked():
            window.quick.click()
            settle_until(lambda window=window: not window.worker.busy)
            window.call_next()
            settle_until(lambda window=window: not window.worker.busy)
        settle(400)
        grab(out / name, 1500, 820)
        window.resize(*SMALL)
        settle(400)
        grab(out / name.replace(".png", "-small.png"), *SMALL)
        window.timer.stop()
        window.worker.stop()
        window.close()
        store.close()
    languages.set_language("en")


def display(store: QueueStore, out: Path) -> None:
    store.open_counter(4, mode=CounterMode.QUICK)
    window = DisplayWindow()
    window.setGeometry(0, 0, 1920, 1080)
    window.show()
    window.show_counters(store.counters(), {})
    window.show_waiting(store.status().waiting)
    settle(600)
    grab(out / "display-quick.png")
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
