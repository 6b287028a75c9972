"""Copying between table rows and the domain's plain records."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import Any

from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
from desc_desktop.store.tables import Carer, Pupil, PupilCarer

_ADDRESS_COLUMNS = {"line1": "address_line1", "line2": "address_line2",
                    "line3": "address_line3", "town": "town", "county": "county",
                    "postcode": "postcode"}


def address_of(row: Pupil | Carer) -> Address:
    return Address(**{name: getattr(row, column) for name, column in _ADDRESS_COLUMNS.items()})


def address_columns(address: Address) -> dict[str, str]:
    return {column: getattr(address, name) for name, column in _ADDRESS_COLUMNS.items()}


@cache
def _names(record_type: type) -> tuple[str, ...]:
    return tuple(name for name in record_type._fields if name != "address")


def flat(record: PupilInput | CarerInput) -> dict[str, Any]:
    """A record as column name -> value, the shape of its table row."""
    values = {name: getattr(record, name) for name in _names(type(record))}
    values.update(address_columns(record.address))
    if isinstance(record, PupilInput):
        values["upn"] = record.upn or None
    return values


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
