"""Screenshots of every kiosk screen, taken from a real X screen (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/kiosk_screenshots.py docs/
        both themes: kiosk-light-*.png (Simplified Chinese), kiosk-dark-*.png (English) (5-ticket-range: a
        wait said as a range), and the window
        in the four-window demo's quadrant (950 x 500): kiosk-small-zh_CN.png, kiosk-small-en.png
    ... scripts/kiosk_screenshots.py docs/ zh_CN zh_TW en
        each language in the light theme: kiosk-zh_TW-*.png
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.store import QueueStore
from kiosk.ui.kiosk_window import KioskWindow

SMALL = (950, 500)


def main(out: Path, languages: list[str]) -> None:
    app = QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    db = Path(tempfile.mkdtemp()) / "shots.db"
    store = QueueStore.init(db, station="kiosk")
    for service, priority in [("A", "regular")] * 7 + [("B", "elderly"), ("C", "regular")]:
        store.issue_ticket(service, priority)
    store.add_appointment("731902", "C", store.issue_ticket("D").ticket.issued_at)
    themes = [("light", "light", "zh_CN"), ("dark", "dark", "en")]  # (file prefix, theme, language)
    runs = [(lang, "light", lang) for lang in languages] or themes
    for prefix, theme, lang in runs:
        window = KioskWindow(store, theme=theme, default_language=lang)
        screen = app.primaryScreen()
        window.setGeometry(screen.geometry())  # Xvfb has no window manager to make it full screen
        window.showFullScreen()

        def shot(name: str, prefix=prefix, window=window) -> None:
            answered(window)
            settle(400)  # the focus ring is painted a moment after the focus moves
            grab(out / f"kiosk-{prefix}-{name}.png")

        shot("1-language")
        window.choose_language(lang)
        shot("2-service")
        window.choose_service("A")
        shot("3-priority")
        window.choose_priority("elderly")
        window.needs.toggles["wheelchair"].setChecked(True)
        window.needs.toggles["forms_help"].setChecked(True)
        shot("4-needs")
        window.issue(("wheelchair", "forms_help"))
        shot("5-ticket")
        window.reset()
        window._show(window.check_in)
        for digit in "1234":
            window.check_in.type_digit(digit)
        window.check_in_code("1234")
        shot("6-check-in-unknown-code")
        window.request_help()
        shot("7-help-coming")
        window.warn_idle()
        shot("8-idle-warning")
        window.close()
        window.deleteLater()
    ranged_ticket(out, store, db, runs)
    if not languages:
        small_window(out, store)
    store.close()


def ranged_ticket(out: Path, store: QueueStore, db: Path, runs: list[tuple[str, str, str]]) -> None:
    """The ticket screen of an unsure wait, said as a range: five ahead for foreign exchange (E), whose one
    counter is open (after the other shots, whose queue it would change)."""
    staff = QueueStore(db)
    staff.open_counter(2, ("E",))
    staff.close()
    for _ in range(5):
        store.issue_ticket("E")
    for prefix, theme, lang in runs:
        window = KioskWindow(store, theme=theme, default_language=lang)
        window.setGeometry(QApplication.primaryScreen().geometry())
        window.showFullScreen()
        answered(window)
        window.choose_language(lang)
        answered(window)
        window.choose_service("E")
        window.choose_priority("regular")
        window.issue(())
        answered(window)
        settle(400)
        grab(out / f"kiosk-{prefix}-5-ticket-range.png")
        window.close()
        window.deleteLater()


def answered(window: KioskWindow) -> None:
    """The kiosk asks the store on its worker: wait for the answer to show."""
    settle_until(lambda: window.view is not None and not window.worker.busy)


def small_window(out: Path, store: QueueStore) -> None:
    """The kiosk in the demo's quadrant of a 1920 x 1080 screen, less a title bar: the services in Chinese,
    the priority classes (the longest labels) in English."""
    for lang, screen in (("zh_CN", "services"), ("en", "priority")):
        window = KioskWindow(store, default_language=lang)
        window.setGeometry(0, 0, *SMALL)
        window.show()
        answered(window)
        window.choose_language(lang)
        answered(window)
        if screen == "priority":
            window.choose_service("A")
        settle()
        grab(out / f"kiosk-small-{lang}.png", *SMALL)
        window.close()
        window.deleteLater()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2:])
