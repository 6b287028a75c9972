"""The rules for saving pupils, parents/carers and the links between them."""

from __future__ import annotations

from datetime import date

import pytest

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.register import (
    MAX_TEXT,
    Address,
    CarerInput,
    CarerLinkInput,
    NoContact,
    PupilInput,
    SenStatus,
    clean_carer,
    clean_link,
    clean_pupil,
)
from desc_desktop.domain.upn import make_upn

TODAY = date(2026, 11, 28)


def pupil(**changes) -> PupilInput:
    base = PupilInput(legal_surname="Brackenridge", legal_forename="Oswin", dob=date(2014, 5, 2),
                      gender="M", year_group="7", reg_group="7K",
                      admission_date=date(2021, 9, 3))
    return base._replace(**changes)


def problems_of(data: PupilInput) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        clean_pupil(data, TODAY)
    return caught.value


def fields_of(error: ValidationFailed) -> set[str]:
    return {p.field for p in error.problems}


# --- clean_pupil --------------------------------------------------------------------------


def test_valid_pupil_is_returned_cleaned():
    cleaned = clean_pupil(pupil(), TODAY)
    assert cleaned == pupil()


@pytest.mark.parametrize("field, value", [
    ("legal_surname", ""),
    ("legal_surname", "   "),
    ("legal_forename", ""),
    ("legal_forename", "\t"),
    ("dob", None),
    ("gender", ""),
    ("gender", "X"),
    ("year_group", ""),
    ("year_group", "15"),
    ("year_group", "Y7"),
    ("sen_status", "Q"),
])
def test_each_required_field_gives_a_problem_on_that_field(field, value):
    error = problems_of(pupil(**{field: value}))
    assert fields_of(error) == {field}
    assert error.for_field(field)[0]


def test_all_missing_fields_are_reported_together():
    empty = PupilInput(legal_surname="", legal_forename="", dob=None, gender="", year_group="")
    error = problems_of(empty)
    assert fields_of(error) == {"legal_surname", "legal_forename", "dob", "gender", "year_group"}


def test_dob_in_the_future():
    error = problems_of(pupil(dob=date(2026, 11, 29)))
    assert error.for_field("dob") == ["The date of birth is in the future."]


@pytest.mark.parametrize("dob, age", [
    (date(2023, 11, 29), 2),   # turns 3 tomorrow
    (date(2000, 11, 28), 26),  # 26 today
    (date(2026, 11, 28), 0),   # born today
])
def test_dob_outside_ages_3_to_25_is_refused(dob, age):
    error = problems_of(pupil(dob=dob, admission_date=None))
    assert fields_of(error) == {"dob"}
    assert f"makes the pupil {age}" in error.for_field("dob")[0]


@pytest.mark.parametrize("dob", [
    date(2023, 11, 28),  # 3 today
    date(2000, 11, 29),  # still 25, turns 26 tomorrow
    date(2001, 11, 28),  # 25 today
])
def test_dob_giving_ages_3_and_25_is_accepted(dob):
    assert clean_pupil(pupil(dob=dob, admission_date=None), TODAY).dob == dob


def test_bad_upn_is_a_problem_on_upn():
    error = problems_of(pupil(upn="A801200005001"))
    assert fields_of(error) == {"upn"}
    assert "check letter" in error.for_field("upn")[0]


def test_short_upn_is_a_problem_on_upn():
    error = problems_of(pupil(upn="B80120"))
    assert "13" in error.for_field("upn")[0]


def test_upn_is_normalised():
    upn = make_upn(801, 2000, 2019, 7)
    assert clean_pupil(pupil(upn=" " + upn.lower() + " "), TODAY).upn == upn


def test_blank_upn_is_allowed():
    assert clean_pupil(pupil(upn="   "), TODAY).upn == ""


