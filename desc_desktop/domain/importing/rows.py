"""One imported row (a pupil and up to two contacts) as register records, or why not."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from desc_desktop.domain.dates import BadDate, parse_date
from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.importing.fields import FIELDS_BY_KEY, MAX_CONTACTS
from desc_desktop.domain.importing.values import (
    BadValue,
    parse_flag,
    parse_gender,
    parse_sen,
    parse_year_group,
)
from desc_desktop.domain.register import (
    Address,
    CarerInput,
    CarerLinkInput,
    NoContact,
    PupilInput,
    clean_carer,
    clean_link,
    clean_pupil,
)

T = TypeVar("T")


@dataclass(frozen=True)
class ImportedContact:
    carer: CarerInput
    link: CarerLinkInput


@dataclass(frozen=True)
class ImportedPupil:
    row: int
    """The row number as the spreadsheet shows it (the heading is row 1)."""
    pupil: PupilInput
    contacts: tuple[ImportedContact, ...]


class RowRejected(ValueError):
    """The row cannot be imported; the message lists every reason in words."""


def build_row(row: int, cells: Mapping[str, str], today: date) -> ImportedPupil:
    """`cells` maps field keys (see fields.py) to the cell text; missing keys read as blank."""
    reasons: list[str] = []
    unreadable: set[str] = set()

    def read(key: str, parse: Callable[[str], T], default: T) -> T:
        text = cells.get(key, "")
        try:
            return parse(text)
        except (BadValue, BadDate) as e:
            reasons.append(f"{FIELDS_BY_KEY[key].label}: {e}")
            unreadable.add(key)
            return default

    def text(key: str) -> str:
        return cells.get(key, "")

    def as_date(key: str) -> date | None:
        return read(key, lambda t: parse_date(t, today), None)

    pupil = PupilInput(
        legal_surname=text("legal_surname"), legal_forename=text("legal_forename"),
        preferred_forename=text("preferred_forename"), preferred_surname=text("preferred_surname"),
        dob=as_date("dob"), gender=read("gender", parse_gender, ""),
        year_group=read("year_group", parse_year_group, ""), reg_group=text("reg_group"),
        upn=text("upn"), admission_date=as_date("admission_date"),
        leaving_date=as_date("leaving_date"), sen_status=read("sen_status", parse_sen, "N"),
        ldd=read("ldd", parse_flag, False),
        address=Address(**{part: text(f"address.{part}") for part in (
            "line1", "line2", "line3", "town", "county", "postcode")}))
    contacts = []
    for n in range(1, MAX_CONTACTS + 1):
        contact = _contact(n, cells, read)
        if contact is not None:
            contacts.append(contact)
    pupil, contacts = _validate(pupil, contacts, today, reasons, unreadable)
    if reasons:
        raise RowRejected(" ".join(reasons))
    return ImportedPupil(row=row, pupil=pupil, contacts=tuple(contacts))


def _contact(n: int, cells: Mapping[str, str], read) -> ImportedContact | None:
    def text(part: str) -> str:
        return cells.get(f"contact{n}.{part}", "").strip()

    if not (text("surname") or text("forename")):
        return None
    own = Address(line1=text("address.line1"), line2=text("address.line2"),
                  town=text("address.town"), postcode=text("address.postcode"))
    phone = text("phone")
    mobile = text("mobile")
    if phone.replace(" ", "").startswith(("07", "+447")) and not mobile:
        phone, mobile = "", phone
    court_order = read(f"contact{n}.court_order", parse_flag, False)
    carer = CarerInput(surname=text("surname"), forename=text("forename"), title=text("title"),
                       same_address_as_pupil=own.is_empty(), address=own, phone_home=phone,
                       phone_mobile=mobile, phone_work=text("work_phone"), email=text("email"))
    link = CarerLinkInput(
        relationship=text("relationship"),
        parental_responsibility=read(f"contact{n}.parental_responsibility", parse_flag, True)
        if text("parental_responsibility") else True,
        # A court order means no correspondence, whatever the correspondence column says.
        receives_correspondence=False if court_order else (
            read(f"contact{n}.correspondence", parse_flag, True)
            if text("correspondence") else True),
        priority=n, no_contact=NoContact.COURT_ORDER if court_order else NoContact.NONE)
    return ImportedContact(carer, link)


def _validate(pupil: PupilInput, contacts: list[ImportedContact], today: date,
              reasons: list[str], unreadable: set[str]
              ) -> tuple[PupilInput, list[ImportedContact]]:
    """`unreadable`: fields whose cell could not be read, already explained in `reasons`."""
    try:
        pupil = clean_pupil(pupil, today)
    except ValidationFailed as e:
        reasons.extend(_describe([p for p in e.problems if p.field not in unreadable]))
    cleaned = []
    for contact in contacts:
        n = contact.link.priority  # the contact's own column number, not its place in the row
        try:
            cleaned.append(replace(contact, carer=clean_carer(contact.carer),
                                   link=clean_link(contact.link)))
        except ValidationFailed as e:
            reasons.extend(f"Contact {n}: {m}" for m in _describe(e.problems))
    return pupil, cleaned


def _describe(problems: list[Problem]) -> list[str]:
    return [p.message for p in problems]
