"""Who gets which letter: one per household address, and one for each pupil aged 16 or over.

Parents/carers with parental responsibility who receive correspondence, and who are under no
no-contact restriction for a child, get one letter at their address covering all their
children in the run. Separated parents at two addresses each get their own letter. A
restricted carer is never a recipient for that child, and never named on that child's letter.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.register import Address
from desc_desktop.domain.search import fold

PUPIL_OPTS_OUT_AT = 16


@dataclass(frozen=True)
class LetterCarer:
    carer_id: int
    name: str
    """As it prints in the address block, e.g. "Mrs Funmi Adeyemi"."""
    address: Address
    parental_responsibility: bool
    receives_correspondence: bool
    no_contact: bool


@dataclass(frozen=True)
class LetterPupil:
    pupil_id: int
    name: str
    dob: date
    address: Address
    carers: tuple[LetterCarer, ...]


@dataclass(frozen=True)
class PlannedLetter:
    addressees: tuple[str, ...]
    carer_ids: tuple[int, ...]
    """Empty for a letter addressed to the pupil."""
    address: Address
    pupil_ids: tuple[int, ...]
    to_pupil: bool = False


@dataclass(frozen=True)
class LetterProblem:
    pupil_id: int
    message: str


def address_key(address: Address) -> tuple[str, str]:
    return fold(address.postcode.replace(" ", "")), fold(address.line1)


def is_complete(address: Address) -> bool:
    return bool(address.line1 and address.town and address.postcode)


def plan_letters(pupils: list[LetterPupil], issue_date: date, *, pupils_16_get_own: bool = True
                 ) -> tuple[list[PlannedLetter], list[LetterProblem]]:
    households: dict[tuple[str, str], dict[str, object]] = defaultdict(
        lambda: {"carers": {}, "pupils": [], "address": None})
    problems: list[LetterProblem] = []
    letters: list[PlannedLetter] = []
    for pupil in pupils:
        recipients = [c for c in pupil.carers if c.parental_responsibility
                      and c.receives_correspondence and not c.no_contact]
        own = pupils_16_get_own and age_on(pupil.dob, issue_date) >= PUPIL_OPTS_OUT_AT
        problems += _problems(pupil, recipients, own)
        for carer in recipients:
            if not is_complete(carer.address):
                continue
            household = households[address_key(carer.address)]
            household["carers"][carer.carer_id] = carer.name
            household["address"] = household["address"] or carer.address
            if pupil.pupil_id not in household["pupils"]:
                household["pupils"].append(pupil.pupil_id)
        if own and is_complete(pupil.address):
            letters.append(PlannedLetter((pupil.name,), (), pupil.address, (pupil.pupil_id,),
                                         to_pupil=True))
    for household in households.values():
        carers = household["carers"]
        letters.append(PlannedLetter(tuple(carers.values()), tuple(carers), household["address"],
                                     tuple(household["pupils"])))
    return letters, problems


def _problems(pupil: LetterPupil, recipients: list[LetterCarer], own: bool
              ) -> list[LetterProblem]:
    problems = []
    if not recipients and not own:
        problems.append(LetterProblem(pupil.pupil_id, (
            f"{pupil.name}: no parent/carer with parental responsibility receives "
            "correspondence. Add one, or tick 'Receives correspondence', on the Carers tab.")))
    for carer in recipients:
        if not is_complete(carer.address):
            problems.append(LetterProblem(pupil.pupil_id, (
                f"{pupil.name}: {carer.name}'s address is incomplete (it needs the first line, "
                "town and postcode).")))
    if own and not is_complete(pupil.address):
        problems.append(LetterProblem(pupil.pupil_id, (
            f"{pupil.name}: the home address is incomplete, so the letter to the pupil "
            "(aged 16 or over) cannot be posted.")))
    return problems
