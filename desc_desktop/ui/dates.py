"""Dates as the office types and reads them: dd/mm/yyyy."""

from __future__ import annotations

import re
from datetime import date, datetime

_UK_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")


class BadDate(ValueError):
    pass


def parse_uk_date(text: str, *, century_pivot: int | None = None) -> date | None:
    """'' -> None; '5/9/2012' or '05/09/12' -> date; anything else raises BadDate."""
    if not text.strip():
        return None
    match = _UK_DATE.match(text)
    if not match:
        raise BadDate(f"'{text.strip()}' is not a date; type it as dd/mm/yyyy, e.g. 05/09/2012.")
    day, month, year = (int(g) for g in match.groups())
    if year < 100:
        pivot = century_pivot if century_pivot is not None else date.today().year % 100
        year += 2000 if year <= pivot else 1900
    try:
        return date(year, month, day)
    except ValueError:
        raise BadDate(f"'{text.strip()}' is not a real date; check the day and month.") from None


def format_uk(value: date | None) -> str:
    # An f-string, not strftime: this runs for every row of a 10,000-pupil table.
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value else ""


def format_when(moment: datetime) -> str:
    """A stored UTC moment in the PC's local time, as dd/mm/yyyy hh:mm."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")
