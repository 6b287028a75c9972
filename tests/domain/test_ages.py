"""Ages in whole years, and the academic year a date falls in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desc_desktop.domain.ages import academic_year_end, age_on


def test_age_on_birthday_itself():
    assert age_on(date(2015, 6, 10), date(2026, 6, 10)) == 11


def test_age_on_day_before_birthday():
    assert age_on(date(2015, 6, 10), date(2026, 6, 9)) == 10


def test_age_on_day_after_birthday():
    assert age_on(date(2015, 6, 10), date(2026, 6, 11)) == 11


def test_age_on_day_of_birth_is_zero():
    assert age_on(date(2026, 11, 28), date(2026, 11, 28)) == 0


def test_age_across_new_year():
    assert age_on(date(2014, 12, 31), date(2026, 1, 1)) == 11
    assert age_on(date(2015, 1, 1), date(2025, 12, 31)) == 10


@pytest.mark.parametrize("on, expected", [
    (date(2025, 2, 28), 12),   # common year: not yet 13 on 28 February
    (date(2025, 3, 1), 13),    # birthday counted on 1 March in a common year
    (date(2028, 2, 28), 15),
    (date(2028, 2, 29), 16),   # leap year: the birthday itself
    (date(2028, 3, 1), 16),
    (date(2012, 2, 29), 0),
    (date(2013, 2, 28), 0),
    (date(2013, 3, 1), 1),
])
def test_leap_day_birth(on, expected):
    assert age_on(date(2012, 2, 29), on) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
       st.integers(min_value=1, max_value=40))
def test_age_goes_up_by_one_exactly_on_the_birthday(dob, years):
    # A non-leap-day birth: the birthday `years` later always exists.
    if (dob.month, dob.day) == (2, 29):
        dob = dob - timedelta(days=1)
    birthday = dob.replace(year=dob.year + years)
    assert age_on(dob, birthday) == years
    assert age_on(dob, birthday - timedelta(days=1)) == years - 1


@pytest.mark.parametrize("on, expected", [
    (date(2026, 8, 31), date(2026, 8, 31)),
    (date(2026, 9, 1), date(2027, 8, 31)),
    (date(2026, 8, 1), date(2026, 8, 31)),
    (date(2026, 9, 30), date(2027, 8, 31)),
    (date(2026, 11, 28), date(2027, 8, 31)),
    (date(2026, 12, 31), date(2027, 8, 31)),
    (date(2027, 1, 1), date(2027, 8, 31)),
    (date(2027, 7, 31), date(2027, 8, 31)),
])
def test_academic_year_end(on, expected):
    assert academic_year_end(on) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_academic_year_end_is_the_next_31_august_on_or_after(on):
    end = academic_year_end(on)
    assert (end.month, end.day) == (8, 31)
    assert on <= end
    assert end - on < timedelta(days=366)
