"""Exports > Disclosure log: every file that left the school, found by words, kind and dates;
the chosen one's pupils with what was passed on about each, and its SHA-256 to copy."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desc_desktop.domain.exports.disclosure import ExportKind
from desc_desktop.services import disclosures
from desc_desktop.services.disclosures import DisclosureRecord
from desc_desktop.ui.dates import BadDate, format_uk, format_when, parse_uk_date
from desc_desktop.ui.export_models import disclosed_pupils_model, disclosure_log_model
from desc_desktop.ui.generated.ui_disclosure_log import Ui_DisclosureLogView
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE
from desc_desktop.ui.styled_model import RECORD_ROLE, StyledFilter
from desc_desktop.ui.tables import prepare_table, select_first, selected_data

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext


class DisclosureLogView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DisclosureLogView()
        self.ui.setupUi(self)
        self.ctx: ServiceContext | None = None
        self._pupils_of: int | None = None
        """The disclosure whose pupils are listed below."""
        ui = self.ui
        self.model = disclosure_log_model(self)
        self.proxy = StyledFilter(self)
        self.proxy.setSourceModel(self.model)
        prepare_table(ui.table, self.proxy, (125, 130, 80, 60, 190, 220, 260, 70))
        ui.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.pupils_model = disclosed_pupils_model(self)
        self.pupils_proxy = StyledFilter(self)
        self.pupils_proxy.setSourceModel(self.pupils_model)
        prepare_table(ui.pupils, self.pupils_proxy, (220,))
        ui.pupils.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ui.intro.setStyleSheet(HINT_STYLE)
        ui.problem.setStyleSheet(PROBLEM_STYLE)
        ui.problem.setVisible(False)
        ui.kind.addItem("Every export", None)
        for kind in ExportKind:
            ui.kind.addItem(kind.label, kind.value)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.search.textChanged.connect(self._filter)
        ui.kind.currentIndexChanged.connect(self._filter)
        ui.since.textChanged.connect(self._filter)
        ui.until.textChanged.connect(self._filter)
        ui.table.selectionModel().selectionChanged.connect(self._show_chosen)
        ui.copy_hash.clicked.connect(self.copy_hash)
        self._update()

    def set_context(self, ctx: ServiceContext) -> None:
        """The register to read; read when the log is first shown (refresh)."""
        self.ctx = ctx

    def refresh(self) -> None:
        """The log as recorded now (an export may just have been made)."""
        assert self.ctx is not None
        chosen = self.selected()
        self.model.set_records(disclosures.disclosure_log(self.ctx))
        if chosen is not None:
            self.select(chosen.id)
        self._update()

    # -- finding -------------------------------------------------------------------------

    def _dates(self) -> tuple[date | None, date | None, str]:
        found, problems = [], []
        for edit, what in ((self.ui.since, "From"), (self.ui.until, "To")):
            try:
                found.append(parse_uk_date(edit.text()))
            except BadDate:
                found.append(None)
                problems.append(f"{what}: type the date as dd/mm/yyyy.")
        return found[0], found[1], " ".join(problems)

    def _filter(self) -> None:
        since, until, problem = self._dates()
        kind = self.ui.kind.currentData()

        def accept(record: DisclosureRecord) -> bool:
            day = record.at.astimezone().date()
            return ((kind is None or record.kind.value == kind)
                    and (since is None or day >= since) and (until is None or day <= until))

        self.ui.problem.setText(problem)
        self.ui.problem.setVisible(bool(problem))
        self.proxy.set_search(self.ui.search.text())
        self.proxy.set_accept(accept)
        self._update()

    def selected(self) -> DisclosureRecord | None:
        return selected_data(self.ui.table, RECORD_ROLE)

    def select(self, disclosure_id: int) -> bool:
        return select_first(self.ui.table, RECORD_ROLE, lambda d: d.id == disclosure_id)

    def _update(self) -> None:
        ui = self.ui
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        ui.count.setText(f"{shown:,} of {total:,}")
        if total == 0:
            ui.empty_message.setText("No file has left the school through DESC Desktop yet. "
                                     "Each opt-out list or Connexions return saved is listed "
                                     "here.")
            ui.content.setCurrentWidget(ui.empty_page)
        elif shown == 0:
            ui.empty_message.setText("No disclosure matches these words, kind and dates.")
            ui.content.setCurrentWidget(ui.empty_page)
        else:
            ui.content.setCurrentWidget(ui.table_page)
        self._show_chosen()

    def _show_chosen(self) -> None:
        ui, record = self.ui, self.selected()
        ui.copy_hash.setEnabled(record is not None)
        if record is None or self.ctx is None:
            ui.chosen.setText("Choose a disclosure above to see its pupils and what was passed "
                              "on about each.")
            self.pupils_model.set_records([])
            self._pupils_of = None
            return
        ui.chosen.setText(
            f"{record.kind_label} as of {format_uk(record.as_of)}, made "
            f"{format_when(record.at)} by {record.staff_name}, to {record.recipient} "
            f"({record.purpose}). File {record.file_name}, SHA-256 {record.sha256}.")
        if record.id != self._pupils_of:  # a disclosure never changes: read once, not per key
            self.pupils_model.set_records(disclosures.disclosure_pupils(self.ctx, record.id))
            self._pupils_of = record.id

    def copy_hash(self) -> None:
        record = self.selected()
        if record is not None:
            QGuiApplication.clipboard().setText(record.sha256)
