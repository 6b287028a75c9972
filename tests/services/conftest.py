"""A small fictional school with one letter run marked as sent, for the opt-out services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
from desc_desktop.services import carers, letter_runs, letters, pupils
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.letters import RunPlan

ISSUE = date(2026, 10, 12)     # by hand: received that day
REPLY_BY = date(2026, 11, 9)   # 28 days later; "today" in the tests is 28/11/2026


@dataclass(frozen=True)
class OptOutSchool:
    ctx: ServiceContext
    tamsin: int     # 14, with sister Bryony (13) and Ada (11, not covered)
    bryony: int
    ada: int
    ewan: int       # 16 on 20/11/2026; one carer with parental responsibility, a gran without
    mother: int     # Tamsin's, Bryony's and Ada's (parental responsibility)
    father: int     # theirs too (parental responsibility)
    gwen: int       # Ewan's mother (parental responsibility)
    gran: int       # Ewan's grandmother (no parental responsibility)
    run: RunPlan

    def slip(self, pupil_id: int) -> str:
        """The slip code of `pupil_id` on the household letter of the first run."""
        for letter in self.run.letters:
            if letter.to_pupil:
                continue
            numbers = [c.pupil_id for c in letter.children if c.covered]
            if pupil_id in numbers:
                return f"{letter.reference}-{numbers.index(pupil_id) + 1}"
        raise AssertionError("no slip for that pupil")

    def reference(self, pupil_id: int) -> str:
        """The reference of the household letter about `pupil_id`."""
        return next(letter.reference for letter in self.run.letters if not letter.to_pupil
                    and pupil_id in [c.pupil_id for c in letter.children])


HOME = Address(line1="12 Larkspur Row", town="Hemel Hempstead", postcode="HP1 1AA")
OTHER_HOME = Address(line1="3 Orchard Close", town="Tring", postcode="HP23 5AB")


def _pupil(ctx, forename: str, surname: str, dob: date, year: str,
           address: Address = HOME) -> int:
    return pupils.create_pupil(ctx, PupilInput(
        legal_surname=surname, legal_forename=forename, dob=dob, gender="F", year_group=year,
        reg_group=f"{year}A", admission_date=date(2019, 9, 4), address=address))


@pytest.fixture
def optout_school(ctx) -> OptOutSchool:
    tamsin = _pupil(ctx, "Tamsin", "Quillfeather", date(2012, 5, 1), "10")
    bryony = _pupil(ctx, "Bryony", "Quillfeather", date(2013, 6, 1), "8")
    ada = _pupil(ctx, "Ada", "Quillfeather", date(2015, 3, 14), "7")
    mother = carers.add_carer(ctx, tamsin, CarerInput(surname="Quillfeather",
                                                      forename="Morwenna", title="Ms"),
                              CarerLinkInput("Mother"))
    father = carers.add_carer(ctx, tamsin, CarerInput(surname="Quillfeather", forename="Piran",
                                                      title="Mr"),
                              CarerLinkInput("Father", priority=2))
    for child in (bryony, ada):
        carers.link_carer(ctx, child, mother, CarerLinkInput("Mother"))
        carers.link_carer(ctx, child, father, CarerLinkInput("Father", priority=2))
    ewan = _pupil(ctx, "Ewan", "Trelawney", date(2010, 11, 20), "11", OTHER_HOME)
    gwen = carers.add_carer(ctx, ewan, CarerInput(surname="Trelawney", forename="Gwen",
                                                  title="Mrs"), CarerLinkInput("Mother"))
    gran = carers.add_carer(ctx, ewan, CarerInput(surname="Trelawney", forename="Ottilie",
                                                  title="Mrs"),
                            CarerLinkInput("Grandmother", parental_responsibility=False,
                                           receives_correspondence=False, priority=3))
    plan = letters.plan_run(ctx, ISSUE)
    letter_runs.mark_sent(ctx, plan, 0)
    return OptOutSchool(ctx, tamsin, bryony, ada, ewan, mother, father, gwen, gran, plan)
