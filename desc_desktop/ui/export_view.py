"""What the Exports area's list views share: an as-of date worked out again once typing
pauses, a table of what would be written, and saving it as a recorded disclosure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desc_desktop.domain.exports.disclosure import ExportKind
from desc_desktop.services.export_files import FileFormat
from desc_desktop.services.exports import Disclosed
from desc_desktop.ui.dates import BadDate, format_uk, parse_uk_date
from desc_desktop.ui.export_save import save_export, saved_message
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE
from desc_desktop.ui.styled_model import StyledFilter
from desc_desktop.ui.tables import prepare_table

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

REPLAN_DELAY_MS = 300

Writer = Callable[[Path, str, str], Disclosed]
"""Writes the planned file to a path for a recipient and purpose, and records it."""


class ExportView(QWidget):
    """A subclass sets `kind` and `saved_title`, builds its `ui` (with as_of, as_of_problem,
    intro, table and save_xlsx) before calling `_set_up`, and says how to plan, show and
    write its export."""

    status_message = Signal(str)
    disclosed = Signal(object)
    """A Disclosed: a file was written and recorded."""

    kind: ExportKind
    saved_title: str

    def _set_up(self, model: QAbstractItemModel, widths: Sequence[int]) -> None:
        self.ctx: ServiceContext | None = None
        self.plan: Any = None
        self.task = None
        ui = self.ui
        self.model = model
        self.proxy = StyledFilter(self)
        self.proxy.setSourceModel(model)
        prepare_table(ui.table, self.proxy, tuple(widths))
        ui.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ui.intro.setStyleSheet(HINT_STYLE)
        ui.as_of_problem.setStyleSheet(PROBLEM_STYLE)
        ui.save_xlsx.setIcon(icon("file-output"))
        # Worked out once typing pauses, not at every keystroke ("2/1/20" is a date too).
        self._replan_soon = QTimer(self, singleShot=True, interval=REPLAN_DELAY_MS)
        self._replan_soon.timeout.connect(self._replan)
        ui.as_of.textChanged.connect(self._replan_soon.start)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.ui.as_of.blockSignals(True)
        self.ui.as_of.setText(format_uk(ctx.today()))
        self.ui.as_of.blockSignals(False)

    def refresh(self) -> None:
        self._replan()

    def as_of(self) -> date | None:
        try:
            return parse_uk_date(self.ui.as_of.text())
        except BadDate:
            return None

    # -- for the subclass ---------------------------------------------------------------

    def _replan(self) -> None:
        raise NotImplementedError

    def _show(self) -> None:
        raise NotImplementedError

    def _has_rows(self, plan: Any) -> bool:
        raise NotImplementedError

    def what_leaves(self, plan: Any, file_format: FileFormat) -> str:
        raise NotImplementedError

    def _writer(self, ctx: ServiceContext, plan: Any, file_format: FileFormat) -> Writer:
        raise NotImplementedError

    # -- saving -------------------------------------------------------------------------

    def save(self, file_format: FileFormat) -> None:
        if self._replan_soon.isActive():  # the date was just typed: save what it says
            self._replan_soon.stop()
            self._replan()
        plan, ctx = self.plan, self.ctx
        if plan is None or ctx is None or not self._has_rows(plan) or self.task is not None:
            return
        self.task = save_export(self, kind=self.kind, file_format=file_format,
                                what=self.what_leaves(plan, file_format),
                                proposed=plan.proposed_name(file_format),
                                write=self._writer(ctx, plan, file_format),
                                on_saved=self._saved, on_finished=self._task_done)
        self._show()

    def _task_done(self) -> None:
        self.task = None
        self._show()

    def _saved(self, done: Disclosed) -> None:
        self.status_message.emit(f"{done.path.name} saved and recorded in the disclosure log.")
        self.disclosed.emit(done)
        QMessageBox.information(self, self.saved_title, saved_message(done))
