"""Exports > Connexions return: the counts per status as of a date, the pupils in the return
with what is passed on about each, and saving it as Excel or CSV."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

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
from desc_desktop.services.exports import ConnexionsPlan, Disclosed
from desc_desktop.ui.dates import BadDate, format_uk, parse_uk_date
from desc_desktop.ui.export_models import return_lines_model
from desc_desktop.ui.export_save import save_export, saved_message
from desc_desktop.ui.generated.ui_connexions_export import Ui_ConnexionsExportView
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE
from desc_desktop.ui.styled_model import StyledFilter
from desc_desktop.ui.tables import prepare_table

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

REPLAN_DELAY_MS = 300


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def carers(count: int) -> str:
    return f"{count:,} parent/carer" if count == 1 else f"{count:,} parents/carers"


class ConnexionsExportView(QWidget):
    status_message = Signal(str)
    disclosed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConnexionsExportView()
        self.ui.setupUi(self)
        self.ctx: ServiceContext | None = None
        self.plan: ConnexionsPlan | None = None
        self.task = None
        ui = self.ui
        self.model = return_lines_model(self)
        self.proxy = StyledFilter(self)
        self.proxy.setSourceModel(self.model)
        prepare_table(ui.table, self.proxy, (230, 200))
        ui.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ui.search.addAction(icon("search"), ui.search.ActionPosition.LeadingPosition)
        ui.intro.setStyleSheet(HINT_STYLE)
        ui.as_of_problem.setStyleSheet(PROBLEM_STYLE)
        ui.save_xlsx.setIcon(icon("file-output"))
        self.count_labels: dict[Status, QLabel] = {
            Status.MAY_SHARE: ui.count_may_share, Status.AWAITING_REPLY: ui.count_awaiting_reply,
            Status.OPTED_OUT: ui.count_opted_out, Status.NOT_ISSUED: ui.count_not_issued,
            Status.NOT_IN_SCOPE: ui.count_not_in_scope}
        for status, label in self.count_labels.items():
            label.setStyleSheet(f"color: {STATUS_COLOURS[status]}; background: "
                                f"{STATUS_TINTS[status]}; border-radius: 4px; padding: 4px 8px;"
                                " font-weight: 600;")
        # Worked out once typing pauses, not at every keystroke ("2/1/20" is a date too).
        self._replan_soon = QTimer(self, singleShot=True, interval=REPLAN_DELAY_MS)
        self._replan_soon.timeout.connect(self._replan)
        ui.as_of.textChanged.connect(self._replan_soon.start)
        ui.search.textChanged.connect(self.proxy.set_search)
        ui.save_xlsx.clicked.connect(lambda: self.save(FileFormat.XLSX))
        ui.save_csv.clicked.connect(lambda: self.save(FileFormat.CSV))

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.ui.as_of.blockSignals(True)
        self.ui.as_of.setText(format_uk(ctx.today()))
        self.ui.as_of.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self._replan()

    def as_of(self) -> date | None:
        try:
            return parse_uk_date(self.ui.as_of.text())
        except BadDate:
            return None

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
                f"{carers(result.carers_withheld)} under a no-contact "
                "restriction. No UPN.")
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
                f"{carers(result.carers_withheld)} under a no-contact "
                "restriction. No UPN.")

    def save(self, file_format: FileFormat) -> None:
        if self._replan_soon.isActive():  # the date was just typed: save what it says
            self._replan_soon.stop()
            self._replan()
        plan, ctx = self.plan, self.ctx
        if plan is None or ctx is None or not plan.result.pupils or self.task is not None:
            return

        def write(path, recipient: str, purpose: str) -> Disclosed:
            return exports.write_connexions_return(ctx, plan, path, file_format, recipient,
                                                   purpose)

        self.task = save_export(self, kind=ExportKind.CONNEXIONS_RETURN,
                                file_format=file_format,
                                what=self.what_leaves(plan, file_format),
                                proposed=plan.proposed_name(file_format), write=write,
                                on_saved=self._saved, on_finished=self._task_done)
        self._show()

    def _task_done(self) -> None:
        self.task = None
        self._show()

    def _saved(self, done: Disclosed) -> None:
        self.status_message.emit(f"{done.path.name} saved and recorded in the disclosure log.")
        self.disclosed.emit(done)
        QMessageBox.information(self, "Connexions return saved", saved_message(done))
