"""Logging in at start, the forgotten-password way in (the recovery key), and the recovery
key shown once when the register is set up."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from desc_desktop import APP_NAME
from desc_desktop.domain.staff import PASSWORD_RULE
from desc_desktop.ui.generated.ui_login_dialog import Ui_LoginDialog
from desc_desktop.ui.problems import PROBLEM_STYLE

if TYPE_CHECKING:
    from desc_desktop.security.login import Unlocked
    from desc_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Name and password at start. exec() returns Accepted once `unlocked` (the register's
    key and who opened it) or `recovered` (a context opened with the recovery key) is set."""

    def __init__(self, database: Path, *, demo_login: tuple[str, str] | None = None,
                 meanwhile: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        """`meanwhile`: work for this (the UI) thread while the password is being checked
        on another, called at most once: the check (Argon2id) takes a fifth of a second of
        one core by design, and the main window can be built on the other core meanwhile."""
        super().__init__(parent)
        self.database = database
        self._meanwhile = meanwhile
        self.unlocked: Unlocked | None = None
        self.recovered: ServiceContext | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.problem.setStyleSheet(PROBLEM_STYLE)
        self.ui.problem.hide()
        self.ui.log_in.clicked.connect(self.try_log_in)
        self.ui.quit.clicked.connect(self.reject)
        self.ui.forgotten.clicked.connect(self.forgotten)
        self.ui.demo_hint.setVisible(demo_login is not None)
        if demo_login is not None:
            name, password = demo_login
            self.setWindowTitle(f"Log in to {APP_NAME} — demo school")
            self.ui.demo_hint.setText(
                "Demo school (fictional pupils): log in as "
                f"<b>{name}</b> with the password <b>{password}</b>.")
            self.ui.name.setText(name)
            self.ui.forgotten.hide()
            self.ui.password.setFocus()
        else:
            self.ui.name.setFocus()

    def try_log_in(self) -> None:
        from desc_desktop.security import login
        from desc_desktop.security.errors import KeyringDamaged, LoginRefused

        name, password = self.ui.name.text(), self.ui.password.text()
        if not name.strip() or not password:
            self.show_problem("Type your name and your password.")
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.unlocked = self._checked(login.log_in, name, password)
        except (LoginRefused, KeyringDamaged) as e:
            self.show_problem(str(e))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.ui.password.clear()
        self.accept()

    def _checked(self, log_in: Callable[..., Unlocked], name: str, password: str) -> Unlocked:
        if self._meanwhile is None:
            return log_in(self.database, name, password)
        meanwhile, self._meanwhile = self._meanwhile, None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="login") as pool:
            checking = pool.submit(log_in, self.database, name, password)
            try:
                meanwhile()
            except Exception:
                # The password's answer still counts; what failed is done again, in the
                # open, once the login is through (and reported there if it fails again).
                log.exception("Preparing the window during the login failed")
            return checking.result()  # the check's own error, if any, is raised here

    def show_problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()
        self.ui.password.setFocus()

    def forgotten(self) -> None:
        dialog = RecoverDialog(self.database, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.recovered = dialog.ctx
            self.accept()


class RecoverDialog(QDialog):
    """The recovery key sets a new administrator password (and logs them in)."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        from desc_desktop.ui.generated.ui_recover_dialog import Ui_RecoverDialog

        super().__init__(parent)
        self.database = database
        self.ctx: ServiceContext | None = None
        self.ui = Ui_RecoverDialog()
        self.ui.setupUi(self)
        self.ui.rule.setText(PASSWORD_RULE)
        self.ui.problem.setStyleSheet(PROBLEM_STYLE)
        self.ui.problem.hide()
        self.ui.buttons.accepted.connect(self.recover)
        self.ui.buttons.rejected.connect(self.reject)

    def recover(self) -> None:
        from desc_desktop.domain.errors import ValidationFailed
        from desc_desktop.security.errors import KeyringDamaged, LoginRefused
        from desc_desktop.services import access

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.ctx = access.recover_administrator(
                self.database, self.ui.recovery_key.text(), self.ui.name.text(),
                self.ui.password.text(), self.ui.confirm.text())
        except (LoginRefused, KeyringDamaged, ValidationFailed) as e:
            self.ui.problem.setText(str(e))
            self.ui.problem.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: print it, then say it is put away."""

    def __init__(self, recovery_key: str, register_name: str,
                 parent: QWidget | None = None) -> None:
        from desc_desktop.ui.generated.ui_recovery_key_dialog import Ui_RecoveryKeyDialog

        super().__init__(parent)
        self._key = recovery_key
        self._register = register_name
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        groups = recovery_key.split("-")
        self.ui.key.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.ui.put_away.toggled.connect(self.ui.done.setEnabled)
        self.ui.done.clicked.connect(self.accept)
        self.ui.print.clicked.connect(self.print_sheet)

    def reject(self) -> None:
        """Escape does not skip it: the key is never shown again."""
        if self.ui.put_away.isChecked():
            super().reject()

    def sheet(self) -> QTextDocument:
        from html import escape

        document = QTextDocument()
        document.setHtml(
            f"<h2>{APP_NAME}: recovery key</h2>"
            f"<p>Register: {escape(self._register)}</p>"
            f"<p style='font-family: monospace; font-size: 18pt'>{escape(self._key)}</p>"
            "<p>It opens the register if every password is lost, and sets a new "
            "administrator password. Keep it locked away, apart from the computer and its "
            "backups.</p>")
        return document

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.sheet().print_(printer)
