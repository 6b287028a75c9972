"""Reprint a lost letter: its issue date, delivery and date received, with the reply-by date
the reprint will have. Planning, making and recording then go on in the run page."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from desc_desktop.domain.letters.delivery import Delivery
from desc_desktop.services.sent_letters import SentLetter
from desc_desktop.ui.dates import format_uk
from desc_desktop.ui.delivery_dates import DeliveryDates
from desc_desktop.ui.generated.ui_reprint_dialog import Ui_ReprintDialog
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import HINT_STYLE


class ReprintDialog(QDialog):
    def __init__(self, letter: SentLetter, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter = letter
        self.ui = Ui_ReprintDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.issue_date_hint.setStyleSheet(HINT_STYLE)
        ui.note.setStyleSheet(HINT_STYLE)
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Review the reprint")
        ok.setIcon(icon("printer"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.dates = DeliveryDates(ui.issue_date, ui.delivery, ui.received, ui.received_hint,
                                   ui.dates, ui.dates_problem, self)
        self.dates.set_issue_date(today)
        ui.letter.setText(self._describe())
        ui.issue_date.setFocus()
        ui.issue_date.selectAll()

    def _describe(self) -> str:
        letter = self.letter
        about = ", ".join(letter.pupils) or "no pupil still in the register"
        return (f"Letter {letter.reference}, to {' and '.join(letter.addressees)}, about "
                f"{about}. Issued {format_uk(letter.issue_date)}, reply-by date "
                f"{format_uk(letter.reply_by)}.\n\nThe reprint goes to the same people at the "
                "same address, with a new reference and its own reply-by date, worked out "
                "below.")

    def accept(self) -> None:
        problems = self.dates.problems()
        if problems:
            QMessageBox.warning(self, "Check the dates", "\n".join(problems))
            return
        super().accept()

    @property
    def issue_date(self) -> date:
        return self.dates.issue_date()

    @property
    def delivery(self) -> Delivery:
        return self.dates.delivery()

    @property
    def received(self) -> date:
        return self.dates.received()
