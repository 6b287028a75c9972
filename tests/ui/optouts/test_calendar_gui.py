"""Calendar: the deadlines counted per day, the day chosen, the next 14 days, opening a pupil."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from desc_desktop.domain.optouts.status import PupilStatus, Status, Timing
from desc_desktop.services import statuses
from desc_desktop.services.statuses import DeadlineDay, PupilStatusRow
from desc_desktop.store.tables import Letter, LetterPupil, Pupil
from desc_desktop.ui.calendar_page import CalendarPage
from desc_desktop.ui.deadline_calendar import DayMark, counts_per_day, shown_range

TODAY = date(2026, 11, 28)


def pupil(n: int, status: Status = Status.AWAITING_REPLY) -> PupilStatusRow:
    return PupilStatusRow(n, "", f"Surname{n}", "Forename", "", date(2012, 1, 1), 14, "10",
                          "10A", PupilStatus(status))


def test_the_calendar_model_counts_the_pupils_due_each_day():
    days = [DeadlineDay(date(2026, 11, 14), Timing.PASSED, (pupil(1), pupil(2), pupil(3))),
            DeadlineDay(TODAY, Timing.TODAY, (pupil(4),)),
            DeadlineDay(date(2026, 12, 6), Timing.UPCOMING, (pupil(5), pupil(6))),
            DeadlineDay(date(2026, 12, 7), Timing.UPCOMING, ())]
    assert counts_per_day(days, TODAY) == {
        date(2026, 11, 14): DayMark(3, Timing.PASSED),
        TODAY: DayMark(1, Timing.TODAY),
        date(2026, 12, 6): DayMark(2, Timing.UPCOMING),
    }
    # Seen from a later day, the same deadlines have all passed.
    later = counts_per_day(days, date(2027, 1, 4))
    assert {mark.timing for mark in later.values()} == {Timing.PASSED}
    assert [mark.count for mark in later.values()] == [3, 1, 2]


def test_a_month_page_covers_the_weeks_either_side():
    assert shown_range(2026, 11) == (date(2026, 10, 25), date(2026, 12, 14))
    assert shown_range(2026, 12) == (date(2026, 11, 24), date(2027, 1, 14))


@pytest.fixture
def page(qtbot, history_ctx) -> CalendarPage:
    page = CalendarPage(history_ctx)
    page.refresh()  # as showing the area does
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.go_to_today()
    return page


def due_per_day(ctx) -> Counter:
    """Pupils on roll per reply-by day, straight from the letters (the demo reprints none)."""
    with ctx.reading() as session:
        rows = session.exec(select(Letter.reply_by, LetterPupil.pupil_id)
                            .join(LetterPupil, LetterPupil.letter_id == Letter.id)
                            .join(Pupil, LetterPupil.pupil_id == Pupil.id)
                            .where(LetterPupil.covered, Pupil.leaving_date == None)  # noqa: E711
                            ).all()
    return Counter(day for day, _pupil in set(rows))


def test_the_calendar_shows_each_days_count_coloured_for_passed_today_and_upcoming(
        page, history_ctx):
    expected = due_per_day(history_ctx)
    marks = page.calendar.marks
    assert {day: mark.count for day, mark in marks.items()} == {
        day: n for day, n in expected.items() if date(2026, 10, 25) <= day <= date(2026, 12, 14)}
    assert len(marks) == 3  # the demo's three runs
    assert [marks[day].timing for day in sorted(marks)] == [Timing.PASSED, Timing.TODAY,
                                                            Timing.UPCOMING]
    # Another month: only its deadlines (none in February).
    page.calendar.setCurrentPage(2027, 2)
    assert page.calendar.marks == {}


def test_choosing_a_day_lists_its_pupils_with_their_status_today(page, history_ctx):
    expected = due_per_day(history_ctx)
    assert page.day_model.rowCount() == expected[TODAY]
    assert "is today" in page.ui.day_title.text()
    rows = page.day_model.records
    assert {r.status.status for r in rows} <= {Status.AWAITING_REPLY, Status.OPTED_OUT}
    status_column = 2
    first = page.day_proxy.index(0, status_column)
    assert first.data() == rows[0].status.label or first.data() in {r.status.label for r in rows}
    assert first.data(Qt.ItemDataRole.ForegroundRole).color().name() in {"#1565c0", "#6a1b9a"}
    passed = min(page.calendar.marks)
    page.calendar.select_day(passed)
    assert page.day_model.rowCount() == expected[passed]
    assert "has passed" in page.ui.day_title.text()
    page.calendar.select_day(passed + timedelta(days=1))
    assert page.day_model.rowCount() == 0 and "no reply-by dates" in page.ui.day_title.text()


def test_the_next_14_days_list_matches_the_service_and_opens_a_pupil(qtbot, page, history_ctx):
    upcoming = statuses.next_deadlines(history_ctx)
    assert page.next_model.rowCount() == sum(day.count for day in upcoming)
    assert {d.day for d in page.next_model.records} == {day.day for day in upcoming}
    table = page.ui.next_table
    table.setFocus()
    last = page.next_proxy.rowCount() - 1
    table.setCurrentIndex(page.next_proxy.index(last, 0))
    chosen = page.next_proxy.record_at(last)
    assert page.calendar.selected_day() == chosen.day  # the calendar follows the list
    with qtbot.waitSignal(page.open_pupil) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [chosen.pupil.pupil_id]
    with qtbot.waitSignal(page.open_pupil) as opened:
        qtbot.mouseClick(page.ui.open_pupil, Qt.MouseButton.LeftButton)
    assert opened.args == [chosen.pupil.pupil_id]
