"""One imported row (a pupil and up to two contacts) as register records, or why not."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache
from typing import NamedTuple, TypeVar

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

# The same few cell texts come back row after row ("F", "9", "Y", the same birth dates):
# each is read once per import run, not once per row. Failures are not remembered (each
# row that has one gets its own reason).
_date = lru_cache(maxsize=8192)(parse_date)
_gender, _year_group, _sen, _flag = (lru_cache(maxsize=512)(parse) for parse in (
    parse_gender, parse_year_group, parse_sen, parse_flag))


class ImportedContact(NamedTuple):
    carer: CarerInput
    link: CarerLinkInput


class ImportedPupil(NamedTuple):
    row: int
    """The row number as the spreadsheet shows it (the heading is row 1)."""
    pupil: PupilInput
    contacts: tuple[ImportedContact, ...]


class RowRejected(ValueError):
    """The row cannot be imported; the message lists every reason in words."""


_ADDRESS_KEYS = tuple(f"address.{part}" for part in Address._fields)
_NO_ADDRESS = Address()


def build_row(row: int, cells: Mapping[str, str], today: date) -> ImportedPupil:
    """`cells` maps field keys (see fields.py) to the cell text; missing keys read as blank."""
    reasons: list[str] = []
    unreadable: set[str] = set()
    get = cells.get

    def read(key: str, parse: Callable[..., T], default: T, *extra: object) -> T:
        try:
            return parse(get(key, ""), *extra)
        except (BadValue, BadDate) as e:
            reasons.append(f"{FIELDS_BY_KEY[key].label}: {e}")
            unreadable.add(key)
            return default

    pupil = PupilInput(
        legal_surname=get("legal_surname", "").strip(),
        legal_forename=get("legal_forename", "").strip(),
        preferred_forename=get("preferred_forename", "").strip(),
        preferred_surname=get("preferred_surname", "").strip(),
        dob=read("dob", _date, None, today), gender=read("gender", _gender, ""),
        year_group=read("year_group", _year_group, ""),
        reg_group=get("reg_group", "").strip(), upn=get("upn", "").strip(),
        admission_date=read("admission_date", _date, None, today),
        leaving_date=read("leaving_date", _date, None, today),
        sen_status=read("sen_status", _sen, "N"), ldd=read("ldd", _flag, False),
        address=Address._make([get(key, "").strip() for key in _ADDRESS_KEYS]))
    contacts = []
    for n in range(1, MAX_CONTACTS + 1):
        contact = _contact(n, cells, read)
        if contact is not None:
            contacts.append(contact)
    pupil, contacts = _validate(pupil, contacts, today, reasons, unreadable)
    if reasons:
        raise RowRejected(" ".join(reasons))
    return ImportedPupil(row, pupil, tuple(contacts))


_CONTACT_TEXT = ("title", "relationship", "phone", "mobile", "work_phone", "email",
                 "address.line1", "address.line2", "address.town", "address.postcode",
                 "parental_responsibility", "correspondence")
_CONTACT_KEYS = {n: {part: f"contact{n}.{part}"
                     for part in ("surname", "forename", *_CONTACT_TEXT, "court_order")}
                 for n in range(1, MAX_CONTACTS + 1)}
_CONTACT_TEXT_KEYS = {n: [keys[part] for part in _CONTACT_TEXT]
                      for n, keys in _CONTACT_KEYS.items()}


def _contact(n: int, cells: Mapping[str, str], read) -> ImportedContact | None:
    keys = _CONTACT_KEYS[n]
    get = cells.get
    surname = get(keys["surname"], "").strip()
    forename = get(keys["forename"], "").strip()
    if not (surname or forename):
        return None
    (title, relationship, phone, mobile, work_phone, email, line1, line2, town, postcode,
     responsibility, correspondence) = [get(key, "").strip() for key in _CONTACT_TEXT_KEYS[n]]
    own = Address(line1=line1, line2=line2, town=town, postcode=postcode) if (
        line1 or line2 or town or postcode) else _NO_ADDRESS
    if phone.replace(" ", "").startswith(("07", "+447")) and not mobile:
        phone, mobile = "", phone
    court_order = read(keys["court_order"], _flag, False)
    carer = CarerInput(surname=surname, forename=forename, title=title,
                       same_address_as_pupil=own is _NO_ADDRESS, address=own, phone_home=phone,
                       phone_mobile=mobile, phone_work=work_phone, email=email)
    link = CarerLinkInput(
        relationship=relationship,
        parental_responsibility=read(keys["parental_responsibility"], _flag, True)
        if responsibility else True,
        # A court order means no correspondence, whatever the correspondence column says.
        receives_correspondence=False if court_order else (
            read(keys["correspondence"], _flag, True) if correspondence else True),
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
            carer, link = clean_carer(contact.carer), clean_link(contact.link)
        except ValidationFailed as e:
            reasons.extend(f"Contact {n}: {m}" for m in _describe(e.problems))
        else:
            unchanged = carer is contact.carer and link is contact.link
            cleaned.append(contact if unchanged else ImportedContact(carer, link))
    return pupil, cleaned


def _describe(problems: list[Problem]) -> list[str]:
    return [p.message for p in problems]
