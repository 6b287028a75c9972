"""Admin: the school's details and the recent activity in the audit trail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.services import audit, school
from desc_desktop.ui.dates import format_when
from desc_desktop.ui.generated.ui_admin_page import Ui_AdminPage
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import clear_problems, show_problems
from desc_desktop.ui.record_model import Column, RecordTableModel

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

ACTIVITY_COLUMNS = (
    Column("When", lambda r: format_when(r.at)),
    Column("Who", lambda r: r.staff_name),
    Column("What", lambda r: r.summary),
)


class AdminPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        self.activity = RecordTableModel(ACTIVITY_COLUMNS, self)
        table = self.ui.activity_table
        table.setModel(self.activity)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.save_school.setIcon(icon("save"))
        self.ui.save_school.clicked.connect(self.save_school)
        self._loaded = False

    def refresh(self) -> None:
        """On showing the page: the school's details the first time only (later the form may
        hold unsaved edits), the activity every time."""
        if not self._loaded:
            self.load_school()
            self._loaded = True
        self.reload_activity()

    def load_school(self) -> None:
        clear_problems(self.ui.problems, self.ui.school.widgets())
        details = school.get_school(self.ctx)
        if details is not None:
            self.ui.school.set_details(details)

    def reload_activity(self) -> None:
        self.activity.set_records(audit.recent_entries(self.ctx))

    def save_school(self) -> None:
        try:
            school.save_school(self.ctx, self.ui.school.details())
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, self.ui.school.widgets())
            return
        self.load_school()
        self.reload_activity()
        self.status_message.emit("School details saved.")
