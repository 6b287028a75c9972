"""Opt-outs: the "Returned slip" quick entry, and every opt-out recorded, with its history.

The slip field keeps the focus: a USB barcode scanner types the slip's code and Enter, the
pupil, the letter and its reply-by date appear at once, and the office checks who and
presses Record. The answer (in time or late) shows at once and the field is ready for the
next slip. Whatever is typed while the Record button has the focus (the next slip scanned
before this one was recorded) goes to the slip field, never to the button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.services import optouts
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.services.snapshot import DeferredContext
from desc_desktop.ui.dates import format_uk
from desc_desktop.ui.generated.ui_optouts_page import Ui_OptOutsPage
from desc_desktop.ui.headings import embolden
from desc_desktop.ui.icons import icon
from desc_desktop.ui.optout_dialogs import WithdrawDialog
from desc_desktop.ui.optout_fields import timeliness_style
from desc_desktop.ui.optout_models import OPT_OUT_COLUMNS, OptOutShow, opt_out_words
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE, clear_problems, show_problems
from desc_desktop.ui.styled_model import RECORD_ROLE, StyledFilter, StyledTableModel
from desc_desktop.ui.tables import prepare_table, resort, selected_data

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.services.optouts import OptOutRow, SlipLookup

WAITING = ("Scan a returned reply slip, or type its code or the letter's reference, then "
           "press Enter.")


def letter_text(found: SlipLookup) -> str:
    """What the office checks against the paper: the letter, its dates, who it went to."""
    what = f"Reply slip {found.slip} of letter" if found.slip else "Letter"
    parts = [f"{what} {found.reference}, issued {format_uk(found.issue_date)}, reply by "
             f"{format_uk(found.reply_by)}; sent to {' and '.join(found.addressees)}."]
    if found.reissue_of:
        parts.append(f"A reprint of {found.reissue_of}.")
    if found.reissued_as:
        parts.append(f"Reprinted later as {', '.join(found.reissued_as)}.")
    return " ".join(parts)


class _TypingGoesToSlip(QObject):
    """While the Record button has the focus, a printable key starts a new slip instead."""

    def __init__(self, page: OptOutsPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text and text.isprintable() and not text.isspace() and not (
                    event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)):
                self.page.start_new_slip(text)
                return True
        return False


class OptOutsPage(QWidget):
    status_message = Signal(str)
    open_pupil = Signal(int)
    changed = Signal()
    """An opt-out was recorded or withdrawn: statuses elsewhere are out of date."""

    def __init__(self, ctx: ServiceContext | DeferredContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opened on the UI thread, as every page built on first visit does.
        self.ctx = ctx.open()
        self.ui = Ui_OptOutsPage()
        self.ui.setupUi(self)
        self.found: SlipLookup | None = None
        self.fields = self.ui.fields
        self.fields.set_context(self.ctx)
        self.model = StyledTableModel(OPT_OUT_COLUMNS, opt_out_words, self)
        self.proxy = StyledFilter(self)
        self.proxy.setSourceModel(self.model)
        self._setup()
        self._waiting()  # the list is read on showing the area (refresh), not here as well

    def _setup(self) -> None:
        ui = self.ui
        embolden(ui.title)
        ui.find.setIcon(icon("search"))
        ui.record.setIcon(icon("shield-off"))
        ui.open_pupil.setIcon(icon("user-pen"))
        ui.withdraw.setIcon(icon("undo-2"))
        ui.slip.returnPressed.connect(self.find)
        ui.find.clicked.connect(self.find)
        ui.slip.textEdited.connect(self._slip_edited)
        ui.record.clicked.connect(self.record)
        ui.record.installEventFilter(_TypingGoesToSlip(self))
        self.fields.changed.connect(self._update_record)
        for show in OptOutShow:
            ui.show.addItem(show.value, show)
        header = prepare_table(ui.table, self.proxy, (110, 100, 45, 165, 80, 170, 75, 85, 60, 80))
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        ui.search.addAction(icon("search"), ui.search.ActionPosition.LeadingPosition)
        ui.search.textChanged.connect(self._filter)
        ui.show.currentIndexChanged.connect(self._filter)
        ui.table.activated.connect(self._open_index)  # Enter or a double-click
        ui.table.selectionModel().selectionChanged.connect(self._update_list_buttons)
        ui.open_pupil.clicked.connect(self.open_selected)
        ui.withdraw.clicked.connect(self.withdraw_selected)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        self._filter()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.found:
            self.ui.slip.setFocus()

    # -- the returned slip ---------------------------------------------------------------

    def _waiting(self) -> None:
        self.found = None
        self.fields.clear()
        self.ui.letter_info.setText(WAITING)
        self.ui.letter_info.setStyleSheet(HINT_STYLE)
        self._update_record()

    def _slip_edited(self) -> None:
        """A new code typed over a found one: the form waits for Enter again."""
        if self.found is not None:
            self._waiting()

    def start_new_slip(self, text: str) -> None:
        self.ui.slip.setFocus()
        self.ui.slip.setText(text)
        self._waiting()

    def find(self) -> None:
        typed = self.ui.slip.text()
        if not typed.strip():
            self._waiting()
            return
        try:
            found = optouts.find_slip(self.ctx, typed)
        except NotFound as e:
            self._waiting()
            self.ui.letter_info.setText(str(e))
            self.ui.letter_info.setStyleSheet(PROBLEM_STYLE)
            self.ui.slip.selectAll()
            return
        self.found = found
        self.ui.slip.setText(found.slip or found.reference)
        self.ui.letter_info.setText(letter_text(found))
        self.ui.letter_info.setStyleSheet("")
        self.ui.result.clear()
        self.fields.show_for(found.pupils, found.letter_id, found.issue_date)
        if self.fields.pupil() is None:
            self.fields.ui.pupil.setFocus()  # several children: choose which one first
        else:
            self.ui.record.setFocus()
        self._update_record()

    def _update_record(self) -> None:
        self.ui.record.setEnabled(self.found is not None)

    def record(self) -> None:
        if self.found is None:
            return
        fields = self.fields
        widgets = fields.field_widgets()
        try:
            request = fields.request()
            recorded = optouts.record_opt_out(self.ctx, request)
        except ValidationFailed as e:  # the rules' refusals (OptOutRefused) included
            show_problems(fields.ui.problems, e.problems, widgets)
            return
        except (NotFound, Refused) as e:
            QMessageBox.warning(self, "Not recorded", str(e))
            return
        clear_problems(fields.ui.problems, widgets)
        pupil = fields.pupil()
        name = pupil.name if pupil else "the pupil"
        self.ui.result.setText(f"Recorded for {name}. {recorded.message}")
        self.ui.result.setStyleSheet(timeliness_style(recorded.late))
        self.status_message.emit(f"Opt-out recorded for {name}: "
                                 f"{'late' if recorded.late else 'in time'}.")
        self.ui.slip.clear()
        self._waiting()
        self.ui.slip.setFocus()
        self.refresh()
        self.select_opt_out(recorded.opt_out_id)  # the new one, highlighted in the list
        self.changed.emit()

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Every opt-out ever recorded, withdrawn ones too (the Show box chooses)."""
        chosen = self.selected()
        self.model.set_records(optouts.opt_out_list(self.ctx, in_force_only=False))
        resort(self.ui.table, self.proxy)
        if chosen is not None:
            self.select_opt_out(chosen.opt_out_id)
        self._update_count()

    def _filter(self) -> None:
        self.proxy.set_search(self.ui.search.text())
        show: OptOutShow = self.ui.show.currentData()
        self.proxy.set_accept(show.accepts)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.count.setText(f"{shown:,} of {total:,} shown")
        self._update_list_buttons()

    def selected(self) -> OptOutRow | None:
        return selected_data(self.ui.table, RECORD_ROLE)

    def select_opt_out(self, opt_out_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.record_at(row).opt_out_id == opt_out_id:
                self.ui.table.selectRow(row)
                return

    def _update_list_buttons(self) -> None:
        chosen = self.selected()
        self.ui.open_pupil.setEnabled(chosen is not None)
        self.ui.withdraw.setEnabled(chosen is not None and chosen.withdrawn_on is None)

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(RECORD_ROLE)
        if row is not None:
            self._open(row.pupil_id)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._open(chosen.pupil_id)

    def _open(self, pupil_id: int) -> None:
        self.open_pupil.emit(pupil_id)
        self.refresh()  # the pupil's page may have recorded or withdrawn one

    def withdraw_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.withdrawn_on is not None:
            return
        try:
            dialog = WithdrawDialog(self.ctx, chosen.opt_out_id, chosen.pupil_id,
                                    chosen.received, chosen.by, chosen.carer_name, self)
        except NotFound as e:
            QMessageBox.information(self, "Not found", str(e))
            self.refresh()
            return
        if dialog.exec() != WithdrawDialog.DialogCode.Accepted:
            return
        self.refresh()
        self.status_message.emit(
            f"Opt-out withdrawn for {chosen.legal_forename} {chosen.legal_surname}; it stays "
            f"in the history. Status now: {dialog.status.label if dialog.status else ''}.")
        self.changed.emit()
