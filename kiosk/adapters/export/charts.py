"""Bar charts drawn with QPainter: the PDF report and the manager window draw the same charts with these."""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

FONT_FAMILIES = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"]
BAR = QColor("#2F6DB5")
ALERT = QColor("#C0392B")
INK = QColor("#222222")
GRID = QColor("#CCCCCC")


def chart_font(pixel_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


def nice_top(value: float) -> tuple[float, float]:
    """A round axis maximum at or above `value`, and its grid step (1, 2 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step), step


def draw_bar_chart(painter: QPainter, rect: QRectF, title: str, labels: Sequence[str],
                   values: Sequence[float], color: QColor = BAR,
                   highlight: Callable[[int], bool] | None = None,
                   value_text: Callable[[float], str] = lambda v: f"{v:g}", font_px: float | None = None,
                   label_every: int | None = None, x_title: str = "", y_title: str = "") -> None:
    """A vertical bar chart filling `rect`: title on top, y grid with round steps, a value above each bar,
    category labels below (every `label_every`-th; by default as many as fit side by side); bars where
    `highlight(i)` is true in ALERT red.
    `y_title` (what the values count, with its unit) stands above the value axis, `x_title` under the
    category labels."""
    px = font_px or max(rect.height() / 18, 6.0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(INK)
    painter.setFont(chart_font(px * 1.15, bold=True))
    title_h = px * 1.8
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(chart_font(px))
    axis_w, label_h = px * 3.2, px * 1.8
    y_title_h, x_title_h = (px * 1.5 if y_title else 0.0), (px * 1.5 if x_title else 0.0)
    above = title_h + y_title_h + px * 1.5  # room for the value over the tallest bar
    plot = QRectF(rect.left() + axis_w, rect.top() + above, rect.width() - axis_w,
                  rect.height() - above - label_h - x_title_h)
    if y_title:
        painter.drawText(QRectF(rect.left(), rect.top() + title_h, rect.width(), y_title_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, y_title)
    if x_title:
        painter.drawText(QRectF(plot.left(), plot.bottom() + label_h, plot.width(), x_title_h),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, x_title)
    top, step = nice_top(max(values, default=0))
    if step < 1 and all(float(v).is_integer() for v in values):  # counts: no "1.5 tickets" grid lines
        top, step = float(math.ceil(top)), 1.0
    grid = QPen(GRID)
    grid.setWidthF(max(px / 12, 0.5))
    steps = round(top / step)
    for i in range(steps + 1):
        y = plot.bottom() - plot.height() * i / steps
        painter.setPen(grid)
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(INK)
        painter.drawText(QRectF(rect.left(), y - px, axis_w - px * 0.4, px * 2),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, value_text(step * i))
    n = max(len(values), 1)
    slot = plot.width() / n
    if label_every is None:
        widest = max((painter.fontMetrics().horizontalAdvance(label) for label in labels), default=0)
        label_every = max(1, math.ceil((widest + px) / slot))
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        h = plot.height() * value / top
        bar = QRectF(plot.left() + slot * (i + 0.15), plot.bottom() - h, slot * 0.7, h)
        painter.fillRect(bar, ALERT if highlight and highlight(i) else color)
        painter.setPen(INK)
        if value and slot > px * 1.2:
            painter.drawText(QRectF(bar.left() - slot * 0.15, bar.top() - px * 1.4, slot, px * 1.3),
                             Qt.AlignmentFlag.AlignCenter, value_text(value))
        if i % label_every == 0:
            below = QRectF(plot.left() + slot * (i - 1), plot.bottom() + px * 0.2, slot * 3, label_h)
            painter.drawText(below,
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
    painter.setPen(QPen(INK, max(px / 10, 0.5)))
    painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))
    if not values or not any(values):
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "–")
    painter.restore()
