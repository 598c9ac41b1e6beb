"""`kiosk demo`: its stations tiled on one screen, each whole, none over another."""
from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QRect, QSize

from kiosk.adapters.speech import Speaker
from kiosk.commands.stations import DemoStations, seed_demo
from kiosk.ui.tiling import fitted_cells, grid_cells


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


def test_fitted_cells_give_a_wide_window_its_width_and_the_others_share_the_rest():
    area = QRect(0, 0, 1920, 1080)
    same = fitted_cells(area, [QSize(100, 100)] * 4)
    assert [c.getRect() for c in same] == [c.getRect() for c in grid_cells(area, 4)], "alike: the grid"
    cells = fitted_cells(area, [QSize(830, 450), QSize(910, 450), QSize(770, 432), QSize(640, 400),
                                QSize(370, 170)])
    assert [c.getRect() for c in cells] == [(0, 0, 960, 540), (960, 0, 960, 540), (0, 540, 770, 540),
                                            (770, 540, 640, 540), (1410, 540, 510, 540)]


@pytest.mark.parametrize("screen", [(1920, 1080), (2560, 1440)])
def test_demo_windows_share_the_screen_whole_and_apart(demo, screen):
    area = QRect(0, 0, *screen)
    assert demo.show_tiled(area), "tiled side by side"
    frames = [window.frameGeometry() for window in demo.windows]
    for window, frame in zip(demo.windows, frames, strict=True):
        name = type(window).__name__
        assert area.contains(frame), f"{name} spills off the screen: {frame.getRect()}"
        assert frame.height() >= screen[1] // 2 - 1, f"{name} does not use its half of the height"
    top, below = frames[:2], frames[2:]
    assert [f.width() for f in top] == [screen[0] // 2] * 2, "kiosk and console: a quarter each"
    assert sum(f.width() for f in below) >= screen[0] - 2, "display, rating pad and manager fill the row"
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
