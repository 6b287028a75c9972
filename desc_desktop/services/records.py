"""Plain data handed to the UI and the CLI: never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput


class PupilRow(NamedTuple):
    """One line of the register table. A named tuple: 10,000 are made at every start."""

    id: int
    upn: str
    legal_surname: str
    legal_forename: str
    preferred_forename: str
    year_group: str
    reg_group: str
    dob: date
    leaving_date: date | None

    def on_roll(self, today: date) -> bool:
        return self.leaving_date is None or self.leaving_date > today

    def age(self, today: date) -> int:
        return age_on(self.dob, today)


@dataclass(frozen=True)
class CarerLinkView:
    carer_id: int
    carer: CarerInput
    link: CarerLinkInput
    address: Address
    """Where letters to this carer go: their own address, or the pupil's."""
    other_children: tuple[str, ...]
    """Names of the other pupils this carer is linked to, so edits to them are not a surprise."""

    @property
    def display_name(self) -> str:
        return carer_display_name(self.carer)


@dataclass(frozen=True)
class PupilDetail:
    id: int
    data: PupilInput
    carers: tuple[CarerLinkView, ...]


@dataclass(frozen=True)
class CarerSummary:
    id: int
    name: str
    address: str
    children: tuple[str, ...]
    restriction: CarerLinkInput | None = None
    """A no-contact restriction on any of their links, so a new link can repeat it."""


def carer_display_name(carer: CarerInput) -> str:
    return " ".join(p for p in (carer.title, carer.forename, carer.surname) if p)
