"""Tile several station windows on one screen (the demo): a grid of equal cells, frames included."""
from __future__ import annotations

import math

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


def grid_cells(area: QRect, count: int) -> list[QRect]:
    """`count` equal cells filling `area`, row by row, as square a grid as the count allows."""
    columns = math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    width, height = area.width() // columns, area.height() // rows
    return [QRect(area.x() + (i % columns) * width, area.y() + (i // columns) * height, width, height)
            for i in range(count)]


def tile(windows: list[QWidget], area: QRect) -> list[QRect]:
    """Place each shown window's frame (title bar and borders too) in its own cell of `area`;
    returns the cells. Call after show(): only then does a window manager report frame sizes."""
    cells = grid_cells(area, len(windows))
    for window, cell in zip(windows, cells, strict=True):
        frame, inner = window.frameGeometry(), window.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        window.resize(cell.width() - extra_w, cell.height() - extra_h)
        window.move(cell.topLeft())  # move() places the frame, resize() sizes the inside
    return cells
