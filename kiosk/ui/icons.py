"""Pictograms for the kiosk's big buttons: single-colour SVGs in assets/icons/, recoloured per theme.

Each SVG draws with `currentColor`; icon() swaps in the colour it is asked for, so one file serves both
themes and every button colour. Icons are decoration: a button's accessible name stays its text.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk import paths


def icon(name: str, colour: str, size: int, gap: int = 0) -> QIcon:
    """The pictogram assets/icons/<name>.svg drawn in `colour`, `size` px square; empty if it can't be.

    `gap` adds that many transparent px on its right: QPushButton leaves only 4 px between icon and
    text, so a button showing the icon at QSize(size + gap, size) gets room to breathe.
    """
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return _icon(name, colour, size, max(0, gap), ratio)


@lru_cache(maxsize=256)
def _icon(name: str, colour: str, size: int, gap: int, ratio: float) -> QIcon:
    try:
        svg = paths.asset(f"icons/{name}.svg").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    if not renderer.isValid() or size <= 0:
        return QIcon()
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels + round(gap * ratio), pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)
