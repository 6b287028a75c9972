"""`make` builds the same frozen record as the class's own constructor, only faster."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desc_desktop.domain.importing.rows import ImportedContact, ImportedPupil
from desc_desktop.domain.records import make
from desc_desktop.domain.register import (
    Address,
    CarerInput,
    CarerLinkInput,
    NoContact,
    PupilInput,
)

HOME = Address(line1="2 Chapel Row", town="Hebden Bridge", postcode="HX7 8AD")
PUPIL = PupilInput(legal_surname="Ó Briain", legal_forename="Aoife", dob=date(2012, 3, 4),
                   gender="F", year_group="9", upn="A123456789012", address=HOME)
CARER = CarerInput(surname="Ó Briain", forename="Nuala", phone_mobile="07700 900123")
LINK = CarerLinkInput(relationship="Mother", no_contact=NoContact.COURT_ORDER,
                      receives_correspondence=False)


@pytest.mark.parametrize("record", [
    HOME, PUPIL, CARER, LINK, ImportedContact(CARER, LINK),
    ImportedPupil(row=2, pupil=PUPIL, contacts=(ImportedContact(CARER, LINK),)),
], ids=lambda r: type(r).__name__)
def test_made_records_equal_constructed_ones_and_stay_frozen(record):
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    made = make(type(record), values)
    assert made == record and hash(made) == hash(record) and repr(made) == repr(record)
    assert dataclasses.replace(made) == record
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(record)[0].name, "changed")


def test_every_field_must_be_given_and_no_other():
    with pytest.raises(TypeError, match=r"missing \['postcode'\], unknown \[\]"):
        make(Address, {"line1": "", "line2": "", "line3": "", "town": "", "county": ""})
    with pytest.raises(TypeError, match=r"unknown \['flat'\]"):
        make(Address, {**vars(HOME), "flat": "3"})
