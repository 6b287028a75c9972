"""Bigger, bold text for a page's title and for headline figures."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

PAGE_TITLE_SCALE = 1.35


def embolden(widget: QWidget, scale: float = PAGE_TITLE_SCALE) -> None:
    """Sets the widget's font bold and `scale` times its size (a page title by default)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
