"""Recording opt-outs from returned slips, letters, emails and the front desk."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlmodel import Session, select

from desc_desktop.domain.letters.delivery import Delivery
from desc_desktop.domain.optouts.rules import Method, OptOutRefused
from desc_desktop.domain.optouts.status import OptOutBy, Status
from desc_desktop.services import letter_runs, optouts
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.services.optouts import OptOutRequest, WithdrawalRequest
from desc_desktop.store.tables import AuditEntry, OptOut, OptOutWithdrawal

TODAY = date(2026, 11, 28)
REPLY_BY = date(2026, 11, 9)


def request(school, pupil_id: int, received: date, **changes) -> OptOutRequest:
    base = OptOutRequest(pupil_id=pupil_id, by=OptOutBy.PARENT, received=received,
                         carer_id=school.mother)
    return replace(base, **changes)


def test_a_scanned_slip_finds_the_child_the_letter_and_the_reply_by_date(optout_school):
    code = optout_school.slip(optout_school.bryony)
    for typed in (code, f"  {code.lower()} ", code.replace("-", " ")):
        found = optouts.find_slip(optout_school.ctx, typed)
        assert (found.slip, found.reference) == (code, code.rsplit("-", 1)[0])
        assert found.issue_date == date(2026, 10, 12) and found.reply_by == REPLY_BY
        [child] = found.pupils
        assert (child.pupil_id, child.name, child.form) == (
            optout_school.bryony, "Bryony Quillfeather", "8A")
        assert child.status.status is Status.MAY_SHARE and child.status.reply_by == REPLY_BY
        assert [c.name for c in child.pr_carers] == ["Ms Morwenna Quillfeather",
                                                     "Mr Piran Quillfeather"]
        assert found.pupil() == child


def test_a_letter_reference_lists_every_child_covered_first(optout_school):
    reference = optout_school.reference(optout_school.tamsin)
    found = optouts.find_slip(optout_school.ctx, reference.lower())
    assert found.slip is None
    assert [p.covered for p in found.pupils] == [True, True, False]
    assert found.pupils[-1].pupil_id == optout_school.ada and found.pupils[-1].slip == ""
    with pytest.raises(Refused, match=rf"covers 2 children.*{reference}-1, {reference}-2"):
        found.pupil()


def test_what_is_not_found_says_what_to_check(optout_school):
    with pytest.raises(NotFound, match="look like R001-0004"):
        optouts.find_slip(optout_school.ctx, "Quillfeather")
    with pytest.raises(NotFound, match="No letter marked as sent has the reference R009-0001"):
        optouts.find_slip(optout_school.ctx, "r009 0001")
    reference = optout_school.reference(optout_school.tamsin)
    with pytest.raises(NotFound, match=f"has no reply slip {reference}-7"):
        optouts.find_slip(optout_school.ctx, f"{reference}-7")


def test_received_on_the_reply_by_date_is_in_time_one_audit_entry(optout_school, engine,
                                                                  audit_count):
    before = audit_count()
    slip = optouts.find_slip(optout_school.ctx, optout_school.slip(optout_school.tamsin))
    recorded = optouts.record_opt_out(optout_school.ctx, request(
        optout_school, optout_school.tamsin, REPLY_BY, letter_id=slip.letter_id,
        notes="Slip handed in at reception"))
    assert not recorded.late and recorded.reply_by == REPLY_BY
    assert recorded.message == "In time: the reply-by date is 09/11/2026."
    assert recorded.status.status is Status.OPTED_OUT
    assert recorded.status.label == "Opted out (09/11/2026, by parent)"
    assert audit_count() == before + 1
    with Session(engine) as session:
        row = session.get(OptOut, recorded.opt_out_id)
        assert (row.letter_id, row.carer_id, row.carer_name, row.method, row.late) == (
            slip.letter_id, optout_school.mother, "Ms Morwenna Quillfeather", "slip", False)
        audit = session.exec(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (audit.action, audit.pupil_id) == ("optout.record", optout_school.tamsin)
        assert "Quillfeather" not in audit.summary


def test_the_day_after_is_late_and_still_honoured(optout_school):
    recorded = optouts.record_opt_out(optout_school.ctx, request(
        optout_school, optout_school.tamsin, date(2026, 11, 10), method=Method.EMAIL))
    assert recorded.late
    assert recorded.message.startswith("Late: received 1 day after the reply-by date")
    assert recorded.status.label == "Opted out (10/11/2026, by parent; late)"


def test_assessing_says_in_time_or_late_and_records_nothing(optout_school, count_rows):
    ctx = optout_school.ctx
    late = optouts.assess_opt_out(ctx, request(optout_school, optout_school.tamsin,
                                               date(2026, 11, 12)))
    assert late.allowed and late.late and late.reply_by == REPLY_BY
    refused = optouts.assess_opt_out(ctx, request(optout_school, optout_school.tamsin,
                                                  date(2026, 12, 1)))
    assert not refused.allowed and refused.problems[0].field == "received"
    assert count_rows(OptOut) == 0


def test_with_two_parents_the_one_who_asked_must_be_named(optout_school):
    with pytest.raises(OptOutRefused) as info:
        optouts.record_opt_out(optout_school.ctx, request(
            optout_school, optout_school.tamsin, date(2026, 11, 1), carer_id=None))
    assert info.value.for_field("carer") == [
        "This pupil has 2 parents/carers with parental responsibility: choose which one asked "
        "to opt out."]


def test_with_one_parent_with_parental_responsibility_it_is_them(optout_school, engine):
    recorded = optouts.record_opt_out(optout_school.ctx, request(
        optout_school, optout_school.ewan, date(2026, 11, 1), carer_id=None))
    with Session(engine) as session:
        assert session.get(OptOut, recorded.opt_out_id).carer_id == optout_school.gwen


def test_a_carer_without_parental_responsibility_or_not_linked_is_refused(optout_school):
    with pytest.raises(OptOutRefused, match="does not have parental responsibility"):
        optouts.record_opt_out(optout_school.ctx, request(
            optout_school, optout_school.ewan, date(2026, 11, 1), carer_id=optout_school.gran))
    with pytest.raises(OptOutRefused, match="not linked to the pupil"):
        optouts.record_opt_out(optout_school.ctx, request(
            optout_school, optout_school.ewan, date(2026, 11, 1),
            carer_id=optout_school.mother))


def test_the_pupil_may_opt_out_from_their_16th_birthday(optout_school):
    ctx = optout_school.ctx
    with pytest.raises(OptOutRefused, match="under 16 on that date"):
        optouts.record_opt_out(ctx, OptOutRequest(optout_school.ewan, OptOutBy.PUPIL,
                                                  date(2026, 11, 19), Method.IN_PERSON))
    recorded = optouts.record_opt_out(ctx, OptOutRequest(
        optout_school.ewan, OptOutBy.PUPIL, date(2026, 11, 20), Method.IN_PERSON))
    assert recorded.late and recorded.status.opted_out_by is OptOutBy.PUPIL


def test_never_in_the_future_nor_before_the_letter_it_answers(optout_school):
    ctx = optout_school.ctx
    slip = optouts.find_slip(ctx, optout_school.slip(optout_school.tamsin))
    with pytest.raises(OptOutRefused, match="in the future"):
        optouts.record_opt_out(ctx, request(optout_school, optout_school.tamsin,
                                            date(2026, 11, 29)))
    with pytest.raises(OptOutRefused, match=r"before the letter was issued \(12/10/2026\)"):
        optouts.record_opt_out(ctx, request(optout_school, optout_school.tamsin,
                                            date(2026, 10, 11), letter_id=slip.letter_id))
    # With no letter named (a phone call), an earlier date is fine: no letter, nothing late.
    early = optouts.record_opt_out(ctx, request(optout_school, optout_school.tamsin,
                                                date(2026, 10, 1), method=Method.PHONE))
    assert not early.late and early.reply_by is None


def test_a_reissued_letter_moves_the_reply_by_date(optout_school):
    ctx = optout_school.ctx
    original = optout_school.reference(optout_school.tamsin)
    again = letter_runs.plan_reissue(ctx, original, date(2026, 11, 2), Delivery.HAND)
    letter_runs.mark_sent(ctx, again, 0)
    found = optouts.find_slip(ctx, optout_school.slip(optout_school.tamsin))
    assert found.reissued_as == (again.letters[0].reference,)
    assert found.pupils[0].status.label == "Awaiting reply until 30/11/2026"
    # The slip of the first letter, after its own date but before the reissue's: in time.
    recorded = optouts.record_opt_out(ctx, request(
        optout_school, optout_school.tamsin, date(2026, 11, 20), letter_id=found.letter_id))
    assert not recorded.late and recorded.reply_by == date(2026, 11, 30)


def test_withdrawal_keeps_the_history_and_allows_a_new_opt_out(optout_school, count_rows):
    ctx, tamsin = optout_school.ctx, optout_school.tamsin
    first = optouts.record_opt_out(ctx, request(optout_school, tamsin, date(2026, 11, 1)))
    with pytest.raises(OptOutRefused, match="already has an opt-out in force"):
        optouts.record_opt_out(ctx, request(optout_school, tamsin, date(2026, 11, 2)))
    status = optouts.withdraw_opt_out(ctx, WithdrawalRequest(
        first.opt_out_id, date(2026, 11, 20), OptOutBy.PARENT, optout_school.father,
        "Father rang: happy for Connexions to contact"))
    assert status.status is Status.MAY_SHARE
    with pytest.raises(OptOutRefused, match="already withdrawn on 20/11/2026"):
        optouts.withdraw_opt_out(ctx, WithdrawalRequest(first.opt_out_id, TODAY,
                                                        OptOutBy.PARENT, optout_school.father))
    second = optouts.record_opt_out(ctx, request(optout_school, tamsin, TODAY,
                                                 method=Method.LETTER))
    assert second.status.label == "Opted out (28/11/2026, by parent; late)"
    history = optouts.pupil_history(ctx, tamsin)
    assert [o.received for o in history.opt_outs] == [TODAY, date(2026, 11, 1)]
    old = history.opt_outs[1]
    assert old.withdrawn and old.withdrawal.on == date(2026, 11, 20)
    assert old.withdrawal.carer_name == "Mr Piran Quillfeather"
    assert old.letter_reference == optout_school.reference(tamsin)
    assert [letter.reference for letter in history.letters] == [optout_school.reference(tamsin)]
    assert history.letters[0].slip == optout_school.slip(tamsin)
    assert history.status.status is Status.OPTED_OUT
    assert (count_rows(OptOut), count_rows(OptOutWithdrawal)) == (2, 1)


def test_a_withdrawal_is_dated_and_made_by_someone_who_may(optout_school):
    ctx = optout_school.ctx
    first = optouts.record_opt_out(ctx, request(optout_school, optout_school.bryony,
                                                date(2026, 11, 1)))
    with pytest.raises(OptOutRefused, match="before the opt-out was received"):
        optouts.withdraw_opt_out(ctx, WithdrawalRequest(first.opt_out_id, date(2026, 10, 30),
                                                        OptOutBy.PARENT, optout_school.mother))
    with pytest.raises(OptOutRefused, match="cannot withdraw an opt-out themselves"):
        optouts.withdraw_opt_out(ctx, WithdrawalRequest(first.opt_out_id, TODAY,
                                                        OptOutBy.PUPIL))
    with pytest.raises(NotFound):
        optouts.withdraw_opt_out(ctx, WithdrawalRequest(999, TODAY, OptOutBy.PUPIL))


def test_the_opt_out_list_in_force_and_in_full(optout_school):
    ctx = optout_school.ctx
    kept = optouts.record_opt_out(ctx, request(optout_school, optout_school.bryony,
                                               date(2026, 11, 12)))
    gone = optouts.record_opt_out(ctx, request(optout_school, optout_school.tamsin,
                                               date(2026, 11, 1)))
    optouts.withdraw_opt_out(ctx, WithdrawalRequest(gone.opt_out_id, date(2026, 11, 20),
                                                    OptOutBy.PARENT, optout_school.mother))
    [current] = optouts.opt_out_list(ctx)
    assert (current.opt_out_id, current.legal_forename, current.late, current.by) == (
        kept.opt_out_id, "Bryony", True, OptOutBy.PARENT)
    assert current.carer_name == "Ms Morwenna Quillfeather" and current.reg_group == "8A"
    on_the_15th = optouts.opt_out_list(ctx, as_of=date(2026, 11, 15))
    assert {row.legal_forename for row in on_the_15th} == {"Bryony", "Tamsin"}
    everything = optouts.opt_out_list(ctx, in_force_only=False)
    assert [(r.legal_forename, r.withdrawn_on) for r in everything] == [
        ("Bryony", None), ("Tamsin", date(2026, 11, 20))]


def test_carers_are_found_by_name_and_pupils_by_upn(optout_school):
    ctx, tamsin = optout_school.ctx, optout_school.tamsin
    assert optouts.carer_named(ctx, tamsin, "piran quillfeather") == optout_school.father
    assert optouts.carer_named(ctx, tamsin, "Ms Morwenna Quillfeather") == optout_school.mother
    assert optouts.carer_named(ctx, tamsin, "Morwenna") == optout_school.mother
    with pytest.raises(Refused, match="More than one"):
        optouts.carer_named(ctx, tamsin, "Quillfeather")
    with pytest.raises(NotFound, match="has that name"):
        optouts.carer_named(ctx, tamsin, "Gwen")
    with pytest.raises(NotFound, match="has that UPN"):
        optouts.pupil_for_upn(ctx, "A123456789012")


def test_plain_words_are_accepted_for_who_and_how(optout_school):
    recorded = optouts.record_opt_out(optout_school.ctx, OptOutRequest(
        optout_school.ewan, "parent", date(2026, 11, 2), "in-person"))
    history = optouts.pupil_history(optout_school.ctx, optout_school.ewan)
    assert history.opt_outs[0].method is Method.IN_PERSON and not recorded.late
    with pytest.raises(ValueError):
        optouts.record_opt_out(optout_school.ctx, OptOutRequest(
            optout_school.ewan, "parent", date(2026, 11, 2), "carrier pigeon"))
