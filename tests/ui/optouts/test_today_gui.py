"""Today: the counts, this week's deadlines and what needs doing, as the service reports them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from desc_desktop.domain.optouts.status import PupilStatus, Status, Timing
from desc_desktop.domain.register import Address, PupilInput
from desc_desktop.services import generated_runs, letters, pupils, statuses
from desc_desktop.services.generated_runs import UnsentRun
from desc_desktop.services.statuses import PupilStatusRow, TodaySummary
from desc_desktop.ui.today_models import TodoKind, todo_items
from desc_desktop.ui.today_page import TodayPage

WAIT_MS = 5000
TODAY = date(2026, 11, 28)


def row(n: int, surname: str, status: Status) -> PupilStatusRow:
    return PupilStatusRow(n, "", surname, "Ada", "", date(2011, 1, 1), 15, "10", "10A",
                          PupilStatus(status))


def test_what_needs_doing_lists_unsent_runs_first_then_pupils():
    run = UnsentRun(7, 4, TODAY, date(2026, 12, 26), 12, 15, datetime(2026, 11, 27, 9, 30),
                    "Office")
    summary = TodaySummary(
        TODAY, dict.fromkeys(Status, 0), date(2026, 11, 23), date(2026, 11, 29), (),
        came_into_scope_without_letter=(row(1, "Zeller", Status.NOT_ISSUED),),
        joiners_without_letter=(row(2, "Abbott", Status.NOT_ISSUED),
                                row(3, "Bell", Status.NOT_IN_SCOPE)),
        unsent_runs=(run,))
    items = todo_items(summary)
    assert [i.kind for i in items] == [TodoKind.UNSENT_RUN, TodoKind.NO_COVERING_LETTER,
                                       TodoKind.JOINER, TodoKind.JOINER]
    assert items[0].who == "Run 4: 12 letters, issue date 28/11/2026"
    assert items[0].generated_id == 7 and items[0].pupil_id is None
    assert "mark it as sent" in items[0].detail and "discard it" in items[0].detail
    assert [(i.who, i.pupil_id, i.detail) for i in items[1:]] == [
        ("Zeller, Ada (10A)", 1, "No notice sent yet"),
        ("Abbott, Ada (10A)", 2, "No notice sent yet"),
        ("Bell, Ada (10A)", 3, "Not in Connexions age range")]


@pytest.fixture
def joiner(history_ctx) -> int:
    """A pupil admitted this week, whom no letter has been about."""
    return pupils.create_pupil(history_ctx, PupilInput(
        legal_surname="Quillfeather", legal_forename="Tamsin", dob=date(2012, 5, 1),
        gender="F", year_group="9", reg_group="9A", admission_date=date(2026, 11, 23),
        address=Address(line1="12 Larkspur Row", town="Hemel Hempstead", postcode="HP1 1AA")))


@pytest.fixture
def unsent(history_ctx, joiner) -> int:
    """Letters made today for the joiners and never marked as sent."""
    return generated_runs.note_generated(
        history_ctx, letters.plan_run(history_ctx, TODAY, joiners_only=True))


@pytest.fixture
def page(qtbot, history_ctx, unsent) -> TodayPage:
    page = TodayPage(history_ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.show()  # it reads nothing until it has painted once
    return page


def test_the_counts_are_the_services(page, history_ctx):
    summary = statuses.today_summary(history_ctx)
    ui = page.ui
    assert ui.awaiting_count.text() == f"{summary.awaiting_reply:,}"
    assert ui.opted_out_count.text() == f"{summary.opted_out:,}"
    assert ui.may_share_count.text() == f"{summary.may_share:,}"
    assert summary.awaiting_reply and summary.opted_out and summary.may_share
    assert ui.date.text() == "Saturday 28 November 2026"
    assert f"{summary.counts[Status.NOT_IN_SCOPE]:,} not in the age range" in ui.others.text()
    # This week's deadlines, day by day: today's, in the demo.
    assert [d.day for d in page.week_model.records] == [d.day for d in
                                                        summary.deadlines_this_week]
    today_row = page.week_proxy.index(0, 1)
    assert today_row.data() == "Today"
    assert page.week_model.records[0].timing is Timing.TODAY


def test_nothing_is_read_before_the_first_paint(qtbot, history_ctx):
    page = TodayPage(history_ctx)
    qtbot.addWidget(page)
    assert page.summary is None and page.ui.awaiting_count.text() == "…"
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.show()
    assert page.summary is not None


def test_joiners_and_unsent_runs_need_doing(qtbot, page, joiner, unsent):
    items = page.todo_model.records
    kinds = {item.kind: item for item in items}
    assert kinds[TodoKind.UNSENT_RUN].generated_id == unsent
    assert joiner in {i.pupil_id for i in items if i.kind is TodoKind.JOINER}
    assert "1 letter run made but never marked as sent" in page.ui.todo_summary.text()


def choose(page: TodayPage, predicate) -> None:
    table, proxy = page.ui.todo_table, page.todo_proxy
    table.clearSelection()
    for r in range(proxy.rowCount()):
        if predicate(proxy.record_at(r)):
            table.selectionModel().select(
                proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Rows)


def test_a_joiner_opens_and_gets_a_letter_run(qtbot, page, joiner):
    choose(page, lambda item: item.pupil_id == joiner)
    assert page.ui.open_pupil.isEnabled() and page.ui.letters_for.isEnabled()
    assert not page.ui.discard_run.isEnabled()
    with qtbot.waitSignal(page.open_pupil) as opened:
        qtbot.mouseClick(page.ui.open_pupil, Qt.MouseButton.LeftButton)
    assert opened.args == [joiner]
    choose(page, lambda item: item.pupil_id is not None)
    with qtbot.waitSignal(page.letters_requested) as asked:
        qtbot.mouseClick(page.ui.letters_for, Qt.MouseButton.LeftButton)
    assert joiner in asked.args[0] and None not in asked.args[0]


def test_an_unsent_run_is_discarded_after_asking(qtbot, page, history_ctx, unsent,
                                                 answer_messages):
    shown = answer_messages(QMessageBox.StandardButton.No)
    choose(page, lambda item: item.generated_id == unsent)
    assert page.ui.discard_run.isEnabled() and not page.ui.open_pupil.isEnabled()
    qtbot.mouseClick(page.ui.discard_run, Qt.MouseButton.LeftButton)
    assert "not sent home" in shown[0]
    assert [r.generated_id for r in generated_runs.unsent_runs(history_ctx)] == [unsent]
    answer_messages(QMessageBox.StandardButton.Yes)
    choose(page, lambda item: item.generated_id == unsent)
    qtbot.mouseClick(page.ui.discard_run, Qt.MouseButton.LeftButton)
    assert generated_runs.unsent_runs(history_ctx) == []
    assert TodoKind.UNSENT_RUN not in {item.kind for item in page.todo_model.records}
    assert page.ui.discard_run.isHidden()


def test_a_day_of_this_week_opens_on_the_calendar(qtbot, page):
    index = page.week_proxy.index(0, 0)
    with qtbot.waitSignal(page.show_calendar) as shown:
        page.ui.week_table.activated.emit(index)
    assert shown.args == [TODAY]
