"""The letters' rules: who is covered, when the 28 days end, who receives which letter."""

from __future__ import annotations

from datetime import date

import pytest

from desc_desktop.domain.letters.connexions import ConnexionsAges, covered, in_scope
from desc_desktop.domain.letters.delivery import (
    Delivery,
    add_working_days,
    in_time,
    received_on,
    reply_by,
)
from desc_desktop.domain.letters.recipients import LetterCarer, LetterPupil, plan_letters
from desc_desktop.domain.register import Address

ISSUE = date(2026, 10, 12)  # a Monday in the autumn term


@pytest.mark.parametrize(("dob", "ldd", "expected"), [
    (date(2013, 10, 12), False, True),   # 13 on the issue date
    (date(2013, 10, 13), False, True),   # 13 the day after, within the academic year
    (date(2014, 8, 31), False, True),    # 13 on 31 August that ends the academic year
    (date(2014, 9, 1), False, False),    # 13 only in the next academic year
    (date(2007, 10, 13), False, True),   # 19 until tomorrow
    (date(2006, 10, 12), False, False),  # 20 today
    (date(2006, 10, 12), True, True),    # 20 with a learning difficulty: up to 25
    (date(2001, 10, 13), True, True),    # 24, turning 25 tomorrow
    (date(2000, 10, 12), True, False),   # 26
])
def test_coverage_by_age(dob, ldd, expected):
    assert covered(dob, ldd, ISSUE) is expected


def test_scope_ages_are_settings():
    strict = ConnexionsAges(youngest=13, oldest=18, oldest_with_ldd=24)
    assert in_scope(date(2007, 10, 12), False, ISSUE)  # 19 by default
    assert not in_scope(date(2007, 10, 12), False, ISSUE, strict)


def test_leap_day_birthday_turns_13_on_1_march():
    dob = date(2012, 2, 29)
    assert not in_scope(dob, False, date(2025, 2, 28))
    assert in_scope(dob, False, date(2025, 3, 1))


@pytest.mark.parametrize(("issue", "delivery", "received"), [
    (date(2026, 10, 12), Delivery.HAND, date(2026, 10, 12)),
    (date(2026, 10, 12), Delivery.FIRST, date(2026, 10, 14)),
    (date(2026, 10, 15), Delivery.FIRST, date(2026, 10, 19)),   # Thursday -> Monday
    (date(2026, 10, 16), Delivery.SECOND, date(2026, 10, 21)),  # Friday -> Wednesday
    (date(2026, 12, 23), Delivery.SECOND, date(2026, 12, 30)),  # over Christmas, Boxing Day (obs.)
    (date(2026, 4, 2), Delivery.FIRST, date(2026, 4, 8)),       # over Good Friday, Easter Monday
    (date(2026, 8, 28), Delivery.FIRST, date(2026, 9, 2)),      # over the August bank holiday
])
def test_received_after_working_days_in_england(issue, delivery, received):
    assert received_on(issue, delivery) == received


@pytest.mark.parametrize(("received", "last_day"), [
    (date(2026, 10, 14), date(2026, 11, 11)),
    (date(2026, 1, 31), date(2026, 2, 28)),   # across a month end
    (date(2028, 2, 1), date(2028, 2, 29)),    # leap year
    (date(2027, 2, 1), date(2027, 3, 1)),     # not a leap year
    (date(2026, 12, 10), date(2027, 1, 7)),   # across a year end
])
def test_reply_by_is_28_days_after_receipt(received, last_day):
    assert reply_by(received) == last_day


def test_an_opt_out_on_the_reply_by_date_is_in_time_and_the_next_day_is_late():
    last_day = reply_by(date(2026, 10, 14))
    assert in_time(last_day, last_day)
    assert not in_time(date(2026, 11, 12), last_day)


def test_zero_working_days_is_the_same_day_even_at_a_weekend():
    assert add_working_days(date(2026, 10, 17), 0) == date(2026, 10, 17)


