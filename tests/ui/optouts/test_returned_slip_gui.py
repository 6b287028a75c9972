"""Opt-outs > Returned slip, driven as the office does: a scanner types the code and Enter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desc_desktop.domain.optouts.status import OptOutBy, Status
from desc_desktop.services import optouts, statuses
from desc_desktop.ui.optouts_page import WAITING, OptOutsPage


@pytest.fixture
def page(qtbot, history_ctx) -> OptOutsPage:
    page = OptOutsPage(history_ctx)
    page.refresh()  # as showing the area does
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def scan(qtbot, page: OptOutsPage, code: str) -> None:
    """As a USB barcode scanner does: the code's keys, then Enter."""
    qtbot.keyClicks(page.ui.slip, code)
    qtbot.keyClick(page.ui.slip, Qt.Key.Key_Return)


def opt_outs_of(ctx, pupil_id: int):
    return optouts.pupil_history(ctx, pupil_id).opt_outs


def test_a_scanned_slip_shows_the_pupil_and_records_the_opt_out_in_time(
        qtbot, page, history_ctx, slip_where):
    slip = slip_where(under_16=True, late=False)
    assert page.ui.slip.hasFocus() and page.ui.letter_info.text() == WAITING
    assert not page.ui.record.isEnabled()
    before = page.model.rowCount()

    scan(qtbot, page, slip.code.lower())  # case and all, as a scanner may send it
    fields = page.fields
    assert page.ui.slip.text() == slip.code
    info = page.ui.letter_info.text()
    assert slip.reference in info and f"reply by {slip.reply_by:%d/%m/%Y}" in info
    assert fields.pupil().pupil_id == slip.pupil_id
    assert slip.name in fields.ui.pupil.currentText()
    assert fields.ui.pupil_status.text().startswith("Today: Awaiting reply until")
    assert fields.ui.received.text() == history_ctx.today().strftime("%d/%m/%Y")
    assert fields.ui.by_parent.isChecked() and fields.ui.carer.currentData() is not None
    assert fields.ui.timeliness.text() == (
        f"In time: the reply-by date is {slip.reply_by:%d/%m/%Y}.")
    assert page.ui.record.isEnabled() and page.ui.record.hasFocus()

    qtbot.keyClick(page.ui.record, Qt.Key.Key_Return)  # autoDefault: Enter presses it
    [entry] = opt_outs_of(history_ctx, slip.pupil_id)
    assert (entry.by, entry.received, entry.late, entry.letter_reference) == (
        OptOutBy.PARENT, history_ctx.today(), False, slip.reference)
    assert page.ui.result.text().startswith(f"Recorded for {slip.name}. In time:")
    # Ready for the next slip at once.
    assert page.ui.slip.text() == "" and page.ui.slip.hasFocus()
    assert not page.ui.record.isEnabled()
    assert page.model.rowCount() == before + 1
    assert statuses.status_of(history_ctx, slip.pupil_id).status is Status.OPTED_OUT


def test_a_letter_reference_typed_by_hand_finds_its_child_and_records(
        qtbot, page, history_ctx, slips_of_household):
    """A household letter's reference (no slip number): the office chooses which child."""
    reference, children = slips_of_household
    scan(qtbot, page, reference.lower().replace("-", " "))  # as a person might type it
    fields = page.fields
    assert page.ui.slip.text() == reference
    assert page.fields.pupil() is None
    assert fields.ui.pupil.currentText() == "Choose which child…"
    covered = [p for p in optouts.find_slip(history_ctx, reference).pupils if p.covered]
    assert f"covers {len(covered)} children" in fields.ui.problems.text()
    qtbot.mouseClick(page.ui.record, Qt.MouseButton.LeftButton)  # refused: which child?
    assert "choose which one" in fields.ui.problems.text()
    chosen = children[-1]
    fields.ui.pupil.setCurrentIndex(fields.ui.pupil.findData(chosen.pupil_id))
    assert fields.ui.timeliness.text().startswith(("In time", "Late"))
    qtbot.mouseClick(page.ui.record, Qt.MouseButton.LeftButton)
    [entry] = opt_outs_of(history_ctx, chosen.pupil_id)
    assert entry.letter_reference == reference
    assert all(opt_outs_of(history_ctx, c.pupil_id) == () for c in children[:-1])


def test_a_late_slip_is_recorded_and_marked_late(qtbot, page, history_ctx, slip_where):
    slip = slip_where(under_16=True, late=True)
    scan(qtbot, page, slip.code)
    days = (history_ctx.today() - slip.reply_by).days
    assert page.fields.ui.timeliness.text().startswith(f"Late: received {days} days after")
    qtbot.mouseClick(page.ui.record, Qt.MouseButton.LeftButton)
    [entry] = opt_outs_of(history_ctx, slip.pupil_id)
    assert entry.late
    assert "Late: received" in page.ui.result.text()
    assert "still recorded" in page.ui.result.text()


