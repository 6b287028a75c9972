"""The bulk insert's columns and values agree with `flat`, the record's row shape."""

from __future__ import annotations

from datetime import date

import pytest

from desc_desktop.domain.register import Address, CarerInput, PupilInput
from desc_desktop.services.mapping import flat, flat_columns

HOME = Address(line1="4 Ropewalk", line2="Upper Flat", line3="Spinners Yard", town="Bridport",
               county="Dorset", postcode="DT6 3RB")
RECORDS = [
    PupilInput(legal_surname="Nwachukwu", legal_forename="Chidinma", dob=date(2011, 2, 3),
               gender="F", year_group="10", reg_group="10R", preferred_forename="Chi",
               upn="A123456789012", admission_date=date(2022, 9, 1), sen_status="K", ldd=True,
               address=HOME),
    CarerInput(surname="Nwachukwu", forename="Obiageli", title="Mrs", same_address_as_pupil=False,
               address=HOME, phone_home="01308 960111", phone_mobile="07700 900222",
               phone_work="01308 960333", email="o.n@example.org"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_each_column_gets_its_own_value(record):
    columns, values = flat_columns(type(record))
    expected = flat(record) | {"upn": getattr(record, "upn", None)}  # '' kept, not None
    assert dict(zip(columns, values(record), strict=True)) == {
        column: expected[column] for column in columns}
    assert set(columns) == set(flat(record))


def test_an_address_goes_to_its_own_columns_and_back():
    from types import SimpleNamespace

    from desc_desktop.services.mapping import address_columns, address_of

    columns = address_columns(HOME)
    assert columns == {"address_line1": "4 Ropewalk", "address_line2": "Upper Flat",
                       "address_line3": "Spinners Yard", "town": "Bridport",
                       "county": "Dorset", "postcode": "DT6 3RB"}
    assert address_of(SimpleNamespace(**columns)) == HOME
