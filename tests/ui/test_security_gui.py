"""Login, the lock screen and Admin › Staff, as the office would use them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desc_desktop.domain.staff import DEMO_LOGIN, Role
from desc_desktop.services import access, audit, demo
from desc_desktop.services import staff as staff_service
from desc_desktop.ui import app as app_module
from desc_desktop.ui.idle_lock import LOCKED_TITLE, IdleLock
from desc_desktop.ui.login import LoginDialog
from desc_desktop.ui.main_window import MainWindow

PASSWORD = "correct horse battery"


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "school.sqlite"
    made = access.set_up_administrator(path, "Anne Admin", PASSWORD, PASSWORD)
    demo.fill_demo(made.ctx, pupils=20, seed=5)
    staff_service.add_account(made.ctx, "Olu Office", Role.OFFICE, "olu's long password",
                              "olu's long password")
    made.ctx.engine.dispose()
    return path


@pytest.fixture
def window(qtbot, register):
    ctx = access.log_in_and_open(register, "Anne Admin", PASSWORD)
    window = MainWindow(ctx, database_name=register.name)
    qtbot.addWidget(window)
    window.show()
    app_module.lock_when_idle(window)
    yield window
    window.idle_lock.stop()
    ctx.engine.dispose()


def test_the_login_dialog_refuses_a_wrong_password_then_opens_with_the_right_one(
        qtbot, register):
    dialog = LoginDialog(register)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.name, "Anne Admin")
    qtbot.keyClicks(dialog.ui.password, "not the password")
    dialog.ui.log_in.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not right" in dialog.ui.problem.text() and not dialog.ui.problem.isHidden()
    assert dialog.ui.password.text() == ""  # typed again, never kept
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    dialog.ui.log_in.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.unlocked.staff_id is not None


def test_the_app_starts_at_the_login_and_shows_the_register_after_it(qtbot, register,
                                                                     monkeypatch):
    asked: list[str] = []

    def log_in(dialog):
        asked.append(dialog.windowTitle())
        dialog.ui.name.setText("Olu Office")
        dialog.ui.password.setText("olu's long password")
        dialog.try_log_in()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    window = app_module.prepare_window(register, demo=False)
    qtbot.addWidget(window)
    assert asked == ["Log in to DESC Desktop"]
    assert window.pupils_page.model.rowCount() == 20  # read with the login's key
    window.ctx.open()
    assert window.ctx.actor.name == "Olu Office" and window.ctx.actor.role is Role.OFFICE
    window.idle_lock.stop()
    window.ctx.engine.dispose()


def test_quitting_the_login_opens_nothing(qtbot, register, monkeypatch):
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app_module.prepare_window(register, demo=False) is None


def test_the_demo_login_screen_shows_the_demo_login(qtbot, tmp_path):
    dialog = LoginDialog(tmp_path / "demo.sqlite", demo_login=DEMO_LOGIN)
    qtbot.addWidget(dialog)
    assert not dialog.ui.demo_hint.isHidden()
    assert "demo-password" in dialog.ui.demo_hint.text()
    assert dialog.ui.name.text() == "demo"


def test_locking_covers_every_window_and_dialog_and_hides_their_titles(qtbot, window):
    other = QDialog(window)
    other.setWindowTitle("Tamsin Quillfeather")  # a title can name a pupil
    QLabel("Quillfeather, 12 Larkspur Row", other)
    other.show()
    lock: IdleLock = window.idle_lock
    lock.lock()
    assert lock.is_locked and lock.screen.isVisible()
    for widget in (window, other):
        cover, _title = lock._covers[widget]
        assert cover.isVisible() and cover.geometry() == widget.rect()
        assert widget.windowTitle() == LOCKED_TITLE
    # A window that opens while locked is covered too.
    late = QDialog(window)
    late.show()
    qtbot.waitUntil(lambda: late in lock._covers)
    # A wrong password does not unlock; Escape does not either.
    lock.screen.ui.password.setText("a wrong password")
    lock.screen.ui.log_in.click()
    assert lock.is_locked and "not right" in lock.screen.ui.problem.text()
    lock.screen.reject()
    assert lock.is_locked
    lock.screen.ui.password.setText(PASSWORD)
    lock.screen.ui.log_in.click()
    assert not lock.is_locked
    assert other.windowTitle() == "Tamsin Quillfeather" and other.isVisible()
    assert not any(c.isVisible() for c in other.findChildren(QLabel)
                   if c.text() == "DESC Desktop is locked")
    actions = [e.action for e in audit.recent_entries(window.ctx)[:4]]
    assert "staff.app_unlocked" in actions and "staff.app_locked" in actions
    assert actions.count("staff.login_failed") == 1


def test_the_app_locks_itself_after_the_time_without_input(qtbot, window):
    lock: IdleLock = window.idle_lock
    lock.timer.setInterval(200)
    lock.timer.start()
    qtbot.wait(100)
    qtbot.mouseMove(window.pupils_page.ui.table.viewport())  # input restarts the wait
    qtbot.keyClick(window.pupils_page.ui.search, "a")
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)
    lock.screen.ui.password.setText(PASSWORD)
    lock.screen.try_unlock()


def test_the_auto_lock_reads_the_minutes_set_in_admin(qtbot, window):
    staff_service.save_auto_lock_minutes(window.ctx, 3)
    window.admin_page.ui.tabs.setCurrentWidget(window.admin_page.ui.staff_tab)
    window.ui.sidebar.setCurrentRow(window.ui.pages.indexOf(window.admin_page))
    panel = window.admin_page.staff
    assert panel.ui.lock_minutes.value() == 3
    panel.ui.lock_minutes.setValue(7)
    panel.ui.save_lock.click()
    assert window.idle_lock.timer.interval() == 7 * 60_000


def test_admin_staff_adds_an_account_and_shows_problems_in_the_dialog(qtbot, window,
                                                                      when_modal):
    window.ui.sidebar.setCurrentRow(window.ui.pages.indexOf(window.admin_page))
    window.admin_page.ui.tabs.setCurrentWidget(window.admin_page.ui.staff_tab)
    panel = window.admin_page.staff
    assert [a.name for a in panel.model.accounts] == ["Anne Admin", "Olu Office"]

    def fill(dialog):
        qtbot.keyClicks(dialog.ui.name, "Bea Bursar")
        dialog.ui.role.setCurrentIndex(dialog.ui.role.findData(Role.ADMIN))
        qtbot.keyClicks(dialog.ui.password, "too short")
        qtbot.keyClicks(dialog.ui.confirm, "too short")
        dialog.save()
        assert "at least 10" in dialog.ui.problems.text()
        qtbot.keyClicks(dialog.ui.password, "bea's long password")
        qtbot.keyClicks(dialog.ui.confirm, "bea's long password")
        dialog.save()

    when_modal(fill)
    panel.ui.add.click()
    assert [(a.name, a.role) for a in panel.model.accounts] == [
        ("Anne Admin", Role.ADMIN), ("Bea Bursar", Role.ADMIN), ("Olu Office", Role.OFFICE)]
    access.log_in_and_open(window.ctx.path, "Bea Bursar",
                           "bea's long password").engine.dispose()


def test_an_office_account_sees_staff_accounts_only_to_change_its_own_password(
        qtbot, register):
    ctx = access.log_in_and_open(register, "Olu Office", "olu's long password")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.ui.sidebar.setCurrentRow(window.ui.pages.indexOf(window.admin_page))
    window.admin_page.ui.tabs.setCurrentWidget(window.admin_page.ui.staff_tab)
    panel = window.admin_page.staff
    assert panel.model.rowCount() == 0
    assert not panel.ui.add.isEnabled() and not panel.ui.save_lock.isEnabled()
    assert panel.ui.change_own.isEnabled()
    ctx.engine.dispose()


def test_closing_the_lock_screen_closes_the_app(qtbot, window, monkeypatch):
    quit_called: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quit_called.append(True))
    window.idle_lock.lock(idle=False)
    assert "It was locked" in window.idle_lock.screen.ui.intro.text()
    window.idle_lock.screen.ui.quit.click()
    assert quit_called


def test_the_window_is_built_while_the_password_is_checked_on_another_thread(
        qtbot, register, monkeypatch):
    import threading

    from desc_desktop.security import login

    checked_on: list[str] = []
    real_log_in = login.log_in

    def log_in(*args, **kwargs):
        checked_on.append(threading.current_thread().name)
        return real_log_in(*args, **kwargs)

    built_on: list[str] = []
    monkeypatch.setattr(login, "log_in", log_in)
    dialog = LoginDialog(register, meanwhile=lambda: built_on.append(
        threading.current_thread().name))
    qtbot.addWidget(dialog)
    dialog.ui.name.setText("Anne Admin")
    for password in ("not the password", PASSWORD):
        dialog.ui.password.setText(password)
        dialog.ui.log_in.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert built_on == [threading.main_thread().name]  # once, on the UI thread
    assert len(checked_on) == 2 and checked_on[0] != threading.main_thread().name


def test_a_wrong_password_first_still_opens_the_window_built_meanwhile(qtbot, register,
                                                                        monkeypatch):
    built: list[MainWindow] = []
    real_main_window = app_module._main_window

    def main_window(*args, **kwargs):
        built.append(real_main_window(*args, **kwargs))
        return built[-1]

    def log_in(dialog):
        dialog.ui.name.setText("Anne Admin")
        for password in ("wrong", PASSWORD):
            dialog.ui.password.setText(password)
            dialog.try_log_in()
        return dialog.result()

    monkeypatch.setattr(app_module, "_main_window", main_window)
    monkeypatch.setattr(LoginDialog, "exec", log_in)
    window = app_module.prepare_window(register, demo=False)
    qtbot.addWidget(window)
    assert built == [window] and window.isVisible()
    assert window.pupils_page.model.rowCount() == 20
    assert window.pupils_page.ui.content.currentWidget() is window.pupils_page.ui.table_page
    window.idle_lock.stop()
    window.ctx.open().engine.dispose()


def test_closing_the_login_after_a_wrong_password_discards_the_window_built(
        qtbot, register, monkeypatch):
    built: list[MainWindow] = []
    real_main_window = app_module._main_window
    monkeypatch.setattr(app_module, "_main_window",
                        lambda *a, **k: built.append(real_main_window(*a, **k)) or built[-1])

    def give_up(dialog):
        dialog.ui.name.setText("Anne Admin")
        dialog.ui.password.setText("wrong")
        dialog.try_log_in()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", give_up)
    assert app_module.prepare_window(register, demo=False) is None
    assert len(built) == 1 and not built[0].isVisible()


def test_a_failure_preparing_the_window_does_not_lose_the_password(qtbot, register):
    def broken() -> None:
        raise RuntimeError("a bug in building the window")

    dialog = LoginDialog(register, meanwhile=broken)
    qtbot.addWidget(dialog)
    dialog.ui.name.setText("Anne Admin")
    dialog.ui.password.setText(PASSWORD)
    dialog.ui.log_in.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.unlocked is not None
