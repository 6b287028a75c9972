"""Dates as the office types and reads them: dd/mm/yyyy."""

from __future__ import annotations

from datetime import date, datetime

from desc_desktop.domain.dates import BadDate, parse_date

__all__ = ["BadDate", "format_uk", "format_when", "long_date", "parse_uk_date"]

def parse_uk_date(text: str) -> date | None:
    """'' -> None; '5/9/2012', '05/09/12' (or ISO) -> date; anything else raises BadDate."""
    return parse_date(text)


def format_uk(value: date | None) -> str:
    # An f-string, not strftime: this runs for every row of a 10,000-pupil table.
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value else ""


def long_date(day: date) -> str:
    """'Saturday 28 November 2026'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def format_when(moment: datetime) -> str:
    """A stored UTC moment in the PC's local time, as dd/mm/yyyy hh:mm."""
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")
