"""The opt-outs GUI tests: the fictional demo school with a term's history (three letter runs
marked as sent, some opt-outs, one late, one withdrawn), with today fixed at 28/11/2026."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlmodel import select

from desc_desktop.domain.ages import age_on
from desc_desktop.services import demo
from desc_desktop.services.context import ServiceContext
from desc_desktop.store.tables import Letter, LetterPupil, OptOut, Pupil, PupilCarer

WAIT_MS = 5000


@dataclass(frozen=True)
class Slip:
    code: str
    reference: str
    pupil_id: int
    name: str
    dob: date
    issue_date: date
    reply_by: date


@pytest.fixture
def history_ctx(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo(ctx, pupils=60, seed=3, history=True)
    return ctx


def slips(ctx: ServiceContext) -> list[Slip]:
    """Every reply slip of a letter marked as sent, for a pupil with no opt-out yet and a
    parent/carer with parental responsibility, oldest letter first."""
    with ctx.reading() as session:
        opted = set(session.exec(select(OptOut.pupil_id)).all())
        rows = session.exec(select(LetterPupil, Letter, Pupil)
                            .join(Letter, LetterPupil.letter_id == Letter.id)
                            .join(Pupil, LetterPupil.pupil_id == Pupil.id)
                            .where(LetterPupil.covered).order_by(Letter.id)).all()
        pr = {}
        for link in session.exec(select(PupilCarer)).all():
            if link.parental_responsibility:
                pr[link.pupil_id] = pr.get(link.pupil_id, 0) + 1
        return [Slip(link.slip, letter.reference, pupil.id,
                     f"{pupil.legal_forename} {pupil.legal_surname}", pupil.dob,
                     letter.issue_date, letter.reply_by)
                for link, letter, pupil in rows
                if link.slip and pupil.id not in opted and pr.get(pupil.id, 0) >= 1]


@pytest.fixture
def slip_where(history_ctx: ServiceContext):
    """A reply slip of the demo school for a pupil under 16 today or not, and (when `late`
    is given) whose reply-by date has passed or not."""

    def find(*, under_16: bool, late: bool | None = None) -> Slip:
        today = history_ctx.today()
        for slip in slips(history_ctx):
            if (age_on(slip.dob, today) < 16) != under_16:
                continue
            if late is not None and (today > slip.reply_by) != late:
                continue
            return slip
        raise AssertionError("the demo school has no such slip")

    return find


@pytest.fixture
def slips_of_household(history_ctx: ServiceContext) -> tuple[str, list[Slip]]:
    """A letter covering two or more children with no opt-out yet: its reference and their
    slips."""
    by_letter: dict[str, list[Slip]] = {}
    for slip in slips(history_ctx):  # no opt-out yet, a parent/carer who may opt out
        by_letter.setdefault(slip.reference, []).append(slip)
    for reference, found in by_letter.items():
        if len(found) >= 2:
            return reference, found
    raise AssertionError("the demo school has no letter covering two children")
