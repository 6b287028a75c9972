"""The status every screen, PDF and export uses: five words, checked in order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desc_desktop.domain.letters.connexions import ConnexionsAges
from desc_desktop.domain.optouts.status import (
    STATUS_COLOURS,
    STATUS_TINTS,
    CoveringLetter,
    OptOutBy,
    OptOutFact,
    PupilStatus,
    Status,
    Timing,
    deadline_days,
    status_on,
    timing,
)

ISSUE = date(2026, 10, 12)
REPLY_BY = date(2026, 11, 9)
LETTER = CoveringLetter(ISSUE, REPLY_BY)
FOURTEEN = date(2012, 5, 1)  # 14 on the issue date


def status(on: date, dob: date = FOURTEEN, ldd: bool = False, letters=(LETTER,), opt_outs=(),
           **kwargs) -> PupilStatus:
    return status_on(on, dob, ldd, letters, opt_outs, **kwargs)


def test_the_five_statuses_in_a_pupils_year():
    assert status(ISSUE - timedelta(days=1)).status is Status.NOT_ISSUED
    assert status(ISSUE).status is Status.AWAITING_REPLY
    assert status(REPLY_BY).status is Status.AWAITING_REPLY  # the last day to reply
    day_after = status(REPLY_BY + timedelta(days=1))
    assert day_after.status is Status.MAY_SHARE and day_after.may_share
    assert day_after.reply_by == REPLY_BY
    assert status(ISSUE, dob=date(2015, 5, 1)).status is Status.NOT_IN_SCOPE


def test_no_letter_ever_means_not_issued():
    result = status(ISSUE, letters=())
    assert (result.status, result.reply_by) == (Status.NOT_ISSUED, None)
    assert not result.may_share


def test_opted_out_from_the_day_received_even_inside_the_28_days():
    opt_out = OptOutFact(date(2026, 10, 20), OptOutBy.PARENT, late=False)
    assert status(date(2026, 10, 19), opt_outs=[opt_out]).status is Status.AWAITING_REPLY
    result = status(date(2026, 10, 20), opt_outs=[opt_out])
    assert result.status is Status.OPTED_OUT
    assert (result.opted_out_on, result.opted_out_by, result.late) == (
        date(2026, 10, 20), OptOutBy.PARENT, False)
    assert status(date(2027, 6, 1), opt_outs=[opt_out]).status is Status.OPTED_OUT


def test_a_late_opt_out_is_honoured_from_the_day_received():
    late = OptOutFact(date(2026, 11, 12), OptOutBy.PUPIL, late=True)
    assert status(date(2026, 11, 11), opt_outs=[late]).status is Status.MAY_SHARE
    result = status(date(2026, 11, 12), opt_outs=[late])
    assert result.status is Status.OPTED_OUT and result.late
    assert result.label == "Opted out (12/11/2026, by pupil; late)"


def test_an_opt_out_before_any_letter_counts():
    early = OptOutFact(date(2026, 9, 1), OptOutBy.PARENT, late=False)
    assert status(date(2026, 9, 2), opt_outs=[early]).status is Status.OPTED_OUT


def test_a_withdrawal_ends_the_opt_out_from_its_day_and_keeps_the_history():
    withdrawn = OptOutFact(date(2026, 10, 20), OptOutBy.PARENT, False,
                           withdrawn_on=date(2026, 11, 20))
    assert status(date(2026, 11, 19), opt_outs=[withdrawn]).status is Status.OPTED_OUT
    after = status(date(2026, 11, 20), opt_outs=[withdrawn])
    assert after.status is Status.MAY_SHARE and after.opted_out_on is None
    # Inside the 28 days a withdrawal puts the pupil back to awaiting a reply.
    early = OptOutFact(date(2026, 10, 20), OptOutBy.PARENT, False, withdrawn_on=date(2026, 11, 1))
    assert status(date(2026, 11, 1), opt_outs=[early]).status is Status.AWAITING_REPLY
    # A second opt-out after the withdrawal is in force from its own day.
    again = OptOutFact(date(2026, 12, 1), OptOutBy.PARENT, late=True)
    result = status(date(2026, 12, 1), opt_outs=[withdrawn, again])
    assert (result.status, result.opted_out_on) == (Status.OPTED_OUT, date(2026, 12, 1))


def test_out_of_scope_is_checked_first_but_the_opt_out_is_still_reported():
    opt_out = OptOutFact(date(2026, 10, 20), OptOutBy.PARENT, late=False)
    twenty = date(2006, 1, 1)
    result = status(date(2026, 10, 21), dob=twenty, opt_outs=[opt_out])
    assert result.status is Status.NOT_IN_SCOPE
    assert result.opted_out_on == date(2026, 10, 20)
    assert result.label == "Not in Connexions age range"


def test_13th_birthday_on_the_issue_date():
    dob = date(2013, 10, 12)
    assert status(ISSUE - timedelta(days=1), dob=dob).status is Status.NOT_IN_SCOPE
    assert status(ISSUE, dob=dob).status is Status.AWAITING_REPLY


def test_a_child_covered_at_12_is_awaiting_once_13():
    dob = date(2013, 11, 1)  # 12 on the issue date, covered by turning 13 this school year
    assert status(date(2026, 10, 31), dob=dob).status is Status.NOT_IN_SCOPE
    assert status(date(2026, 11, 1), dob=dob).status is Status.AWAITING_REPLY
    assert status(date(2026, 11, 10), dob=dob).status is Status.MAY_SHARE


def test_leap_day_birthday_counts_from_1_march_in_common_years():
    dob = date(2012, 2, 29)  # 13 in 2025, a common year
    letter = CoveringLetter(date(2025, 2, 1), date(2025, 3, 1))
    assert status(date(2025, 2, 28), dob=dob, letters=[letter]).status is Status.NOT_IN_SCOPE
    assert status(date(2025, 3, 1), dob=dob, letters=[letter]).status is Status.AWAITING_REPLY


def test_19_or_up_to_25_with_a_learning_difficulty():
    dob = date(2006, 10, 13)  # 20 tomorrow
    assert status(ISSUE, dob=dob).status is Status.AWAITING_REPLY
    assert status(date(2026, 10, 13), dob=dob).status is Status.NOT_IN_SCOPE
    assert status(date(2026, 10, 13), dob=dob, ldd=True).status is Status.AWAITING_REPLY
    assert status(date(2032, 10, 12), dob=dob, ldd=True).status is Status.MAY_SHARE  # 25
    assert status(date(2032, 10, 13), dob=dob, ldd=True).status is Status.NOT_IN_SCOPE  # 26


def test_ages_are_settings():
    strict = ConnexionsAges(youngest=14, oldest=18, oldest_with_ldd=24)
    thirteen = date(2013, 6, 1)
    assert status(ISSUE, dob=thirteen).status is Status.AWAITING_REPLY
    assert status(ISSUE, dob=thirteen, ages=strict).status is Status.NOT_IN_SCOPE
    nineteen = date(2007, 6, 1)
    assert status(ISSUE, dob=nineteen, ages=strict).status is Status.NOT_IN_SCOPE
    assert status(ISSUE, dob=nineteen, ldd=True, ages=strict).status is Status.AWAITING_REPLY


def test_a_reissued_letter_moves_the_reply_by_date():
    reissue = CoveringLetter(date(2026, 11, 2), date(2026, 11, 30))
    letters = [LETTER, reissue]
    assert status(date(2026, 11, 1), letters=letters).reply_by == REPLY_BY
    moved = status(date(2026, 11, 10), letters=letters)  # past the first date, not the new one
    assert (moved.status, moved.reply_by) == (Status.AWAITING_REPLY, date(2026, 11, 30))
    assert moved.label == "Awaiting reply until 30/11/2026"
    assert status(date(2026, 12, 1), letters=letters).status is Status.MAY_SHARE
    # The first date was never the pupil's deadline: the reissue came before it passed.
    assert deadline_days(letters) == {date(2026, 11, 30)}


def test_a_reissue_after_the_deadline_passed_makes_a_second_deadline():
    late_reissue = CoveringLetter(date(2026, 11, 16), date(2026, 12, 14))
    letters = [LETTER, late_reissue]
    assert status(date(2026, 11, 12), letters=letters).status is Status.MAY_SHARE
    assert status(date(2026, 11, 16), letters=letters).status is Status.AWAITING_REPLY
    assert deadline_days(letters) == {REPLY_BY, date(2026, 12, 14)}


def test_a_letter_issued_later_does_not_count_yet():
    next_year = CoveringLetter(date(2027, 10, 11), date(2027, 11, 8))
    result = status(date(2027, 1, 5), letters=[LETTER, next_year])
    assert (result.status, result.reply_by) == (Status.MAY_SHARE, REPLY_BY)


@pytest.mark.parametrize(("result", "label"), [
    (PupilStatus(Status.NOT_IN_SCOPE), "Not in Connexions age range"),
    (PupilStatus(Status.NOT_ISSUED), "No notice sent yet"),
    (PupilStatus(Status.AWAITING_REPLY, date(2026, 12, 30)), "Awaiting reply until 30/12/2026"),
    (PupilStatus(Status.OPTED_OUT, None, date(2026, 12, 3), OptOutBy.PARENT),
     "Opted out (03/12/2026, by parent)"),
    (PupilStatus(Status.MAY_SHARE, date(2026, 12, 30)), "May share on request"),
])
def test_labels_are_the_words_of_the_ui_map(result, label):
    assert result.label == label


def test_one_colour_per_status():
    for colours in (STATUS_COLOURS, STATUS_TINTS):
        assert set(colours) == set(Status)
        assert len(set(colours.values())) == len(Status)
        assert all(len(c) == 7 and c.startswith("#") for c in colours.values())


def test_deadline_timing():
    today = date(2026, 11, 28)
    assert [timing(today + timedelta(days=d), today) for d in (-1, 0, 1)] == [
        Timing.PASSED, Timing.TODAY, Timing.UPCOMING]
