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


def test_joiners_since_the_last_run_are_only_the_pupils_not_yet_written_to(school_ctx):
    from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
    from desc_desktop.services import carers, pupils

    letter_runs.mark_sent(school_ctx, letters.plan_run(school_ctx, ISSUE), 0)
    assert letters.plan_run(school_ctx, ISSUE, joiners_only=True).letters == []
    joiner = pupils.create_pupil(school_ctx, PupilInput(
        legal_surname="Okafor", legal_forename="Ada", dob=date(2012, 4, 4), gender="F",
        year_group="9", reg_group="9A",
        address=Address(line1="5 New Row", town="Tring", postcode="HP23 5AB")))
    carers.add_carer(school_ctx, joiner, CarerInput(surname="Okafor", forename="Ngozi"),
                     CarerLinkInput("Mother"))
    plan = letters.plan_run(school_ctx, ISSUE, joiners_only=True)
    assert [[c.pupil_id for c in letter.children] for letter in plan.letters] == [[joiner]]


def test_a_lost_letter_is_reissued_with_its_own_later_reply_by_date(school_ctx, engine):
    plan = letters.plan_run(school_ctx, ISSUE)
    letter_runs.mark_sent(school_ctx, plan, 0)
    lost = next(letter for letter in plan.letters if any(c.covered for c in letter.children))
    again = letter_runs.plan_reissue(school_ctx, lost.reference.lower(), date(2026, 12, 14),
                                     Delivery.SECOND)
    [copy] = again.letters
    assert copy.addressees == lost.addressees and copy.address_lines == lost.address_lines
    assert [c.pupil_id for c in copy.children] == [c.pupil_id for c in lost.children]
    assert again.reply_by > plan.reply_by
    letter_runs.mark_sent(school_ctx, again, 0)
    with Session(engine) as session:
        stored = session.exec(select(Letter).where(Letter.reference == copy.reference)).one()
        original = session.exec(select(Letter).where(Letter.reference == lost.reference)).one()
        assert stored.reissue_of == original.id and stored.reply_by == again.reply_by


def test_reissuing_an_unknown_reference_says_so(school_ctx):
    from desc_desktop.services.errors import NotFound

    with pytest.raises(NotFound, match="R999-0001"):
        letter_runs.plan_reissue(school_ctx, "R999-0001", ISSUE)


def test_letter_settings_round_trip_and_are_checked(school_ctx):
    from desc_desktop.domain.errors import ValidationFailed
    from desc_desktop.domain.letters.connexions import ConnexionsAges
    from desc_desktop.services import letter_settings

    default = letter_settings.letter_settings(school_ctx)
    assert default.ages.youngest == 13 and default.pupils_16_get_own
    chosen = letter_settings.LetterSettings(ages=ConnexionsAges(13, 18, 24),
                                            pupils_16_get_own=False, window_top_mm=48)
    letter_settings.save_letter_settings(school_ctx, chosen)
    assert letter_settings.letter_settings(school_ctx) == chosen
    with pytest.raises(ValidationFailed, match="Connexions ages"):
        letter_settings.save_letter_settings(school_ctx, replace(
            chosen, ages=ConnexionsAges(19, 13, 25)))
    plan = letters.plan_run(school_ctx, ISSUE, pupils_16_get_own=False)
    assert not any(letter.to_pupil for letter in plan.letters)


def test_saved_settings_reach_the_plan_without_being_passed(school_ctx):
    from desc_desktop.domain.letters.connexions import ConnexionsAges
    from desc_desktop.services import letter_settings

    letter_settings.save_letter_settings(school_ctx, letter_settings.LetterSettings(
        ages=ConnexionsAges(14, 19, 25), pupils_16_get_own=False, window_top_mm=60))
    plan = letters.plan_run(school_ctx, ISSUE)
    assert plan.window_mm == (20, 60)
    assert not any(letter.to_pupil for letter in plan.letters)


def test_printing_letters_is_recorded_with_the_pages_and_printer(school_ctx, engine):
    plan = letters.plan_run(school_ctx, date(2026, 11, 30))
    letter_runs.record_printed(school_ctx, plan, 12, "Office printer")
    with Session(engine) as session:
        entry = session.exec(select(AuditEntry).where(
            AuditEntry.action == "letters.printed")).one()
    assert entry.entity_id == plan.run_number
    assert entry.summary == (f"Letters of run {plan.run_number} printed: 12 pages on "
                             "Office printer")
    changes = json.loads(entry.changes)
    assert (changes["pages"], changes["printer"]) == (12, "Office printer")
    assert changes["letters"] == len(plan.letters)
