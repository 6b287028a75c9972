"""Exports > Connexions return: the counts per status as of a date, the pupils in the return
with what is passed on about each, and saving it as Excel or CSV."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from desc_desktop.domain.exports.connexions import NAME_AND_ADDRESS, ONLY_IF_MAY_SHARE
from desc_desktop.domain.exports.disclosure import ExportKind, describe_fields
from desc_desktop.domain.optouts.status import (
    STATUS_COLOURS,
    STATUS_NAMES,
    STATUS_TINTS,
    Status,
)
from desc_desktop.services import exports
from desc_desktop.services.errors import Refused
from desc_desktop.services.export_files import FileFormat
from desc_desktop.services.exports import ConnexionsPlan
from desc_desktop.ui.dates import format_uk
from desc_desktop.ui.export_models import return_lines_model
from desc_desktop.ui.export_view import ExportView, Writer
from desc_desktop.ui.generated.ui_connexions_export import Ui_ConnexionsExportView
from desc_desktop.ui.icons import icon
from desc_desktop.ui.words import plural

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

class ConnexionsExportView(ExportView):
    kind = ExportKind.CONNEXIONS_RETURN
    saved_title = "Connexions return saved"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConnexionsExportView()
        self.ui.setupUi(self)
        self._set_up(return_lines_model(self), (230, 200))
        self.plan: ConnexionsPlan | None = None
        ui = self.ui
        ui.search.addAction(icon("search"), ui.search.ActionPosition.LeadingPosition)
        self.count_labels: dict[Status, QLabel] = {
            Status.MAY_SHARE: ui.count_may_share, Status.AWAITING_REPLY: ui.count_awaiting_reply,
            Status.OPTED_OUT: ui.count_opted_out, Status.NOT_ISSUED: ui.count_not_issued,
            Status.NOT_IN_SCOPE: ui.count_not_in_scope}
        for status, label in self.count_labels.items():
            label.setStyleSheet(f"color: {STATUS_COLOURS[status]}; background: "
                                f"{STATUS_TINTS[status]}; border-radius: 4px; padding: 4px 8px;"
                                " font-weight: 600;")
        ui.search.textChanged.connect(self.proxy.set_search)
        ui.save_xlsx.clicked.connect(lambda: self.save(FileFormat.XLSX))
        ui.save_csv.clicked.connect(lambda: self.save(FileFormat.CSV))

    def _replan(self) -> None:
        if self.ctx is None:
            return
        as_of, problem = self.as_of(), ""
        self.plan = None
        if as_of is None:
            problem = "Type the date as dd/mm/yyyy."
        else:
            try:
                self.plan = exports.plan_connexions_return(self.ctx, as_of)
            except Refused as e:
                problem = str(e)
        self.ui.as_of_problem.setText(problem)
        self.model.set_records(self.plan.result.lines if self.plan else [])
        self._show()

    def _show(self) -> None:
        ui, plan = self.ui, self.plan
        result = plan.result if plan else None
        for status, label in self.count_labels.items():
            count = result.counts[status] if result else 0
            label.setText(f"{STATUS_NAMES[status]}: {count:,}")
            label.setToolTip("Left out of the return" if status is Status.NOT_IN_SCOPE else
                             ("Name, address and more" if status is Status.MAY_SHARE
                              else "Name and address only"))
        if result is None:
            ui.summary.setText("")
        else:
            ui.summary.setText(
                f"{plural(result.pupils, 'pupil')} in the return: "
                f"{result.may_share:,} with more than name and address (may share on "
                f"request), {result.name_and_address_only:,} with name and address only. Left "
                f"out: {plural(result.left_out, 'pupil')} outside the Connexions ages, "
                f"{plural(result.carers_withheld, 'parent/carer', 'parents/carers')} under a "
                "no-contact restriction. No UPN.")
        ready = result is not None and result.pupils > 0 and self.task is None
        ui.save_xlsx.setEnabled(ready)
        ui.save_csv.setEnabled(ready)

    def what_leaves(self, plan: ConnexionsPlan, file_format: FileFormat) -> str:
        result = plan.result
        others = ", ".join(f"{STATUS_NAMES[s].lower()} {result.counts[s]:,}"
                           for s in (Status.AWAITING_REPLY, Status.OPTED_OUT, Status.NOT_ISSUED)
                           if result.counts[s])
        return (f"The Connexions return as of {format_uk(plan.as_of)}, as "
                f"{file_format.label}: {plural(result.pupils, 'pupil')}.\n\n"
                f"For all of them: {describe_fields(NAME_AND_ADDRESS)}.\n"
                f"For the {result.may_share:,} who may share on request, also: "
                f"{describe_fields(ONLY_IF_MAY_SHARE)}.\n"
                f"Name and address only for {result.name_and_address_only:,}"
                + (f" ({others})" if others else "") + ".\n\n"
                f"Left out: {plural(result.left_out, 'pupil')} outside the Connexions ages and "
                f"{plural(result.carers_withheld, 'parent/carer', 'parents/carers')} under a "
                "no-contact restriction. No UPN.")

    def _has_rows(self, plan: ConnexionsPlan) -> bool:
        return plan.result.pupils > 0

    def _writer(self, ctx: ServiceContext, plan: ConnexionsPlan, file_format: FileFormat
                ) -> Writer:
        return lambda path, recipient, purpose: exports.write_connexions_return(
            ctx, plan, path, file_format, recipient, purpose)
