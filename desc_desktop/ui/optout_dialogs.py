"""Recording an opt-out from the pupil's page, and withdrawing one (from the pupil's page or
the Opt-outs list). A withdrawal is a new entry beside the opt-out: nothing is overwritten."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.optouts.status import OptOutBy, PupilStatus
from desc_desktop.services import optouts
from desc_desktop.services.errors import NotFound
from desc_desktop.ui.dates import BadDate, format_uk, parse_uk_date
from desc_desktop.ui.generated.ui_record_optout_dialog import Ui_RecordOptOutDialog
from desc_desktop.ui.generated.ui_withdraw_dialog import Ui_WithdrawDialog
from desc_desktop.ui.problems import HINT_STYLE, clear_problems, show_problems
from desc_desktop.ui.signer_choice import SignerChoice

if TYPE_CHECKING:
    from datetime import date

    from desc_desktop.services.context import ServiceContext
    from desc_desktop.services.optouts import RecordedOptOut


def from_whom(by: OptOutBy, carer_name: str) -> str:
    if by is OptOutBy.PUPIL:
        return "the pupil"
    return carer_name or "a parent/carer"


class RecordOptOutDialog(QDialog):
    """An opt-out for one pupil, without a slip: a letter, an email, a phone call, the front
    desk. The reply-by date is the one that stood on the date received."""

    def __init__(self, ctx: ServiceContext, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RecordOptOutDialog()
        self.ui.setupUi(self)
        self.recorded: RecordedOptOut | None = None
        pupil = optouts.opt_out_pupil(ctx, pupil_id)
        self.setWindowTitle(f"Record opt-out — {pupil.name}")
        self.ui.intro.setText(
            f"{pupil.name} ({pupil.form}) no longer wants information beyond name and address "
            "passed to Connexions. Enter who asked, the day it reached the school and how; "
            "a late reply is still recorded, and honoured from the day it arrived.")
        self.ui.intro.setStyleSheet(HINT_STYLE)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record opt-out")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.fields = self.ui.fields
        self.fields.set_context(ctx)
        self.fields.show_for([pupil])
        self.ui.fields.ui.received.setFocus()
        self.ui.fields.ui.received.selectAll()

    def accept(self) -> None:
        fields = self.fields
        widgets = fields.field_widgets()
        try:
            self.recorded = optouts.record_opt_out(self.ctx, fields.request())
        except ValidationFailed as e:  # the rules' refusals (OptOutRefused) included
            show_problems(fields.ui.problems, e.problems, widgets)
            return
        except NotFound as e:
            QMessageBox.information(self, "Not recorded", str(e))
            return
        clear_problems(fields.ui.problems, widgets)
        super().accept()


class WithdrawDialog(QDialog):
    """Who asked for the opt-out to be withdrawn, and on which day."""

    def __init__(self, ctx: ServiceContext, opt_out_id: int, pupil_id: int, received: date,
                 by: OptOutBy, carer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.opt_out_id = ctx, opt_out_id
        self.ui = Ui_WithdrawDialog()
        self.ui.setupUi(self)
        self.status: PupilStatus | None = None
        pupil = optouts.opt_out_pupil(ctx, pupil_id)
        self.setWindowTitle(f"Withdraw opt-out — {pupil.name}")
        self.ui.intro.setText(
            f"The opt-out of {pupil.name}, received {format_uk(received)} from "
            f"{from_whom(by, carer_name)}, "
            "stays in the history. From the date of withdrawal, information beyond name and "
            "address may be passed to Connexions on request once the reply-by date has passed.")
        self.signer = SignerChoice(self.ui.by_parent, self.ui.carer, self.ui.by_pupil,
                                   self.ui.by_reason, action="withdraw an opt-out")
        self.ui.on.setText(format_uk(ctx.today()))
        self.signer.set_pupil(pupil, ctx.today())
        self.ui.on.textChanged.connect(self._date_changed)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Withdraw opt-out")
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        clear_problems(self.ui.problems, self._widgets())
        self.ui.on.setFocus()
        self.ui.on.selectAll()

    def _widgets(self) -> dict[str, QWidget]:
        return {"on": self.ui.on, "notes": self.ui.notes, **self.signer.widgets()}

    def _date_changed(self) -> None:
        try:
            on = parse_uk_date(self.ui.on.text())
        except BadDate:
            on = None
        self.signer.set_date(on or self.ctx.today())

    def accept(self) -> None:
        widgets = self._widgets()
        try:
            on = parse_uk_date(self.ui.on.text())
            if on is None:
                raise BadDate("Enter the date the withdrawal was asked for (dd/mm/yyyy).")
            self.status = optouts.withdraw_opt_out(self.ctx, optouts.WithdrawalRequest(
                self.opt_out_id, on, self.signer.by(), self.signer.carer_id(),
                self.ui.notes.text()))
        except BadDate as e:
            show_problems(self.ui.problems, [Problem("on", str(e))], widgets)
            return
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, widgets)
            return
        except NotFound as e:
            QMessageBox.information(self, "Not withdrawn", str(e))
            self.reject()
            return
        super().accept()
