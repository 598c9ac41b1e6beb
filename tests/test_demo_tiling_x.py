"""`kiosk demo` on a real 1920x1080 screen: Qt first shows each window at its size hint, at most 2/3 of the
screen, so the kiosk (which scales its content to its size) starts larger than a quarter; it and the console
still go into the top quarters, the display, rating pad and manager side by side below, and all stay whole
there once their workers have answered."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from kiosk.adapters.speech import Speaker
from kiosk.commands.stations import DemoStations, seed_demo

SCREEN = QRect(0, 0, 1920, 1080)
FIRST_SHOWN = QSize(1280, 720)  # 2/3 of the screen: where Qt caps a new window's size hint (seen under Xvfb)


@pytest.fixture
def demo(qtbot, tmp_path, clock):
    db = tmp_path / "demo.db"
    seed_demo(db, clock)
    stations = DemoStations(db, speaker=Speaker(player=()), clock=clock, tickets=tmp_path / "tickets")
    for window in stations.windows:
        qtbot.addWidget(window)
        window.resize(window.sizeHint().boundedTo(FIRST_SHOWN).expandedTo(window.minimumSize()))
    yield stations
    stations.stop()


def _answered(demo) -> bool:
    return (demo.kiosk.view is not None and "Demo Lobby Manager" in demo.console.header.text()
            and bool(demo.console.live.text()) and bool(demo.display.counter_labels))


def test_a_window_first_shown_large_still_gets_its_quarter_whole(demo, qtbot):
    assert demo.kiosk.width() > SCREEN.width() // 2, "the kiosk starts larger than a quarter, as on X"
    assert demo.show_tiled(SCREEN), "said the screen is too small and cascaded"
    qtbot.waitUntil(lambda: _answered(demo))
    frames = [window.frameGeometry().getRect() for window in demo.windows]
    assert frames[:2] == [(0, 0, 960, 540), (960, 0, 960, 540)], "kiosk and console: the top quarters"
    below = frames[2:]  # display, rating pad, manager: side by side, the bottom half filled
    assert [(y, h) for _, y, _, h in below] == [(540, 540)] * 3 and below[0][0] == 0
    assert all(x + w == next_x for (x, _, w, _), (next_x, *_) in zip(below, below[1:], strict=False))
    assert below[-1][0] + below[-1][2] >= SCREEN.width() - 2, frames
    for window in demo.windows:
        name, layout = type(window).__name__, window.layout()
        least, width = layout.minimumSize(), window.width()
        height = layout.minimumHeightForWidth(width) if layout.hasHeightForWidth() else least.height()
        assert least.width() <= window.width() and height <= window.height(), \
            f"{name}'s content ({least.width()}x{height}) is clipped at {window.width()}x{window.height()}"
    for a, b in combinations(demo.windows, 2):
        assert not a.frameGeometry().intersects(b.frameGeometry()), \
            f"{type(a).__name__} overlaps {type(b).__name__}"


def test_kiosk_demo_on_a_1920x1080_screen_does_not_say_it_is_too_small(tmp_path):
    config = tmp_path / "screen.json"  # Qt's offscreen platform, given one 1920x1080 screen
    config.write_text(json.dumps({"screens": [{"name": "hd", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]),
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    out = subprocess.run([sys.executable, "-m", "kiosk", "demo", "--db", str(tmp_path / "demo.db"),
                          "--quit-after", "1500"], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert "too small" not in out.stderr, out.stderr
