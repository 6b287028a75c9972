"""Recording Connexions opt-outs: a returned slip found by what the scanner types, the opt-out
checked against the rules and recorded, a withdrawal, and a pupil's letters and opt-outs.

An opt-out row is never changed once recorded; a parent or pupil changing their mind is a
withdrawal row beside it, so the history reads as it happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlmodel import Session, col, select

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.errors import Problem
from desc_desktop.domain.letters.recipients import PUPIL_OPTS_OUT_AT
from desc_desktop.domain.letters.references import parse_reference
from desc_desktop.domain.optouts.rules import (
    Method,
    OptOutRefused,
    check_withdrawal,
    is_late,
    opt_out_problems,
    timeliness,
)
from desc_desktop.domain.optouts.status import OptOutBy, OptOutFact, PupilStatus
from desc_desktop.domain.register import on_roll
from desc_desktop.domain.search import fold
from desc_desktop.domain.upn import normalise_upn
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.services.letter_settings import letter_settings
from desc_desktop.services.mapping import carer_input
from desc_desktop.services.records import carer_display_name
from desc_desktop.services.statuses import read_facts, status_of
from desc_desktop.store.tables import (
    Carer,
    Letter,
    LetterPupil,
    OptOut,
    OptOutWithdrawal,
    Pupil,
    PupilCarer,
)

# --- what the screens are given -----------------------------------------------------------


@dataclass(frozen=True)
class OptOutCarer:
    carer_id: int
    name: str
    """As letters address them, e.g. "Mrs Funmi Adeyemi"."""
    relationship: str
    parental_responsibility: bool
    no_contact: bool
    """Under a no-contact restriction for this child (they were sent no letter)."""


@dataclass(frozen=True)
class OptOutPupil:
    """A pupil as the opt-out form shows them."""

    pupil_id: int
    upn: str
    name: str
    """Legal forename and surname, as letters print them."""
    form: str
    year_group: str
    dob: date
    status: PupilStatus
    """Today."""
    may_opt_out_themselves: bool
    """16 or over today (the rule is checked again on the date received)."""
    carers: tuple[OptOutCarer, ...]
    """Every linked carer, in priority order; only those with parental responsibility may opt
    out for the child."""
    covered: bool = True
    """On a looked-up letter: whether it carried this child's Connexions section and slip."""
    slip: str = ""
    """On a looked-up letter: this child's slip code, e.g. "R001-0004-2"."""

    @property
    def pr_carers(self) -> tuple[OptOutCarer, ...]:
        return tuple(c for c in self.carers if c.parental_responsibility)


@dataclass(frozen=True)
class SlipLookup:
    """A letter found by its reference or by one of its reply slips."""

    reference: str
    """The letter's reference, e.g. "R001-0004"."""
    slip: str | None
    """The slip code when a slip was scanned or typed, e.g. "R001-0004-2"."""
    letter_id: int
    run_id: int
    issue_date: date
    reply_by: date
    """This letter's own reply-by date (a pupil's status gives theirs, which a reissue moves)."""
    to_pupil: bool
    """Addressed to a pupil aged 16 or over, who may opt out themselves."""
    addressees: tuple[str, ...]
    reissue_of: str
    """The reference of the lost letter this one replaced, or ""."""
    reissued_as: tuple[str, ...]
    """References of letters printed later to replace this one."""
    pupils: tuple[OptOutPupil, ...]
    """The slip's child alone when a slip was given; otherwise every child on the letter,
    covered ones first."""

    def pupil(self) -> OptOutPupil:
        """The one child an opt-out from this slip or letter is about; refused (saying which
        slip codes to use) when the letter covers more than one."""
        covered = [p for p in self.pupils if p.covered] or list(self.pupils)
        if len(covered) == 1:
            return covered[0]
        codes = ", ".join(p.slip for p in covered if p.slip)
        raise Refused(f"Letter {self.reference} covers {len(covered)} children: give the "
                      f"slip code of the one opting out ({codes}), or their UPN.")


