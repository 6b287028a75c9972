"""Every pupil's Connexions status on a date, the reply-by deadlines, and the Today summary.

Everything here is read in three queries whatever the size of the school (pupils, the letters
they were on, their opt-outs with any withdrawal) plus the letter settings, then worked out
in Python by the pure rules of domain/optouts/status.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session, col, select

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.letters.connexions import ConnexionsAges
from desc_desktop.domain.optouts.status import (
    TIMING_COLOURS,
    CoveringLetter,
    OptOutBy,
    OptOutFact,
    PupilStatus,
    Status,
    Timing,
    deadline_days,
    status_on,
    timing,
)
from desc_desktop.domain.register import on_roll
from desc_desktop.domain.search import fold
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import NotFound
from desc_desktop.services.generated_runs import UnsentRun, unsent_runs
from desc_desktop.services.letter_settings import letter_settings
from desc_desktop.store.tables import Letter, LetterPupil, OptOut, OptOutWithdrawal, Pupil


@dataclass(frozen=True)
class PupilStatusRow:
    """One pupil and their status on a date."""

    pupil_id: int
    upn: str
    legal_surname: str
    legal_forename: str
    preferred_forename: str
    dob: date
    age: int
    """On the date asked about."""
    year_group: str
    reg_group: str
    status: PupilStatus

    @property
    def name(self) -> str:
        return f"{self.legal_forename} {self.legal_surname}"


@dataclass(frozen=True)
class DeadlineDay:
    """A day on which reply-by dates fall, with the pupils whose deadline it is."""

    day: date
    timing: Timing
    """Passed, today or upcoming, seen from today."""
    pupils: tuple[PupilStatusRow, ...]
    """Sorted by surname; each with their status on the `status_as_of` date asked for."""

    @property
    def count(self) -> int:
        return len(self.pupils)

    @property
    def colour(self) -> str:
        return TIMING_COLOURS[self.timing]


@dataclass(frozen=True)
class TodaySummary:
    today: date
    counts: dict[Status, int]
    """Pupils on roll today per status (every status present, zero or more)."""
    week_start: date
    week_end: date
    """Monday and Sunday of this week."""
    deadlines_this_week: tuple[DeadlineDay, ...]
    came_into_scope_without_letter: tuple[PupilStatusRow, ...]
    """In scope today with no covering letter (`not_issued`), though a letter was about them
    (e.g. too young to be covered then, or a learning difficulty recorded since)."""
    joiners_without_letter: tuple[PupilStatusRow, ...]
    """On roll with no letter at all yet: every family should have the privacy notice. Kept
    apart from the list above (no pupil is in both); their status says if they are in scope."""
    unsent_runs: tuple[UnsentRun, ...] = field(default=())
    """Letter runs generated but never marked as sent nor discarded."""

    @property
    def awaiting_reply(self) -> int:
        return self.counts[Status.AWAITING_REPLY]

    @property
    def opted_out(self) -> int:
        return self.counts[Status.OPTED_OUT]

    @property
    def may_share(self) -> int:
        return self.counts[Status.MAY_SHARE]

    @property
    def not_issued(self) -> int:
        return self.counts[Status.NOT_ISSUED]


def statuses_on(ctx: ServiceContext, on: date | None = None) -> list[PupilStatusRow]:
    """Every pupil on roll on `on` (default today) with their status that day, by surname."""
    on = on or ctx.today()
    facts = load_facts(ctx)
    return _by_name(facts.row(p, on) for p in facts.on_roll(on))


def status_listing(ctx: ServiceContext, on: date) -> list[PupilStatusRow]:
    """statuses_on for a listing that leaves the app (the command line's `status`): recorded
    in the audit trail, as every listing of pupils is."""
    rows = statuses_on(ctx, on)
    with ctx.unit_of_work("optout.status_list") as uow:
        uow.record(summary=f"Connexions statuses listed as of {on:%d/%m/%Y} "
                           f"({len(rows)} pupils on roll)", changes={"as_of": on})
    return rows


def status_of(ctx: ServiceContext, pupil_id: int, on: date | None = None) -> PupilStatus:
    """One pupil's status on `on` (default today), whether on roll or not."""
    on = on or ctx.today()
    facts = load_facts(ctx, [pupil_id])
    if pupil_id not in facts.pupils:
        raise NotFound("That pupil is no longer in the register.")
    return facts.status(pupil_id, on)


def deadlines(ctx: ServiceContext, start: date, end: date,
              status_as_of: date | None = None) -> list[DeadlineDay]:
    """The days from `start` to `end` (inclusive) on which pupils' reply-by dates fall, with
    those pupils (on roll that day) and their status on `status_as_of` (default today). Days with
    no deadline are left out. A letter reissued before its deadline passed moves the pupil's
    deadline to the reissue's date: the first date is then no deadline of theirs."""
    facts = load_facts(ctx)
    return facts.deadlines(start, end, status_as_of or ctx.today(), ctx.today())


def next_deadlines(ctx: ServiceContext, days: int = 14) -> list[DeadlineDay]:
    """Deadlines from today to `days` - 1 days ahead: the calendar's side list."""
    today = ctx.today()
    return deadlines(ctx, today, today + timedelta(days=days - 1))


def month_and_next(ctx: ServiceContext, start: date, end: date, days: int = 14
                   ) -> tuple[list[DeadlineDay], list[DeadlineDay]]:
    """`deadlines(start, end)` and `next_deadlines(days)` from one reading of the register:
    the calendar shows both at once."""
    facts, today = load_facts(ctx), ctx.today()
    return (facts.deadlines(start, end, today, today),
            facts.deadlines(today, today + timedelta(days=days - 1), today, today))


def today_summary(ctx: ServiceContext) -> TodaySummary:
    today = ctx.today()
    facts = load_facts(ctx)
    rows = [facts.row(p, today) for p in facts.on_roll(today)]
    counts = dict.fromkeys(Status, 0)
    for row in rows:
        counts[row.status.status] += 1
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    joiners = [r for r in rows if r.pupil_id not in facts.written_to]
    uncovered = [r for r in rows if r.status.status is Status.NOT_ISSUED
                 and r.pupil_id in facts.written_to]
    return TodaySummary(
        today=today, counts=counts, week_start=monday, week_end=sunday,
        deadlines_this_week=tuple(facts.deadlines(monday, sunday, today, today)),
        came_into_scope_without_letter=tuple(_by_name(uncovered)),
        joiners_without_letter=tuple(_by_name(joiners)),
        unsent_runs=tuple(unsent_runs(ctx)))


# --- the facts, read once ----------------------------------------------------------------


@dataclass(frozen=True)
class _Pupil:
    id: int
    upn: str
    legal_surname: str
    legal_forename: str
    preferred_forename: str
    dob: date
    ldd: bool
    year_group: str
    reg_group: str
    admission_date: date | None
    leaving_date: date | None

    def on_roll(self, on: date) -> bool:
        return on_roll(on, self.admission_date, self.leaving_date)


@dataclass
class StatusFacts:
    """What every status depends on, for all pupils (or one), read in three queries."""

    ages: ConnexionsAges
    pupils: dict[int, _Pupil]
    covering: dict[int, list[CoveringLetter]]
    opt_outs: dict[int, list[OptOutFact]]
    written_to: set[int]
    """Pupils any letter marked as sent was about, covered or not."""

    def status(self, pupil_id: int, on: date) -> PupilStatus:
        pupil = self.pupils[pupil_id]
        return status_on(on, pupil.dob, pupil.ldd, self.covering.get(pupil_id, ()),
                         self.opt_outs.get(pupil_id, ()), self.ages)

    def on_roll(self, on: date) -> list[_Pupil]:
        return [p for p in self.pupils.values() if p.on_roll(on)]

    def row(self, pupil: _Pupil, on: date) -> PupilStatusRow:
        return PupilStatusRow(pupil.id, pupil.upn, pupil.legal_surname, pupil.legal_forename,
                              pupil.preferred_forename, pupil.dob, age_on(pupil.dob, on),
                              pupil.year_group, pupil.reg_group, self.status(pupil.id, on))

    def deadlines(self, start: date, end: date, status_day: date,
                  today: date) -> list[DeadlineDay]:
        by_day: dict[date, list[PupilStatusRow]] = defaultdict(list)
        for pupil_id, letters in self.covering.items():
            pupil = self.pupils[pupil_id]
            for day in deadline_days(letters):
                if start <= day <= end and pupil.on_roll(day):
                    by_day[day].append(self.row(pupil, status_day))
        return [DeadlineDay(day, timing(day, today), tuple(_by_name(by_day[day])))
                for day in sorted(by_day)]


def load_facts(ctx: ServiceContext, pupil_ids: Collection[int] | None = None) -> StatusFacts:
    """Read every pupil's status facts (or just these pupils'): three queries, however many
    pupils."""
    ages = letter_settings(ctx).ages
    with ctx.reading() as session:
        return read_facts(session, ages, pupil_ids)


def read_facts(session: Session, ages: ConnexionsAges,
               pupil_ids: Collection[int] | None = None) -> StatusFacts:
    pupils_query = select(Pupil.id, Pupil.upn, Pupil.legal_surname, Pupil.legal_forename,
                          Pupil.preferred_forename, Pupil.dob, Pupil.ldd, Pupil.year_group,
                          Pupil.reg_group, Pupil.admission_date, Pupil.leaving_date)
    letters_query = select(LetterPupil.pupil_id, LetterPupil.covered, Letter.issue_date,
                           Letter.reply_by).join(Letter, LetterPupil.letter_id == Letter.id)
    opt_outs_query = select(OptOut.pupil_id, OptOut.received, OptOut.by, OptOut.late,
                            OptOutWithdrawal.withdrawn_on).outerjoin(
        OptOutWithdrawal, OptOutWithdrawal.opt_out_id == OptOut.id)
    if pupil_ids is not None:
        wanted = list(pupil_ids)
        pupils_query = pupils_query.where(col(Pupil.id).in_(wanted))
        letters_query = letters_query.where(col(LetterPupil.pupil_id).in_(wanted))
        opt_outs_query = opt_outs_query.where(col(OptOut.pupil_id).in_(wanted))
    pupils = {row[0]: _Pupil(row[0], row[1] or "", *row[2:])
              for row in session.exec(pupils_query).all()}
    covering: dict[int, list[CoveringLetter]] = defaultdict(list)
    written_to: set[int] = set()
    for pid, is_covered, issue_date, reply_by in session.exec(letters_query).all():
        written_to.add(pid)
        if is_covered:
            covering[pid].append(CoveringLetter(issue_date, reply_by))
    opt_outs: dict[int, list[OptOutFact]] = defaultdict(list)
    for pid, received, by, late, withdrawn_on in session.exec(opt_outs_query).all():
        opt_outs[pid].append(OptOutFact(received, OptOutBy(by), late, withdrawn_on))
    return StatusFacts(ages, pupils, dict(covering), dict(opt_outs), written_to)


def _by_name(rows: Iterable[PupilStatusRow]) -> list[PupilStatusRow]:
    # Sorted in Python: folding accents in SQLite costs more than sorting here.
    return sorted(rows, key=lambda r: (fold(r.legal_surname), fold(r.legal_forename),
                                       r.pupil_id))