@pytest.mark.parametrize("name", [
    "O'Sullivan-Zawadzka",
    "de la Fontaine",
    "McALISTER",
    "Ñúñez Ålvstrøm",
    "Nguyễn",
    "Zoe\u0308",          # decomposed ë stays decomposed
    "Zoë",                # precomposed ë stays precomposed
    "王小明",
    "ليلى",
    "Jean–Luc",           # en dash kept, not turned into a hyphen
    "Anne  Marie",        # two inner spaces kept
])
def test_names_are_trimmed_but_otherwise_kept_exactly(name):
    cleaned = clean_pupil(pupil(legal_surname=f"  {name}\t", legal_forename=f"\n{name} ",
                                preferred_forename=f" {name} "), TODAY)
    assert cleaned.legal_surname == name
    assert cleaned.legal_forename == name
    assert cleaned.preferred_forename == name


def test_other_text_fields_are_trimmed():
    cleaned = clean_pupil(pupil(reg_group="  7K ", year_group=" 7 "), TODAY)
    assert cleaned.reg_group == "7K"
    assert cleaned.year_group == "7"


def test_pupil_postcode_is_normalised_and_address_trimmed():
    cleaned = clean_pupil(pupil(address=Address(line1="  3 Thistle Yard ", postcode=" hp11aa ")),
                          TODAY)
    assert cleaned.address == Address(line1="3 Thistle Yard", postcode="HP1 1AA")


def test_bad_pupil_postcode_is_a_problem_on_address_postcode():
    error = problems_of(pupil(address=Address(line1="3 Thistle Yard", postcode="HP1 1CC")))
    assert fields_of(error) == {"address.postcode"}
    assert "HP1 1AA" in error.for_field("address.postcode")[0]


def test_leaving_before_admission():
    error = problems_of(pupil(admission_date=date(2021, 9, 3), leaving_date=date(2021, 9, 2)))
    assert fields_of(error) == {"leaving_date"}


def test_leaving_on_admission_day_is_allowed():
    data = pupil(admission_date=date(2021, 9, 3), leaving_date=date(2021, 9, 3))
    assert clean_pupil(data, TODAY).leaving_date == date(2021, 9, 3)


def test_admission_before_birth():
    error = problems_of(pupil(admission_date=date(2014, 5, 1)))
    assert fields_of(error) == {"admission_date"}


def test_text_longer_than_limit_is_refused():
    error = problems_of(pupil(legal_surname="Q" * (MAX_TEXT + 1)))
    assert fields_of(error) == {"legal_surname"}
    assert clean_pupil(pupil(legal_surname="Q" * MAX_TEXT), TODAY).legal_surname == "Q" * MAX_TEXT


def test_long_address_line_is_reported_on_its_address_field():
    error = problems_of(pupil(address=Address(line2="x" * (MAX_TEXT + 1))))
    assert fields_of(error) == {"address.line2"}


@pytest.mark.parametrize("status", list(SenStatus))
def test_each_sen_status_is_accepted(status):
    assert clean_pupil(pupil(sen_status=status), TODAY).sen_status == status


# --- clean_carer --------------------------------------------------------------------------


def carer(**changes) -> CarerInput:
    return CarerInput(surname="Brackenridge", forename="Isolde")._replace(**changes)


def carer_problems(data: CarerInput) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        clean_carer(data)
    return caught.value


@pytest.mark.parametrize("surname", ["", "  "])
def test_carer_surname_is_required(surname):
    error = carer_problems(carer(surname=surname))
    assert fields_of(error) == {"surname"}


def test_carer_forename_is_optional_and_names_trimmed():
    cleaned = clean_carer(carer(surname=" Ó Briain-Løvik ", forename=""))
    assert cleaned.surname == "Ó Briain-Løvik"
    assert cleaned.forename == ""


@pytest.mark.parametrize("email", ["isolde", "isolde@", "isolde@example", "is olde@example.org",
                                   "a@b@example.org"])
def test_carer_bad_email(email):
    error = carer_problems(carer(email=email))
    assert fields_of(error) == {"email"}
    assert "name@example.org" in error.for_field("email")[0]


def test_carer_good_email_is_trimmed():
    assert clean_carer(carer(email=" isolde.b@example.org ")).email == "isolde.b@example.org"


