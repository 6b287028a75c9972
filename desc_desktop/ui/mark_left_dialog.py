from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.services import pupils
from desc_desktop.services.errors import NotFound
from desc_desktop.ui.dates import BadDate, format_uk, parse_uk_date
from desc_desktop.ui.generated.ui_mark_left_dialog import Ui_MarkLeftDialog
from desc_desktop.ui.problems import clear_problems, show_problems

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext


class MarkLeftDialog(QDialog):
    """Marks a pupil as left on a date; the record stays in the register."""

    def __init__(self, ctx: ServiceContext, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.pupil_id = ctx, pupil_id
        self.ui = Ui_MarkLeftDialog()
        self.ui.setupUi(self)
        detail = pupils.get_pupil(ctx, pupil_id)
        self.ui.intro.setText(
            f"{detail.data.legal_forename} {detail.data.legal_surname} will be kept in the "
            "register as a leaver, and no longer counted as on roll after this date.")
        self.ui.leaving_date.setText(format_uk(ctx.today()))
        clear_problems(self.ui.problems, {})

    def accept(self) -> None:
        widgets = {"leaving_date": self.ui.leaving_date}
        try:
            leaving = parse_uk_date(self.ui.leaving_date.text())
            if leaving is None:
                raise BadDate("Enter the leaving date.")
            pupils.mark_left(self.ctx, self.pupil_id, leaving)
        except BadDate as e:
            show_problems(self.ui.problems, [Problem("leaving_date", str(e))], widgets)
            return
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, widgets)
            return
        except NotFound as e:
            QMessageBox.information(self, "Not marked as left", str(e))
            self.reject()
            return
        super().accept()
