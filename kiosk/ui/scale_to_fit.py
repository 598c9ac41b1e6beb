"""A board designed for a full screen, scaled down as a whole (type, borders, gaps) to fit a smaller one."""
from __future__ import annotations

import math
import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QWidget

STEP = 0.02  # scales are whole steps: dragging a window's edge restyles now and then, not at each pixel


def scaled_style(style: str, scale: float) -> str:
    """The style sheet with every pixel size multiplied by `scale` (never below 1 px)."""
    return re.sub(r"(\d+)px", lambda m: f"{max(1, round(int(m[1]) * scale))}px", style)


class ScaleToFit:
    """Keeps `widget` at the largest scale, at most 1 and at least `smallest`, at which its layout fits it.
    At 1 it looks as designed for a `full` screen; the style sheet's pixel sizes and the layouts' margins
    and spacing are all multiplied by the scale."""

    def __init__(self, widget: QWidget, style: str, full: QSize, smallest: float,
                 margins: dict[QLayout, tuple[int, int, int, int]], spacing: int):
        self.widget, self.style, self.full, self.smallest = widget, style, full, smallest
        self.margins, self.spacing = margins, spacing
        self.scale = 0.0
        self._set(1.0)

    def smallest_size(self) -> QSize:
        return self.full * self.smallest

    def resized(self) -> None:
        """The size changed: the largest scale the size allows, smaller while the content overflows."""
        self._set(self._most())
        self._shrink()

    def content_changed(self) -> None:
        """More text, or less: shrink if it overflows now, else try one step back up towards the size's."""
        if not self._fits():
            self._shrink()
        elif self.scale < self._most():
            before = self.scale
            self._set(self.scale + STEP)
            if not self._fits():
                self._set(before)

    def _most(self) -> float:
        size = self.widget.size()
        fits = min(size.width() / self.full.width(), size.height() / self.full.height())
        return min(1.0, max(self.smallest, math.floor(fits / STEP + 1e-9) * STEP))

    def _shrink(self) -> None:
        while not self._fits() and self.scale - STEP >= self.smallest - 1e-9:
            self._set(self.scale - STEP)

    def _fits(self) -> bool:
        """The layout's least width, and least height at the widget's width (word-wrapped text grows
        downwards), are within the widget."""
        layout, size = self.widget.layout(), self.widget.size()
        least = layout.minimumSize()
        height = layout.minimumHeightForWidth(size.width()) if layout.hasHeightForWidth() else least.height()
        return least.width() <= size.width() and height <= size.height()

    def _set(self, scale: float) -> None:
        scale = round(scale, 3)
        if math.isclose(scale, self.scale):
            return
        self.scale = scale
        self.widget.setStyleSheet(scaled_style(self.style, scale))
        for layout, margins in self.margins.items():
            layout.setContentsMargins(*(round(m * scale) for m in margins))
            layout.setSpacing(max(1, round(self.spacing * scale)))
