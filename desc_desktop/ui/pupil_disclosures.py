"""A pupil's Disclosures tab: every file that left the school with information about them,
when, to whom, why and what about them. A standalone widget the pupil editor adds as a tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desc_desktop.services import disclosures
from desc_desktop.ui.dates import format_when
from desc_desktop.ui.export_models import pupil_disclosures_model
from desc_desktop.ui.generated.ui_pupil_disclosures import Ui_PupilDisclosuresView
from desc_desktop.ui.problems import HINT_STYLE
from desc_desktop.ui.styled_model import StyledFilter
from desc_desktop.ui.tables import prepare_table

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext


class PupilDisclosuresView(QWidget):
    def __init__(self, ctx: ServiceContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PupilDisclosuresView()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.pupil_id: int | None = None
        self.model = pupil_disclosures_model(self)
        self.proxy = StyledFilter(self)
        self.proxy.setSourceModel(self.model)
        prepare_table(self.ui.table, self.proxy, (120, 105, 180, 150, 330, 200))
        self.ui.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.ui.summary.setStyleSheet(HINT_STYLE)
        self.load(None)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def load(self, pupil_id: int | None) -> None:
        """Show what was disclosed about this pupil (None: a new pupil, nothing yet)."""
        self.pupil_id = pupil_id
        found = (disclosures.pupil_disclosures(self.ctx, pupil_id)
                 if pupil_id is not None and self.ctx is not None else [])
        self.model.set_records(found)
        if not found:
            self.ui.summary.setText("Nothing about this pupil has left the school in an export "
                                    "from DESC Desktop.")
        else:
            latest = found[0].disclosure
            count = len(found)
            self.ui.summary.setText(
                f"{count:,} file{'' if count == 1 else 's'} that left the school carried "
                f"information about this pupil; the latest, {latest.kind_label.lower()}, on "
                f"{format_when(latest.at)} to {latest.recipient}. Newest first; the disclosure "
                "log (Exports) has each file's details.")

