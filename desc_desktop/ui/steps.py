"""The "1. Choose › 2. Review › 3. …" line above a page worked through in steps."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel


def show_steps(label: QLabel, names: Sequence[str], current: int,
               skipped: dict[int, str] | None = None) -> None:
    """`skipped`: steps not needed this time, greyed with the reason (e.g. for a CTF)."""
    parts = []
    for n, name in enumerate(names):
        text = f"{n + 1}. {name}"
        if n == current:
            text = f"<b>{text}</b>"
        elif skipped and n in skipped:
            text = f"<span style='color:#9e9e9e'>{text} ({skipped[n]})</span>"
        parts.append(text)
    label.setText(" &nbsp;›&nbsp; ".join(parts))
    label.setAccessibleDescription(f"Step {current + 1} of {len(names)}: {names[current]}")
