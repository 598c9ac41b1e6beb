"""Helpers for the screenshot scripts: let Qt paint, then grab the real X screen."""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def settle(ms: int = 150) -> None:
    """Run the event loop for `ms` so timers fire and windows paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle_until(done: Callable[[], bool], timeout_s: float = 15.0) -> None:
    """Run the event loop until `done()`: a station's store calls answer from its worker thread."""
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        settle(20)


def grab(path: Path, width: int = -1, height: int = -1) -> None:
    QApplication.primaryScreen().grabWindow(0, 0, 0, width, height).save(str(path))
