"""Every pupil's status on a date, the deadlines calendar and the Today summary."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from desc_desktop.domain.letters.connexions import ConnexionsAges
from desc_desktop.domain.letters.delivery import Delivery
from desc_desktop.domain.optouts.status import OptOutBy, Status, Timing
from desc_desktop.domain.register import Address, PupilInput
from desc_desktop.services import (
    demo,
    generated_runs,
    letter_runs,
    letter_settings,
    letters,
    optouts,
    pupils,
    statuses,
)
from desc_desktop.services.errors import NotFound
from desc_desktop.services.optouts import OptOutRequest

TODAY = date(2026, 11, 28)  # a Saturday
REPLY_BY = date(2026, 11, 9)


def by_name(rows) -> dict[str, statuses.PupilStatusRow]:
    return {row.legal_forename: row for row in rows}


def test_every_pupil_on_roll_with_their_status_on_a_date(optout_school):
    ctx = optout_school.ctx
    optouts.record_opt_out(ctx, OptOutRequest(optout_school.bryony, OptOutBy.PARENT,
                                              date(2026, 11, 3), carer_id=optout_school.mother))
    rows = by_name(statuses.statuses_on(ctx, date(2026, 11, 5)))
    assert {name: row.status.status for name, row in rows.items()} == {
        "Tamsin": Status.AWAITING_REPLY, "Bryony": Status.OPTED_OUT,
        "Ada": Status.NOT_IN_SCOPE, "Ewan": Status.AWAITING_REPLY}
    assert (rows["Tamsin"].age, rows["Tamsin"].status.reply_by) == (14, REPLY_BY)
    today = by_name(statuses.statuses_on(ctx))
    assert today["Tamsin"].status.status is Status.MAY_SHARE
    assert [row.legal_forename for row in statuses.statuses_on(ctx)] == [
        "Ada", "Bryony", "Tamsin", "Ewan"]  # by surname, then forename
    before = by_name(statuses.statuses_on(ctx, date(2026, 10, 11)))
    assert before["Tamsin"].status.status is Status.NOT_ISSUED


def test_status_of_one_pupil(optout_school):
    ctx = optout_school.ctx
    assert statuses.status_of(ctx, optout_school.ewan, REPLY_BY).label == \
        "Awaiting reply until 09/11/2026"
    with pytest.raises(NotFound):
        statuses.status_of(ctx, 999)


def test_joiners_after_the_run_and_leavers(optout_school):
    ctx = optout_school.ctx
    joiner = pupils.create_pupil(ctx, PupilInput(
        legal_surname="Okafor", legal_forename="Ada", dob=date(2012, 4, 4), gender="F",
        year_group="9", reg_group="9A", admission_date=date(2026, 11, 16),
        address=Address(line1="5 New Row", town="Tring", postcode="HP23 5AB")))
    assert joiner not in {r.pupil_id for r in statuses.statuses_on(ctx, date(2026, 11, 15))}
    row = next(r for r in statuses.statuses_on(ctx) if r.pupil_id == joiner)
    assert row.status.status is Status.NOT_ISSUED


def test_the_status_follows_the_connexions_ages_in_the_settings(optout_school):
    ctx = optout_school.ctx
    letter_settings.save_letter_settings(ctx, letter_settings.LetterSettings(
        ages=ConnexionsAges(youngest=11, oldest=19, oldest_with_ldd=25)))
    ada = by_name(statuses.statuses_on(ctx))["Ada"]
    assert ada.status.status is Status.NOT_ISSUED  # in scope now, and her letter covered her not


def test_deadlines_per_day_with_pupils_and_status(optout_school):
    ctx = optout_school.ctx
    optouts.record_opt_out(ctx, OptOutRequest(optout_school.bryony, OptOutBy.PARENT,
                                              date(2026, 11, 3), carer_id=optout_school.mother))
    [day] = statuses.deadlines(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert (day.day, day.count, day.timing) == (REPLY_BY, 3, Timing.PASSED)
    assert [p.legal_forename for p in day.pupils] == ["Bryony", "Tamsin", "Ewan"]
    assert [p.status.status for p in day.pupils] == [
        Status.OPTED_OUT, Status.MAY_SHARE, Status.MAY_SHARE]
    assert statuses.deadlines(ctx, date(2026, 11, 10), date(2026, 12, 31)) == []
    on_the_day = statuses.deadlines(ctx, REPLY_BY, REPLY_BY, status_as_of=REPLY_BY)
    assert on_the_day[0].pupils[1].status.status is Status.AWAITING_REPLY


def test_a_reissue_before_the_deadline_moves_that_pupils_day(optout_school):
    ctx = optout_school.ctx
    again = letter_runs.plan_reissue(ctx, optout_school.reference(optout_school.tamsin),
                                     date(2026, 11, 2), Delivery.HAND)
    letter_runs.mark_sent(ctx, again, 0)
    days = statuses.deadlines(ctx, date(2026, 11, 1), date(2026, 12, 31))
    assert [(d.day, [p.legal_forename for p in d.pupils]) for d in days] == [
        (REPLY_BY, ["Ewan"]), (date(2026, 11, 30), ["Bryony", "Tamsin"])]
    [upcoming] = statuses.next_deadlines(ctx)
    assert (upcoming.day, upcoming.timing, upcoming.count) == (
        date(2026, 11, 30), Timing.UPCOMING, 2)
    assert upcoming.colour.startswith("#")
    assert statuses.next_deadlines(ctx, days=2) == []  # 28th and 29th only


def test_today_summary_counts_deadlines_and_what_needs_doing(optout_school):
    ctx = optout_school.ctx
    optouts.record_opt_out(ctx, OptOutRequest(optout_school.bryony, OptOutBy.PARENT,
                                              date(2026, 11, 3), carer_id=optout_school.mother))
    again = letter_runs.plan_reissue(ctx, optout_school.reference(optout_school.ewan),
                                     date(2026, 11, 27), Delivery.HAND)
    letter_runs.mark_sent(ctx, again, 0)
    joiner = pupils.create_pupil(ctx, PupilInput(
        legal_surname="Okafor", legal_forename="Chidi", dob=date(2012, 4, 4), gender="M",
        year_group="9", reg_group="9A", admission_date=date(2026, 11, 16),
        address=Address(line1="5 New Row", town="Tring", postcode="HP23 5AB")))
    letter_settings.save_letter_settings(ctx, letter_settings.LetterSettings(
        ages=ConnexionsAges(youngest=11)))
    unsent = letters.plan_run(ctx, date(2026, 11, 30))
    generated_runs.note_generated(ctx, unsent)

    summary = statuses.today_summary(ctx)
    assert (summary.awaiting_reply, summary.opted_out, summary.may_share) == (1, 1, 1)
    assert summary.not_issued == 2  # Ada, now in scope, and the joiner
    assert sum(summary.counts.values()) == 5
    assert (summary.week_start, summary.week_end) == (date(2026, 11, 23), date(2026, 11, 29))
    assert summary.deadlines_this_week == ()  # Ewan's new date is 25/12/2026
    assert [r.legal_forename for r in summary.came_into_scope_without_letter] == ["Ada"]
    assert [r.pupil_id for r in summary.joiners_without_letter] == [joiner]
    [run] = summary.unsent_runs
    assert (run.run_number, run.letters, run.issue_date) == (
        3, len(unsent.letters), date(2026, 11, 30))
    assert run.letters > 0


def test_a_run_generated_leaves_the_list_when_marked_sent_or_discarded(optout_school):
    ctx = optout_school.ctx
    plan = letters.plan_run(ctx, date(2026, 11, 30))
    first = generated_runs.note_generated(ctx, plan)
    second = generated_runs.note_generated(ctx, plan)  # made again, e.g. after a fix
    assert [r.generated_id for r in generated_runs.unsent_runs(ctx)] == [first, second]
    letter_runs.mark_sent(ctx, plan, 0)
    assert generated_runs.unsent_runs(ctx) == []
    other = generated_runs.note_generated(ctx, letters.plan_run(ctx, date(2026, 12, 1)))
    generated_runs.discard_generated(ctx, other)
    generated_runs.discard_generated(ctx, other)  # twice: nothing more happens
    assert generated_runs.unsent_runs(ctx) == []
    with pytest.raises(NotFound):
        generated_runs.discard_generated(ctx, 999)


@pytest.mark.parametrize("size", [40, 400])
def test_statuses_take_the_same_few_queries_whatever_the_size(engine, ctx, size):
    demo.fill_demo(ctx, pupils=size, seed=2)
    letter_runs.mark_sent(ctx, letters.plan_run(ctx, date(2026, 10, 12)), 0)
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        rows = statuses.statuses_on(ctx)
        summary = statuses.today_summary(ctx)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len(rows) == size and sum(summary.counts.values()) == size
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 4 + 5  # statuses: settings + 3; the summary: those + open runs
