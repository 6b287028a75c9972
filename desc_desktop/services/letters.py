"""A letter run worked out from the register: who gets which letter, covering whom.

This is the first part of the letters issue: planning and the PDF. Recording a run as sent
(and so starting the 28-day clocks) comes with the letter-run tables.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import col, func, or_, select

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.letters.connexions import ConnexionsAges, covered
from desc_desktop.domain.letters.delivery import (
    Delivery,
    received_on,
    received_problem,
    reply_by,
)
from desc_desktop.domain.letters.recipients import (
    PUPIL_OPTS_OUT_AT,
    LetterCarer,
    LetterProblem,
    LetterPupil,
    plan_letters,
)
from desc_desktop.domain.register import on_roll, year_group_sort_key
from desc_desktop.domain.search import fold
from desc_desktop.domain.upn import normalise_upn
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import NotFound
from desc_desktop.services.mapping import address_of, carer_input
from desc_desktop.services.records import carer_display_name
from desc_desktop.store.tables import Carer, LetterRun, Pupil, PupilCarer
from desc_desktop.store.tables import LetterPupil as LetterPupilRow


@dataclass(frozen=True)
class SlipChild:
    pupil_id: int
    name: str
    form: str
    covered: bool
    may_sign: bool
    """Aged 16 or over on the issue date, so the pupil may opt out themselves."""


@dataclass(frozen=True)
class LetterContent:
    reference: str
    addressees: tuple[str, ...]
    address_lines: tuple[str, ...]
    children: tuple[SlipChild, ...]
    to_pupil: bool
    sort_key: tuple
    reissue_of: int | None = None
    """The letter this one replaces (a lost letter printed again)."""


@dataclass(frozen=True)
class RunPlan:
    run_number: int
    """The number the run gets when marked as sent; letter references carry it."""
    issue_date: date
    delivery: Delivery
    received: date
    reply_by: date
    letters: list[LetterContent]
    problems: list[LetterProblem]
    window_mm: tuple[float, float] = (20, 50)
    """Where the address prints (from the left, from the top), from the letter settings."""

    @property
    def pupils_covered(self) -> int:
        return len({c.pupil_id for letter in self.letters for c in letter.children if c.covered})


def plan_run(ctx: ServiceContext, issue_date: date, *, delivery: Delivery = Delivery.HAND,
             years: Sequence[str] = (), ages: ConnexionsAges | None = None,
             sort: str = "form", joiners_only: bool = False,
             pupils_16_get_own: bool | None = None,
             pupil_ids: Collection[int] | None = None,
             received: date | None = None) -> RunPlan:
    """`joiners_only`: just the pupils no letter marked as sent has been about yet;
    `pupil_ids`: just these pupils (those not on roll on the issue date are listed as
    problems). `received`: the day the office expects the letters to arrive, when it knows
    better than the delivery's usual days; never before the issue date. Ages and letters to
    pupils aged 16 or over follow the letter settings unless given here."""
    from desc_desktop.services.letter_settings import letter_settings

    received = check_received(issue_date, delivery, received)
    settings = letter_settings(ctx)
    ages = settings.ages if ages is None else ages
    if pupils_16_get_own is None:
        pupils_16_get_own = settings.pupils_16_get_own
    pupils = _pupils_on_roll(ctx, issue_date, years, pupil_ids)
    if joiners_only:
        written_to = _pupils_written_to(ctx)
        pupils = {i: p for i, p in pupils.items() if i not in written_to}
    planned, problems = plan_letters(list(pupils.values()), issue_date,
                                     pupils_16_get_own=pupils_16_get_own)
    if pupil_ids is not None:
        problems = _not_on_roll(ctx, issue_date, set(pupil_ids) - set(pupils)) + problems
    letters = []
    for letter in planned:
        children = tuple(_child(pupils[i], issue_date, ages) for i in letter.pupil_ids)
        first = pupils[letter.pupil_ids[0]]
        letters.append(LetterContent(
            reference="", addressees=letter.addressees,
            address_lines=tuple(letter.address.lines()), children=children,
            to_pupil=letter.to_pupil,
            sort_key=_sort_key(sort, first, letter.address.postcode)))
    letters.sort(key=lambda letter: letter.sort_key)
    # References in printing order, carrying the number the run will have once marked as
    # sent; a slip's barcode adds the child's number on the letter (R003-0012-1).
    run_number = _next_run_number(ctx)
    letters = [replace(letter, reference=f"R{run_number:03d}-{n:04d}")
               for n, letter in enumerate(letters, start=1)]
    return RunPlan(run_number, issue_date, delivery, received, reply_by(received), letters,
                   problems, (settings.window_left_mm, settings.window_top_mm))


def check_received(issue_date: date, delivery: Delivery, received: date | None) -> date:
    """The date received: as given by the office, else worked out from the delivery.
    Raises ValidationFailed (field "received") for a date before the issue date."""
    if received is None:
        return received_on(issue_date, delivery)
    problem = received_problem(issue_date, received)
    if problem:
        raise ValidationFailed([Problem("received", problem)])
    return received


def pupil_ids_for_upns(ctx: ServiceContext, upns: Sequence[str]) -> list[int]:
    """The pupils with these UPNs, in the order given. Raises NotFound naming the positions
    of any that match no pupil (not the numbers themselves: UPNs stay out of messages)."""
    wanted = [normalise_upn(upn) for upn in upns]
    with ctx.reading() as session:
        found = dict(session.exec(select(Pupil.upn, Pupil.id).where(
            col(Pupil.upn).in_(wanted))).all())
    missing = [n for n, upn in enumerate(wanted, start=1) if upn not in found]
    if missing:
        which = ", ".join(str(n) for n in missing)
        raise NotFound(f"{len(missing)} of the {len(wanted)} UPNs given match no pupil in "
                       f"the register (number {which} in the list): check them.")
    return list(dict.fromkeys(found[upn] for upn in wanted))


def _not_on_roll(ctx: ServiceContext, issue_date: date, pupil_ids: set[int]
                 ) -> list[LetterProblem]:
    """Problems for chosen pupils who get no letter because they are not on roll then
    (or are no longer in the register at all)."""
    if not pupil_ids:
        return []
    with ctx.reading() as session:
        rows = session.exec(select(Pupil).where(col(Pupil.id).in_(sorted(pupil_ids)))).all()
    problems = []
    for pupil in sorted(rows, key=lambda p: (fold(p.legal_surname), fold(p.legal_forename))):
        if on_roll(issue_date, pupil.admission_date, pupil.leaving_date):
            continue  # on roll, and left out by another choice (year groups, joiners)
        left = pupil.leaving_date is not None and pupil.leaving_date <= issue_date
        when = "had left" if left else "had not started"
        problems.append(LetterProblem(pupil.id, (
            f"{_name(pupil)}: not on roll on the issue date (they {when}), so no letter "
            "is made for them.")))
    gone = len(pupil_ids) - len(rows)
    if gone:
        problems.append(LetterProblem(0, (
            f"{gone} of the chosen pupils {'is' if gone == 1 else 'are'} no longer in the "
            "register (deleted since they were chosen).")))
    return problems


def _pupils_written_to(ctx: ServiceContext) -> set[int]:
    with ctx.reading() as session:
        return set(session.exec(select(LetterPupilRow.pupil_id).distinct()).all())


def _next_run_number(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return (session.exec(select(func.max(LetterRun.id))).one() or 0) + 1


@dataclass(frozen=True)
class _Pupil(LetterPupil):
    form: str = ""
    surname: str = ""
    ldd: bool = False
    year_group: str = ""


def _pupils_on_roll(ctx: ServiceContext, on: date, years: Sequence[str],
                    pupil_ids: Collection[int] | None = None) -> dict[int, _Pupil]:
    with ctx.reading() as session:
        query = select(Pupil).where(
            or_(col(Pupil.leaving_date).is_(None), col(Pupil.leaving_date) > on),
            or_(col(Pupil.admission_date).is_(None), col(Pupil.admission_date) <= on))
        if years:
            query = query.where(col(Pupil.year_group).in_(list(years)))
        if pupil_ids is not None:
            query = query.where(col(Pupil.id).in_(sorted(pupil_ids)))
        rows = session.exec(query).all()
        links = session.exec(select(PupilCarer, Carer).join(Carer).where(
            col(PupilCarer.pupil_id).in_([p.id for p in rows]))).all()
        carers: dict[int, list[LetterCarer]] = {}
        by_id = {p.id: p for p in rows}
        for link, carer in sorted(links, key=lambda pair: pair[0].priority):
            home = address_of(by_id[link.pupil_id])
            carers.setdefault(link.pupil_id, []).append(LetterCarer(
                carer.id, carer_display_name(carer_input(carer)),
                home if carer.same_address_as_pupil else address_of(carer),
                link.parental_responsibility, link.receives_correspondence,
                bool(link.no_contact)))
        return {p.id: _Pupil(p.id, _name(p), p.dob, address_of(p),
                             tuple(carers.get(p.id, ())), p.reg_group, p.legal_surname, p.ldd,
                             p.year_group)
                for p in rows}


def _name(pupil: Pupil) -> str:
    return f"{pupil.legal_forename} {pupil.legal_surname}"


def _child(pupil: _Pupil, issue_date: date, ages: ConnexionsAges) -> SlipChild:
    return SlipChild(pupil.pupil_id, pupil.name, pupil.form,
                     covered(pupil.dob, pupil.ldd, issue_date, ages),
                     age_on(pupil.dob, issue_date) >= PUPIL_OPTS_OUT_AT)


def _sort_key(sort: str, first: _Pupil, postcode: str) -> tuple:
    names = (fold(first.surname), fold(first.name))  # "Álvarez" among the A's
    if sort == "postcode":
        return (postcode.replace(" ", "").upper(), *names)
    if sort == "surname":
        return names
    # Year 7's forms before Year 10's, as pupil post is handed out.
    return (year_group_sort_key(first.year_group), first.form.casefold(), *names)
