"""Who may opt out, when it was received, and whether it came in time."""

from __future__ import annotations

from datetime import date

import pytest

from desc_desktop.domain.letters.references import ParsedReference, parse_reference
from desc_desktop.domain.optouts.rules import (
    OptOutRefused,
    check_opt_out,
    check_withdrawal,
    is_late,
    timeliness,
)
from desc_desktop.domain.optouts.status import OptOutBy, OptOutFact

TODAY = date(2026, 11, 28)
ISSUE = date(2026, 10, 12)
REPLY_BY = date(2026, 11, 9)


def refusal(**kwargs) -> OptOutRefused:
    base = {"by": OptOutBy.PARENT, "pupil_dob": date(2012, 5, 1), "received": date(2026, 10, 20),
            "today": TODAY, "issue_date": ISSUE, "carer_has_pr": True}
    with pytest.raises(OptOutRefused) as info:
        check_opt_out(**{**base, **kwargs})
    return info.value


def allowed(**kwargs) -> None:
    base = {"by": OptOutBy.PARENT, "pupil_dob": date(2012, 5, 1), "received": date(2026, 10, 20),
            "today": TODAY, "issue_date": ISSUE, "carer_has_pr": True}
    check_opt_out(**{**base, **kwargs})


def test_received_on_the_reply_by_date_is_in_time_the_day_after_is_late():
    assert not is_late(REPLY_BY, REPLY_BY)
    assert is_late(date(2026, 11, 10), REPLY_BY)
    assert not is_late(date(2027, 1, 1), None)
    assert timeliness(REPLY_BY, REPLY_BY) == "In time: the reply-by date is 09/11/2026."
    message = timeliness(date(2026, 11, 10), REPLY_BY)
    assert message.startswith("Late: received 1 day after the reply-by date (09/11/2026)")
    assert "honoured from 10/11/2026" in message
    assert "3 days after" in timeliness(date(2026, 11, 12), REPLY_BY)


def test_a_parent_with_parental_responsibility_may_opt_out():
    allowed()


def test_a_carer_without_parental_responsibility_is_refused_saying_why():
    error = refusal(carer_has_pr=False)
    assert error.for_field("carer") and "parental responsibility" in str(error)


def test_a_parent_must_be_chosen_only_when_there_is_more_than_one():
    allowed(carer_has_pr=None, pr_carers=1)  # the only one: them
    assert "has 2 parents/carers with parental responsibility: choose which one asked to " \
           "opt out" in str(refusal(carer_has_pr=None, pr_carers=2))
    assert "No parent/carer with parental responsibility is recorded" in str(
        refusal(carer_has_pr=None, pr_carers=0))


def test_the_pupil_may_opt_out_from_their_16th_birthday():
    dob = date(2010, 11, 20)
    allowed(by=OptOutBy.PUPIL, pupil_dob=dob, received=date(2026, 11, 20), carer_has_pr=None)
    error = refusal(by=OptOutBy.PUPIL, pupil_dob=dob, received=date(2026, 11, 19))
    assert error.for_field("by") == [
        "The pupil was under 16 on that date, so cannot opt out themselves: a parent/carer "
        "with parental responsibility must. A pupil may from their 16th birthday."]


def test_a_leap_day_pupil_is_16_on_their_leap_day_birthday():
    dob = date(2008, 2, 29)
    refusal(by=OptOutBy.PUPIL, pupil_dob=dob, received=date(2024, 2, 28),
            issue_date=date(2024, 2, 1), today=date(2024, 3, 5))
    allowed(by=OptOutBy.PUPIL, pupil_dob=dob, received=date(2024, 2, 29),
            issue_date=date(2024, 2, 1), today=date(2024, 3, 5))


def test_received_never_in_the_future_nor_before_the_issue_date():
    allowed(received=TODAY)
    assert "in the future" in str(refusal(received=date(2026, 11, 29)))
    allowed(received=ISSUE)
    error = refusal(received=date(2026, 10, 11))
    assert error.for_field("received") == [
        "The date received (11/10/2026) is before the letter was issued (12/10/2026): check the "
        "date, or the letter it answers."]
    allowed(received=date(2026, 10, 1), issue_date=None)  # no letter known: a phone call


def test_every_reason_is_given_at_once():
    error = refusal(by=OptOutBy.PUPIL, received=date(2026, 12, 1))
    assert {p.field for p in error.problems} == {"received", "by"}


def test_an_opt_out_already_in_force_is_not_recorded_twice():
    existing = OptOutFact(date(2026, 10, 15), OptOutBy.PARENT, late=False)
    error = refusal(in_force=existing)
    assert "already has an opt-out in force, received on 15/10/2026" in str(error)


def test_withdrawal_rules():
    opt_out = OptOutFact(date(2026, 10, 15), OptOutBy.PARENT, late=False)
    dob = date(2012, 5, 1)
    check_withdrawal(opt_out, by=OptOutBy.PARENT, pupil_dob=dob, on=date(2026, 10, 15),
                     today=TODAY, carer_has_pr=True)
    with pytest.raises(OptOutRefused, match="before the opt-out was received"):
        check_withdrawal(opt_out, by=OptOutBy.PARENT, pupil_dob=dob, on=date(2026, 10, 14),
                         today=TODAY, carer_has_pr=True)
    with pytest.raises(OptOutRefused, match="in the future"):
        check_withdrawal(opt_out, by=OptOutBy.PARENT, pupil_dob=dob, on=date(2026, 11, 29),
                         today=TODAY, carer_has_pr=True)
    with pytest.raises(OptOutRefused, match="cannot withdraw an opt-out themselves"):
        check_withdrawal(opt_out, by=OptOutBy.PUPIL, pupil_dob=dob, on=TODAY, today=TODAY)
    done = OptOutFact(date(2026, 10, 15), OptOutBy.PARENT, False, withdrawn_on=date(2026, 11, 1))
    with pytest.raises(OptOutRefused, match="already withdrawn on 01/11/2026"):
        check_withdrawal(done, by=OptOutBy.PARENT, pupil_dob=dob, on=TODAY, today=TODAY,
                         carer_has_pr=True)


@pytest.mark.parametrize(("typed", "expected"), [
    ("R001-0004-2", ParsedReference("R001-0004", "R001-0004-2")),
    ("  r001-0004-2\n", ParsedReference("R001-0004", "R001-0004-2")),
    ("R001 0004 2", ParsedReference("R001-0004", "R001-0004-2")),
    ("r 001 - 0004", ParsedReference("R001-0004", None)),
    ("R001–0004", ParsedReference("R001-0004", None)),
    ("R00100042", ParsedReference("R001-0004", "R001-0004-2")),
    ("R1234-0001-1", ParsedReference("R1234-0001", "R1234-0001-1")),
])
def test_references_are_read_however_typed(typed, expected):
    assert parse_reference(typed) == expected


@pytest.mark.parametrize("typed", ["", "B801200005001", "R01-0004", "Smith", "R001-04"])
def test_what_is_not_a_reference(typed):
    assert parse_reference(typed) is None
