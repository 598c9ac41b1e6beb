"""Tile several station windows on one screen (the demo): a grid of equal cells, frames included."""
from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

CASCADE_STEP = 40  # px between cascaded windows: each one's title bar stays in reach


def grid_cells(area: QRect, count: int) -> list[QRect]:
    """`count` equal cells filling `area`, row by row, as square a grid as the count allows."""
    columns = math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    width, height = area.width() // columns, area.height() // rows
    return [QRect(area.x() + (i % columns) * width, area.y() + (i // columns) * height, width, height)
            for i in range(count)]


def tile(windows: list[QWidget], area: QRect) -> bool:
    """Place each shown window's frame (title bar and borders too) in its own cell of `area`. Where a
    cell is smaller than a window's minimum, the windows are cascaded instead, as large as the cascade
    leaves room for, each title bar in view; returns False then. Call after show(): only then does a
    window manager report frame sizes."""
    cells = grid_cells(area, len(windows))
    frames = [_frame_extra(window) for window in windows]
    if all(_fits(window, extra, cell) for window, extra, cell in zip(windows, frames, cells, strict=True)):
        for window, (extra_w, extra_h), cell in zip(windows, frames, cells, strict=True):
            window.resize(cell.width() - extra_w, cell.height() - extra_h)
            window.move(cell.topLeft())  # move() places the frame, resize() sizes the inside
        return True
    offset = CASCADE_STEP * (len(windows) - 1)
    for i, (window, (extra_w, extra_h)) in enumerate(zip(windows, frames, strict=True)):
        room = QSize(area.width() - offset - extra_w, area.height() - offset - extra_h)
        size = room.expandedTo(smallest_size(window))
        window.resize(size)
        x = min(area.x() + i * CASCADE_STEP, area.right() + 1 - size.width() - extra_w)
        y = min(area.y() + i * CASCADE_STEP, area.bottom() + 1 - size.height() - extra_h)
        window.move(max(x, area.x()), max(y, area.y()))
    return False


def _frame_extra(window: QWidget) -> tuple[int, int]:
    frame, inner = window.frameGeometry(), window.geometry()
    return frame.width() - inner.width(), frame.height() - inner.height()


def smallest_size(window: QWidget) -> QSize:
    """The least size Qt lets a shown window take: its minimum size, which its layout keeps at the content's
    least unless the window set a smaller one itself (the kiosk, which rescales its content to its size);
    the hint only where neither is set. Not minimumSizeHint(): a rescaling window's hint is its content's
    least at the scale of its current size (on a 1920x1080 screen Qt first shows the kiosk at 1280x720)."""
    if window.layout() is not None:
        window.layout().activate()  # content that arrived since (a worker's answer) counts
    least, hint = window.minimumSize(), window.minimumSizeHint()
    return QSize(least.width() or max(hint.width(), 0), least.height() or max(hint.height(), 0))


def _fits(window: QWidget, extra: tuple[int, int], cell: QRect) -> bool:
    smallest = smallest_size(window)
    return smallest.width() + extra[0] <= cell.width() and smallest.height() + extra[1] <= cell.height()
