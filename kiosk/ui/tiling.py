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
        size = room.expandedTo(window.minimumSizeHint()).expandedTo(window.minimumSize())
        window.resize(size)
        x = min(area.x() + i * CASCADE_STEP, area.right() + 1 - size.width() - extra_w)
        y = min(area.y() + i * CASCADE_STEP, area.bottom() + 1 - size.height() - extra_h)
        window.move(max(x, area.x()), max(y, area.y()))
    return False


def _frame_extra(window: QWidget) -> tuple[int, int]:
    frame, inner = window.frameGeometry(), window.geometry()
    return frame.width() - inner.width(), frame.height() - inner.height()


def _fits(window: QWidget, extra: tuple[int, int], cell: QRect) -> bool:
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    return smallest.width() + extra[0] <= cell.width() and smallest.height() + extra[1] <= cell.height()