@dataclass(frozen=True)
class OptOutRequest:
    pupil_id: int
    by: OptOutBy
    received: date
    method: Method = Method.SLIP
    carer_id: int | None = None
    """For `by` parent: which carer. May be left out when the pupil has exactly one carer with
    parental responsibility (then it is them)."""
    letter_id: int | None = None
    """The letter it answers, when known (a slip or a reference); otherwise the covering
    letter that set the pupil's reply-by date on the date received, if any."""
    notes: str = ""


@dataclass(frozen=True)
class OptOutAssessment:
    """What the form shows before anything is recorded."""

    reply_by: date | None
    """The pupil's reply-by date as it stood on the date received."""
    late: bool
    message: str
    """"In time: the reply-by date is 30/12/2026." or "Late: received 2 days after …"."""
    problems: tuple[Problem, ...]
    """Why it would be refused; none when it may be recorded."""

    @property
    def allowed(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RecordedOptOut:
    opt_out_id: int
    pupil_id: int
    received: date
    reply_by: date | None
    late: bool
    message: str
    status: PupilStatus
    """Today, now the opt-out is recorded."""


@dataclass(frozen=True)
class WithdrawalRequest:
    opt_out_id: int
    on: date
    """The day the parent or pupil asked for it (the opt-out ends that day)."""
    by: OptOutBy
    carer_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class WithdrawalEntry:
    on: date
    by: OptOutBy
    carer_name: str
    notes: str
    recorded_at: datetime
    staff_name: str


@dataclass(frozen=True)
class OptOutEntry:
    opt_out_id: int
    received: date
    by: OptOutBy
    carer_name: str
    """"" when the pupil opted out."""
    method: Method
    notes: str
    reply_by: date | None
    late: bool
    letter_reference: str
    """The letter it answered, or ""."""
    recorded_at: datetime
    staff_name: str
    withdrawal: WithdrawalEntry | None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawal is not None


@dataclass(frozen=True)
class LetterEntry:
    """A letter marked as sent that was about the pupil."""

    letter_id: int
    reference: str
    slip: str
    """This pupil's slip code, or "" when the letter did not cover them."""
    covered: bool
    to_pupil: bool
    addressees: tuple[str, ...]
    issue_date: date
    reply_by: date
    reissue_of: str
    """The reference of the lost letter this one replaced, or ""."""


@dataclass(frozen=True)
class OptOutHistory:
    pupil_id: int
    status: PupilStatus
    """Today."""
    letters: tuple[LetterEntry, ...]
    """Newest first."""
    opt_outs: tuple[OptOutEntry, ...]
    """Newest first, withdrawn ones included."""


@dataclass(frozen=True)
class OptOutRow:
    """One opt-out with its pupil, for the Opt-outs list and the exports."""

    opt_out_id: int
    pupil_id: int
    upn: str
    legal_surname: str
    legal_forename: str
    dob: date
    year_group: str
    reg_group: str
    received: date
    by: OptOutBy
    carer_name: str
    method: Method
    late: bool
    reply_by: date | None
    letter_reference: str
    notes: str
    recorded_at: datetime
    staff_name: str
    withdrawn_on: date | None
    withdrawn_by: OptOutBy | None


# --- finding the pupil --------------------------------------------------------------------

NOT_A_REFERENCE = ("That is not a letter reference or reply slip code: they look like "
                   "R001-0004 (a letter) or R001-0004-2 (a reply slip).")


def find_slip(ctx: ServiceContext, typed: str) -> SlipLookup:
    """The letter and child(ren) for what a barcode scanner or the office typed: a slip code
    or a letter reference, in any case, with spaces or odd dashes. Raises NotFound saying
    what to check."""
    parsed = parse_reference(typed)
    if parsed is None:
        raise NotFound(NOT_A_REFERENCE)
    with ctx.reading() as session:
        letter = session.exec(select(Letter).where(Letter.reference == parsed.letter)).first()
        if letter is None:
            raise NotFound(f"No letter marked as sent has the reference {parsed.letter}: check "
                           "it, and that its letter run was marked as sent.")
        links = session.exec(select(LetterPupil).where(
            LetterPupil.letter_id == letter.id)).all()
        if parsed.slip is not None:
            links = [link for link in links if link.slip == parsed.slip]
            if not links:
                raise NotFound(f"Letter {parsed.letter} has no reply slip {parsed.slip}: check "
                               "the last number.")
        links = sorted(links, key=lambda link: (not link.covered, link.slip, link.pupil_id))
        original = session.get(Letter, letter.reissue_of) if letter.reissue_of else None
        reissued_as = session.exec(select(Letter.reference).where(
            Letter.reissue_of == letter.id).order_by(Letter.id)).all()
        pupils = _opt_out_pupils(ctx, session, [link.pupil_id for link in links])
        return SlipLookup(
            reference=letter.reference, slip=parsed.slip, letter_id=letter.id,
            run_id=letter.run_id, issue_date=letter.issue_date, reply_by=letter.reply_by,
            to_pupil=letter.to_pupil, addressees=tuple(letter.addressees.split("\n")),
            reissue_of=original.reference if original else "", reissued_as=tuple(reissued_as),
            pupils=tuple(_on_letter(pupils[link.pupil_id], link) for link in links))


def opt_out_pupil(ctx: ServiceContext, pupil_id: int) -> OptOutPupil:
    """The pupil as the opt-out form shows them, opened from their page."""
    with ctx.reading() as session:
        found = _opt_out_pupils(ctx, session, [pupil_id])
    if pupil_id not in found:
        raise NotFound("That pupil is no longer in the register.")
    return found[pupil_id]


def pupil_for_upn(ctx: ServiceContext, upn: str) -> int:
    with ctx.reading() as session:
        pupil_id = session.exec(select(Pupil.id).where(
            Pupil.upn == normalise_upn(upn))).first()
    if pupil_id is None:
        raise NotFound("No pupil in the register has that UPN.")
    return pupil_id


def carer_named(ctx: ServiceContext, pupil_id: int, name: str) -> int:
    """The carer of this pupil whose name matches `name` (case and accents forgiven): their
    full name, "forename surname", or a part of the name that only one of them has."""
    wanted = " ".join(fold(name).split())
    with ctx.reading() as session:
        carers = session.exec(select(Carer).join(PupilCarer).where(
            PupilCarer.pupil_id == pupil_id)).all()
    names = {c.id: [fold(carer_display_name(carer_input(c))),
                    fold(f"{c.forename} {c.surname}".strip())] for c in carers}
    exact = [cid for cid, forms in names.items() if wanted in forms]
    partial = [cid for cid, forms in names.items() if wanted and wanted in forms[0]]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound("No parent/carer of this pupil has that name: check the spelling "
                       "(`desc-desktop pupils` lists each pupil's carers).")
    raise Refused("More than one parent/carer of this pupil matches that name: give the full "
                  "name.")


# --- recording ----------------------------------------------------------------------------


def assess_opt_out(ctx: ServiceContext, request: OptOutRequest) -> OptOutAssessment:
    """Whether the opt-out would be in time, and any reason it would be refused, before it is
    recorded (the form says so as the date is entered)."""
    request = _checked(request)
    with ctx.reading() as session:
        found = _evaluate(session, request, ctx.today())
    return OptOutAssessment(found.reply_by, found.late, timeliness(request.received,
                                                                   found.reply_by),
                            tuple(found.problems))


def record_opt_out(ctx: ServiceContext, request: OptOutRequest) -> RecordedOptOut:
    """One unit of work, one audit entry. Raises OptOutRefused (a ValidationFailed: each
    problem names its field and says why) when the rules refuse it, NotFound when the pupil
    or letter is no longer there."""
    request = _checked(request)
    method = request.method
    with ctx.unit_of_work("optout.record", "opt_out") as uow:
        found = _evaluate(uow.session, request, ctx.today())
        if found.problems:
            raise OptOutRefused(found.problems)
        row = OptOut(pupil_id=request.pupil_id, letter_id=found.letter_id,
                     by=request.by.value, carer_id=found.carer_id,
                     carer_name=found.carer_name, received=request.received,
                     method=method.value, notes=request.notes.strip(),
                     reply_by=found.reply_by, late=found.late, staff_name=ctx.actor.name)
        uow.session.add(row)
        uow.session.flush()
        uow.record(entity_id=row.id, pupil_id=request.pupil_id, summary=(
            f"Opt-out recorded: by {request.by.value}, received "
            f"{request.received:%d/%m/%Y} ({'late' if found.late else 'in time'})"),
            changes={"by": request.by.value, "carer_id": found.carer_id,
                     "received": request.received, "method": method.value,
                     "letter": found.letter_reference, "reply_by": found.reply_by,
                     "late": found.late})
        opt_out_id = row.id
    return RecordedOptOut(opt_out_id, request.pupil_id, request.received, found.reply_by,
                          found.late, timeliness(request.received, found.reply_by),
                          status_of(ctx, request.pupil_id))


def withdraw_opt_out(ctx: ServiceContext, request: WithdrawalRequest) -> PupilStatus:
    """Record that an opt-out was withdrawn (it stays in the history); returns the pupil's
    status today. Refusals as for record_opt_out."""
    request = replace(request, by=OptOutBy(request.by))
    with ctx.unit_of_work("optout.withdraw", "opt_out") as uow:
        session = uow.session
        opt_out = session.get(OptOut, request.opt_out_id)
        if opt_out is None:
            raise NotFound("That opt-out is no longer in the register.")
        pupil = session.get(Pupil, opt_out.pupil_id)
        earlier = session.exec(select(OptOutWithdrawal.withdrawn_on).where(
            OptOutWithdrawal.opt_out_id == opt_out.id)).first()
        signer = _signer(session, pupil.id, request.by, request.carer_id)
        if signer.problem is not None:
            raise OptOutRefused([signer.problem])
        check_withdrawal(OptOutFact(opt_out.received, OptOutBy(opt_out.by), opt_out.late,
                                    earlier),
                         by=request.by, pupil_dob=pupil.dob, on=request.on,
                         today=ctx.today(), carer_has_pr=signer.has_pr,
                         pr_carers=signer.pr_carers)
        session.add(OptOutWithdrawal(opt_out_id=opt_out.id, withdrawn_on=request.on,
                                     by=request.by.value, carer_id=signer.carer_id,
                                     carer_name=signer.carer_name, notes=request.notes.strip(),
                                     staff_name=ctx.actor.name))
        uow.record(entity_id=opt_out.id, pupil_id=pupil.id, summary=(
            f"Opt-out of {opt_out.received:%d/%m/%Y} withdrawn: by {request.by.value}, on "
            f"{request.on:%d/%m/%Y}"),
            changes={"withdrawn_on": request.on, "by": request.by.value,
                     "carer_id": signer.carer_id})
        pupil_id = pupil.id
    return status_of(ctx, pupil_id)


# --- reading the history ------------------------------------------------------------------


def pupil_history(ctx: ServiceContext, pupil_id: int) -> OptOutHistory:
    """The letters a pupil was on and every opt-out (withdrawn ones too), newest first."""
    status = status_of(ctx, pupil_id)
    with ctx.reading() as session:
        letter_rows = session.exec(select(LetterPupil, Letter).join(
            Letter, LetterPupil.letter_id == Letter.id).where(
            LetterPupil.pupil_id == pupil_id).order_by(col(Letter.issue_date).desc(),
                                                       col(Letter.id).desc())).all()
        opt_out_rows = _opt_out_rows(session, pupil_id)
        references = _references(session, {letter.reissue_of for _, letter in letter_rows}
                                 | {o.letter_id for o in opt_out_rows})
        letters = tuple(LetterEntry(
            letter.id, letter.reference, link.slip, link.covered, letter.to_pupil,
            tuple(letter.addressees.split("\n")), letter.issue_date, letter.reply_by,
            references.get(letter.reissue_of, "")) for link, letter in letter_rows)
        withdrawals = _withdrawals(session, pupil_id)
        opt_outs = tuple(_entry(o, references, withdrawals.get(o.id)) for o in opt_out_rows)
    return OptOutHistory(pupil_id, status, letters, opt_outs)


def opt_out_list(ctx: ServiceContext, as_of: date | None = None,
                 in_force_only: bool = True) -> list[OptOutRow]:
    """Opt-outs with their pupils, by surname. `in_force_only`: those in force on `as_of`
    (default today) for pupils on roll that day; otherwise every opt-out ever recorded."""
    as_of = as_of or ctx.today()
    with ctx.reading() as session:
        rows = session.exec(select(OptOut, Pupil, OptOutWithdrawal, Letter.reference)
                            .join(Pupil, OptOut.pupil_id == Pupil.id)
                            .outerjoin(OptOutWithdrawal,
                                       OptOutWithdrawal.opt_out_id == OptOut.id)
                            .outerjoin(Letter, OptOut.letter_id == Letter.id)).all()
    listed = []
    for opt_out, pupil, withdrawal, reference in rows:
        withdrawn_on = withdrawal.withdrawn_on if withdrawal else None
        if in_force_only and not (
                OptOutFact(opt_out.received, OptOutBy(opt_out.by), opt_out.late,
                           withdrawn_on).in_force_on(as_of)
                and on_roll(as_of, pupil.admission_date, pupil.leaving_date)):
            continue
        listed.append(OptOutRow(
            opt_out.id, pupil.id, pupil.upn or "", pupil.legal_surname, pupil.legal_forename,
            pupil.dob, pupil.year_group, pupil.reg_group, opt_out.received,
            OptOutBy(opt_out.by), opt_out.carer_name, Method(opt_out.method), opt_out.late,
            opt_out.reply_by, reference or "", opt_out.notes, opt_out.recorded_at,
            opt_out.staff_name, withdrawn_on,
            OptOutBy(withdrawal.by) if withdrawal else None))
    return sorted(listed, key=lambda r: (fold(r.legal_surname), fold(r.legal_forename),
                                         r.received, r.opt_out_id))


# --- inside --------------------------------------------------------------------------------


def _checked(request: OptOutRequest) -> OptOutRequest:
    """Plain strings ("parent", "in-person") are accepted as well as the enums."""
    return replace(request, by=OptOutBy(request.by), method=Method(request.method))


@dataclass(frozen=True)
class _Signer:
    carer_id: int | None
    carer_name: str
    has_pr: bool | None
    pr_carers: int
    problem: Problem | None = None


def _signer(session: Session, pupil_id: int, by: OptOutBy, carer_id: int | None) -> _Signer:
    """Which carer acts for the child: the one named, or the only one with parental
    responsibility (the domain's rules then say whether they may)."""
    if by is OptOutBy.PUPIL:
        return _Signer(None, "", None, 0)
    links = session.exec(select(PupilCarer, Carer).join(Carer).where(
        PupilCarer.pupil_id == pupil_id)).all()
    with_pr = [(link, carer) for link, carer in links if link.parental_responsibility]
    if carer_id is None:
        if len(with_pr) == 1:
            return _Signer(with_pr[0][1].id, _name(with_pr[0][1]), True, 1)
        return _Signer(None, "", None, len(with_pr))
    for link, carer in links:
        if carer.id == carer_id:
            return _Signer(carer.id, _name(carer), link.parental_responsibility, len(with_pr))
    return _Signer(None, "", None, len(with_pr), Problem(
        "carer", "This carer is not linked to the pupil: choose one of the pupil's "
                 "parents/carers."))


@dataclass(frozen=True)
class _Evaluation:
    carer_id: int | None
    carer_name: str
    letter_id: int | None
    letter_reference: str
    reply_by: date | None
    late: bool
    problems: list[Problem]


def _evaluate(session: Session, request: OptOutRequest, today: date) -> _Evaluation:
    pupil = session.get(Pupil, request.pupil_id)
    if pupil is None:
        raise NotFound("That pupil is no longer in the register.")
    problems: list[Problem] = []
    signer = _signer(session, pupil.id, request.by, request.carer_id)
    if signer.problem is not None:
        problems.append(signer.problem)
    letters = session.exec(select(Letter, LetterPupil.covered).join(
        LetterPupil, LetterPupil.letter_id == Letter.id).where(
        LetterPupil.pupil_id == pupil.id)).all()
    # The reply-by date that stood on the day it arrived: the latest of the covering letters
    # issued by then, so a reissue before that day counts, as in the status.
    by_then = [letter for letter, covered in letters
               if covered and letter.issue_date <= request.received]
    setting = max(by_then, key=lambda letter: (letter.reply_by, letter.id), default=None)
    answered = setting
    if request.letter_id is not None:
        answered = next((letter for letter, _ in letters if letter.id == request.letter_id),
                        None)
        if answered is None:
            raise NotFound("That letter was not about this pupil: check the slip or the "
                           "reference.")
    reply_by = setting.reply_by if setting else None
    withdrawn = _withdrawals(session, pupil.id)
    in_force = [OptOutFact(o.received, OptOutBy(o.by), o.late)
                for o in _opt_out_rows(session, pupil.id) if o.id not in withdrawn]
    problems += opt_out_problems(
        by=request.by, pupil_dob=pupil.dob, received=request.received, today=today,
        issue_date=answered.issue_date if request.letter_id is not None else None,
        # A carer not linked is already a problem: no second one about the same carer.
        carer_has_pr=signer.has_pr if signer.problem is None else True,
        pr_carers=signer.pr_carers, in_force=in_force[0] if in_force else None)
    return _Evaluation(signer.carer_id, signer.carer_name, answered.id if answered else None,
                       answered.reference if answered else "", reply_by,
                       is_late(request.received, reply_by), problems)


def _opt_out_pupils(ctx: ServiceContext, session: Session,
                    pupil_ids: Sequence[int]) -> dict[int, OptOutPupil]:
    today = ctx.today()
    # In the caller's session: the statuses and the carers from one snapshot.
    facts = read_facts(session, letter_settings(ctx).ages, pupil_ids)
    links = session.exec(select(PupilCarer, Carer).join(Carer).where(
        col(PupilCarer.pupil_id).in_(list(pupil_ids))).order_by(PupilCarer.priority,
                                                                Carer.surname)).all()
    carers: dict[int, list[OptOutCarer]] = {}
    for link, carer in links:
        carers.setdefault(link.pupil_id, []).append(OptOutCarer(
            carer.id, _name(carer), link.relationship, link.parental_responsibility,
            bool(link.no_contact)))
    return {p.id: OptOutPupil(
        p.id, p.upn, f"{p.legal_forename} {p.legal_surname}", p.reg_group, p.year_group,
        p.dob, facts.status(p.id, today), age_on(p.dob, today) >= PUPIL_OPTS_OUT_AT,
        tuple(carers.get(p.id, ()))) for p in facts.pupils.values()}


def _on_letter(pupil: OptOutPupil, link: LetterPupil) -> OptOutPupil:
    return replace(pupil, covered=link.covered, slip=link.slip)


def _opt_out_rows(session: Session, pupil_id: int) -> list[OptOut]:
    return list(session.exec(select(OptOut).where(OptOut.pupil_id == pupil_id).order_by(
        col(OptOut.received).desc(), col(OptOut.id).desc())).all())


def _withdrawals(session: Session, pupil_id: int) -> dict[int, OptOutWithdrawal]:
    rows = session.exec(select(OptOutWithdrawal).join(
        OptOut, OptOutWithdrawal.opt_out_id == OptOut.id).where(
        OptOut.pupil_id == pupil_id)).all()
    return {row.opt_out_id: row for row in rows}


def _references(session: Session, letter_ids: set[int | None]) -> dict[int, str]:
    wanted = [i for i in letter_ids if i is not None]
    if not wanted:
        return {}
    return dict(session.exec(select(Letter.id, Letter.reference).where(
        col(Letter.id).in_(wanted))).all())


def _entry(row: OptOut, references: dict[int, str],
           withdrawal: OptOutWithdrawal | None) -> OptOutEntry:
    return OptOutEntry(
        row.id, row.received, OptOutBy(row.by), row.carer_name, Method(row.method), row.notes,
        row.reply_by, row.late, references.get(row.letter_id, ""), row.recorded_at,
        row.staff_name, None if withdrawal is None else WithdrawalEntry(
            withdrawal.withdrawn_on, OptOutBy(withdrawal.by), withdrawal.carer_name,
            withdrawal.notes, withdrawal.recorded_at, withdrawal.staff_name))


def _name(carer: Carer) -> str:
    return carer_display_name(carer_input(carer))

