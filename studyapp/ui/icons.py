"""Icons drawn from the SVG files under ``resources/icons``, tinted to the current text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from studyapp.paths import resource

_SIZES = (16, 20, 24, 32, 40, 48)  # toolbar and menu sizes at 1x and 2x
_APP_SIZES = (*_SIZES, 64, 128, 256)


@cache
def icon(name: str, color: str = "#25282b") -> QIcon:
    """The icon ``resources/icons/<name>.svg`` with ``currentColor`` drawn as ``color``."""
    svg = resource(f"icons/{name}.svg").read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _APP_SIZES if name == "app" else _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
