"""Unique Pupil Numbers: format checks and the DfE check-letter algorithm."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.register import PupilInput, clean_pupil
from desc_desktop.domain.upn import (
    InvalidUpn,
    check_letter,
    is_temporary,
    make_upn,
    normalise_upn,
    validate_upn,
)

TABLE = "ABCDEFGHJKLMNPQRTUVWXYZ"
# A few local authority numbers that exist (201 City of London, 330 Birmingham,
# 801 Bristol, 825 Buckinghamshire, 938 West Sussex).
KNOWN_LAS = (201, 330, 801, 825, 938)


def spec_check_letter(body: str) -> str:
    """The DfE rule, written from the specification rather than from the code under test.

    Characters 2 to 13 are multiplied by their positions (2 to 13) and summed; a
    trailing letter counts as its index in the check-letter table; the sum mod 23
    indexes that table.
    """
    assert len(body) == 12
    total = 0
    for position, char in enumerate(body, start=2):
        value = int(char) if char in "0123456789" else TABLE.index(char)
        total += position * value
    return TABLE[total % 23]


def with_check(body: str) -> str:
    return spec_check_letter(body) + body


# --- the check letter ---------------------------------------------------------------


def test_table_has_23_letters_without_i_o_s():
    assert len(TABLE) == 23
    assert not set("IOS") & set(TABLE)


def test_known_upn_from_worked_example():
    # 8*2 + 1*4 + 2*5 + 5*10 + 1*13 = 93; 93 mod 23 = 1 -> "B"
    assert spec_check_letter("801200005001") == "B"
    assert check_letter("801200005001") == "B"
    assert validate_upn("B801200005001") == "B801200005001"


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_check_letter_matches_spec_for_permanent_bodies(body):
    assert check_letter(body) == spec_check_letter(body)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11), st.sampled_from(TABLE))
def test_check_letter_matches_spec_for_temporary_bodies(digits, last):
    body = digits + last
    assert check_letter(body) == spec_check_letter(body)


@given(st.sampled_from(KNOWN_LAS), st.integers(0, 9999), st.integers(0, 99),
       st.integers(0, 999))
def test_make_upn_builds_valid_permanent_upns(la, establishment, year, serial):
    upn = make_upn(la, establishment, year, serial)
    assert len(upn) == 13
    assert upn[1:] == f"{la:03d}{establishment:04d}{year:02d}{serial:03d}"
    assert upn[0] == spec_check_letter(upn[1:])
    assert validate_upn(upn) == upn
    assert not is_temporary(upn)


@given(st.sampled_from(KNOWN_LAS), st.text(alphabet="0123456789", min_size=8, max_size=8),
       st.sampled_from(TABLE))
def test_temporary_upns_with_right_check_letter_are_valid(la, digits, last):
    upn = with_check(f"{la:03d}{digits}{last}")
    assert validate_upn(upn) == upn
    assert is_temporary(upn)


@given(st.sampled_from(KNOWN_LAS), st.text(alphabet="0123456789", min_size=9, max_size=9),
       st.sampled_from(TABLE))
def test_any_other_check_letter_is_refused(la, digits, wrong):
    body = f"{la:03d}{digits}"
    if wrong == spec_check_letter(body):
        wrong = TABLE[(TABLE.index(wrong) + 1) % 23]
    with pytest.raises(InvalidUpn, match="check letter does not match"):
        validate_upn(wrong + body)


# --- validate_upn ---------------------------------------------------------------------


def test_valid_permanent_upn():
    upn = make_upn(801, 2000, 2019, 42)
    assert validate_upn(upn) == upn


def test_temporary_upn_ending_in_a_letter():
    body = "80120001901" + "K"
    upn = check_letter(body) + body
    assert upn[0] == spec_check_letter(body)
    assert validate_upn(upn) == upn
    assert is_temporary(upn)


@pytest.mark.parametrize("typed", [
    "b801200005001",
    "B801 2000 05001",
    "  b 801 200 005 001  ",
    "B801200005001\n",
    "b801\t200005001",
])
def test_lower_case_and_spaces_are_normalised(typed):
    assert normalise_upn(typed) == "B801200005001"
    assert validate_upn(typed) == "B801200005001"


def test_lower_case_temporary_letter_is_normalised():
    body = "80120001901K"
    upn = check_letter(body) + body
    assert validate_upn(upn.lower()) == upn


@pytest.mark.parametrize("text, length", [
    ("B80120000500", 12),
    ("B8012000050011", 14),
    ("B", 1),
    ("", 0),
])
def test_wrong_length_message_mentions_13(text, length):
    with pytest.raises(InvalidUpn) as caught:
        validate_upn(text)
    assert "13" in str(caught.value)
    assert f"has {length}" in str(caught.value)


def test_bad_check_letter():
    with pytest.raises(InvalidUpn, match="check letter does not match"):
        validate_upn("A801200005001")


@pytest.mark.parametrize("la", ["838", "839", "940", "941", "942", "943"])
def test_authorities_created_since_2019_are_accepted(la):
    # Dorset, BCP, North and West Northamptonshire, Cumberland, Westmorland and Furness.
    upn = with_check(f"{la}200005001")
    assert validate_upn(upn) == upn


@pytest.mark.parametrize("first", ["I", "O", "S", "i", "o", "s", "1", "-"])
def test_first_character_must_be_a_check_letter(first):
    with pytest.raises(InvalidUpn, match="starts with its check letter"):
        validate_upn(first + "801200005001")


@pytest.mark.parametrize("upn", [
    "B8012000A5001",
    "BX01200005001",
    "B80120.005001",
    "B8O1200005001",  # letter O for zero
    "B-01200005001",
])
def test_middle_characters_must_be_digits(upn):
    assert len(upn) == 13
    with pytest.raises(InvalidUpn, match="Characters 2 to 12"):
        validate_upn(upn)


@pytest.mark.parametrize("last", ["I", "O", "S", "-", "*"])
def test_last_character_is_digit_or_table_letter(last):
    with pytest.raises(InvalidUpn, match="last character"):
        validate_upn("B80120000500" + last)


# --- bugs -------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["B80120000500１", "B８01200005001"])
def test_full_width_digits_are_refused_or_stored_as_ascii(typed):
    try:
        stored = validate_upn(typed)
    except InvalidUpn:
        return
    assert stored == "B801200005001"


def test_superscript_digit_gives_a_upn_problem_not_a_crash():
    pupil = PupilInput(legal_surname="Pelloquin", legal_forename="Ines", dob=date(2015, 1, 1),
                       gender="F", year_group="6", upn="B80120000500²")
    with pytest.raises(ValidationFailed) as caught:
        clean_pupil(pupil, date(2026, 11, 28))
    assert caught.value.for_field("upn")
