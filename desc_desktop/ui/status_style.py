"""The status colours of the UI map as Qt colours and label styles, read from the domain so
lists, the calendar and the pupil's page all say the same."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel

from desc_desktop.domain.optouts.status import (
    STATUS_COLOURS,
    STATUS_TINTS,
    TIMING_COLOURS,
    PupilStatus,
    Status,
    Timing,
)


@cache
def status_brush(status: Status) -> QBrush:
    """Text in the status's colour (dark enough on white)."""
    return QBrush(QColor(STATUS_COLOURS[status]))


@cache
def tint_brush(status: Status) -> QBrush:
    """A pale background in the status's colour, behind dark text."""
    return QBrush(QColor(STATUS_TINTS[status]))


@cache
def timing_colour(timing: Timing) -> QColor:
    return QColor(TIMING_COLOURS[timing])


def chip_style(status: Status) -> str:
    """A label drawn as a coloured chip: the status's colour on its tint."""
    return (f"color: {STATUS_COLOURS[status]}; background: {STATUS_TINTS[status]}; "
            f"border: 1px solid {STATUS_COLOURS[status]}; border-radius: 4px; "
            "padding: 2px 6px; font-weight: 600;")


def show_status(label: QLabel, status: PupilStatus | None, prefix: str = "") -> None:
    """The status's label in its colours on `label`, or nothing when unknown."""
    if status is None:
        label.clear()
        label.setStyleSheet("")
        return
    label.setText(f"{prefix}{status.label}")
    label.setStyleSheet(chip_style(status.status))
    label.setAccessibleName(f"{prefix}{status.label}")
