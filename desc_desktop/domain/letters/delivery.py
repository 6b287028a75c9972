"""When a letter arrives, and the reply-by date 28 days after that."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import holidays

OPT_OUT_DAYS = 28


class Delivery(StrEnum):
    HAND = "hand"
    FIRST = "first"
    SECOND = "second"

    @property
    def label(self) -> str:
        return {"hand": "By hand or pupil post (received that day)",
                "first": "First class post (received 2 working days later)",
                "second": "Second class post (received 3 working days later)"}[self.value]

    @property
    def working_days(self) -> int:
        return {"hand": 0, "first": 2, "second": 3}[self.value]


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: date) -> bool:
    """Monday to Friday, and not a bank holiday in England."""
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            days -= 1
    return day


def received_on(issue_date: date, delivery: Delivery) -> date:
    return add_working_days(issue_date, delivery.working_days)


def reply_by(received: date) -> date:
    """The last day an opt-out is in time: 28 days after the family received the notice."""
    return received + timedelta(days=OPT_OUT_DAYS)


def in_time(received_opt_out: date, reply_by_date: date) -> bool:
    return received_opt_out <= reply_by_date


RECEIVED_BEFORE_ISSUE = ("The date received cannot be before the issue date: a letter cannot "
                         "arrive before the date printed on it. Make it the issue date or later.")


def received_problem(issue_date: date, received: date) -> str:
    """What to fix about a date received typed by the office, or '' when it can stand.
    The office may know better than the post's usual days (a strike, a letter handed over
    late), so any date from the issue date on is accepted."""
    return RECEIVED_BEFORE_ISSUE if received < issue_date else ""