def test_a_pupil_under_16_cannot_be_chosen_and_the_form_says_why(qtbot, page, slip_where):
    slip = slip_where(under_16=True)
    scan(qtbot, page, slip.code)
    fields = page.fields
    assert not fields.ui.by_pupil.isEnabled()
    assert "was under 16 on that date" in fields.ui.by_reason.text()
    assert fields.ui.by_reason.isVisibleTo(page)


def test_a_pupil_of_16_may_opt_out_themselves(qtbot, page, history_ctx, slip_where):
    slip = slip_where(under_16=False)
    scan(qtbot, page, slip.code)
    fields = page.fields
    assert fields.ui.by_pupil.isEnabled()
    fields.ui.by_pupil.setChecked(True)
    assert not fields.ui.carer.isEnabled()
    qtbot.mouseClick(page.ui.record, Qt.MouseButton.LeftButton)
    [entry] = opt_outs_of(history_ctx, slip.pupil_id)
    assert entry.by is OptOutBy.PUPIL and entry.carer_name == ""


def test_a_date_in_the_future_is_refused_in_words(qtbot, page, history_ctx, slip_where):
    slip = slip_where(under_16=True)
    scan(qtbot, page, slip.code)
    fields = page.fields
    tomorrow = history_ctx.today() + timedelta(days=1)
    fields.ui.received.selectAll()
    qtbot.keyClicks(fields.ui.received, tomorrow.strftime("%d/%m/%Y"))
    assert "is in the future" in fields.ui.problems.text()  # said as it is typed
    qtbot.mouseClick(page.ui.record, Qt.MouseButton.LeftButton)
    assert opt_outs_of(history_ctx, slip.pupil_id) == ()
    assert "Please fix the following" in fields.ui.problems.text()
    assert "today at the latest" in fields.ui.problems.text()
    assert fields.ui.received.hasFocus()
    assert page.ui.slip.text() == slip.code  # nothing lost: fix the date and record


def test_a_date_before_the_letter_was_issued_is_refused(qtbot, page, history_ctx, slip_where):
    slip = slip_where(under_16=True)
    scan(qtbot, page, slip.code)
    fields = page.fields
    fields.ui.received.setText((slip.issue_date - timedelta(days=1)).strftime("%d/%m/%Y"))
    qtbot.mouseClick(page.ui.record, Qt.MouseButton.LeftButton)
    assert "before the letter was issued" in fields.ui.problems.text()
    assert opt_outs_of(history_ctx, slip.pupil_id) == ()


def test_a_code_that_is_not_a_slip_says_what_they_look_like(qtbot, page):
    scan(qtbot, page, "Quillfeather")
    assert "they look like R001-0004" in page.ui.letter_info.text()
    assert not page.ui.record.isEnabled()
    scan(qtbot, page, "")  # the field is all selected: the next scan replaces it
    page.ui.slip.clear()
    scan(qtbot, page, "R099-0001")
    assert "No letter marked as sent has the reference R099-0001" in page.ui.letter_info.text()


def test_the_next_scan_goes_to_the_slip_field_not_the_record_button(
        qtbot, page, history_ctx, slip_where):
    slip = slip_where(under_16=True, late=False)
    scan(qtbot, page, slip.code)
    assert page.ui.record.hasFocus()
    # A slip scanned while the Record button has the focus is typed into the slip field,
    # and the Enter that ends it looks the slip up: it records nothing by itself.
    for key in slip.code:  # each key to whatever has the focus, as the keyboard does
        qtbot.keyClicks(QApplication.focusWidget(), key)
    assert page.ui.slip.hasFocus() and page.ui.slip.text() == slip.code
    assert page.found is None and not page.ui.record.isEnabled()
    qtbot.keyClick(page.ui.slip, Qt.Key.Key_Return)
    assert page.found is not None and page.ui.record.hasFocus()
    assert opt_outs_of(history_ctx, slip.pupil_id) == ()


def test_an_opt_out_already_in_force_is_refused(qtbot, page, history_ctx, slip_where,
                                                answer_messages):
    answer_messages(QMessageBox.StandardButton.Ok)
    slip = slip_where(under_16=True)
    scan(qtbot, page, slip.code)
    qtbot.mouseClick(page.ui.record, Qt.MouseButton.LeftButton)
    scan(qtbot, page, slip.code)
    assert "already has an opt-out in force" in page.fields.ui.problems.text()
    qtbot.mouseClick(page.ui.record, Qt.MouseButton.LeftButton)
    assert len(opt_outs_of(history_ctx, slip.pupil_id)) == 1
