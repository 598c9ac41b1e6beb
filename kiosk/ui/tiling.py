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


def row_counts(count: int) -> list[int]:
    """How many windows each row of the grid holds: as square a grid as the count allows, the fuller rows
    last (five: two above, three below)."""
    columns = math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    return [count // rows + (row >= rows - count % rows) for row in range(rows)]


def fitted_cells(area: QRect, least: list[QSize]) -> list[QRect]:
    """Cells for windows of these least sizes, row by row (row_counts), rows of equal height; in a row each
    window gets an equal share of the width, or its least width where that is more, the others sharing
    the rest. Windows of one size get grid_cells; a wide window next to a narrow one still gets its due."""
    cells, y, counts = [], area.y(), row_counts(len(least))
    for row, count in enumerate(counts):
        height = area.height() // len(counts)
        start = sum(counts[:row])
        x = area.x()
        for width in _shares(area.width(), [size.width() for size in least[start:start + count]]):
            cells.append(QRect(x, y, width, height))
            x += width
        y += height
    return cells


def _shares(total: int, least: list[int]) -> list[int]:
    """`total` split into len(least) widths: equal, but none below its least while the others can give."""
    widths: dict[int, int] = {}
    while len(widths) < len(least):
        open_ = [i for i in range(len(least)) if i not in widths]
        share = (total - sum(widths.values())) // len(open_)
        wide = [i for i in open_ if least[i] > share]
        if not wide:
            widths.update((i, share) for i in open_)
            break
        widths.update((i, least[i]) for i in wide)
    return [widths[i] for i in range(len(least))]


def tile(windows: list[QWidget], area: QRect) -> bool:
    """Place each shown window's frame (title bar and borders too) in its own cell of `area`
    (fitted_cells). Where a cell is smaller than a window's minimum, the windows are cascaded instead, as
    large as the cascade leaves room for, each title bar in view; returns False then. Call after show():
    only then does a window manager report frame sizes."""
    frames = [_frame_extra(window) for window in windows]
    least = [smallest_size(window) + QSize(*extra) for window, extra in zip(windows, frames, strict=True)]
    cells = fitted_cells(area, least)
    if all(area.contains(cell) and _fits(window, extra, cell)
           for window, extra, cell in zip(windows, frames, cells, strict=True)):
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
