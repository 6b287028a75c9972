"""Runs marked as sent, and the letter's versions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import Session, select

from desc_desktop.domain.letters.delivery import Delivery
from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE, Section, UnknownPlaceholder
from desc_desktop.services import demo, letter_runs, letters
from desc_desktop.services.errors import Refused
from desc_desktop.store.tables import AuditEntry, Letter, LetterPupil, LetterRun

ISSUE = date(2026, 11, 30)


@pytest.fixture
def school_ctx(ctx):
    demo.fill_demo(ctx, pupils=30, seed=4)
    return ctx


def test_generating_records_nothing_and_marking_sent_records_every_letter(school_ctx, engine):
    plan = letters.plan_run(school_ctx, ISSUE, delivery=Delivery.FIRST)
    with Session(engine) as session:
        assert session.exec(select(Letter)).all() == []
        audits = len(session.exec(select(AuditEntry)).all())
    run = letter_runs.mark_sent(school_ctx, plan, 0)
    assert run == plan.run_number == 1
    with Session(engine) as session:
        stored = session.exec(select(Letter).order_by(Letter.id)).all()
        assert [s.reference for s in stored] == [letter.reference for letter in plan.letters]
        assert {s.reply_by for s in stored} == {date(2026, 12, 30)}
        covered = session.exec(select(LetterPupil).where(LetterPupil.covered)).all()
        assert len({c.pupil_id for c in covered}) == plan.pupils_covered
        assert all(c.slip.startswith("R001-") for c in covered)
        assert session.get(LetterRun, 1).template_version == 1  # the default, saved as v1
        assert json.loads(stored[0].address) == list(plan.letters[0].address_lines)
        assert len(session.exec(select(AuditEntry)).all()) == audits + 1


def test_a_stale_plan_cannot_be_marked_sent_twice(school_ctx):
    plan = letters.plan_run(school_ctx, ISSUE)
    letter_runs.mark_sent(school_ctx, plan, 0)
    with pytest.raises(Refused, match="Make the letters again"):
        letter_runs.mark_sent(school_ctx, plan, 0)
    assert letters.plan_run(school_ctx, ISSUE).letters[0].reference.startswith("R002-")


def test_template_versions_are_kept(school_ctx):
    assert letter_runs.current_template(school_ctx) == (0, DEFAULT_TEMPLATE)
    edited = replace(DEFAULT_TEMPLATE, salutation="Dear {recipient}, greetings,")
    assert letter_runs.save_template(school_ctx, edited) == 1
    assert letter_runs.save_template(school_ctx, DEFAULT_TEMPLATE) == 2
    assert letter_runs.current_template(school_ctx) == (2, DEFAULT_TEMPLATE)


def test_a_template_with_an_unknown_placeholder_is_not_saved(school_ctx):
    broken = replace(DEFAULT_TEMPLATE, connexions=Section("Connexions", "By {replyby}."))
    with pytest.raises(UnknownPlaceholder, match=r"\{replyby\}"):
        letter_runs.save_template(school_ctx, broken)
    assert letter_runs.current_template(school_ctx)[0] == 0