@pytest.mark.parametrize("field", ["phone_home", "phone_mobile", "phone_work"])
def test_carer_bad_phone(field):
    error = carer_problems(carer(**{field: "call me"}))
    assert fields_of(error) == {field}


def test_carer_good_phones():
    cleaned = clean_carer(carer(phone_home="01442 000000", phone_mobile="+44 (0)7700 900123",
                                phone_work="020-7946-0000"))
    assert cleaned.phone_mobile == "+44 (0)7700 900123"


@pytest.mark.parametrize("address", [
    Address(),
    Address(line1="8 Foxglove Close"),
    Address(postcode="CR2 6XH"),
    Address(line1="   ", postcode="CR2 6XH"),
])
def test_carer_own_address_needs_first_line_and_postcode(address):
    error = carer_problems(carer(same_address_as_pupil=False, address=address))
    assert "address.line1" in fields_of(error)


def test_carer_own_address_is_cleaned():
    cleaned = clean_carer(carer(same_address_as_pupil=False,
                                address=Address(line1=" 8 Foxglove Close ", town="Croydon",
                                                postcode="cr26xh")))
    assert cleaned.address == Address(line1="8 Foxglove Close", town="Croydon", postcode="CR2 6XH")


def test_carer_own_address_bad_postcode():
    error = carer_problems(carer(same_address_as_pupil=False,
                                 address=Address(line1="8 Foxglove Close", postcode="CR2")))
    assert fields_of(error) == {"address.postcode"}


def test_carer_address_cleared_when_same_as_pupil():
    cleaned = clean_carer(carer(same_address_as_pupil=True,
                                address=Address(line1="8 Foxglove Close", postcode="not valid")))
    assert cleaned.address == Address()


# --- clean_link ---------------------------------------------------------------------------


@pytest.mark.parametrize("priority", [1, 5, 9])
def test_link_priority_in_range(priority):
    assert clean_link(CarerLinkInput(priority=priority)).priority == priority


@pytest.mark.parametrize("priority", [0, -1, 10, 99])
def test_link_priority_out_of_range(priority):
    with pytest.raises(ValidationFailed) as caught:
        clean_link(CarerLinkInput(priority=priority))
    assert fields_of(caught.value) == {"priority"}


@pytest.mark.parametrize("no_contact", ["maybe", "COURT_ORDER", "court order"])
def test_link_bad_no_contact(no_contact):
    with pytest.raises(ValidationFailed) as caught:
        clean_link(CarerLinkInput(no_contact=no_contact, receives_correspondence=False))
    assert fields_of(caught.value) == {"no_contact"}


@pytest.mark.parametrize("no_contact", list(NoContact))
def test_link_each_no_contact_value_is_accepted(no_contact):
    link = CarerLinkInput(no_contact=no_contact, receives_correspondence=not no_contact,
                          no_contact_note="Ask the head of year" if no_contact else "")
    assert clean_link(link).no_contact == no_contact


def test_restricted_carer_cannot_also_receive_correspondence():
    with pytest.raises(ValidationFailed) as caught:
        clean_link(CarerLinkInput(no_contact=NoContact.COURT_ORDER, receives_correspondence=True))
    assert fields_of(caught.value) == {"receives_correspondence"}


def test_restriction_for_another_reason_needs_a_note():
    with pytest.raises(ValidationFailed) as caught:
        clean_link(CarerLinkInput(no_contact=NoContact.OTHER, receives_correspondence=False))
    assert fields_of(caught.value) == {"no_contact_note"}
    assert clean_link(CarerLinkInput(no_contact=NoContact.COURT_ORDER,
                                     receives_correspondence=False)).no_contact_note == ""


def test_link_text_is_trimmed():
    cleaned = clean_link(CarerLinkInput(relationship=" Grandmother ",
                                        no_contact=" court_order ", receives_correspondence=False,
                                        no_contact_note=" Order dated 2026 "))
    assert cleaned == CarerLinkInput(relationship="Grandmother", no_contact="court_order",
                                     receives_correspondence=False,
                                     no_contact_note="Order dated 2026")
