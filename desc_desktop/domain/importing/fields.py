"""The fields an import can fill, and the column headings MIS exports use for them."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CONTACTS = 2


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str
    headings: tuple[str, ...]


def _normal(heading: str) -> str:
    """'Legal Surname', 'legal_surname' and 'LEGAL-SURNAME ' all become 'legalsurname'."""
    return re.sub(r"[^a-z0-9]", "", heading.casefold())


PUPIL_FIELDS: tuple[ImportField, ...] = (
    ImportField("upn", "UPN", ("upn", "uniquepupilnumber", "pupilupn")),
    ImportField("legal_surname", "Legal surname", ("legalsurname", "surname", "lastname",
                                                   "familyname", "pupilsurname")),
    ImportField("legal_forename", "Legal forename", ("legalforename", "forename", "firstname",
                                                     "givenname", "pupilforename")),
    ImportField("preferred_forename", "Preferred forename", ("preferredforename",
                                                             "knownas", "preferredname",
                                                             "chosenname")),
    ImportField("preferred_surname", "Preferred surname", ("preferredsurname",)),
    ImportField("dob", "Date of birth", ("dateofbirth", "dob", "birthdate", "born")),
    ImportField("gender", "Gender", ("gender", "sex")),
    ImportField("year_group", "Year group", ("yeargroup", "year", "ncyear", "curriculumyear",
                                             "nationalcurriculumyear", "yr")),
    ImportField("reg_group", "Form", ("reggroup", "registrationgroup", "form", "formgroup",
                                      "tutorgroup", "class", "regform")),
    ImportField("admission_date", "Admission date", ("admissiondate", "dateofadmission",
                                                     "entrydate", "startdate")),
    ImportField("leaving_date", "Leaving date", ("leavingdate", "dateofleaving", "leftdate")),
    ImportField("sen_status", "SEN status", ("senstatus", "sen", "senprovision",
                                             "specialeducationalneeds")),
    ImportField("ldd", "Learning difficulty or disability", ("ldd", "learningdifficulty",
                                                            "lddflag", "disability")),
    ImportField("address.line1", "Address line 1", ("address1", "addressline1", "address",
                                                   "street", "houseandstreet")),
    ImportField("address.line2", "Address line 2", ("address2", "addressline2", "locality")),
    ImportField("address.line3", "Address line 3", ("address3", "addressline3")),
    ImportField("address.town", "Town", ("town", "city", "posttown")),
    ImportField("address.county", "County", ("county",)),
    ImportField("address.postcode", "Postcode", ("postcode", "postalcode", "zip")),
)

CONTACT_PARTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("title", "title", ("title",)),
    ("forename", "forename", ("forename", "firstname", "givenname")),
    ("surname", "surname", ("surname", "lastname", "familyname")),
    ("relationship", "relationship", ("relationship", "relation")),
    ("parental_responsibility", "parental responsibility",
     ("parentalresponsibility", "pr", "hasparentalresponsibility")),
    ("correspondence", "receives correspondence",
     ("correspondence", "receivescorrespondence", "mailings", "postal")),
    ("court_order", "court order (no contact)", ("courtorder", "nocontact", "restriction")),
    ("phone", "telephone", ("telephone", "phone", "tel", "homephone", "telephone1")),
    ("mobile", "mobile", ("mobile", "mobilephone", "mobilenumber")),
    ("work_phone", "work phone", ("workphone", "worktelephone", "work")),
    ("email", "email", ("email", "emailaddress")),
    ("address.line1", "address line 1", ("address1", "addressline1", "address")),
    ("address.line2", "address line 2", ("address2", "addressline2")),
    ("address.town", "town", ("town", "city")),
    ("address.postcode", "postcode", ("postcode",)),
)


def contact_fields(n: int) -> tuple[ImportField, ...]:
    return tuple(
        ImportField(f"contact{n}.{part}", f"Contact {n} {label}",
                    tuple(prefix + h for prefix in (f"contact{n}", f"parent{n}", f"carer{n}")
                          for h in headings))
        for part, label, headings in CONTACT_PARTS)


ALL_FIELDS: tuple[ImportField, ...] = PUPIL_FIELDS + tuple(
    f for n in range(1, MAX_CONTACTS + 1) for f in contact_fields(n))
FIELDS_BY_KEY = {f.key: f for f in ALL_FIELDS}
_BY_HEADING = {h: f.key for f in ALL_FIELDS for h in f.headings}


def auto_map(headings: list[str]) -> dict[int, str]:
    """Column index -> field key, by usual heading names; each field used once at most."""
    mapping: dict[int, str] = {}
    for index, heading in enumerate(headings):
        key = _BY_HEADING.get(_normal(heading))
        if key is not None and key not in mapping.values():
            mapping[index] = key
    return mapping


def heading_signature(headings: list[str]) -> str:
    """The same layout of headings gives the same signature, to remember its mapping."""
    return "|".join(_normal(h) for h in headings)
