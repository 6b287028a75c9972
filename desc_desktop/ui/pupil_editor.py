"""A pupil's record: details, parents/carers, letters and opt-outs, and history, in one
dialog."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.register import (
    YEAR_GROUPS,
    Gender,
    NoContact,
    PupilInput,
    SenStatus,
    clean_pupil,
    year_label,
)
from desc_desktop.services import audit, carers, optouts, pupils
from desc_desktop.services.errors import NotFound
from desc_desktop.services.records import CarerLinkView, PupilDetail
from desc_desktop.ui.audit_models import changes_in_words
from desc_desktop.ui.carer_dialog import CarerDialog
from desc_desktop.ui.dates import BadDate, format_uk, format_when, parse_uk_date
from desc_desktop.ui.generated.ui_pupil_editor import Ui_PupilEditor
from desc_desktop.ui.icons import icon
from desc_desktop.ui.link_carer_dialog import LinkCarerDialog
from desc_desktop.ui.optout_dialogs import RecordOptOutDialog, WithdrawDialog
from desc_desktop.ui.optout_fields import timeliness_style
from desc_desktop.ui.optout_models import HISTORY_OPT_OUT_COLUMNS, LETTER_COLUMNS
from desc_desktop.ui.problems import HINT_STYLE, clear_problems, show_problems
from desc_desktop.ui.pupil_disclosures import PupilDisclosuresView
from desc_desktop.ui.record_model import RECORD_ROLE, Column, RecordTableModel
from desc_desktop.ui.status_style import show_status
from desc_desktop.ui.styled_model import StyledTableModel
from desc_desktop.ui.tables import selected_data

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

_TEXT = ("legal_surname", "legal_forename", "preferred_surname", "preferred_forename", "upn",
         "reg_group")
_DATES = ("dob", "admission_date", "leaving_date")
_COMBOS = ("gender", "year_group", "sen_status")


def _yes(flag: bool) -> str:
    return "Yes" if flag else "No"


CARER_COLUMNS = (
    Column("Name", lambda v: v.display_name),
    Column("Relationship", lambda v: v.link.relationship),
    Column("Parental resp.", lambda v: _yes(v.link.parental_responsibility)),
    Column("Gets letters", lambda v: _yes(v.link.receives_correspondence)),
    Column("Priority", lambda v: str(v.link.priority)),
    Column("Restriction", lambda v: NoContact(v.link.no_contact).label),
    Column("Also carer of", lambda v: ", ".join(v.other_children)),
    Column("Address", lambda v: ", ".join(v.address.lines())),
)
HISTORY_COLUMNS = (
    Column("When", lambda r: format_when(r.at)),
    Column("Who", lambda r: r.staff_name),
    Column("What", lambda r: r.summary),
    Column("Changes", lambda r: changes_in_words(r.changes)),
)


class PupilEditor(QDialog):
    saved = Signal(int, str)

    def __init__(self, ctx: ServiceContext, pupil_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.ui = Ui_PupilEditor()
        self.ui.setupUi(self)
        self._fill_combos()
        self.carers_model = RecordTableModel(CARER_COLUMNS, self)
        self.history_model = RecordTableModel(HISTORY_COLUMNS, self)
        self.letters_model = StyledTableModel(LETTER_COLUMNS, parent=self)
        self.optouts_model = StyledTableModel(HISTORY_OPT_OUT_COLUMNS, parent=self)
        self._setup_tables()
        self._connect()
        # What left the school about them: its own widget, before History as the UI map has it.
        self.disclosures = PupilDisclosuresView(ctx, self)
        self.ui.tabs.insertTab(self.ui.tabs.indexOf(self.ui.history_tab), self.disclosures,
                               "Disclosures")  # every letter of the word is taken already
        self.disclosures.load(pupil_id)
        clear_problems(self.ui.problems, self.field_widgets())
        self._loaded = self.pupil_input() if pupil_id is None else None
        if pupil_id is not None:
            self._load(pupils.get_pupil(ctx, pupil_id))
        self._update_mode()

    # -- set-up ---------------------------------------------------------------------

    def _fill_combos(self) -> None:
        self.ui.gender.addItem("Choose…", "")
        for gender in Gender:
            self.ui.gender.addItem(gender.label, gender.value)
        self.ui.year_group.addItem("Choose…", "")
        for year in YEAR_GROUPS:
            self.ui.year_group.addItem(year_label(year), year)
        for sen in SenStatus:
            self.ui.sen_status.addItem(sen.label, sen.value)

    def _setup_tables(self) -> None:
        for table, model in ((self.ui.carers_table, self.carers_model),
                             (self.ui.history_table, self.history_model),
                             (self.ui.letters_table, self.letters_model),
                             (self.ui.optouts_table, self.optouts_model)):
            table.setModel(model)
            table.verticalHeader().setVisible(False)
            table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
            table.setSelectionMode(table.SelectionMode.SingleSelection)
            table.setEditTriggers(table.EditTrigger.NoEditTriggers)
            table.setWordWrap(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.ui.carers_table.activated.connect(self.edit_carer)
        self.ui.optouts_table.selectionModel().selectionChanged.connect(
            self._update_optout_buttons)

    def _connect(self) -> None:
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.add_carer.setIcon(icon("user-plus"))
        self.ui.link_carer.setIcon(icon("link"))
        self.ui.edit_carer.setIcon(icon("user-pen"))
        self.ui.unlink_carer.setIcon(icon("unlink"))
        self.ui.add_carer.clicked.connect(self.add_carer)
        self.ui.link_carer.clicked.connect(self.link_carer)
        self.ui.edit_carer.clicked.connect(self.edit_carer)
        self.ui.unlink_carer.clicked.connect(self.unlink_carer)
        self.ui.record_optout.setIcon(icon("shield-off"))
        self.ui.withdraw_optout.setIcon(icon("undo-2"))
        self.ui.record_optout.clicked.connect(self.record_opt_out)
        self.ui.withdraw_optout.clicked.connect(self.withdraw_opt_out)
        self.ui.optouts_hint.setStyleSheet(HINT_STYLE)

    def field_widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {n: getattr(self.ui, n) for n in (*_TEXT, *_DATES, *_COMBOS)}
        widgets["ldd"] = self.ui.ldd
        widgets.update({f"address.{n}": w for n, w in self.ui.address.edits().items()})
        return widgets

    # -- loading and reading the form ----------------------------------------------

    def _load(self, detail: PupilDetail) -> None:
        data = detail.data
        for name in _TEXT:
            getattr(self.ui, name).setText(getattr(data, name))
        for name in _DATES:
            getattr(self.ui, name).setText(format_uk(getattr(data, name)))
        for name in _COMBOS:
            combo = getattr(self.ui, name)
            combo.setCurrentIndex(max(0, combo.findData(getattr(data, name))))
        self.ui.ldd.setChecked(data.ldd)
        self.ui.address.set_address(data.address)
        self.carers_model.set_records(detail.carers)
        self.history_model.set_records(audit.history_of_pupil(self.ctx, detail.id))
        self._load_optouts()
        self._loaded = self.pupil_input()

    def _reload_carers(self) -> None:
        detail = pupils.get_pupil(self.ctx, self.pupil_id)
        self.carers_model.set_records(detail.carers)
        self.history_model.set_records(audit.history_of_pupil(self.ctx, detail.id))

    def _dates(self) -> tuple[dict[str, date | None], list[Problem]]:
        values: dict[str, date | None] = {}
        problems: list[Problem] = []
        for name in _DATES:
            try:
                values[name] = parse_uk_date(getattr(self.ui, name).text())
            except BadDate as e:
                values[name] = None
                problems.append(Problem(name, str(e)))
        return values, problems

    def pupil_input(self) -> PupilInput:
        """The form as typed; an unreadable date reads as blank (read_form reports it)."""
        dates, _problems = self._dates()
        return PupilInput(
            **{n: getattr(self.ui, n).text() for n in _TEXT},
            **{n: getattr(self.ui, n).currentData() for n in _COMBOS},
            **dates, ldd=self.ui.ldd.isChecked(), address=self.ui.address.address())

    def read_form(self) -> PupilInput:
        """The form as a record, or every problem at once: unreadable dates and the rest."""
        data = self.pupil_input()
        _dates, problems = self._dates()
        if not problems:
            return data
        try:
            clean_pupil(data, self.ctx.today())
        except ValidationFailed as e:
            unreadable = {p.field for p in problems}
            problems += [p for p in e.problems if p.field not in unreadable]
        raise ValidationFailed(problems)

    def _update_mode(self) -> None:
        saved = self.pupil_id is not None
        for button in (self.ui.add_carer, self.ui.link_carer, self.ui.edit_carer,
                       self.ui.unlink_carer):
            button.setEnabled(saved)
        self.ui.carers_hint.setText(
            "Parents and carers are shared between brothers and sisters: changing a person's "
            "details here changes them for every child they are linked to. Changes on this tab "
            "are saved as soon as you make them." if saved else
            "Save the pupil first; then you can add their parents and carers here.")
        self.ui.record_optout.setEnabled(saved)
        self.ui.optouts_hint.setText(
            "Only “May share on request” allows more than name and address to be passed to "
            "Connexions. A withdrawn opt-out stays here, marked withdrawn." if saved else
            "Save the pupil first; their letters and opt-outs then show here.")
        self._update_optout_buttons()
        data = self._loaded
        self.setWindowTitle(f"{data.legal_forename} {data.legal_surname} — pupil"
                            if saved and data else "New pupil")

    # -- saving ---------------------------------------------------------------------

    def save(self) -> None:
        widgets = self.field_widgets()
        adding = self.pupil_id is None
        try:
            data = self.read_form()
            if adding:
                self.pupil_id = pupils.create_pupil(self.ctx, data)
            else:
                pupils.update_pupil(self.ctx, self.pupil_id, data)
        except ValidationFailed as e:
            self.ui.tabs.setCurrentWidget(self.ui.details_tab)
            show_problems(self.ui.problems, e.problems, widgets)
            return
        except NotFound as e:
            QMessageBox.warning(self, "Not saved", str(e))
            return
        clear_problems(self.ui.problems, widgets)
        self.saved.emit(self.pupil_id, "Pupil added." if adding else "Pupil saved.")
        if adding:
            # Carers can only be linked to a saved pupil, so stay open for them.
            self._load(pupils.get_pupil(self.ctx, self.pupil_id))
            self._update_mode()
            self.ui.tabs.setCurrentWidget(self.ui.carers_tab)
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Close")
            return
        super().accept()

    def reject(self) -> None:
        if self._loaded is not None and self.pupil_input() != self._loaded:
            answer = QMessageBox.question(
                self, "Discard changes?", "You have changed this pupil's details without "
                "saving. Discard the changes?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # -- carers -----------------------------------------------------------------------

    def selected_carer(self) -> CarerLinkView | None:
        index = self.ui.carers_table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def add_carer(self) -> None:
        home = self.ui.address.address()
        dialog = CarerDialog(self.ctx, self.pupil_id, None, self, pupil_address=home)
        surname = self.ui.legal_surname.text().strip()
        if surname:
            dialog.prefill(dialog.carer_input()._replace(surname=surname))
        if dialog.exec():
            self._reload_carers()

    def link_carer(self) -> None:
        if LinkCarerDialog(self.ctx, self.pupil_id, self).exec():
            self._reload_carers()

    def edit_carer(self) -> None:
        view = self.selected_carer()
        if view is None:
            return
        dialog = CarerDialog(self.ctx, self.pupil_id, view, self,
                             pupil_address=self.ui.address.address())
        if dialog.exec():
            self._reload_carers()

    # -- letters and opt-outs ---------------------------------------------------------

    def _load_optouts(self) -> None:
        history = optouts.pupil_history(self.ctx, self.pupil_id)
        show_status(self.ui.status, history.status, "Today: ")
        self.letters_model.set_records(history.letters)
        self.optouts_model.set_records(history.opt_outs)
        self._update_optout_buttons()

    def selected_opt_out(self) -> optouts.OptOutEntry | None:
        return selected_data(self.ui.optouts_table, RECORD_ROLE)

    def _update_optout_buttons(self) -> None:
        chosen = self.selected_opt_out()
        self.ui.withdraw_optout.setEnabled(chosen is not None and not chosen.withdrawn)
        self.ui.withdraw_optout.setToolTip(
            "Choose an opt-out in force in the list above." if chosen is None or
            chosen.withdrawn else "")

    def _after_optout_change(self, message: str) -> None:
        self._load_optouts()
        self.history_model.set_records(audit.history_of_pupil(self.ctx, self.pupil_id))
        self.saved.emit(self.pupil_id, message)  # the register shows the new status

    def record_opt_out(self) -> None:
        if self.pupil_id is None:
            return
        try:
            dialog = RecordOptOutDialog(self.ctx, self.pupil_id, self)
        except NotFound as e:
            QMessageBox.information(self, "Pupil not found", str(e))
            return
        if dialog.exec() and dialog.recorded is not None:
            recorded = dialog.recorded
            self._after_optout_change(f"Opt-out recorded. {recorded.message}")
            self.ui.optouts_hint.setText(f"Opt-out recorded. {recorded.message}")
            self.ui.optouts_hint.setStyleSheet(timeliness_style(recorded.late))

    def withdraw_opt_out(self) -> None:
        chosen = self.selected_opt_out()
        if chosen is None or chosen.withdrawn or self.pupil_id is None:
            return
        try:
            dialog = WithdrawDialog(self.ctx, chosen.opt_out_id, self.pupil_id, chosen.received,
                                    chosen.by, chosen.carer_name, self)
        except NotFound as e:
            QMessageBox.information(self, "Not found", str(e))
            return
        if dialog.exec() and dialog.status is not None:
            message = (f"Opt-out withdrawn; it stays in the history. Status now: "
                       f"{dialog.status.label}.")
            self._after_optout_change(message)
            self.ui.optouts_hint.setText(message)
            self.ui.optouts_hint.setStyleSheet(HINT_STYLE)

    def unlink_carer(self) -> None:
        view = self.selected_carer()
        if view is None:
            return
        last = "" if view.other_children else (
            "\n\nThey are linked to no other pupil, so their record will be deleted.")
        answer = QMessageBox.question(
            self, "Remove parent/carer", f"Remove {view.display_name} from this pupil?{last}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            with contextlib.suppress(NotFound):  # already removed elsewhere: reload shows it
                carers.unlink_carer(self.ctx, self.pupil_id, view.carer_id)
            self._reload_carers()
