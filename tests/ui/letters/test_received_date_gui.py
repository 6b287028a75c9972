"""The date received on the run page: worked out from the delivery, the office's to change,
the reply-by date following at once, and never before the issue date."""

from __future__ import annotations

from datetime import date

from letters_gui_support import click, make_pdf, review, rows_of
from PySide6.QtWidgets import QMessageBox

from desc_desktop.domain.letters.delivery import RECEIVED_BEFORE_ISSUE, Delivery
from desc_desktop.store.tables import LetterRun
from desc_desktop.ui.letter_run_page import CHOOSE

YES = QMessageBox.StandardButton.Yes


def choose_delivery(run, delivery: Delivery) -> None:
    run.ui.delivery.setCurrentIndex(run.ui.delivery.findData(delivery.value))


def test_the_date_received_follows_the_delivery_until_changed(qtbot, run):
    ui = run.ui
    ui.issue_date.setText("04/12/2026")  # a Friday
    choose_delivery(run, Delivery.FIRST)
    assert ui.received.text() == "08/12/2026"  # two working days, over the weekend
    assert ui.received_hint.text() == "Tue (from the delivery; change it if need be)"
    assert ui.dates.text() == "Tue 05/01/2027 (28 days after it is received)"

    # The office knows the post is slow this week: the reply-by date follows at once.
    ui.received.clear()
    qtbot.keyClicks(ui.received, "11/12/2026")
    assert ui.dates.text() == "Fri 08/01/2027 (28 days after it is received)"
    assert ui.received_hint.text() == "Fri (changed; the usual day is Tue 08/12/2026)"
    assert ui.dates_problem.isHidden()

    # A new delivery or issue date works the date out again.
    choose_delivery(run, Delivery.HAND)
    assert ui.received.text() == "04/12/2026"
    assert ui.dates.text() == "Fri 01/01/2027 (28 days after it is received)"


def test_a_date_received_before_the_issue_date_is_said_plainly_and_stops_the_run(qtbot,
                                                                                 run):
    ui = run.ui
    ui.issue_date.setText("30/11/2026")
    ui.received.setText("27/11/2026")
    assert ui.dates_problem.isVisible()
    assert ui.dates_problem.text() == RECEIVED_BEFORE_ISSUE
    assert ui.dates.text() == "—"
    click(qtbot, ui.check)
    assert run.step == CHOOSE and not run.busy and run.plan is None

    ui.received.setText("31/11/2026")
    assert "Date received:" in ui.dates_problem.text()  # not a real date, and says which
    ui.received.setText("30/11/2026")  # the issue date itself is fine
    assert ui.dates_problem.isHidden()
    assert ui.dates.text() == "Mon 28/12/2026 (28 days after it is received)"


def test_the_date_received_given_is_the_one_recorded(qtbot, engine, run, save_as, tmp_path,
                                                    answer_messages):
    ui = run.ui
    ui.issue_date.setText("30/11/2026")
    choose_delivery(run, Delivery.SECOND)
    ui.received.setText("07/12/2026")
    review(qtbot, run)
    assert run.plan.received == date(2026, 12, 7) and run.plan.reply_by == date(2027, 1, 4)
    assert ("received Monday 7 December 2026 (the date you gave)"
            in ui.review_intro.text())
    assert "opt-outs are due by Monday 4 January 2027" in ui.review_intro.text()
    make_pdf(qtbot, run, save_as, tmp_path / "late post.pdf")
    answer_messages(YES)
    click(qtbot, ui.mark_sent)
    [recorded] = rows_of(engine, LetterRun)
    assert (recorded.received_on, recorded.reply_by) == (date(2026, 12, 7), date(2027, 1, 4))
