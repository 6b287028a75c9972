"""Filling an empty database with the fictional demo school."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import func
from sqlmodel import Session, select

from desc_desktop.domain.demo import DEMO_SCHOOL, make_demo
from desc_desktop.domain.register import clean_carer, clean_pupil
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import Refused
from desc_desktop.services.mapping import flat
from desc_desktop.store.tables import Carer, Pupil, PupilCarer, School


def fill_demo(ctx: ServiceContext, pupils: int = 150, seed: int = 1) -> int:
    """Add the demo school to an EMPTY database, in one transaction; returns pupils added."""
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
    return pupils


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
            session.add(PupilCarer(pupil_id=pupil.id, carer_id=row.id, **asdict(carer.link)))
