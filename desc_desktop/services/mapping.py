"""Copying between table rows and the domain's plain records."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import attrgetter, itemgetter
from typing import Any

from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
from desc_desktop.store.tables import Carer, Pupil, PupilCarer

_ADDRESS_COLUMNS = {"line1": "address_line1", "line2": "address_line2",
                    "line3": "address_line3", "town": "town", "county": "county",
                    "postcode": "postcode"}


_address_values = attrgetter(*_ADDRESS_COLUMNS.values())


def address_of(row: Pupil | Carer) -> Address:
    return Address._make(_address_values(row))


def address_columns(address: Address) -> dict[str, str]:
    return dict(zip(_ADDRESS_COLUMNS.values(), address, strict=True))


@cache
def _names(record_type: type) -> tuple[str, ...]:
    return tuple(name for name in record_type._fields if name != "address")


def flat(record: PupilInput | CarerInput) -> dict[str, Any]:
    """A record as column name -> value, the shape of its table row."""
    columns, row = flat_columns(type(record))
    values = dict(zip(columns, row(record), strict=True))
    if isinstance(record, PupilInput):
        values["upn"] = record.upn or None
    return values


@cache
def flat_columns(record_type: type) -> tuple[tuple[str, ...], Callable[[Any], tuple]]:
    """The columns of `flat`, and a function giving a record's values in that order at C
    speed (for bulk inserts). The UPN, if any, stays as the record has it ('' not None)."""
    names = _names(record_type)
    at = record_type._fields.index("address")
    pick = itemgetter(*(record_type._fields.index(name) for name in names))

    def values(record: Any) -> tuple:
        return pick(record) + record[at]

    return (*names, *_ADDRESS_COLUMNS.values()), values


def row_values(row: Pupil | Carer, record_type: type) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in _names(record_type)}
    values.update({column: getattr(row, column) for column in _ADDRESS_COLUMNS.values()})
    return values


def pupil_input(row: Pupil) -> PupilInput:
    values = {name: getattr(row, name) for name in _names(PupilInput)}
    values["upn"] = row.upn or ""
    return PupilInput(**values, address=address_of(row))


def carer_input(row: Carer) -> CarerInput:
    values = {name: getattr(row, name) for name in _names(CarerInput)}
    return CarerInput(**values, address=address_of(row))


def link_input(row: PupilCarer) -> CarerLinkInput:
    return CarerLinkInput._make(getattr(row, name) for name in CarerLinkInput._fields)
