"""Showing what to fix: a summary above the form, and each wrong field marked."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from desc_desktop.domain.errors import Problem

_INVALID_STYLE = "border: 2px solid #c62828; border-radius: 3px;"
PROBLEM_STYLE = "color: #b71c1c; font-weight: 600;"
"""Text that says what to fix."""
HINT_STYLE = "color: palette(placeholder-text);"
"""Quieter text that explains."""


def show_problems(label: QLabel, problems: list[Problem], widgets: Mapping[str, QWidget]) -> None:
    clear_problems(label, widgets)
    if not problems:
        return
    lines = ["Please fix the following before saving:"]
    lines += [f"• {p.message}" for p in problems]
    label.setText("\n".join(lines))
    label.setStyleSheet(PROBLEM_STYLE)
    label.setVisible(True)
    first: QWidget | None = None
    for problem in problems:
        widget = widgets.get(problem.field)
        if widget is None:
            continue
        widget.setStyleSheet(_INVALID_STYLE)
        widget.setToolTip(problem.message)
        widget.setAccessibleDescription(problem.message)
        first = first or widget
    if first is not None:
        first.setFocus()


def clear_problems(label: QLabel, widgets: Mapping[str, QWidget]) -> None:
    label.clear()
    label.setVisible(False)
    for widget in widgets.values():
        widget.setStyleSheet("")
        widget.setToolTip("")
        widget.setAccessibleDescription("")
