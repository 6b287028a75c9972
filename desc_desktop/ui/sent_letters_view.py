"""Letters > Sent letters: every letter marked as sent, found by reference or name, and the
way to print a lost one again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from desc_desktop.services import sent_letters
from desc_desktop.services.sent_letters import SentLetter
from desc_desktop.ui.dates import format_uk
from desc_desktop.ui.generated.ui_sent_letters import Ui_SentLettersView
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import HINT_STYLE
from desc_desktop.ui.sent_letters_model import LETTER_ROLE, sent_letter_model
from desc_desktop.ui.styled_model import StyledFilter
from desc_desktop.ui.tables import prepare_table, select_first, selected_data

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext


class SentLettersView(QWidget):
    reprint_requested = Signal(object)
    """The user wants this SentLetter printed again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SentLettersView()
        self.ui.setupUi(self)
        self.ctx: ServiceContext | None = None
        self.model = sent_letter_model(self)
        self.proxy = StyledFilter(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        prepare_table(ui.table, self.proxy, (95, 230, 260, 85, 95))
        ui.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ui.reprint.setIcon(icon("printer"))
        ui.search.addAction(icon("search"), ui.search.ActionPosition.LeadingPosition)
        ui.intro.setStyleSheet(HINT_STYLE)
        ui.chosen.setStyleSheet(HINT_STYLE)
        ui.search.textChanged.connect(self._search)
        ui.run.currentIndexChanged.connect(self._run_chosen)
        ui.table.selectionModel().selectionChanged.connect(self._update)
        ui.table.activated.connect(self._reprint_index)  # Enter or a double-click
        ui.search.returnPressed.connect(self._choose_first)
        ui.reprint.clicked.connect(self.reprint)
        self._update()

    def set_context(self, ctx: ServiceContext) -> None:
        """The register to read; read when the tab is shown (refresh)."""
        self.ctx = ctx

    def refresh(self) -> None:
        """The letters as recorded now (a run or a reprint may just have been marked sent)."""
        assert self.ctx is not None
        chosen = self.selected()
        self.model.set_records(sent_letters.sent_letters(self.ctx))
        self._fill_runs(sent_letters.sent_runs(self.ctx))
        if chosen is not None:
            self.select_reference(chosen.reference)
        self._update()

    def _fill_runs(self, runs: list[sent_letters.SentRun]) -> None:
        box = self.ui.run
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem("All runs", None)
        for run in runs:
            what = ("reprint" if run.reissue else
                    f"{run.letters:,} letter{'' if run.letters == 1 else 's'}")
            box.addItem(f"Run {run.run_id} · {format_uk(run.issue_date)} · {what}", run.run_id)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)
        self._show_run(box.currentData())

    # -- finding -------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update()

    def _run_chosen(self) -> None:
        self._show_run(self.ui.run.currentData())
        self._update()

    def _show_run(self, run_id: int | None) -> None:
        self.proxy.set_accept(None if run_id is None else lambda letter: letter.run_id == run_id)

    def _choose_first(self) -> None:
        if self.proxy.rowCount():
            self.ui.table.selectRow(0)
            self.ui.table.setFocus()

    def selected(self) -> SentLetter | None:
        return selected_data(self.ui.table, LETTER_ROLE)

    def select_reference(self, reference: str) -> bool:
        return select_first(self.ui.table, LETTER_ROLE, lambda s: s.reference == reference)

    def _update(self) -> None:
        ui = self.ui
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        ui.count.setText(f"{shown:,} of {total:,} letters")
        if total == 0:
            ui.empty_message.setText("No letters have been marked as sent yet. Letters appear "
                                     "here once a run is marked as sent in New run.")
            ui.content.setCurrentWidget(ui.empty_page)
        elif shown == 0:
            ui.empty_message.setText("No sent letter has this reference or name. Check the "
                                     "reference on the letter's reply slip (e.g. R001-0012), "
                                     "or choose All runs.")
            ui.content.setCurrentWidget(ui.empty_page)
        else:
            ui.content.setCurrentWidget(ui.table_page)
        letter = self.selected()
        ui.reprint.setEnabled(letter is not None)
        ui.chosen.setText("" if letter is None else (
            f"Chosen: {letter.reference}, reply-by date {format_uk(letter.reply_by)}."))

    # -- reprinting ----------------------------------------------------------------------

    def _reprint_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.reprint_requested.emit(index.data(LETTER_ROLE))

    def reprint(self) -> None:
        letter = self.selected()
        if letter is not None:
            self.reprint_requested.emit(letter)
