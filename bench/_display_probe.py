"""Children of call_latency.py: the real hall display, or a bare Qt poller; both log times to a file."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

# Every line is "<kind> <what> <time.time()>", appended with one write (O_APPEND: lines never interleave).


class Log:
    def __init__(self, path: str):
        self.file = open(path, "a", buffering=1)  # noqa: SIM115 - open for the process's lifetime

    def __call__(self, kind: str, what: object, at: float | None = None) -> None:
        self.file.write(f"{kind} {what} {time.time() if at is None else at!r}\n")


def quit_on_sigterm(app: QApplication) -> None:
    """SIGTERM ends the event loop, so the process can stop its speaker and close its store."""
    signal.signal(signal.SIGTERM, lambda *_: app.quit())


class _PopenSpy:
    """Stands in for the subprocess module inside kiosk.adapters.speech: logs when a player is started."""

    def __init__(self, log: Log):
        self._log = log

    def __getattr__(self, name: str) -> object:
        return getattr(subprocess, name)

    def Popen(self, args, *rest, **kwargs):  # noqa: N802 - the name the speaker calls
        self._log("popen", Path(args[-1]).name)
        return subprocess.Popen(args, *rest, **kwargs)


class _PaintSpy(QObject):
    """Logs the first paint of the big call number after its text changes (when the pixels are drawn)."""

    def __init__(self, label, log: Log):
        super().__init__(label)
        self.label, self.log, self.painted = label, log, ""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.label.text() != self.painted:
            self.painted = self.label.text()
            self.log("painted", self.painted)
        return False


def display(db: str, log_path: str, *player: str) -> int:
    """A real DisplayStation with the default poll interval; `player` is the speaker's player command."""
    from kiosk.adapters import speech
    from kiosk.station.display_station import DisplayStation
    from kiosk.store import QueueStore
    from kiosk.store.target import is_url
    from kiosk.ui.display_window import DisplayWindow

    log = Log(log_path)
    app = QApplication(sys.argv[:1])
    quit_on_sigterm(app)
    speech.subprocess = _PopenSpy(log)
    store = QueueStore(db, station="display")
    # Daily backups of a server's database are not the display's job here (and not measured).
    backups = {"backup_every_ms": 0} if is_url(db) else {}
    window = DisplayWindow()
    window.resize(1920, 1080)
    window.show()  # painted like the real board (offscreen: into memory)
    paint_spy = _PaintSpy(window.call_number, log)
    window.call_number.installEventFilter(paint_spy)
    speaker = speech.Speaker(player=list(player))
    station = DisplayStation(store, window, speaker, **backups)

    announce = station.announcer.announce

    def announce_logged(call) -> None:  # refresh() found the call: queued for speech, not yet on screen
        log("notice", f"{call.label} {len(station.announcer.texts(call))}")
        announce(call)

    station.announcer.announce = announce_logged
    station.call_shown.connect(lambda call: log("shown", call.label))
    QTimer.singleShot(0, lambda: log("ready", station.timer.interval()))
    try:
        return app.exec()
    finally:
        station.stop()
        speaker.stop()
        store.close()


def baseline(db: str, log_path: str, poll_ms: str) -> int:
    """The floor: a QTimer polling PRAGMA data_version on a plain sqlite3 connection, or (a postgresql://
    URL) the notifications that arrived on a plain LISTENing psycopg connection, nothing else."""
    log = Log(log_path)
    app = QApplication(sys.argv[:1])
    quit_on_sigterm(app)
    if db.startswith("postgresql://"):
        import psycopg

        conn = psycopg.connect(db, autocommit=True)
        conn.execute("LISTEN bench_bare")
        heard = 0

        def version() -> int:
            nonlocal heard
            heard += sum(1 for _ in conn.notifies(timeout=0))
            return heard
    else:
        conn = sqlite3.connect(db, isolation_level=None)

        def version() -> int:
            return conn.execute("PRAGMA data_version").fetchone()[0]
    last = version()

    def poll() -> None:
        nonlocal last
        now = version()
        if now != last:
            last = now
            log("change", now)

    timer = QTimer(interval=int(poll_ms))
    timer.timeout.connect(poll)
    timer.start()
    QTimer.singleShot(0, lambda: log("ready", timer.interval()))
    try:
        return app.exec()
    finally:
        timer.stop()
        conn.close()


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    sys.exit({"display": display, "baseline": baseline}[mode](*rest))
