"""The letters marked as sent, listed to find a lost one and reprint it."""

from __future__ import annotations

from datetime import date

import pytest

from desc_desktop.domain.letters.delivery import Delivery
from desc_desktop.services import demo, letter_runs, letters, sent_letters

ISSUE = date(2026, 11, 30)


@pytest.fixture
def school_ctx(ctx):
    demo.fill_demo(ctx, pupils=24, seed=8)
    return ctx


def test_nothing_is_listed_before_a_run_is_marked_as_sent(school_ctx):
    letters.plan_run(school_ctx, ISSUE)  # made, not sent: no letters exist yet
    assert sent_letters.sent_runs(school_ctx) == []
    assert sent_letters.sent_letters(school_ctx) == []


def test_every_sent_letter_is_listed_with_what_it_said(school_ctx):
    plan = letters.plan_run(school_ctx, ISSUE, delivery=Delivery.FIRST)
    letter_runs.mark_sent(school_ctx, plan, 0)
    listed = sent_letters.sent_letters(school_ctx)
    assert [s.reference for s in listed] == [letter.reference for letter in plan.letters]
    for sent, planned in zip(listed, plan.letters, strict=True):
        assert sent.addressees == planned.addressees and sent.to_pupil == planned.to_pupil
        assert sorted(sent.pupils) == sorted(c.name for c in planned.children)
        assert sent.pupils_covered == sum(c.covered for c in planned.children)
        assert (sent.issue_date, sent.reply_by) == (ISSUE, plan.reply_by)
        assert sent.run_id == 1 and sent.reissue_of == "" and sent.reissued_as == ()
    [run] = sent_letters.sent_runs(school_ctx)
    assert (run.run_id, run.letters, run.reissue, run.reply_by) == (
        1, len(plan.letters), False, plan.reply_by)


def test_a_reprint_is_listed_against_the_letter_it_replaced(school_ctx):
    plan = letters.plan_run(school_ctx, ISSUE)
    letter_runs.mark_sent(school_ctx, plan, 0)
    lost = plan.letters[2]
    again = letter_runs.plan_reissue(school_ctx, lost.reference, date(2026, 12, 14))
    letter_runs.mark_sent(school_ctx, again, 0)
    listed = {s.reference: s for s in sent_letters.sent_letters(school_ctx)}
    copy = listed[again.letters[0].reference]
    assert copy.reissue_of == lost.reference and copy.run_id == 2
    assert copy.reply_by == again.reply_by > listed[lost.reference].reply_by
    assert listed[lost.reference].reissued_as == (copy.reference,)
    # Either reference finds both letters.
    assert lost.reference.lower() in sent_letters.search_text(copy)
    assert copy.reference.lower() in sent_letters.search_text(listed[lost.reference])
    assert next(iter(listed)) == copy.reference  # the newest run first
    runs = sent_letters.sent_runs(school_ctx)
    assert [(r.run_id, r.letters, r.reissue) for r in runs] == [
        (2, 1, True), (1, len(plan.letters), False)]


def test_a_search_key_holds_the_reference_and_every_name_accent_blind(school_ctx):
    plan = letters.plan_run(school_ctx, ISSUE)
    letter_runs.mark_sent(school_ctx, plan, 0)
    sent = sent_letters.sent_letters(school_ctx)[0]
    key = sent_letters.search_text(sent)
    assert sent.reference.lower() in key
    for name in (*sent.addressees, *sent.pupils):
        assert name.casefold() in key
    accented = sent_letters.SentLetter(1, 1, "R001-0001", ("Mme Zoë Ñúñez",), False,
                                       ("Léa Ñúñez",), 1, ISSUE, ISSUE)
    assert "zoe" in sent_letters.search_text(accented)
    assert "lea nunez" in sent_letters.search_text(accented)
