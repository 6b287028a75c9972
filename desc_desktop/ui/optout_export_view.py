"""Exports > Opt-out list: the pupils with an opt-out in force on a date, for some or every
year group, saved as Excel, CSV or PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desc_desktop.domain.exports.disclosure import ExportKind
from desc_desktop.domain.register import year_group_sort_key, year_label
from desc_desktop.services import exports, pupils
from desc_desktop.services.export_files import FileFormat
from desc_desktop.services.exports import OptOutList
from desc_desktop.ui.dates import format_uk
from desc_desktop.ui.export_models import opt_out_list_model
from desc_desktop.ui.export_view import ExportView, Writer
from desc_desktop.ui.generated.ui_optout_export import Ui_OptOutExportView
from desc_desktop.ui.icons import icon

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

class OptOutExportView(ExportView):
    kind = ExportKind.OPT_OUT_LIST
    saved_title = "Opt-out list saved"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OptOutExportView()
        self.ui.setupUi(self)
        self._set_up(opt_out_list_model(self), (150, 130, 95, 75, 60, 210, 95))
        self.plan: OptOutList | None = None
        ui = self.ui
        ui.save_pdf.setIcon(icon("printer"))
        ui.years.itemChanged.connect(self._replan)
        ui.save_xlsx.clicked.connect(lambda: self.save(FileFormat.XLSX))
        ui.save_csv.clicked.connect(lambda: self.save(FileFormat.CSV))
        ui.save_pdf.clicked.connect(lambda: self.save(FileFormat.PDF))

    def refresh(self) -> None:
        """The year groups as the register has them now, and the list as it stands."""
        assert self.ctx is not None
        ticked = set(self.chosen_years())
        widget = self.ui.years
        widget.blockSignals(True)
        widget.clear()
        for year in sorted(pupils.year_groups_in_use(self.ctx), key=year_group_sort_key):
            item = QListWidgetItem(year_label(year))
            item.setData(Qt.ItemDataRole.UserRole, year)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if year in ticked
                               else Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.blockSignals(False)
        self._replan()

    def chosen_years(self) -> list[str]:
        widget = self.ui.years
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _replan(self) -> None:
        if self.ctx is None:
            return
        as_of = self.as_of()
        self.ui.as_of_problem.setText("" if as_of else "Type the date as dd/mm/yyyy.")
        self.plan = exports.plan_opt_out_list(self.ctx, as_of, self.chosen_years()) \
            if as_of else None
        self.model.set_records(self.plan.rows if self.plan else [])
        self._show()

    def _show(self) -> None:
        ui, plan = self.ui, self.plan
        if plan is None:
            ui.summary.setText("")
            ui.empty_message.setText("Type the date the opt-outs must be in force on.")
            ui.content.setCurrentWidget(ui.empty_page)
        else:
            years = ", ".join(year_label(y) for y in plan.years) or "every year group"
            late = f"; {plan.late:,} received late (honoured all the same)" if plan.late else ""
            ui.summary.setText(f"{plan.pupils:,} pupil{'' if plan.pupils == 1 else 's'} with an "
                               f"opt-out in force on {format_uk(plan.as_of)} ({years}){late}.")
            ui.empty_message.setText("No pupil on roll had an opt-out in force on that date"
                                     + (" in these year groups." if plan.years else "."))
            ui.content.setCurrentWidget(ui.table_page if plan.pupils else ui.empty_page)
        ready = plan is not None and plan.pupils > 0 and self.task is None
        for button in (ui.save_xlsx, ui.save_csv, ui.save_pdf):
            button.setEnabled(ready)

    def what_leaves(self, plan: OptOutList, file_format: FileFormat) -> str:
        years = ", ".join(year_label(y) for y in plan.years) or "every year group"
        return (f"The opt-out list as of {format_uk(plan.as_of)}, as {file_format.label}: "
                f"{plan.pupils:,} pupil{'' if plan.pupils == 1 else 's'} ({years}).\n\n"
                "For each pupil: name, date of birth, year group and form, who opted out "
                "(the pupil, or the parent/carer by name), the date it was received and "
                "whether it was late.\n\nNo address, no UPN.")

    def _has_rows(self, plan: OptOutList) -> bool:
        return plan.pupils > 0

    def _writer(self, ctx: ServiceContext, plan: OptOutList, file_format: FileFormat
                ) -> Writer:
        return lambda path, recipient, purpose: exports.write_opt_out_list(
            ctx, plan, path, file_format, recipient, purpose)
