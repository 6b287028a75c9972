"""Who acts for the child, on the opt-out and withdrawal forms: a parent/carer with parental
responsibility, or the pupil from their 16th birthday.

A choice the rules do not allow on the date given is disabled, with the domain's reason
beside it, so the office sees why before pressing anything (the service checks again).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QRadioButton, QWidget

from desc_desktop.domain.optouts.rules import signer_problem
from desc_desktop.domain.optouts.status import OptOutBy
from desc_desktop.ui.problems import HINT_STYLE

if TYPE_CHECKING:
    from desc_desktop.services.optouts import OptOutPupil


class SignerChoice:
    def __init__(self, by_parent: QRadioButton, carer: QComboBox, by_pupil: QRadioButton,
                 reason: QLabel, action: str = "opt out") -> None:
        self.by_parent, self.carer, self.by_pupil, self.reason = (by_parent, carer, by_pupil,
                                                                  reason)
        self.action = action
        self.pupil: OptOutPupil | None = None
        self.on: date | None = None
        reason.setStyleSheet(HINT_STYLE)
        by_parent.toggled.connect(self._update_enabled)

    def set_pupil(self, pupil: OptOutPupil | None, on: date | None) -> None:
        self.pupil = pupil
        self.carer.clear()
        if pupil is not None:
            for carer in pupil.carers:
                notes = [carer.relationship] if carer.relationship else []
                if not carer.parental_responsibility:
                    notes.append("no parental responsibility")
                if carer.no_contact:
                    notes.append("do not contact")
                self.carer.addItem(f"{carer.name} ({', '.join(notes)})" if notes else carer.name,
                                   carer.carer_id)
                if not carer.parental_responsibility:
                    model = self.carer.model()
                    assert isinstance(model, QStandardItemModel)
                    model.item(self.carer.count() - 1).setEnabled(False)
            first = next((n for n, c in enumerate(pupil.carers) if c.parental_responsibility),
                         -1)
            self.carer.setCurrentIndex(first)
        self.set_date(on)

    def set_date(self, on: date | None) -> None:
        """Whether each choice is allowed on `on` (the date received, or of the withdrawal);
        an unreadable date is judged as today's by the caller."""
        self.on = on
        pupil = self.pupil
        reasons: list[str] = []
        pupil_allowed = parent_allowed = pupil is not None
        if pupil is not None and on is not None:
            too_young = signer_problem(OptOutBy.PUPIL, pupil.dob, on, None, action=self.action)
            no_parent = signer_problem(OptOutBy.PARENT, pupil.dob, on, None,
                                       pr_carers=min(1, len(pupil.pr_carers)),
                                       action=self.action)
            pupil_allowed, parent_allowed = too_young is None, no_parent is None
            reasons = [p.message for p in (too_young, no_parent) if p is not None]
        self.by_pupil.setEnabled(pupil_allowed)
        self.by_parent.setEnabled(parent_allowed)
        if self.by_pupil.isChecked() and not pupil_allowed and parent_allowed:
            self.by_parent.setChecked(True)
        elif self.by_parent.isChecked() and not parent_allowed and pupil_allowed:
            self.by_pupil.setChecked(True)
        self.reason.setText("\n".join(reasons))
        self.reason.setVisible(bool(reasons))
        self.by_pupil.setToolTip("\n".join(reasons) if not pupil_allowed else "")
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.carer.setEnabled(self.by_parent.isEnabled() and self.by_parent.isChecked())

    def by(self) -> OptOutBy:
        return OptOutBy.PUPIL if self.by_pupil.isChecked() else OptOutBy.PARENT

    def carer_id(self) -> int | None:
        if self.by() is OptOutBy.PUPIL:
            return None
        return self.carer.currentData()

    def widgets(self) -> dict[str, QWidget]:
        """Where the service's problems about who are shown."""
        return {"by": self.by_pupil, "carer": self.carer}
