"""The main window: areas, keyboard, remembered geometry, first run, demo banner."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from desc_desktop.services import school
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


def test_first_run_sets_up_the_administrator_and_the_school(qtbot, tmp_path, when_modal):
    from desc_desktop.security import keyring
    from desc_desktop.store import cipher

    path = tmp_path / "real.sqlite"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.save()
    problems = dialog.ui.problems.text()
    assert "school's name" in problems and "Enter the name this member of staff" in problems
    assert not path.exists()  # nothing made until every problem is fixed
    qtbot.keyClicks(dialog.ui.admin_name, "Anne Admin")
    qtbot.keyClicks(dialog.ui.password, "correct horse battery")
    qtbot.keyClicks(dialog.ui.confirm, "correct horse battery")
    qtbot.keyClicks(dialog.ui.school.ui.name, "Little Gaddesden Academy")
    qtbot.keyClicks(dialog.ui.school.ui.postcode, "hp4 1aa")
    shown: list[str] = []

    def put_away(recovery):
        shown.append(recovery.ui.key.text())
        assert not recovery.ui.done.isEnabled()  # not before saying it is put away
        recovery.ui.put_away.setChecked(True)
        recovery.ui.done.click()

    when_modal(put_away)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shown and len(shown[0].split()) == 8  # the recovery key, in 8 groups
    saved = school.get_school(dialog.ctx)
    assert saved.name == "Little Gaddesden Academy" and saved.postcode == "HP4 1AA"
    assert dialog.ctx.actor.name == "Anne Admin" and dialog.ctx.actor.is_admin
    assert keyring.exists(path) and not cipher.is_plain(path)
    dialog.ctx.engine.dispose()


def test_first_run_offers_the_demo_in_its_own_file(qtbot, tmp_path, monkeypatch):
    from desc_desktop.ui.login import LoginDialog

    real = tmp_path / "real.sqlite"
    demo_file = tmp_path / "demo.sqlite"
    monkeypatch.setattr(app_module, "demo_database", lambda: demo_file)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: USE_DEMO)
    seen: list[str] = []

    def log_in_as_shown(dialog):
        seen.append(dialog.ui.demo_hint.text())
        dialog.ui.password.setText("demo-password")  # as the login screen says
        dialog.try_log_in()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in_as_shown)
    window = app_module.prepare_window(real, demo=False)
    qtbot.addWidget(window)
    assert "demo-password" in seen[0] and "<b>demo</b>" in seen[0]
    assert window.pupils_page.model.rowCount() == 150
    assert "demo" in window.windowTitle()
    assert not real.exists()  # the real register is never touched


def test_cancelled_first_run_opens_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app_module.prepare_window(tmp_path / "real.sqlite", demo=False) is None