HOME = Address(line1="4 Example Row", town="Tring", postcode="HP23 5AA")
AWAY = Address(line1="9 Other Lane", town="Berkhamsted", postcode="HP4 2AB")


def carer(carer_id, name, address=HOME, *, pr=True, letters=True, no_contact=False):
    return LetterCarer(carer_id, name, address, pr, letters, no_contact)


def pupil(pupil_id, name, dob=date(2012, 5, 1), *carers, address=HOME):
    return LetterPupil(pupil_id, name, dob, address, tuple(carers))


def test_siblings_share_one_letter_to_both_parents():
    mum, dad = carer(1, "Mrs Ana Ortiz"), carer(2, "Mr Luis Ortiz")
    letters, problems = plan_letters([pupil(10, "Eva Ortiz", date(2012, 5, 1), mum, dad),
                                      pupil(11, "Leo Ortiz", date(2014, 2, 3), mum, dad)], ISSUE)
    assert problems == []
    assert len(letters) == 1
    assert letters[0].addressees == ("Mrs Ana Ortiz", "Mr Luis Ortiz")
    assert letters[0].pupil_ids == (10, 11)


def test_separated_parents_at_two_addresses_each_get_a_letter():
    letters, _ = plan_letters([pupil(10, "Eva Ortiz", date(2012, 5, 1), carer(1, "Mrs Ana Ortiz"),
                                     carer(2, "Mr Luis Ortiz", AWAY))], ISSUE)
    assert sorted(letter.addressees for letter in letters) == [("Mr Luis Ortiz",),
                                                               ("Mrs Ana Ortiz",)]
    assert all(letter.pupil_ids == (10,) for letter in letters)


def test_a_restricted_carer_gets_nothing_and_is_never_named():
    letters, _ = plan_letters([pupil(10, "Eva Ortiz", date(2012, 5, 1), carer(1, "Mrs Ana Ortiz"),
                                     carer(2, "Mr Luis Ortiz", no_contact=True))], ISSUE)
    assert [letter.addressees for letter in letters] == [("Mrs Ana Ortiz",)]
    assert all(2 not in letter.carer_ids for letter in letters)


def test_carers_without_responsibility_or_correspondence_get_no_letter():
    letters, problems = plan_letters([pupil(
        10, "Eva Ortiz", date(2012, 5, 1), carer(1, "Mrs Ana Ortiz"),
        carer(3, "Mrs Rosa Ortiz", pr=False), carer(4, "Mr Juan Ortiz", letters=False))], ISSUE)
    assert [letter.carer_ids for letter in letters] == [(1,)]
    assert problems == []


def test_pupils_aged_16_or_over_also_get_their_own_letter():
    letters, _ = plan_letters([pupil(10, "Eva Ortiz", date(2010, 10, 12),
                                     carer(1, "Mrs Ana Ortiz"))], ISSUE)
    assert sorted((letter.to_pupil, letter.addressees) for letter in letters) == [
        (False, ("Mrs Ana Ortiz",)), (True, ("Eva Ortiz",))]
    letters, _ = plan_letters([pupil(10, "Eva Ortiz", date(2010, 10, 12),
                                     carer(1, "Mrs Ana Ortiz"))], ISSUE, pupils_16_get_own=False)
    assert [letter.to_pupil for letter in letters] == [False]


def test_no_one_to_write_to_and_incomplete_addresses_are_problems_that_say_what_to_fix():
    _letters, problems = plan_letters([
        pupil(10, "Eva Ortiz", date(2012, 5, 1), carer(1, "Mr Luis Ortiz", no_contact=True)),
        pupil(11, "Noa Berg", date(2012, 5, 1), carer(2, "Ms Ida Berg", Address(line1="1 Row"))),
    ], ISSUE)
    messages = {p.pupil_id: p.message for p in problems}
    assert "no parent/carer with parental responsibility receives correspondence" in messages[10]
    assert "address is incomplete" in messages[11] and "postcode" in messages[11]
