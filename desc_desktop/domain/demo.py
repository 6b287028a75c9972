"""A fictional, deterministic demo school: households of pupils and their carers.

Deterministic for a given seed and date, so tests and screenshots are repeatable; the
dates of birth follow the date so that ages stay right whenever the demo is made.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from desc_desktop.domain.ages import academic_year_end
from desc_desktop.domain.demo_names import FAMILIES, INWARD_LETTERS, NICKNAMES, STREETS, TOWNS
from desc_desktop.domain.register import (
    Address,
    CarerInput,
    CarerLinkInput,
    NoContact,
    PupilInput,
    SenStatus,
)
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.domain.upn import make_upn

DEMO_LA = 919
DEMO_SCHOOL = SchoolDetails(
    name="Dacorum Education Support Centre (demo)", address_line1="1 Example Way",
    town="Hemel Hempstead", postcode="HP1 1AA", phone="01632 960000",
    email="office@desc-demo.example", head_teacher="Mrs Ruth Example",
    data_protection_lead="Mr Sam Sample", ico_registration="Z0000000")


@dataclass
class DemoCarer:
    carer: CarerInput
    link: CarerLinkInput


@dataclass
class DemoHousehold:
    children: list[PupilInput] = field(default_factory=list)
    carers: list[DemoCarer] = field(default_factory=list)


def make_demo(pupils: int = 150, seed: int = 1, today: date | None = None) -> list[DemoHousehold]:
    today = today or date.today()
    rng = random.Random(seed)
    older = max(1, round(pupils * 0.03)) if pupils >= 20 else 0
    households: list[DemoHousehold] = []
    made = 0
    while made < pupils:
        want = min(rng.choices((1, 2, 3), (60, 30, 10))[0], pupils - made)
        adult = made >= pupils - older
        household = _household(rng, today, want, made, adult)
        households.append(household)
        made += len(household.children)
    _add_restrictions(rng, households)
    return households


def _household(rng: random.Random, today: date, children: int, serial: int,
               adult: bool) -> DemoHousehold:
    surnames, girls, boys, mothers, fathers = rng.choice(FAMILIES)
    surname = rng.choice(surnames)
    home = _address(rng)
    household = DemoHousehold()
    names = rng.sample([(name, "F") for name in girls] + [(name, "M") for name in boys],
                       children)
    for n, (forename, gender) in enumerate(names):
        household.children.append(_child(rng, today, surname, forename, gender, home,
                                         serial + n, adult))
    kind = rng.choices(("couple", "single", "separated", "grandparent"), (60, 20, 12, 8))[0]
    mother = CarerInput(surname=surname, forename=rng.choice(mothers),
                        title=rng.choice(("Mrs", "Ms", "Miss", "Dr")), **_contact(rng, serial))
    household.carers.append(DemoCarer(mother, CarerLinkInput("Mother", priority=1)))
    if kind in ("couple", "separated"):
        father = CarerInput(surname=surname, forename=rng.choice(fathers), title="Mr",
                            **_contact(rng, serial + 5000))
        if kind == "separated":
            father = father._replace(same_address_as_pupil=False, address=_address(rng))
        household.carers.append(DemoCarer(father, CarerLinkInput("Father", priority=2)))
    if kind == "grandparent":
        others = [name for name in mothers if name != mother.forename] or list(mothers)
        gran = CarerInput(surname=surname, forename=rng.choice(others), title="Mrs")
        household.carers.append(DemoCarer(gran, CarerLinkInput(
            "Grandmother", parental_responsibility=False, receives_correspondence=False,
            priority=3)))
    return household


def _child(rng: random.Random, today: date, surname: str, forename: str, gender: str,
           home: Address, serial: int, adult: bool) -> PupilInput:
    year_end = academic_year_end(today)
    age_at_year_start = rng.randint(19, 23) if adult else rng.randint(11, 17)
    born_from = date(year_end.year - age_at_year_start - 2, 9, 1)
    dob = born_from + timedelta(days=rng.randint(0, 364))
    year_group = "14" if adult else str(age_at_year_start - 4)
    # Year 7 starts in the September after the 31 August on which the child is 11.
    year7 = dob.year + 12 if dob.month >= 9 else dob.year + 11
    admission = date(year7, 9, rng.choice((1, 2, 3, 4)))
    if rng.random() < 0.1:
        admission = min(today, admission + timedelta(days=rng.randint(30, 700)))
    sen = rng.choices(list(SenStatus), (85, 12, 3))[0]
    ldd = adult or (sen != SenStatus.NONE and rng.random() < 0.5)
    return PupilInput(
        legal_surname=surname, legal_forename=forename, dob=dob, gender=gender,
        year_group=year_group, reg_group=f"{year_group}{rng.choice('ABCD')}",
        preferred_forename=NICKNAMES.get(forename, "") if rng.random() < 0.6 else "",
        upn=make_upn(DEMO_LA, 2000 + serial // 1000, dob.year + 5, serial % 1000),
        admission_date=admission,
        sen_status=sen, ldd=ldd, address=home)


def _address(rng: random.Random) -> Address:
    town, district = rng.choice(TOWNS)
    inward = f"{rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    flat = rng.random() < 0.15
    number = rng.randint(1, 120)
    return Address(
        line1=f"Flat {rng.randint(1, 12)}" if flat else f"{number} {rng.choice(STREETS)}",
        line2=f"{number} {rng.choice(STREETS)}" if flat else "",
        town=town, county="Hertfordshire", postcode=f"{district} {inward}")


def _contact(rng: random.Random, serial: int) -> dict[str, str]:
    # Ofcom reserves 01632 960xxx and 07700 900xxx for fiction; example.org is reserved too.
    return {"phone_home": f"01632 960{serial % 1000:03d}" if rng.random() < 0.6 else "",
            "phone_mobile": f"07700 900{rng.randint(0, 999):03d}",
            "email": f"parent{serial}@example.org" if rng.random() < 0.7 else ""}


def _add_restrictions(rng: random.Random, households: list[DemoHousehold]) -> None:
    """One court order and one other no-contact restriction, on second carers."""
    with_two = [h for h in households
                if len(h.carers) > 1 and h.carers[1].link.parental_responsibility]
    for household, kind in zip(rng.sample(with_two, min(2, len(with_two))),
                               (NoContact.COURT_ORDER, NoContact.OTHER), strict=False):
        second = household.carers[1]
        note = "" if kind == NoContact.COURT_ORDER else "Ask the head of year before any contact"
        second.link = second.link._replace(no_contact=kind, receives_correspondence=False,
                                          no_contact_note=note)
