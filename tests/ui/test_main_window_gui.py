"""The main window: areas, keyboard, remembered geometry, first run, demo banner."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from desc_desktop.services import pupils, school
from desc_desktop.ui import app as app_module
from desc_desktop.ui.first_run import USE_DEMO, FirstRunDialog
from desc_desktop.ui.main_window import MainWindow


def test_keyboard_reaches_areas_and_search(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    # Through the window handle, as the platform delivers keys, so shortcuts are matched.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.admin_page
    window.admin_page.show_audit_trail()
    assert window.admin_page.audit_trail.model.rowCount() >= 1  # the demo fill is recorded
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.pupils_page
    assert window.pupils_page.ui.search.hasFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.pupils_page


def test_ctrl_n_opens_a_new_pupil_from_anywhere(qtbot, demo_ctx, when_modal):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.ui.sidebar.setCurrentRow(1)
    titles: list[str] = []
    when_modal(lambda dialog: (titles.append(dialog.windowTitle()), dialog.reject()))
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["New pupil"]
    assert window.ui.pages.currentWidget() is window.pupils_page


def test_geometry_and_column_widths_are_remembered(qtbot, demo_ctx):
    first = MainWindow(demo_ctx)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(40, 50, 710, 480))  # inside the 800x600 offscreen screen
    first.pupils_page.ui.table.setColumnWidth(0, 234)
    first.close()

    second = MainWindow(demo_ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert second.pupils_page.ui.table.columnWidth(0) == 234


def test_demo_window_says_it_is_the_demo(qtbot, demo_ctx):
    window = MainWindow(demo_ctx, demo=True)
    qtbot.addWidget(window)
    assert "demo" in window.windowTitle()
    assert "fictional" in window.ui.banner.text()
    assert not window.ui.banner.isHidden()
    plain = MainWindow(demo_ctx)
    qtbot.addWidget(plain)
    assert plain.ui.banner.isHidden()


def test_first_run_needs_a_name_then_saves_the_school(qtbot, ctx):
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "school's name" in dialog.ui.problems.text()
    assert school.get_school(ctx) is None
    qtbot.keyClicks(dialog.ui.school.ui.name, "Little Gaddesden Academy")
    qtbot.keyClicks(dialog.ui.school.ui.postcode, "hp4 1aa")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = school.get_school(ctx)
    assert saved.name == "Little Gaddesden Academy" and saved.postcode == "HP4 1AA"


def test_first_run_offers_the_demo_in_its_own_file(qtbot, tmp_path, monkeypatch):
    real = tmp_path / "real.sqlite"
    demo_file = tmp_path / "demo.sqlite"
    monkeypatch.setattr(app_module, "demo_database", lambda: demo_file)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: USE_DEMO)
    window = app_module.prepare_window(real, demo=False)
    qtbot.addWidget(window)
    assert window.pupils_page.model.rowCount() == 150
    assert "demo" in window.windowTitle()
    real_ctx = app_module.open_context_or_explain(real)
    assert pupils.count_pupils(real_ctx) == 0 and school.get_school(real_ctx) is None


def test_cancelled_first_run_opens_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app_module.prepare_window(tmp_path / "real.sqlite", demo=False) is None
