"""The pupil register's records as plain data, and the rules for saving them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.postcode import InvalidPostcode, validate_postcode
from desc_desktop.domain.upn import InvalidUpn, validate_upn

MIN_AGE = 3
MAX_AGE = 25
MAX_TEXT = 200


class Gender(StrEnum):
    FEMALE = "F"
    MALE = "M"
    NOT_KNOWN = "U"

    @property
    def label(self) -> str:
        return {"F": "Female", "M": "Male", "U": "Not known"}[self.value]


class SenStatus(StrEnum):
    """School census SEN provision codes."""

    NONE = "N"
    SEN_SUPPORT = "K"
    EHC_PLAN = "E"

    @property
    def label(self) -> str:
        return {"N": "None", "K": "SEN support", "E": "EHC plan"}[self.value]


class NoContact(StrEnum):
    NONE = ""
    COURT_ORDER = "court_order"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "": "",
            "court_order": "Do not contact — court order",
            "other": "Do not contact — other reason",
        }[self.value]


_GENDERS = frozenset(g.value for g in Gender)
_SEN_STATUSES = frozenset(s.value for s in SenStatus)
_NO_CONTACTS = frozenset(n.value for n in NoContact)

YEAR_GROUPS: tuple[str, ...] = ("N1", "N2", "R", *(str(n) for n in range(1, 15)))


def on_roll(on: date, admission_date: date | None, leaving_date: date | None) -> bool:
    """Admitted by `on` (or with no admission date) and not yet left on it."""
    return ((leaving_date is None or leaving_date > on)
            and (admission_date is None or admission_date <= on))


def year_label(year_group: str) -> str:
    return f"Year {year_group}" if year_group.isdigit() else year_group


def year_group_sort_key(year_group: str) -> int:
    try:
        return YEAR_GROUPS.index(year_group)
    except ValueError:
        return len(YEAR_GROUPS)


# The records are named tuples: immutable, and cheap to make and to throw away by the ten
# thousand (an import of 10,000 rows makes about eight a row; frozen dataclasses cost four
# times as much to build, and a dictionary each to keep).
class Address(NamedTuple):
    line1: str = ""
    line2: str = ""
    line3: str = ""
    town: str = ""
    county: str = ""
    postcode: str = ""

    def lines(self) -> list[str]:
        return [v for v in (self.line1, self.line2, self.line3, self.town, self.county,
                            self.postcode) if v]

    def is_empty(self) -> bool:
        return not any(self)


class PupilInput(NamedTuple):
    legal_surname: str
    legal_forename: str
    dob: date | None
    gender: str
    year_group: str
    reg_group: str = ""
    preferred_surname: str = ""
    preferred_forename: str = ""
    upn: str = ""
    admission_date: date | None = None
    leaving_date: date | None = None
    sen_status: str = SenStatus.NONE
    ldd: bool = False
    address: Address = Address()


class CarerInput(NamedTuple):
    """A parent or carer as a person; shared by all the children they are linked to."""

    surname: str
    forename: str = ""
    title: str = ""
    same_address_as_pupil: bool = True
    address: Address = Address()
    phone_home: str = ""
    phone_mobile: str = ""
    phone_work: str = ""
    email: str = ""


class CarerLinkInput(NamedTuple):
    """How one carer stands to one pupil."""

    relationship: str = ""
    parental_responsibility: bool = True
    receives_correspondence: bool = True
    priority: int = 1
    no_contact: str = NoContact.NONE
    no_contact_note: str = ""


def strip_text(obj):
    """Trim surrounding white space only: names must print exactly as typed."""
    return _tidy(obj, "", None)


def _tidy(obj, prefix: str, problems: list[Problem] | None):
    """`obj` with its text trimmed, noting in `problems` any text too long to keep (one pass:
    an import runs this on tens of thousands of records)."""
    changes = {}
    # A named tuple (the register's records: always as long as its fields, and strict=
    # costs a sixth here) or a dataclass (the school's details).
    pairs = zip(obj._fields, obj) if isinstance(obj, tuple) else vars(obj).items()  # noqa: B905
    for name, value in pairs:
        if isinstance(value, str):
            stripped = value.strip()
            if stripped != value:
                changes[name] = value = stripped
            if problems is not None and len(value) > MAX_TEXT:
                problems.append(Problem(prefix + name,
                                        f"This is {len(value)} characters long; "
                                        f"{MAX_TEXT} is the most that can be kept."))
    return _with(obj, changes) if changes else obj


def _with(obj, changes: dict[str, object]):
    return obj._replace(**changes) if isinstance(obj, tuple) else replace(obj, **changes)


def clean_address(address: Address, prefix: str, problems: list[Problem]) -> Address:
    address = _tidy(address, prefix, problems)
    if address.postcode:
        try:
            postcode = validate_postcode(address.postcode)
        except InvalidPostcode as e:
            problems.append(Problem(prefix + "postcode", str(e)))
        else:
            if postcode != address.postcode:
                address = address._replace(postcode=postcode)
    return address


def clean_pupil(data: PupilInput, today: date) -> PupilInput:
    """Return the pupil as it will be stored, or raise ValidationFailed listing what to fix."""
    problems: list[Problem] = []
    data = _tidy(data, "", problems)
    if not data.legal_surname:
        problems.append(Problem("legal_surname", "Enter the pupil's legal surname."))
    if not data.legal_forename:
        problems.append(Problem("legal_forename", "Enter the pupil's legal forename."))
    on_roll = data.leaving_date is None or data.leaving_date > today
    _check_dob(data.dob, today, problems, on_roll=on_roll)
    if data.gender not in _GENDERS:
        problems.append(Problem("gender", "Choose the pupil's gender."))
    if data.year_group not in YEAR_GROUPS:
        problems.append(Problem("year_group", "Choose a year group (N1, N2, R or 1 to 14)."))
    if data.sen_status not in _SEN_STATUSES:
        problems.append(Problem("sen_status",
                                "Choose an SEN status: none, SEN support or EHC plan."))
    upn = data.upn
    if upn:
        try:
            upn = validate_upn(upn)
        except InvalidUpn as e:
            problems.append(Problem("upn", str(e)))
    _check_dates(data, problems)
    address = clean_address(data.address, "address.", problems)
    if problems:
        raise ValidationFailed(problems)
    if upn == data.upn and address is data.address:
        return data
    return data._replace(upn=upn, address=address)


def _check_dob(dob: date | None, today: date, problems: list[Problem], *, on_roll: bool) -> None:
    if dob is None:
        problems.append(Problem("dob", "Enter the pupil's date of birth."))
    elif dob > today:
        problems.append(Problem("dob", "The date of birth is in the future."))
    elif on_roll and not MIN_AGE <= age_on(dob, today) <= MAX_AGE:
        # Only pupils on roll: a leaver's record must stay editable after they turn 26.
        problems.append(Problem(
            "dob", f"That date of birth makes the pupil {age_on(dob, today)}; "
                   f"pupils are aged {MIN_AGE} to {MAX_AGE}. Check the year."))


def _check_dates(data: PupilInput, problems: list[Problem]) -> None:
    if data.admission_date and data.dob and data.admission_date < data.dob:
        problems.append(Problem("admission_date",
                                "The admission date is before the date of birth."))
    if data.leaving_date and data.admission_date and data.leaving_date < data.admission_date:
        problems.append(Problem("leaving_date", "The leaving date is before the admission date."))


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]{6,20}$")


def clean_carer(data: CarerInput) -> CarerInput:
    problems: list[Problem] = []
    data = _tidy(data, "", problems)
    if not data.surname:
        problems.append(Problem("surname", "Enter the parent/carer's surname."))
    if data.email and not EMAIL.match(data.email):
        problems.append(Problem("email", "That email address is not complete; "
                                         "it should look like name@example.org."))
    for name in ("phone_home", "phone_mobile", "phone_work"):
        if getattr(data, name) and not _PHONE.match(getattr(data, name)):
            problems.append(Problem(name, "A phone number has 6 to 20 digits, spaces or brackets."))
    address = data.address
    if data.same_address_as_pupil:
        address = address if address.is_empty() else Address()
    else:
        address = clean_address(address, "address.", problems)
        if not (address.line1 and address.postcode):
            problems.append(Problem("address.line1", "Enter the carer's own address (at least the "
                                                     "first line and postcode), or tick "
                                                     "'Same address as pupil'."))
    if problems:
        raise ValidationFailed(problems)
    return data if address is data.address else data._replace(address=address)


def clean_link(data: CarerLinkInput) -> CarerLinkInput:
    problems: list[Problem] = []
    data = _tidy(data, "", problems)
    if data.no_contact not in _NO_CONTACTS:
        problems.append(Problem("no_contact", "Choose a no-contact restriction or none."))
    if data.no_contact and data.receives_correspondence:
        problems.append(Problem("receives_correspondence",
                                "A parent/carer under a no-contact restriction must not receive "
                                "correspondence: untick 'Receives correspondence'."))
    if data.no_contact == NoContact.OTHER and not data.no_contact_note:
        problems.append(Problem("no_contact_note",
                                "Say briefly why there is a no-contact restriction (the reason "
                                "or who to ask), so colleagues know."))
    if not 1 <= data.priority <= 9:
        problems.append(Problem("priority", "Contact priority is a number from 1 to 9."))
    if problems:
        raise ValidationFailed(problems)
    return data
