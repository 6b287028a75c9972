"""The opt-outs areas in the main window: it opens on Today, Ctrl+1/4/5 reach Today, Opt-outs
and Calendar, pupils open from each, and the register's Status column follows the changes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desc_desktop.domain.optouts.status import OptOutBy
from desc_desktop.services import demo, optouts, statuses
from desc_desktop.ui.main_window import MainWindow
from desc_desktop.ui.pupil_table import STATUS_COLUMN

WAIT_MS = 5000
TODAY = date(2026, 11, 28)


@pytest.fixture
def window(qtbot, history_ctx) -> MainWindow:
    window = MainWindow(history_ctx)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    with qtbot.waitSignal(window.today_page.refreshed, timeout=WAIT_MS):
        window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def press(window: MainWindow, key: Qt.Key) -> None:
    # Through the window handle, as the platform delivers keys, so shortcuts are matched.
    QTest.keyClick(window.windowHandle(), key, Qt.KeyboardModifier.ControlModifier)


def test_the_window_opens_on_today_and_ctrl_keys_reach_each_area(window):
    assert window.ui.sidebar.currentItem().text() == "Today"
    assert window.ui.pages.currentWidget() is window.today_page
    assert window._optouts_page is None and window._calendar_page is None  # built on visit
    assert [window.ui.sidebar.item(n).text() for n in range(5)] == [
        "Today", "Pupils", "Letters", "Opt-outs", "Calendar"]
    press(window, Qt.Key.Key_4)
    assert window.ui.pages.currentWidget() is window.optouts_page
    assert window.optouts_page.ui.slip.hasFocus()  # ready for the first slip
    press(window, Qt.Key.Key_5)
    assert window.ui.pages.currentWidget() is window.calendar_page
    press(window, Qt.Key.Key_2)
    assert window.ui.pages.currentWidget() is window.pupils_page
    press(window, Qt.Key.Key_1)
    assert window.ui.pages.currentWidget() is window.today_page


def test_today_opens_the_calendar_on_a_day_of_this_week(qtbot, window):
    today = window.today_page
    index = today.week_proxy.index(0, 0)
    today.ui.week_table.setCurrentIndex(index)
    qtbot.mouseClick(today.ui.open_calendar, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.calendar_page
    assert window.calendar_page.calendar.selected_day() == today.week_model.records[0].day


def test_a_pupil_opens_from_the_opt_outs_list(qtbot, window, when_modal):
    press(window, Qt.Key.Key_4)
    page = window.optouts_page
    page.ui.table.selectRow(0)
    chosen = page.selected()
    titles: list[str] = []
    when_modal(lambda dialog: (titles.append(dialog.windowTitle()), dialog.reject()))
    qtbot.mouseClick(page.ui.open_pupil, Qt.MouseButton.LeftButton)
    assert titles == [f"{chosen.legal_forename} {chosen.legal_surname} — pupil"]


def shown_statuses(window: MainWindow) -> dict[int, str]:
    model = window.pupils_page.model
    return {line.row.id: model.index(n, STATUS_COLUMN).data()
            for n, line in enumerate(model.lines)}


def test_the_pupils_status_column_is_filled_after_painting_and_follows_opt_outs(
        qtbot, window, history_ctx, slip_where):
    page = window.pupils_page
    assert page.model.headerData(STATUS_COLUMN, Qt.Orientation.Horizontal) == "Status"
    assert page.status_column.filled_on is None  # Today is shown: nothing worked out yet
    press(window, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: page.status_column.filled_on == TODAY, timeout=WAIT_MS)
    expected = {row.pupil_id: row.status.label for row in statuses.statuses_on(history_ctx)}
    assert {pid: text for pid, text in shown_statuses(window).items() if text} == expected
    opted = next(r for r in statuses.statuses_on(history_ctx) if r.status.opted_out_on)
    row = page.model.ids.index(opted.pupil_id)
    cell = page.model.index(row, STATUS_COLUMN)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#6a1b9a"  # purple

    # An opt-out recorded in the Opt-outs area shows in the register when it is next shown.
    slip = slip_where(under_16=True, late=False)
    press(window, Qt.Key.Key_4)
    qtbot.keyClicks(window.optouts_page.ui.slip, slip.code)
    qtbot.keyClick(window.optouts_page.ui.slip, Qt.Key.Key_Return)
    qtbot.mouseClick(window.optouts_page.ui.record, Qt.MouseButton.LeftButton)
    assert page.status_column.filled_on is None
    press(window, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: page.status_column.filled_on == TODAY, timeout=WAIT_MS)
    assert shown_statuses(window)[slip.pupil_id] == "Opted out (28/11/2026, by parent)"

    # Sorting by status puts each status together, in the order of the statuses.
    page.ui.table.sortByColumn(STATUS_COLUMN, Qt.SortOrder.AscendingOrder)
    keys = [line.status_key for line in page.model.lines]
    assert keys == sorted(keys)


def test_a_withdrawal_on_the_pupils_page_updates_their_status_in_the_list(
        qtbot, window, history_ctx, when_modal):
    page = window.pupils_page
    press(window, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: page.status_column.filled_on == TODAY, timeout=WAIT_MS)
    row = next(r for r in optouts.opt_out_list(history_ctx) if r.by is OptOutBy.PARENT)
    assert shown_statuses(window)[row.pupil_id].startswith("Opted out")

    def withdraw(editor) -> None:
        editor.ui.tabs.setCurrentWidget(editor.ui.optouts_tab)
        editor.ui.optouts_table.selectRow(0)
        when_modal(lambda dialog: dialog.accept())
        editor.withdraw_opt_out()
        editor.reject()

    when_modal(withdraw)
    page.open_pupil(row.pupil_id)
    assert not shown_statuses(window)[row.pupil_id].startswith("Opted out")
    assert shown_statuses(window)[row.pupil_id] == statuses.status_of(
        history_ctx, row.pupil_id).label


START_CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from desc_desktop.ui.app import prepare_window
from desc_desktop.ui.login import LoginDialog


def log_in(dialog):  # as the member of staff would, at the login dialog
    dialog.ui.name.setText("Anne Admin")
    dialog.ui.password.setText(sys.argv[3])
    dialog.try_log_in()
    return dialog.result()


LoginDialog.exec = log_in
window = prepare_window(Path(sys.argv[1]), demo=False)
today = window.today_page
print("shown:", window.ui.pages.currentWidget() is today, type(window.ctx).__name__)
print("before painting, SQLAlchemy loaded:", "sqlalchemy" in sys.modules, today.summary)
deadline = time.monotonic() + 60
while today.summary is None and time.monotonic() < deadline:
    app.processEvents()
print("after painting:", today.ui.awaiting_count.text())
window.close()
"""


def test_the_everyday_start_shows_today_before_the_database_is_opened(tmp_path):
    from desc_desktop.services import access

    path = tmp_path / "register.sqlite"
    register = access.set_up_administrator(path, "Anne Admin", "a long password",
                                           "a long password").ctx
    try:
        demo.fill_demo(register, pupils=40, seed=3, history=True)
        awaiting = statuses.today_summary(register).awaiting_reply
    finally:
        register.engine.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", START_CHILD, str(path),
                             str(tmp_path / "settings"), "a long password"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[:3] == [
        "shown: True DeferredContext",
        "before painting, SQLAlchemy loaded: False None",
        f"after painting: {awaiting:,}"]
