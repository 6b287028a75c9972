"""Who is in the Connexions age range, and which children a letter must cover."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desc_desktop.domain.ages import academic_year_end, age_on


@dataclass(frozen=True)
class ConnexionsAges:
    """Settings, because councils differ: 13 to 19, or to 25 with a learning difficulty or
    disability."""

    youngest: int = 13
    oldest: int = 19
    oldest_with_ldd: int = 25


DEFAULT_AGES = ConnexionsAges()


def in_scope(dob: date, ldd: bool, on: date, ages: ConnexionsAges = DEFAULT_AGES) -> bool:
    age = age_on(dob, on)
    return ages.youngest <= age <= (ages.oldest_with_ldd if ldd else ages.oldest)


def covered(dob: date, ldd: bool, issue_date: date,
            ages: ConnexionsAges = DEFAULT_AGES) -> bool:
    """Whether a letter issued on `issue_date` carries this child's Connexions section and
    reply slip: in scope that day, or turning 13 by the end of that academic year (31 August),
    so one letter a year reaches every child before Connexions may ask about them."""
    if in_scope(dob, ldd, issue_date, ages):
        return True
    year_end = academic_year_end(issue_date)
    return age_on(dob, issue_date) < ages.youngest <= age_on(dob, year_end)
