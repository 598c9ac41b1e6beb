"""Screenshots of every kiosk screen in both themes, taken from a real X screen (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/kiosk_screenshots.py docs/
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle
from PySide6.QtWidgets import QApplication

from kiosk.store import QueueStore
from kiosk.ui.kiosk_window import KioskWindow


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    store = QueueStore.init(Path(tempfile.mkdtemp()) / "shots.db", station="kiosk")
    for service, priority in [("A", "regular")] * 7 + [("B", "elderly"), ("C", "regular")]:
        store.issue_ticket(service, priority)
    store.add_appointment("731902", "C", store.issue_ticket("D").ticket.issued_at)
    for theme in ("light", "dark"):
        window = KioskWindow(store, theme=theme, default_language="zh_CN")
        screen = app.primaryScreen()
        window.setGeometry(screen.geometry())  # Xvfb has no window manager to make it full screen
        window.showFullScreen()

        def shot(name: str, theme=theme) -> None:
            settle()
            grab(out / f"kiosk-{theme}-{name}.png")

        shot("1-language")
        window.choose_language("zh_CN" if theme == "light" else "en")
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
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
