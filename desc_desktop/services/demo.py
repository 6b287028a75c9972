"""Filling an empty database with the fictional demo school."""

from __future__ import annotations

import random
from dataclasses import asdict
from datetime import timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from desc_desktop.domain.demo import DEMO_SCHOOL, make_demo
from desc_desktop.domain.optouts.rules import Method
from desc_desktop.domain.optouts.status import OptOutBy
from desc_desktop.domain.register import clean_carer, clean_pupil
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import Refused
from desc_desktop.services.mapping import flat
from desc_desktop.store.tables import Carer, Pupil, PupilCarer, School


def fill_demo(ctx: ServiceContext, pupils: int = 150, seed: int = 1,
              history: bool = False) -> int:
    """Add the demo school to an EMPTY database, in one transaction; returns pupils added.
    `history`: then add a term's letters and opt-outs too (add_demo_history)."""
    if pupils < 1:
        raise Refused("The demo needs at least one pupil.")
    households = make_demo(pupils, seed, ctx.today())
    with ctx.unit_of_work("demo.fill") as uow:
        _refuse_unless_empty(uow.session)
        if uow.session.exec(select(School)).first() is None:
            uow.session.add(School(**asdict(DEMO_SCHOOL)))
        for household in households:
            _add_household(uow.session, household, ctx)
        uow.record(summary=f"Demo school added ({pupils} fictional pupils, seed {seed})")
    if history:
        add_demo_history(ctx, seed)
    return pupils


def add_demo_history(ctx: ServiceContext, seed: int = 1) -> None:
    """A term's letters and replies, so the Today view and the calendar have something to
    show: years 7 to 10 written to six weeks ago (their 28 days are over), year 11 four weeks
    ago (today is their last day to reply), the older years twenty days ago (their reply-by
    date is next week); fictional opt-outs (some late, one withdrawn), and letters for the
    joiners made today but not yet marked as sent. Deterministic for a seed."""
    from desc_desktop.services import generated_runs, letter_runs, letters

    rng = random.Random(seed)
    today = ctx.today()
    runs = ((42, [str(year) for year in range(7, 11)]), (28, ["11"]), (20, ["12", "13", "14"]))
    for n, (days_ago, years) in enumerate(runs):
        plan = letters.plan_run(ctx, today - timedelta(days=days_ago), years=years)
        if plan.letters:
            letter_runs.mark_sent(ctx, plan, 0)
            _demo_opt_outs(ctx, rng, plan, withdraw_one=n == 0)
    joiners = letters.plan_run(ctx, today, joiners_only=True)
    if joiners.letters:
        generated_runs.note_generated(ctx, joiners)


def _demo_opt_outs(ctx: ServiceContext, rng: random.Random, plan, withdraw_one: bool) -> None:
    """About one covered child in twelve opts out; received up to four days after the
    reply-by date (so some are late), never after today."""
    from desc_desktop.services import optouts

    covered = sorted({c.pupil_id for letter in plan.letters if not letter.to_pupil
                      for c in letter.children if c.covered})
    chosen = rng.sample(covered, max(1, len(covered) // 12)) if covered else []
    for n, pupil_id in enumerate(chosen):
        latest = min(ctx.today(), plan.reply_by + timedelta(days=4))
        received = plan.issue_date + timedelta(days=rng.randint(
            1, max(1, (latest - plan.issue_date).days)))
        pupil = optouts.opt_out_pupil(ctx, pupil_id)
        parents = [c for c in pupil.pr_carers if not c.no_contact]
        by_pupil = pupil.may_opt_out_themselves and (rng.random() < 0.4 or not parents)
        if not by_pupil and not parents:
            continue
        request = optouts.OptOutRequest(
            pupil_id, OptOutBy.PUPIL if by_pupil else OptOutBy.PARENT, received,
            rng.choice(list(Method)), None if by_pupil else parents[0].carer_id,
            notes="" if rng.random() < 0.7 else "Fictional note: phoned the office first")
        if not optouts.assess_opt_out(ctx, request).allowed:
            continue
        recorded = optouts.record_opt_out(ctx, request)
        if withdraw_one and n == 0 and not by_pupil:  # a parent changes their mind
            optouts.withdraw_opt_out(ctx, optouts.WithdrawalRequest(
                recorded.opt_out_id, min(ctx.today(), received + timedelta(days=3)),
                OptOutBy.PARENT, parents[0].carer_id, "Fictional: happy to share after all"))


def _refuse_unless_empty(session: Session) -> None:
    for table in (Pupil, Carer):
        if session.exec(select(func.count()).select_from(table)).one():
            raise Refused("This database already has pupils in it. The demo school only fills "
                          "an empty database; use --demo to open it in its own file.")


def _add_household(session: Session, household, ctx: ServiceContext) -> None:
    pupil_rows = [Pupil(**flat(clean_pupil(child, ctx.today()))) for child in household.children]
    carer_rows = [Carer(**flat(clean_carer(c.carer))) for c in household.carers]
    session.add_all(pupil_rows + carer_rows)
    session.flush()
    for pupil in pupil_rows:
        for row, carer in zip(carer_rows, household.carers, strict=True):
            session.add(PupilCarer(pupil_id=pupil.id, carer_id=row.id, **carer.link._asdict()))
