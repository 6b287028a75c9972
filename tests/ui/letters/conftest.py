"""The Letters area's newer GUI tests: the main window on the fictional demo school, with
dialogs answered the way the office would. Helpers live in letters_gui_support.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

# --import-mode=importlib puts no test folder on sys.path; the helpers module needs it.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from letters_gui_support import WAIT_MS  # noqa: E402

from desc_desktop.ui.letter_run_page import LetterRunPage  # noqa: E402
from desc_desktop.ui.letters_page import RUN_TAB, LettersPage  # noqa: E402
from desc_desktop.ui.main_window import MainWindow  # noqa: E402


@pytest.fixture
def window(qtbot, demo_ctx) -> MainWindow:
    window = MainWindow(demo_ctx)
    window.resize(1200, 800)
    window.show()
    yield window
    # No template preview still being made when the window goes: closed here, not by
    # qtbot.addWidget, which closes widgets before fixtures end, so a preview under way
    # would never report back and its wait could only time out.
    page = window._letters_page
    if page is not None:
        qtbot.waitUntil(lambda: not page.template_editor.preview_busy, timeout=WAIT_MS)
    window.close()
    window.deleteLater()


@pytest.fixture
def page(window) -> LettersPage:
    window.ui.sidebar.setCurrentRow(window._letters_row)
    page = window.letters_page
    assert window.ui.pages.currentWidget() is page
    return page


@pytest.fixture
def run(page) -> LetterRunPage:
    page.ui.tabs.setCurrentIndex(RUN_TAB)
    return page.run


@pytest.fixture
def save_as(monkeypatch):
    """QFileDialog.getSaveFileName answers with the path given; `save_as()` gives the names
    it suggested."""
    suggested: list[str] = []
    answers: list[Path] = []

    def fake_save(_parent, _title, directory="", _filter="", *args, **kwargs):
        suggested.append(directory)
        return (str(answers.pop(0)), "PDF files (*.pdf)") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))

    def answer(path: Path | None = None) -> list[str]:
        if path is not None:
            answers.append(path)
        return suggested

    return answer


@pytest.fixture
def choose_folder(monkeypatch):
    """QFileDialog.getExistingDirectory answers with the folder given."""
    answers: list[Path] = []

    def fake_folder(*_args, **_kwargs):
        return str(answers.pop(0)) if answers else ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake_folder))
    return answers.append
