"""First run: the school's details, or the demo school instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.services import school
from desc_desktop.ui.generated.ui_first_run_dialog import Ui_FirstRunDialog
from desc_desktop.ui.problems import clear_problems, show_problems

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

USE_DEMO = 2


class FirstRunDialog(QDialog):
    """exec() returns Accepted once the school is saved, or USE_DEMO."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.use_demo.clicked.connect(lambda: self.done(USE_DEMO))
        clear_problems(self.ui.problems, self.ui.school.widgets())
        self.ui.school.ui.name.setFocus()

    def save(self) -> None:
        try:
            school.save_school(self.ctx, self.ui.school.details())
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, self.ui.school.widgets())
            return
        self.accept()
