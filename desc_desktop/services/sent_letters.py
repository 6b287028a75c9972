"""The letters marked as sent, to look one up (by reference or a name) and reprint it.

What a letter said is kept as it was sent (its addressees, dates, reference); the children it
was about are named as the register names them now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import col, select

from desc_desktop.domain.search import search_key
from desc_desktop.services.context import ServiceContext
from desc_desktop.store.tables import Letter, LetterPupil, LetterRun, Pupil


@dataclass(frozen=True)
class SentRun:
    run_id: int
    issue_date: date
    reply_by: date
    sent_at: datetime
    staff_name: str
    letters: int
    reissue: bool
    """A run of one lost letter printed again."""


@dataclass(frozen=True)
class SentLetter:
    letter_id: int
    run_id: int
    reference: str
    addressees: tuple[str, ...]
    to_pupil: bool
    pupils: tuple[str, ...]
    """The children the letter was about."""
    pupils_covered: int
    """How many of them had a Connexions section and reply slip."""
    issue_date: date
    reply_by: date
    reissue_of: str = ""
    """The reference of the lost letter this one replaced."""
    reissued_as: tuple[str, ...] = ()
    """The references of the letters that later replaced this one."""


def sent_runs(ctx: ServiceContext) -> list[SentRun]:
    """Every run marked as sent, newest first."""
    with ctx.reading() as session:
        runs = session.exec(select(LetterRun).order_by(col(LetterRun.id).desc())).all()
        letters = session.exec(select(Letter.run_id, Letter.reissue_of)).all()
    counts: dict[int, int] = {}
    reissues: set[int] = set()
    for run_id, reissue_of in letters:
        counts[run_id] = counts.get(run_id, 0) + 1
        if reissue_of is not None:
            reissues.add(run_id)
    return [SentRun(r.id, r.issue_date, r.reply_by, r.sent_at, r.staff_name,
                    counts.get(r.id, 0), r.id in reissues)
            for r in runs]


def sent_letters(ctx: ServiceContext) -> list[SentLetter]:
    """Every letter marked as sent, newest run first, in each run in printing order."""
    with ctx.reading() as session:
        rows = session.exec(select(Letter).order_by(col(Letter.run_id).desc(),
                                                    col(Letter.id))).all()
        links = session.exec(select(LetterPupil.letter_id, LetterPupil.covered,
                                    Pupil.legal_forename, Pupil.legal_surname)
                             .join(Pupil, col(LetterPupil.pupil_id) == Pupil.id)).all()
    names: dict[int, list[tuple[str, bool]]] = {}
    for letter_id, covered, forename, surname in links:
        names.setdefault(letter_id, []).append((f"{forename} {surname}", covered))
    references = {row.id: row.reference for row in rows}
    replaced_by: dict[int, list[str]] = {}
    for row in rows:
        if row.reissue_of is not None:
            replaced_by.setdefault(row.reissue_of, []).append(row.reference)
    letters = []
    for row in rows:
        children = names.get(row.id, [])
        letters.append(SentLetter(
            letter_id=row.id, run_id=row.run_id, reference=row.reference,
            addressees=tuple(row.addressees.split("\n")), to_pupil=row.to_pupil,
            pupils=tuple(name for name, _covered in children),
            pupils_covered=sum(covered for _name, covered in children),
            issue_date=row.issue_date, reply_by=row.reply_by,
            reissue_of=references.get(row.reissue_of, "") if row.reissue_of else "",
            reissued_as=tuple(sorted(replaced_by.get(row.id, ())))))
    return letters


def search_words(letter: SentLetter) -> tuple[str, ...]:
    """What a search matches: the references (its own, and those of the letter it replaced
    or that replaced it, so a lost letter's reference finds its reprints) and every name on
    the letter."""
    return (letter.reference, letter.reissue_of or "", *letter.reissued_as,
            *letter.addressees, *letter.pupils)


def search_text(letter: SentLetter) -> str:
    """The words folded, so that 'zoe' finds 'Zoë'."""
    return search_key(*search_words(letter))
