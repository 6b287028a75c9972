"""Letters > Sent letters: find a letter marked as sent, and reprint a lost one with its own
later reply-by date."""

from __future__ import annotations

from datetime import date

from letters_gui_support import WAIT_MS, click, make_pdf, pdf_text, rows_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desc_desktop.domain.letters.delivery import Delivery
from desc_desktop.services import letter_runs, letters
from desc_desktop.store.tables import Letter
from desc_desktop.ui.letter_run_page import CHOOSE, REVIEW
from desc_desktop.ui.letters_page import RUN_TAB, SENT_TAB
from desc_desktop.ui.reprint_dialog import ReprintDialog
from desc_desktop.ui.sent_letters_model import LETTER_ROLE

YES = QMessageBox.StandardButton.Yes
ISSUE = date(2026, 11, 30)


def sent_view(page):
    page.ui.tabs.setCurrentIndex(SENT_TAB)
    return page.sent_letters


def shown_references(view) -> list[str]:
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def send_a_run(ctx):
    plan = letters.plan_run(ctx, ISSUE)
    letter_runs.mark_sent(ctx, plan, 0)
    return plan


def test_before_any_run_is_sent_the_view_says_where_letters_come_from(qtbot, page):
    view = sent_view(page)
    assert view.ui.content.currentWidget() is view.ui.empty_page
    assert "No letters have been marked as sent yet" in view.ui.empty_message.text()
    assert not view.ui.reprint.isEnabled()


def test_sent_letters_are_found_by_reference_or_name(qtbot, demo_ctx, page):
    plan = send_a_run(demo_ctx)
    view = sent_view(page)  # shown: read afresh
    assert shown_references(view) == [letter.reference for letter in plan.letters]
    assert view.ui.count.text() == f"{len(plan.letters)} of {len(plan.letters)} letters"
    wanted = plan.letters[4]
    qtbot.keyClicks(view.ui.search, wanted.reference.lower())
    assert shown_references(view) == [wanted.reference]
    row = view.proxy.index(0, 0).data(LETTER_ROLE)
    assert row.addressees == wanted.addressees
    assert view.proxy.index(0, 3).data() == "30/11/2026"
    assert view.proxy.index(0, 4).data() == f"{plan.reply_by:%d/%m/%Y}"

    view.ui.search.clear()
    child = wanted.children[0].name
    qtbot.keyClicks(view.ui.search, child.split()[0].lower())
    assert wanted.reference in shown_references(view)
    view.ui.search.setText("no such family at all")
    assert view.ui.content.currentWidget() is view.ui.empty_page
    assert "No sent letter has this reference or name" in view.ui.empty_message.text()


def test_a_lost_letter_is_reprinted_and_recorded_with_its_own_reply_by_date(
        qtbot, demo_ctx, engine, window, page, save_as, tmp_path, answer_messages,
        when_modal, last_audit):
    plan = send_a_run(demo_ctx)
    lost = next(letter for letter in plan.letters if any(c.covered for c in letter.children))
    view = sent_view(page)
    qtbot.keyClicks(view.ui.search, lost.reference)
    qtbot.keyClick(view.ui.search, Qt.Key.Key_Return)  # the first match chosen
    assert view.selected().reference == lost.reference
    assert lost.reference in view.ui.chosen.text()

    def fill_in(dialog: ReprintDialog) -> None:
        assert lost.reference in dialog.ui.letter.text()
        assert lost.addressees[0] in dialog.ui.letter.text()
        assert dialog.ui.issue_date.text() == "28/11/2026"  # today
        dialog.ui.issue_date.setText("14/12/2026")
        dialog.ui.delivery.setCurrentIndex(dialog.ui.delivery.findData(Delivery.FIRST.value))
        assert dialog.ui.received.text() == "16/12/2026"
        assert dialog.ui.dates.text() == "Wed 13/01/2027 (28 days after it is received)"
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill_in)
    click(qtbot, view.ui.reprint)
    run = page.run
    qtbot.waitUntil(lambda: not run.busy and run.step == REVIEW, timeout=WAIT_MS)
    assert page.ui.tabs.currentIndex() == RUN_TAB
    assert run.reissue_of == lost.reference
    [copy] = run.plan.letters
    assert copy.reference == "R002-0001" and copy.addressees == lost.addressees
    assert run.plan.reply_by == date(2027, 1, 13)
    intro = run.ui.review_intro.text()
    assert f"A reprint of the lost letter {lost.reference}" in intro
    assert "Wednesday 13 January 2027" in intro and "R002-0001" in intro
    assert f"reprint of {lost.reference}" in run.ui.steps_label.text()
    assert run.ui.check_again.isHidden()

    make_pdf(qtbot, run, save_as, tmp_path / "reprint.pdf")
    text = pdf_text(tmp_path / "reprint.pdf")
    assert "Reference R002-0001" in text and lost.addressees[0] in text
    assert "13 January 2027" in text
    shown = answer_messages(YES)
    click(qtbot, run.ui.mark_sent)
    assert f"this reprint of {lost.reference}" in shown[0]
    assert "Letter run 2 marked as sent" in last_audit().summary
    stored = {row.reference: row for row in rows_of(engine, Letter)}
    assert stored["R002-0001"].reissue_of == stored[lost.reference].id
    assert stored["R002-0001"].reply_by == date(2027, 1, 13)
    assert stored[lost.reference].reply_by == plan.reply_by  # the lost letter as it was

    # The sent letters now show the reprint against the lost letter.
    view = sent_view(page)
    view.ui.search.setText(lost.reference)
    notes = {view.proxy.index(r, 0).data(): view.proxy.index(r, 5).data()
             for r in range(view.proxy.rowCount())}
    assert "Reprinted as R002-0001" in notes[lost.reference]
    assert notes["R002-0001"] == f"Reprint of {lost.reference}"
    assert view.ui.run.itemText(1) == "Run 2 · 14/12/2026 · reprint"

    page.ui.tabs.setCurrentIndex(RUN_TAB)
    click(qtbot, run.ui.another_run)
    assert run.step == CHOOSE and run.reissue_of is None


def test_the_reprint_dialog_refuses_a_date_received_before_its_issue_date(
        qtbot, demo_ctx, page, answer_messages):
    send_a_run(demo_ctx)
    view = sent_view(page)
    dialog = ReprintDialog(view.model.records[0], demo_ctx.today(), page)
    qtbot.addWidget(dialog)
    dialog.ui.received.setText("27/11/2026")
    assert dialog.ui.dates_problem.text().startswith("The date received cannot be before")
    shown = answer_messages(YES)
    dialog.accept()
    assert dialog.result() != ReprintDialog.DialogCode.Accepted
    assert "cannot be before the issue date" in shown[0]


def test_the_run_filter_shows_one_run_s_letters(qtbot, demo_ctx, page):
    first = send_a_run(demo_ctx)
    again = letter_runs.plan_reissue(demo_ctx, first.letters[0].reference, ISSUE)
    letter_runs.mark_sent(demo_ctx, again, 0)
    view = sent_view(page)
    box = view.ui.run
    assert [box.itemText(i) for i in range(box.count())] == [
        "All runs", "Run 2 · 30/11/2026 · reprint",
        f"Run 1 · 30/11/2026 · {len(first.letters)} letters"]
    box.setCurrentIndex(1)
    assert shown_references(view) == ["R002-0001"]
    box.setCurrentIndex(2)
    assert len(shown_references(view)) == len(first.letters)
