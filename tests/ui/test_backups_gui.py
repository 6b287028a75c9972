"""Admin › Backups, the backup when the window closes, and one copy of the app at a time."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desc_desktop.services import backup_status, backups, pupils
from desc_desktop.store import register_lock
from desc_desktop.ui import app as app_module
from desc_desktop.ui import auto_backup
from desc_desktop.ui.main_window import MainWindow
from desc_desktop.ui.open_window import OpenWindow

YES = QMessageBox.StandardButton.Yes


@pytest.fixture(autouse=True)
def _release_locks() -> Iterator[None]:
    yield
    register_lock.release_all()


def database_of(ctx) -> Path:
    return ctx.path


def backups_panel(qtbot, ctx, keep: bool = True) -> tuple[MainWindow, object]:
    window = MainWindow(ctx)
    if keep:  # closed by qtbot after the test
        qtbot.addWidget(window)
    window.show()
    window.ui.sidebar.setCurrentRow(window._admin_row)
    window.admin_page.show_backups()
    return window, window.admin_page.backups


def wait_for_task(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel.task is None, timeout=20000)


def test_back_up_now_lists_the_backup_and_says_when(qtbot, demo_ctx):
    _window, panel = backups_panel(qtbot, demo_ctx)
    assert panel.ui.last_backup.text().startswith("No backup has been made yet")
    assert panel.model.rowCount() == 0 and panel.ui.problem.isHidden()
    panel.ui.back_up_now.click()
    wait_for_task(qtbot, panel)
    assert panel.model.rowCount() == 1
    assert panel.ui.last_backup.text().startswith(f"Last backup: {date.today():%d/%m/%Y}")
    made = panel.model.record(0)
    assert made.path.parent == backup_status.backups_folder(database_of(demo_ctx))
    assert panel.model.data(panel.model.index(0, 2)) == made.path.name


def test_back_up_to_a_chosen_file(qtbot, demo_ctx, tmp_path, monkeypatch):
    _window, panel = backups_panel(qtbot, demo_ctx)
    target = tmp_path / "usb" / "backup.sqlite"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    panel.ui.back_up_to.click()
    wait_for_task(qtbot, panel)
    assert messages == ["Backup made and checked: backup.sqlite (40 pupils)."]
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM pupil").fetchone() == (40,)


def test_a_failed_backup_is_explained_and_nothing_is_left(qtbot, demo_ctx, tmp_path,
                                                          monkeypatch, answer_messages):
    _window, panel = backups_panel(qtbot, demo_ctx)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(blocked / "b.sqlite"), "")))
    shown = answer_messages(QMessageBox.StandardButton.Ok)
    panel.ui.back_up_to.click()
    wait_for_task(qtbot, panel)
    assert len(shown) == 1 and "could not be written or read" in shown[0]
    assert "has not been changed" in shown[0]


def test_restore_shows_what_the_backup_holds_then_reopens_the_register(
        qtbot, demo_ctx, tmp_path, monkeypatch, answer_messages, pupil_data):
    database = database_of(demo_ctx)
    saved = backups.back_up_to(demo_ctx, tmp_path / "friday.sqlite").path
    pupils.create_pupil(demo_ctx, pupil_data(legal_surname="Latecomer"))
    register_lock.acquire(database)  # as the app holds it
    window, panel = backups_panel(qtbot, demo_ctx, keep=False)  # the restore replaces it
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    opened = OpenWindow(window, database, app_module.open_context_or_explain)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(saved), "")))
    shown = answer_messages(YES)
    panel.ui.restore.click()
    qtbot.waitUntil(lambda: opened.window is not window, timeout=20000)
    question, told = shown
    assert "File: friday.sqlite" in question and "Pupils: 40 (40 on roll)" in question
    assert f"Made: {date.today():%d/%m/%Y}" in question
    assert "kept aside" in question
    assert "now holds the backup friday.sqlite" in told and ".before-restore." in told
    new = opened.window
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: gone == [True])
    assert new.isVisible()
    assert new.pupils_page.model.rowCount() == 40  # the latecomer came after the backup
    assert "Latecomer" not in {p.legal_surname for p in pupils.list_pupils(new.ctx)}
    assert register_lock.held_here(database)


def test_restore_cancelled_changes_nothing(qtbot, demo_ctx, tmp_path, monkeypatch,
                                           answer_messages, pupil_data):
    saved = backups.back_up_to(demo_ctx, tmp_path / "friday.sqlite").path
    pupils.create_pupil(demo_ctx, pupil_data(legal_surname="Latecomer"))
    _window, panel = backups_panel(qtbot, demo_ctx)
    restored: list[bool] = []
    panel.register_restored.connect(lambda: restored.append(True))
    shown = answer_messages(QMessageBox.StandardButton.Cancel)
    panel.check_then_restore(saved)
    wait_for_task(qtbot, panel)
    assert len(shown) == 1 and not restored
    assert pupils.count_pupils(demo_ctx) == 41


def test_an_unusable_backup_is_refused_with_the_reason(qtbot, demo_ctx, tmp_path,
                                                       answer_messages):
    junk = tmp_path / "photo.sqlite"
    junk.write_bytes(b"\x89PNG not a register" * 300)
    _window, panel = backups_panel(qtbot, demo_ctx)
    shown = answer_messages(QMessageBox.StandardButton.Ok)
    panel.check_then_restore(junk)
    wait_for_task(qtbot, panel)
    assert len(shown) == 1 and shown[0].startswith("photo.sqlite is not a DESC Desktop backup")
    assert shown[0].endswith("\n\nThe register has not been changed.")


def test_the_backup_on_closing_and_a_failure_told_at_the_next_start(qtbot, demo_ctx,
                                                                     monkeypatch):
    database = database_of(demo_ctx)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    opened = OpenWindow(window, database, app_module.open_context_or_explain)
    window.close()
    opened.closed()
    assert len(backups.automatic_backups(database)) == 1

    def slow(*_args, **_kwargs):
        time.sleep(3)

    monkeypatch.setattr(backups, "automatic_backup", slow)
    started = time.perf_counter()
    assert not auto_backup.back_up_on_exit(demo_ctx, wait=0.2)
    assert time.perf_counter() - started < 2  # closing is not held up
    problem = backup_status.last_problem(database)
    assert problem.reason == "it took too long and was stopped"

    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    OpenWindow(again, database, app_module.open_context_or_explain)
    assert not again.ui.banner.isHidden()
    assert "did not work: it took too long" in again.ui.banner.text()
    assert "Admin › Backups › Back up now" in again.ui.banner.text()


def test_the_demo_school_gets_no_automatic_backups(qtbot, demo_ctx):
    window = MainWindow(demo_ctx, demo=True)
    qtbot.addWidget(window)
    opened = OpenWindow(window, database_of(demo_ctx), app_module.open_context_or_explain)
    assert opened.daily is None
    opened.closed()
    assert backups.automatic_backups(database_of(demo_ctx)) == []


def test_a_daily_backup_while_the_app_stays_open(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    daily = auto_backup.DailyBackups(window)
    database = database_of(demo_ctx)
    yesterday = datetime.now() - timedelta(days=1)
    backups.back_up_now(demo_ctx, yesterday)
    assert daily.check()
    qtbot.waitUntil(lambda: daily.operation is None, timeout=20000)
    made = backups.automatic_backups(database)
    # Nothing changed since yesterday's: none made, and none due again until tomorrow.
    assert [b.made_at.date() for b in made] == [yesterday.date()]
    assert daily.check()
    qtbot.waitUntil(lambda: daily.operation is None, timeout=20000)
    backups.back_up_now(demo_ctx)
    assert not daily.check()


def test_a_second_copy_of_the_app_refuses_with_a_clear_message(qtbot, tmp_path,
                                                                answer_messages):
    path = tmp_path / "school.sqlite"
    other_copy = sqlite3.connect(register_lock.lock_path(path), timeout=0)
    other_copy.execute("BEGIN EXCLUSIVE")  # the first copy of the app holds the register
    try:
        shown = answer_messages(QMessageBox.StandardButton.Ok)
        assert app_module.prepare_window(path, demo=False) is None
        assert len(shown) == 1 and "already has this register open" in shown[0]
        assert "Nothing has been changed" in shown[0]
        assert not path.exists()  # not even created
    finally:
        other_copy.close()
