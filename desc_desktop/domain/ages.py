from __future__ import annotations

from datetime import date


def age_on(dob: date, on: date) -> int:
    """Whole years completed on `on`.

    Someone born on 29 February has their birthday on 1 March in common years,
    as English law counts it: (2, 28) < (2, 29) keeps them a year younger on 28 February.
    """
    years = on.year - dob.year
    if (on.month, on.day) < (dob.month, dob.day):
        years -= 1
    return years


def academic_year_end(on: date) -> date:
    """The 31 August that closes the academic year containing `on`."""
    return date(on.year + 1 if on.month >= 9 else on.year, 8, 31)
