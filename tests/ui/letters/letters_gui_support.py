"""Helpers for driving the Letters area in the GUI tests (imported as letters_gui_support)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlmodel import Session, select

from desc_desktop.ui.letter_run_page import MADE, REVIEW, LetterRunPage

WAIT_MS = 20_000


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def review(qtbot, run: LetterRunPage) -> None:
    click(qtbot, run.ui.check)
    qtbot.waitUntil(lambda: not run.busy and run.step == REVIEW, timeout=WAIT_MS)


def make_pdf(qtbot, run: LetterRunPage, save_as, path: Path) -> None:
    save_as(path)
    click(qtbot, run.ui.make_pdf)
    qtbot.waitUntil(lambda: not run.busy and run.step == MADE, timeout=WAIT_MS)


def rows_of(engine, table) -> list:
    with Session(engine) as session:
        return list(session.exec(select(table)).all())


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)
