"""Reading dates as people and MIS exports write them."""

from __future__ import annotations

import re
from datetime import date

_UK = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+Z?)?$")


class BadDate(ValueError):
    pass


def parse_date(text: str, today: date | None = None) -> date | None:
    """'' -> None; '5/9/2012', '05/09/12', '05.09.2012' or '2012-09-05' -> a date.

    Two-digit years fall in the last hundred years up to `today` (so '09' is 2009, '98'
    is 1998). Anything else raises BadDate saying how to write it.
    """
    text = text.strip()
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _UK.match(text):
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            pivot = (today or date.today()).year % 100
            year += 2000 if year <= pivot else 1900
    else:
        raise BadDate(f"'{text}' is not a date; write it as dd/mm/yyyy, e.g. 05/09/2012.")
    try:
        return date(year, month, day)
    except ValueError:
        raise BadDate(f"'{text}' is not a real date; check the day and month.") from None
