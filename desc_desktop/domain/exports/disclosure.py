"""What the disclosure log says: the kinds of export, the fields each passes on, and the
words the office reads for them."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class ExportKind(StrEnum):
    OPT_OUT_LIST = "optout_list"
    CONNEXIONS_RETURN = "connexions_return"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {ExportKind.OPT_OUT_LIST: "Opt-out list",
               ExportKind.CONNEXIONS_RETURN: "Connexions return"}

DEFAULT_RECIPIENT = {ExportKind.OPT_OUT_LIST: "Connexions and the local authority",
                     ExportKind.CONNEXIONS_RETURN: "Connexions"}
DEFAULT_PURPOSE = {
    ExportKind.OPT_OUT_LIST: "Pupils whose information must not go beyond name and address",
    ExportKind.CONNEXIONS_RETURN: "Connexions request: information the school passes on for "
                                  "pupils aged 13 and over",
}

OPT_OUT_LIST_FIELDS = ("name", "dob", "year_group", "form", "opted_out_by", "received",
                       "late")

FIELD_LABELS = {
    "name": "name", "address": "address", "status": "Connexions status",
    "carer_names": "parents/carers' names", "carer_addresses": "parents/carers' addresses",
    "dob": "date of birth", "gender": "gender", "sen": "SEN status",
    "learning_difficulty": "learning difficulty", "carer_phones": "parents/carers' phones",
    "carer_emails": "parents/carers' email", "year_group": "year group", "form": "form",
    "opted_out_by": "who opted out", "received": "date received", "late": "late or not",
}


def describe_fields(fields: Iterable[str]) -> str:
    """E.g. "name, address, Connexions status" (unknown names as they are)."""
    return ", ".join(FIELD_LABELS.get(f, f) for f in fields)


def passed_on(fields: Iterable[str]) -> str:
    """In a few words, e.g. "Name and address only" or "Name and address, and date of birth,
    gender, …" for a Connexions return; the fields themselves for any other export."""
    from desc_desktop.domain.exports.connexions import NAME_AND_ADDRESS

    fields = tuple(fields)
    if set(NAME_AND_ADDRESS) <= set(fields):
        extras = [f for f in fields if f not in NAME_AND_ADDRESS]
        return ("Name and address, and " + describe_fields(extras)) if extras \
            else "Name and address only"
    text = describe_fields(fields)
    return text[:1].upper() + text[1:]
