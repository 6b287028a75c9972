"""The pupil's "Letters & opt-outs" tab, and withdrawing an opt-out (there and in the list)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desc_desktop.domain.optouts.status import OptOutBy, Status
from desc_desktop.services import optouts, statuses
from desc_desktop.ui.optout_dialogs import RecordOptOutDialog, WithdrawDialog
from desc_desktop.ui.optouts_page import OptOutsPage
from desc_desktop.ui.pupil_editor import PupilEditor

TODAY = date(2026, 11, 28)


def in_force(ctx):
    """An opt-out in force, made by a parent."""
    return next(r for r in optouts.opt_out_list(ctx) if r.by is OptOutBy.PARENT)


def press_ok(dialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def open_editor(qtbot, history_ctx):
    def open_for(pupil_id: int) -> PupilEditor:
        editor = PupilEditor(history_ctx, pupil_id)
        qtbot.addWidget(editor)
        editor.ui.tabs.setCurrentWidget(editor.ui.optouts_tab)
        editor.show()
        return editor

    return open_for


def test_the_tab_shows_the_letters_the_status_and_the_history(open_editor, history_ctx):
    withdrawn = next(r for r in optouts.opt_out_list(history_ctx, in_force_only=False)
                     if r.withdrawn_on is not None)
    editor = open_editor(withdrawn.pupil_id)
    history = optouts.pupil_history(history_ctx, withdrawn.pupil_id)
    status = statuses.status_of(history_ctx, withdrawn.pupil_id)
    assert editor.ui.status.text() == f"Today: {status.label}"
    letters = editor.letters_model
    assert letters.rowCount() == len(history.letters) >= 1
    first = letters.index(0, 0)
    assert first.data() == history.letters[0].reference
    assert letters.index(0, 3).data() == history.letters[0].reply_by.strftime("%d/%m/%Y")
    [entry] = editor.optouts_model.records
    assert entry.opt_out_id == withdrawn.opt_out_id and entry.withdrawn
    now = editor.optouts_model.index(0, 6).data()
    assert now.startswith(f"Withdrawn {withdrawn.withdrawn_on:%d/%m/%Y}, by ")
    assert editor.optouts_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    editor.ui.optouts_table.selectRow(0)
    assert not editor.ui.withdraw_optout.isEnabled()  # already withdrawn
    assert editor.ui.record_optout.isEnabled()


def test_an_opt_out_recorded_from_the_pupils_page(qtbot, open_editor, history_ctx, when_modal):
    pupil = next(r for r in statuses.statuses_on(history_ctx)
                 if r.status.status is Status.MAY_SHARE and r.age < 16)
    editor = open_editor(pupil.pupil_id)
    assert editor.ui.status.text() == "Today: May share on request"
    seen = {}

    def fill(dialog: RecordOptOutDialog) -> None:
        fields = dialog.fields
        seen["pupil_allowed"] = fields.ui.by_pupil.isEnabled()
        seen["reason"] = fields.ui.by_reason.text()
        # First a date in the future: refused in words, the dialog stays open.
        fields.ui.received.setText((TODAY + timedelta(days=2)).strftime("%d/%m/%Y"))
        press_ok(dialog)
        seen["refusal"] = fields.ui.problems.text()
        seen["still_open"] = dialog.isVisible()
        fields.ui.received.setText("27/11/2026")
        fields.ui.method.setCurrentIndex(fields.ui.method.findData("phone"))
        fields.ui.notes.setText("Fictional: mother phoned")
        press_ok(dialog)

    when_modal(fill)
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.ui.record_optout, Qt.MouseButton.LeftButton)
    assert not seen["pupil_allowed"] and "under 16" in seen["reason"]
    assert "is in the future" in seen["refusal"] and seen["still_open"]
    assert saved.args[0] == pupil.pupil_id and "Late: received" in saved.args[1]
    [entry] = [e for e in optouts.pupil_history(history_ctx, pupil.pupil_id).opt_outs
               if not e.withdrawn]
    assert (entry.received, entry.method.value, entry.notes, entry.late) == (
        date(2026, 11, 27), "phone", "Fictional: mother phoned", True)
    assert editor.ui.status.text() == "Today: Opted out (27/11/2026, by parent; late)"
    assert editor.optouts_model.index(0, 3).data() == "Late"
    assert "Opt-out recorded. Late" in editor.ui.optouts_hint.text()
    history = editor.history_model
    assert any("Opt-out recorded" in history.record(r).summary
               for r in range(history.rowCount()))


def withdraw_in(dialog: WithdrawDialog, on: str, notes: str, seen: dict) -> None:
    seen["default_on"] = dialog.ui.on.text()
    seen["carer"] = dialog.ui.carer.currentText()
    dialog.ui.on.setText("01/01/2020")  # before the opt-out was received: refused in words
    press_ok(dialog)
    seen["refusal"] = dialog.ui.problems.text()
    dialog.ui.on.setText(on)
    dialog.ui.notes.setText(notes)
    press_ok(dialog)


def test_withdrawing_from_the_pupils_page_keeps_the_history(qtbot, open_editor, history_ctx,
                                                          when_modal):
    row = in_force(history_ctx)
    editor = open_editor(row.pupil_id)
    before = len(editor.optouts_model.records)
    editor.ui.optouts_table.selectRow(0)
    assert editor.ui.withdraw_optout.isEnabled()
    seen: dict = {}
    when_modal(lambda dialog: withdraw_in(dialog, "28/11/2026", "Fictional: changed mind",
                                          seen))
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.ui.withdraw_optout, Qt.MouseButton.LeftButton)
    assert seen["default_on"] == "28/11/2026"
    assert "before the opt-out was received" in seen["refusal"]
    assert seen["carer"]  # a parent/carer with parental responsibility is offered
    [entry] = [e for e in optouts.pupil_history(history_ctx, row.pupil_id).opt_outs
               if e.opt_out_id == row.opt_out_id]
    assert entry.received == row.received  # the opt-out itself is unchanged
    assert entry.withdrawal.on == TODAY and entry.withdrawal.notes == "Fictional: changed mind"
    assert len(editor.optouts_model.records) == before
    assert editor.optouts_model.index(0, 6).data().startswith("Withdrawn 28/11/2026, by ")
    assert statuses.status_of(history_ctx, row.pupil_id).status is not Status.OPTED_OUT
    assert "stays in the history" in editor.ui.optouts_hint.text()


def test_withdrawing_from_the_opt_outs_list(qtbot, history_ctx, when_modal):
    page = OptOutsPage(history_ctx)
    page.refresh()  # as showing the area does
    qtbot.addWidget(page)
    page.show()
    row = in_force(history_ctx)
    shown_before = page.proxy.rowCount()
    assert page.ui.show.currentText() == "All, with history"
    page.select_opt_out(row.opt_out_id)
    assert page.ui.withdraw.isEnabled()
    seen: dict = {}
    when_modal(lambda dialog: withdraw_in(dialog, "28/11/2026", "", seen))
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.ui.withdraw, Qt.MouseButton.LeftButton)
    # Everything, with history, at first: it stays, shown as withdrawn; in force, it is gone.
    assert page.proxy.rowCount() == shown_before == page.model.rowCount()
    page.ui.show.setCurrentIndex(page.ui.show.findText("In force"))
    assert row.opt_out_id not in {page.proxy.record_at(r).opt_out_id
                                  for r in range(page.proxy.rowCount())}
    page.ui.show.setCurrentIndex(page.ui.show.findText("Withdrawn"))
    words = {page.proxy.record_at(r).opt_out_id: page.proxy.index(r, 3).data()
             for r in range(page.proxy.rowCount())}
    assert words[row.opt_out_id].startswith("Withdrawn 28/11/2026")
    page.ui.table.selectionModel().select(
        page.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert not page.ui.withdraw.isEnabled()
    page.ui.show.setCurrentIndex(page.ui.show.findText("All, with history"))
    assert page.proxy.rowCount() == page.model.rowCount()
    page.ui.search.setText(row.legal_surname)
    assert row.opt_out_id in {page.proxy.record_at(r).opt_out_id
                              for r in range(page.proxy.rowCount())}
