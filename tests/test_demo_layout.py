"""`kiosk demo`: its four stations tiled on one screen, each whole, none over another."""
from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QRect

from kiosk.adapters.speech import Speaker
from kiosk.commands.stations import DemoStations, seed_demo
from kiosk.ui.tiling import grid_cells


@pytest.fixture
def demo(qtbot, tmp_path, clock):
    db = tmp_path / "demo.db"
    seed_demo(db, clock)
    stations = DemoStations(db, speaker=Speaker(player=()), clock=clock, tickets=tmp_path / "tickets")
    for window in stations.windows:
        qtbot.addWidget(window)
    yield stations
    stations.stop()


def test_grid_cells_fill_the_screen_without_overlap():
    cells = grid_cells(QRect(0, 0, 1920, 1080), 4)
    assert [c.getRect() for c in cells] == [(0, 0, 960, 540), (960, 0, 960, 540),
                                            (0, 540, 960, 540), (960, 540, 960, 540)]


@pytest.mark.parametrize("screen", [(1920, 1080), (2560, 1440)])
def test_demo_windows_share_the_screen_whole_and_apart(demo, screen):
    area = QRect(0, 0, *screen)
    assert demo.show_tiled(area), "tiled side by side"
    frames = [window.frameGeometry() for window in demo.windows]
    for window, frame in zip(demo.windows, frames, strict=True):
        name = type(window).__name__
        assert area.contains(frame), f"{name} spills off the screen: {frame.getRect()}"
        assert frame.width() >= screen[0] // 2 - 1 and frame.height() >= screen[1] // 2 - 1, \
            f"{name} does not use its quarter of the screen: {frame.getRect()}"
    for (a, fa), (b, fb) in combinations(zip(demo.windows, frames, strict=True), 2):
        assert not fa.intersects(fb), f"{type(a).__name__} overlaps {type(b).__name__}"


def test_on_a_small_laptop_screen_the_demo_cascades_whole_windows_on_the_screen(demo):
    area = QRect(0, 0, 1366, 768)
    assert not demo.show_tiled(area), "too small to tile: says so"
    for window in demo.windows:
        name = type(window).__name__
        assert area.contains(window.frameGeometry()), f"{name} spills off: {window.frameGeometry().getRect()}"
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert window.width() >= smallest.width() and window.height() >= smallest.height(), name
    titles = [window.windowTitle() for window in demo.windows]
    assert all(titles) and titles[0] == "Demo Branch", titles
