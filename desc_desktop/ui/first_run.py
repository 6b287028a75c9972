"""First run: the administrator (which encrypts the register) and the school's details, or
the demo school instead. A register made before staff accounts gets only the first part."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.school import clean_school
from desc_desktop.domain.staff import PASSWORD_RULE, check_new_account
from desc_desktop.services import school
from desc_desktop.ui.generated.ui_first_run_dialog import Ui_FirstRunDialog
from desc_desktop.ui.problems import clear_problems, show_problems

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

USE_DEMO = 2


class FirstRunDialog(QDialog):
    """exec() returns Accepted once the administrator is set up (the register encrypted),
    the school saved and the recovery key shown; `ctx` is then the register, opened as the
    administrator. USE_DEMO when the demo school was chosen instead."""

    def __init__(self, database: Path, *, needs_school: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.needs_school = needs_school
        self.ctx: ServiceContext | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.rule.setText(PASSWORD_RULE)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.use_demo.clicked.connect(lambda: self.done(USE_DEMO))
        for widget in (self.ui.intro, self.ui.school):
            widget.setVisible(needs_school)
        if not needs_school:
            self.setWindowTitle("Set up the administrator")
            self.ui.admin_intro.setText(
                "DESC Desktop now keeps the register encrypted, with a login for each member "
                "of staff. Set up the administrator: the register is encrypted as you save "
                "(its data stays as it is), and you can add accounts for the rest of the "
                "office under Admin › Staff.")
            self.ui.use_demo.hide()
        clear_problems(self.ui.problems, self._widgets())
        self.ui.admin_name.setFocus()

    def _widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {"admin_name": self.ui.admin_name,
                                       "password": self.ui.password,
                                       "confirm": self.ui.confirm}
        if self.needs_school:
            widgets.update(self.ui.school.widgets())
        return widgets

    def save(self) -> None:
        try:
            self._check()
            if self.ctx is None:
                self._set_up()
            if self.needs_school:
                school.save_school(self.ctx, self.ui.school.details())
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, self._widgets())
            return
        self.accept()

    def _check(self) -> None:
        """Every problem at once, before anything is made."""
        problems = []
        if self.ctx is None:
            try:
                check_new_account(self.ui.admin_name.text(), self.ui.password.text(),
                                  self.ui.confirm.text())
            except ValidationFailed as e:
                # "name" is the school's name field here.
                problems += [Problem("admin_name" if p.field == "name" else p.field, p.message)
                             for p in e.problems]
        if self.needs_school:
            try:
                clean_school(self.ui.school.details())
            except ValidationFailed as e:
                problems += e.problems
        if problems:
            raise ValidationFailed(problems)

    def _set_up(self) -> None:
        from desc_desktop.services import access
        from desc_desktop.ui.login import RecoveryKeyDialog

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = access.set_up_administrator(self.database, self.ui.admin_name.text(),
                                               self.ui.password.text(), self.ui.confirm.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx = made.ctx
        for field in (self.ui.password, self.ui.confirm):
            field.clear()
        self.ui.admin_box.setEnabled(False)
        RecoveryKeyDialog(made.recovery_key, self.database.name, self).exec()
