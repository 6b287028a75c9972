"""The date received, when the office knows better than the post's usual days: the reply-by
date follows it, and it can never be before the issue date."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.letters.delivery import (
    RECEIVED_BEFORE_ISSUE,
    Delivery,
    received_problem,
)
from desc_desktop.services import demo, letter_runs, letters
from desc_desktop.store.tables import Letter, LetterRun

ISSUE = date(2026, 11, 30)  # a Monday


@pytest.fixture
def school_ctx(ctx):
    demo.fill_demo(ctx, pupils=20, seed=6)
    return ctx


def test_without_a_date_received_it_follows_the_delivery(school_ctx):
    plan = letters.plan_run(school_ctx, ISSUE, delivery=Delivery.SECOND)
    assert plan.received == date(2026, 12, 3) and plan.reply_by == date(2026, 12, 31)


@pytest.mark.parametrize(("received", "reply_by"), [
    (date(2026, 12, 4), date(2027, 1, 1)),     # across the year end
    (date(2028, 2, 1), date(2028, 2, 29)),     # a leap year's February
    (ISSUE, date(2026, 12, 28)),               # the issue date itself is allowed
])
def test_the_office_s_date_received_sets_the_reply_by_date(school_ctx, engine, received,
                                                          reply_by):
    plan = letters.plan_run(school_ctx, ISSUE, delivery=Delivery.FIRST, received=received)
    assert (plan.received, plan.reply_by) == (received, reply_by)
    letter_runs.mark_sent(school_ctx, plan, 0)
    with Session(engine) as session:
        run = session.exec(select(LetterRun)).one()
        assert (run.received_on, run.reply_by) == (received, reply_by)
        assert {row.reply_by for row in session.exec(select(Letter)).all()} == {reply_by}


def test_a_date_received_before_the_issue_date_is_refused_plainly(school_ctx):
    with pytest.raises(ValidationFailed) as refused:
        letters.plan_run(school_ctx, ISSUE, received=date(2026, 11, 29))
    assert [(p.field, p.message) for p in refused.value.problems] == [
        ("received", RECEIVED_BEFORE_ISSUE)]
    assert "cannot be before the issue date" in str(refused.value)
    assert received_problem(ISSUE, ISSUE) == ""


def test_a_reprint_takes_the_date_received_too(school_ctx):
    plan = letters.plan_run(school_ctx, ISSUE)
    letter_runs.mark_sent(school_ctx, plan, 0)
    reference = plan.letters[0].reference
    again = letter_runs.plan_reissue(school_ctx, reference, date(2026, 12, 14),
                                     Delivery.SECOND, received=date(2026, 12, 21))
    assert (again.received, again.reply_by) == (date(2026, 12, 21), date(2027, 1, 18))
    with pytest.raises(ValidationFailed, match="cannot be before the issue date"):
        letter_runs.plan_reissue(school_ctx, reference, date(2026, 12, 14),
                                 received=date(2026, 12, 1))


def test_a_reprint_follows_the_connexions_ages_in_the_settings(school_ctx):
    from desc_desktop.domain.letters.connexions import ConnexionsAges
    from desc_desktop.services import letter_settings

    plan = letters.plan_run(school_ctx, ISSUE)
    letter_runs.mark_sent(school_ctx, plan, 0)
    lost = next(letter for letter in plan.letters
                if any(c.covered for c in letter.children))
    # Ages no pupil reaches: the settings, not the usual 13 to 19, decide the slip.
    letter_settings.save_letter_settings(school_ctx, letter_settings.LetterSettings(
        ages=ConnexionsAges(25, 25, 25)))
    again = letter_runs.plan_reissue(school_ctx, lost.reference, date(2026, 12, 14))
    assert not any(c.covered for c in again.letters[0].children)
