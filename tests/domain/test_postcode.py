"""UK postcodes: the forms Royal Mail uses, and how typed ones are tidied."""

from __future__ import annotations

import pytest

from desc_desktop.domain.postcode import InvalidPostcode, normalise_postcode, validate_postcode


@pytest.mark.parametrize("postcode", [
    "HP1 1AA",    # A9 9AA
    "SW1A 2AA",   # AA9A 9AA
    "W1A 0AX",    # A9A 9AA
    "EC1A 1BB",   # AA9A 9AA
    "M1 1AE",     # A9 9AA
    "B33 8TH",    # A99 9AA
    "CR2 6XH",    # AA9 9AA
    "DN55 1PT",   # AA99 9AA
    "GIR 0AA",    # Girobank
])
def test_valid_forms_are_kept(postcode):
    assert validate_postcode(postcode) == postcode


@pytest.mark.parametrize("typed, stored", [
    ("hp11aa", "HP1 1AA"),
    ("HP11AA", "HP1 1AA"),
    ("  hp1   1aa  ", "HP1 1AA"),
    ("sw1a2aa", "SW1A 2AA"),
    ("S W 1 A 2 A A", "SW1A 2AA"),
    ("gir0aa", "GIR 0AA"),
    ("dn55\t1pt\n", "DN55 1PT"),
])
def test_typed_forms_are_normalised(typed, stored):
    assert validate_postcode(typed) == stored


def test_normalise_puts_one_space_before_inward_code():
    assert normalise_postcode("ec1a1bb") == "EC1A 1BB"
    assert normalise_postcode("m1  1ae") == "M1 1AE"


@pytest.mark.parametrize("text", [
    "",
    "HP1",
    "1AA",
    "HP1 1A",
    "HP1 1AAA",
    "HP111 1AA",
    "1HP 1AA",
    "QP1 1AA",     # Q is never a first letter
    "HP1 1CA",     # C is never in the inward code's letters
    "HP1 AAA",
    "SW1A-2AA",
    "not a postcode",
])
def test_invalid_postcodes_are_refused_with_an_example(text):
    with pytest.raises(InvalidPostcode) as caught:
        validate_postcode(text)
    message = str(caught.value)
    assert "HP1 1AA" in message or "SW1A 2AA" in message
    assert text.strip() in message


def test_invalid_postcode_is_a_value_error():
    assert issubclass(InvalidPostcode, ValueError)
