"""Admin: the letter settings and the test print for the envelope window."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desc_desktop.services import letter_settings
from desc_desktop.ui.admin_page import AdminPage


def _page(qtbot, ctx) -> AdminPage:
    page = AdminPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_letter_settings_are_shown_changed_and_saved(qtbot, demo_ctx):
    page = _page(qtbot, demo_ctx)
    assert (page.ui.youngest.value(), page.ui.oldest.value()) == (13, 19)
    assert page.ui.pupils_16.isChecked()
    page.ui.oldest.setValue(18)
    page.ui.pupils_16.setChecked(False)
    page.ui.window_top.setValue(55)
    qtbot.mouseClick(page.ui.save_letters, Qt.MouseButton.LeftButton)
    saved = letter_settings.letter_settings(demo_ctx)
    assert saved.ages.oldest == 18 and not saved.pupils_16_get_own and saved.window_top_mm == 55


def test_impossible_ages_are_refused_with_a_reason(qtbot, demo_ctx, answer_messages):
    page = _page(qtbot, demo_ctx)
    shown = answer_messages(QMessageBox.StandardButton.Ok)
    page.ui.youngest.setValue(20)
    qtbot.mouseClick(page.ui.save_letters, Qt.MouseButton.LeftButton)
    assert shown and "Connexions ages" in shown[0]
    assert letter_settings.letter_settings(demo_ctx).ages.youngest == 13


def test_test_print_writes_a_sample_letter_and_opens_it(qtbot, demo_ctx, tmp_path,
                                                       monkeypatch):
    page = _page(qtbot, demo_ctx)
    target = tmp_path / "test.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    qtbot.mouseClick(page.ui.test_print, Qt.MouseButton.LeftButton)
    assert len(PdfReader(target).pages) >= 1
    assert opened and opened[0].toLocalFile() == str(target)


def test_new_connexions_ages_have_the_register_statuses_worked_out_again(qtbot, demo_ctx):
    from desc_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    column = window.pupils_page.status_column
    column.fill()
    window.ui.sidebar.setCurrentRow(window._admin_row)
    assert column.filled_on is not None  # visiting Admin alone changes nothing
    window.admin_page.ui.oldest.setValue(18)
    qtbot.mouseClick(window.admin_page.ui.save_letters, Qt.MouseButton.LeftButton)
    assert column.filled_on is None  # worked out again when the list next paints
