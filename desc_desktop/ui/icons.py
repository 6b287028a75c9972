"""Bundled Lucide icons, tinted to the palette so they suit light and dark themes."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desc_desktop.resources import resource

SIZES = (16, 20, 24, 32)
log = logging.getLogger(__name__)


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        log.warning("Icon %s is missing from the installation", name)
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    result = QIcon()
    # Normal mode only: the style derives the greyed-out look for disabled buttons itself.
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
    for size in SIZES:
        result.addPixmap(_render(renderer, size))
    return result


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap
