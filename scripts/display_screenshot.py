"""Screenshots of the hall display after a few calls, from a real X screen (run under xvfb-run): the full
board, the newest call flashing, and the board in a 950 x 500 window (a quarter of the demo's screen).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/display_screenshot.py docs/
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle
from PySide6.QtWidgets import QApplication

from kiosk.adapters.speech import Speaker
from kiosk.core.models import CounterMode
from kiosk.station.display_station import DisplayStation
from kiosk.store import QueueStore
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    store = QueueStore.init(Path(tempfile.mkdtemp()) / "hall.db", station="console")
    for service, priority in [("A", "regular")] * 9 + [("B", "elderly"), ("C", "regular"), ("A", "vip")]:
        store.issue_ticket(service, priority)
    store.open_counter(1)
    store.open_counter(2, mode=CounterMode.LOVE)
    store.open_counter(3)
    store.open_counter(4)
    store.pause_counter(4, "break")
    languages = LanguageSwitcher()
    languages.set_language("zh_CN")
    window = DisplayWindow()
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    speaker = Speaker(player=())
    station = DisplayStation(store, window, speaker, poll_ms=20)
    for counter in (1, 3, 1, 3):  # earlier customers, served and gone
        store.call_next(counter)
        store.start(counter)
        store.finish(counter)
        settle(120)
    store.call_next(3)  # on the way: "please come"
    settle(120)
    store.call_next(1)
    store.start(1)  # at the counter: "serving"
    settle(120)
    store.recall(3)  # marks counter 3's line in "recent calls", no second line
    settle(120)
    store.issue_ticket("A", "elderly")
    store.call_next(2)  # the love window's call, the newest
    settle(600)  # mid-flash
    grab(out / "display-flash.png")
    settle(3500)
    grab(out / "display.png")
    window.showNormal()
    window.setGeometry(0, 0, 950, 500)
    settle(600)
    grab(out / "display-small.png", 950, 500)
    station.stop()
    speaker.stop()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
