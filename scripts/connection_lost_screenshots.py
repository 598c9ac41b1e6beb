"""Screenshots of the kiosk and the hall display while the branch database is out of reach (a real X screen):

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/connection_lost_screenshots.py docs/

docs/kiosk-disconnected.png: the kiosk sends customers to staff (Simplified Chinese, its default language);
docs/display-disconnected.png: the board keeps its calls, staff see the banner at its top edge. The loss is
the PostgreSQL engine's error, raised by a stand-in for the store (a SQLite file never loses its connection).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.adapters.speech import Speaker
from kiosk.core.models import CounterMode
from kiosk.station.display_station import DisplayStation
from kiosk.store import QueueStore, StoreError
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow


class Unreachable:
    """`store`, whose calls fail as the PostgreSQL engine's do once the server is gone (`down`)."""

    def __init__(self, store: QueueStore):
        self.__dict__.update(store=store, down=False)

    def __getattr__(self, name: str):
        value = getattr(self.store, name)
        if name in ("clock", "conn", "location", "damage_found", "check_health") or not self.down:
            return value
        if not callable(value):
            raise self._lost()

        def call(*args, **kwargs):
            raise self._lost()
        return call

    @staticmethod
    def _lost() -> StoreError:
        return StoreError("connection to the branch database lost (server closed the connection)",
                          reason="connection_lost")


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    store = QueueStore.init(Path(tempfile.mkdtemp()) / "branch.db", station="console")
    for service, priority in [("A", "regular")] * 6 + [("B", "elderly"), ("C", "regular")]:
        store.issue_ticket(service, priority)
    for counter, mode in ((1, CounterMode.NORMAL), (2, CounterMode.LOVE), (3, CounterMode.NORMAL)):
        store.open_counter(counter, mode=mode)
    LanguageSwitcher().set_language("zh_CN")
    screen = app.primaryScreen().geometry()

    kiosk_store = Unreachable(QueueStore(store.conn.path, station="kiosk"))
    kiosk = KioskWindow(kiosk_store, default_language="zh_CN")
    kiosk.connection.retry.setInterval(60_000)  # stays lost for the picture
    kiosk.setGeometry(screen)  # Xvfb has no window manager to make it full screen
    kiosk.showFullScreen()
    settle_until(lambda: kiosk.view is not None)
    kiosk_store.down = True
    kiosk.refresh_timer.setInterval(50)
    settle_until(lambda: kiosk.stack.currentWidget() is kiosk.unreachable)
    settle(400)
    grab(out / "kiosk-disconnected.png")
    kiosk.close()

    display_store = Unreachable(QueueStore(store.conn.path, station="display"))
    window = DisplayWindow()
    window.setGeometry(screen)
    window.showFullScreen()
    speaker = Speaker(player=())
    station = DisplayStation(display_store, window, speaker, poll_ms=20, backup_every_ms=None)
    station.connection.retry.setInterval(60_000)
    settle_until(lambda: station.view is not None)
    store.call_next(1)
    store.start(1)
    store.finish(1)
    for counter in (3, 1, 2):  # the love window's call (B001, elderly) the newest
        store.call_next(counter)
        settle(120)
    store.start(1)
    settle(4000)  # the newest call's flashing is over
    display_store.down = True
    settle_until(window.connection_banner.isVisible)
    settle(400)
    grab(out / "display-disconnected.png")
    station.stop()
    speaker.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
