"""The fields of an opt-out: which pupil, who opted out, the date received, how, notes.

Shared by the Opt-outs area's "Returned slip" entry and the pupil's "Record opt-out…"
dialog. As the date is typed the form says whether the reply is in time, and any reason the
rules would refuse it, before anything is recorded (optouts.assess_opt_out).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.optouts.rules import METHOD_LABELS, Method
from desc_desktop.services import optouts
from desc_desktop.services.errors import NotFound
from desc_desktop.ui.dates import BadDate, format_uk, parse_uk_date
from desc_desktop.ui.generated.ui_optout_fields import Ui_OptOutFields
from desc_desktop.ui.problems import PROBLEM_STYLE, clear_problems
from desc_desktop.ui.signer_choice import SignerChoice
from desc_desktop.ui.status_style import show_status

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.services.optouts import OptOutAssessment, OptOutPupil, OptOutRequest

IN_TIME_STYLE = "color: #2e7d32; font-weight: 600;"
LATE_STYLE = "color: #b45309; font-weight: 600;"
_INVALID_STYLE = "border: 2px solid #c62828; border-radius: 3px;"


def timeliness_style(late: bool) -> str:
    return LATE_STYLE if late else IN_TIME_STYLE


class OptOutFields(QWidget):
    changed = Signal()
    """The pupil, who, or the date changed (the assessment below is up to date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OptOutFields()
        self.ui.setupUi(self)
        self.ctx: ServiceContext | None = None
        self.pupils: tuple[OptOutPupil, ...] = ()
        self.letter_id: int | None = None
        self.issue_date: date | None = None
        self.assessment: OptOutAssessment | None = None
        for method in Method:
            self.ui.method.addItem(METHOD_LABELS[method], method)
        self.signer = SignerChoice(self.ui.by_parent, self.ui.carer, self.ui.by_pupil,
                                   self.ui.by_reason)
        self.ui.received.textChanged.connect(self._date_changed)
        self.ui.pupil.currentIndexChanged.connect(self._pupil_changed)
        self.ui.by_pupil.toggled.connect(self.assess)
        self.ui.carer.currentIndexChanged.connect(self.assess)
        self.clear()

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- filling -----------------------------------------------------------------------

    def show_for(self, pupils: Sequence[OptOutPupil], letter_id: int | None = None,
                 issue_date: date | None = None, method: Method = Method.SLIP) -> None:
        """The form for these pupils (those a letter or slip is about, or one from their
        page). With more than one child covered the office must choose which one."""
        assert self.ctx is not None
        self.pupils = tuple(pupils)
        self.letter_id, self.issue_date = letter_id, issue_date
        combo = self.ui.pupil
        combo.blockSignals(True)
        combo.clear()
        covered = [p for p in self.pupils if p.covered]
        if len(covered) > 1:
            combo.addItem("Choose which child…", None)
        for pupil in self.pupils:
            text = f"{pupil.name} ({pupil.form})" if pupil.form else pupil.name
            if not pupil.covered:
                text += " — not covered by this letter"
            combo.addItem(text, pupil.pupil_id)
            if not pupil.covered:
                combo.model().item(combo.count() - 1).setEnabled(False)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self.ui.received.blockSignals(True)
        self.ui.received.setText(format_uk(self.ctx.today()))
        self.ui.received.blockSignals(False)
        self.ui.method.setCurrentIndex(self.ui.method.findData(method))
        self.ui.notes.clear()
        self.setEnabled(True)
        self._pupil_changed()

    def clear(self) -> None:
        """Nothing looked up: the fields wait, disabled."""
        self.pupils, self.letter_id, self.issue_date, self.assessment = (), None, None, None
        self.ui.pupil.clear()
        self.ui.received.clear()
        self.ui.notes.clear()
        self.ui.timeliness.clear()
        show_status(self.ui.pupil_status, None)
        self.signer.set_pupil(None, None)
        self.ui.by_parent.setChecked(True)
        self._show_live_problems([])
        self.setEnabled(False)

    # -- reading -----------------------------------------------------------------------

    def pupil(self) -> OptOutPupil | None:
        chosen = self.ui.pupil.currentData()
        return next((p for p in self.pupils if p.pupil_id == chosen), None)

    def received(self) -> date:
        """The date received as typed; raises BadDate when it cannot be read."""
        received = parse_uk_date(self.ui.received.text())
        if received is None:
            raise BadDate("Enter the date the reply was received (dd/mm/yyyy).")
        return received

    def request(self) -> OptOutRequest:
        """The opt-out as entered; raises ValidationFailed when no pupil is chosen or the
        date cannot be read (the service checks the rest)."""
        problems = []
        pupil = self.pupil()
        if pupil is None:
            problems.append(Problem("pupil", self._choose_pupil_message()))
        try:
            received = self.received()
        except BadDate as e:
            problems.append(Problem("received", str(e)))
        if problems:
            raise ValidationFailed(problems)
        return optouts.OptOutRequest(
            pupil_id=pupil.pupil_id, by=self.signer.by(), received=received,
            method=self.ui.method.currentData(), carer_id=self.signer.carer_id(),
            letter_id=self.letter_id, notes=self.ui.notes.text())

    def field_widgets(self) -> dict[str, QWidget]:
        return {"pupil": self.ui.pupil, "received": self.ui.received, **self.signer.widgets(),
                "method": self.ui.method, "notes": self.ui.notes}

    def _choose_pupil_message(self) -> str:
        covered = sum(p.covered for p in self.pupils)
        if covered > 1:
            return (f"This letter covers {covered} children: choose which one the opt-out is "
                    "about, or scan that child's own reply slip.")
        return "Find the pupil first: scan the reply slip or type the letter reference."

    # -- as the form changes -----------------------------------------------------------

    def _pupil_changed(self) -> None:
        pupil = self.pupil()
        show_status(self.ui.pupil_status, pupil.status if pupil else None, "Today: ")
        self.signer.set_pupil(pupil, self._date_for_rules())
        self.assess()

    def _date_changed(self) -> None:
        self.signer.set_date(self._date_for_rules())
        self.assess()

    def _date_for_rules(self) -> date | None:
        try:
            return self.received()
        except BadDate:
            return self.ctx.today() if self.ctx else None

    def assess(self) -> None:
        """Say at once whether the reply is in time, and anything that would refuse it."""
        self.assessment = None
        if self.ctx is None or not self.pupils:
            return
        try:
            request = self.request()
        except ValidationFailed as e:
            self.ui.timeliness.clear()
            # An unfinished date is not yet a problem worth shouting about while typing.
            self._show_live_problems([p for p in e.problems if p.field == "pupil"
                                      and len(self.pupils) > 1])
            self.changed.emit()
            return
        try:
            self.assessment = optouts.assess_opt_out(self.ctx, request)
        except NotFound as e:
            self._show_live_problems([Problem("pupil", str(e))])
            return
        self.ui.timeliness.setText(self.assessment.message)
        self.ui.timeliness.setStyleSheet(timeliness_style(self.assessment.late))
        self._show_live_problems(list(self.assessment.problems))
        self.changed.emit()

    def _show_live_problems(self, problems: list[Problem]) -> None:
        """Problems as the form stands, without moving the focus from the field typed in."""
        widgets = self.field_widgets()
        clear_problems(self.ui.problems, widgets)
        if not problems:
            return
        self.ui.problems.setText("\n".join(f"• {p.message}" for p in problems))
        self.ui.problems.setStyleSheet(PROBLEM_STYLE)
        self.ui.problems.setVisible(True)
        mark(problems, widgets)


def mark(problems: Sequence[Problem], widgets: Mapping[str, QWidget]) -> None:
    for problem in problems:
        widget = widgets.get(problem.field)
        if widget is not None:
            widget.setStyleSheet(_INVALID_STYLE)
            widget.setToolTip(problem.message)
            widget.setAccessibleDescription(problem.message)
