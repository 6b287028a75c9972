"""Letters > Template > Earlier versions: every saved version of the letter (number, when,
by whom). Choosing an old one shows it read-only in the editor and its preview; the newest,
or "Back to the current version", returns to editing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QWidget

from desc_desktop.services.letter_runs import TemplateVersion
from desc_desktop.ui.dates import format_when
from desc_desktop.ui.generated.ui_template_versions import Ui_TemplateVersionsPanel
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import HINT_STYLE
from desc_desktop.ui.record_model import Column, RecordTableModel
from desc_desktop.ui.tables import prepare_table


class TemplateVersionsPanel(QWidget):
    viewing = Signal(object)
    """An old TemplateVersion to read, or None to go back to the current one."""
    start_from = Signal(object)
    """Copy this TemplateVersion into the editor, unsaved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateVersionsPanel()
        self.ui.setupUi(self)
        self.in_use = 0
        self.model = RecordTableModel((
            Column("Version", lambda v: f"{v.version} (in use)" if v.version == self.in_use
                   else str(v.version)),
            Column("Saved", lambda v: format_when(v.created_at)),
            Column("By", lambda v: v.staff_name)), self)
        prepare_table(self.ui.versions, self.model, (80, 132))
        self.ui.versions_label.setStyleSheet(HINT_STYLE)
        self.ui.no_versions.setStyleSheet(HINT_STYLE)
        self.ui.back_to_current.setIcon(icon("undo-2"))
        self.ui.start_from.setIcon(icon("file-text"))
        self.ui.versions.selectionModel().selectionChanged.connect(self._chosen)
        self.ui.back_to_current.clicked.connect(self.back_to_current)
        self.ui.start_from.clicked.connect(self._start_from)
        self.set_versions([])

    def set_versions(self, versions: Sequence[TemplateVersion]) -> None:
        """Newest first, as letter_runs.template_versions gives them; the current one is
        chosen (nothing old is being read)."""
        self.in_use = versions[0].version if versions else 0
        self.model.set_records(versions)
        self.ui.versions.setVisible(bool(versions))
        self.ui.no_versions.setVisible(not versions)
        self.back_to_current()

    def chosen(self) -> TemplateVersion | None:
        """The old version chosen, or None while the current one is."""
        rows = self.ui.versions.selectionModel().selectedRows()
        if not rows or rows[0].row() == 0:  # the newest is the one in use
            return None
        return self.model.record(rows[0].row())

    def select_version(self, number: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).version == number:
                self.ui.versions.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return

    def back_to_current(self) -> None:
        if self.model.rowCount():
            self.select_version(self.model.record(0).version)
        self._update()

    def _chosen(self) -> None:
        self._update()
        self.viewing.emit(self.chosen())

    def _start_from(self) -> None:
        version = self.chosen()
        if version is not None:
            self.start_from.emit(version)

    def _update(self) -> None:
        old = self.chosen() is not None
        self.ui.back_to_current.setEnabled(old)
        self.ui.start_from.setEnabled(old)
