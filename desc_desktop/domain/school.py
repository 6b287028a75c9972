from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.postcode import InvalidPostcode, validate_postcode
from desc_desktop.domain.register import EMAIL, strip_text

# PNG, JPEG, GIF and BMP, recognised by their first bytes.
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class SchoolDetails:
    name: str
    address_line1: str = ""
    address_line2: str = ""
    town: str = ""
    postcode: str = ""
    phone: str = ""
    email: str = ""
    head_teacher: str = ""
    data_protection_lead: str = ""
    ico_registration: str = ""
    logo: bytes | None = None


def clean_school(data: SchoolDetails) -> SchoolDetails:
    data = strip_text(data)
    problems: list[Problem] = []
    if not data.name:
        problems.append(Problem("name", "Enter the school's name."))
    postcode = data.postcode
    if postcode:
        try:
            postcode = validate_postcode(postcode)
        except InvalidPostcode as e:
            problems.append(Problem("postcode", str(e)))
    if data.email and not EMAIL.match(data.email):
        problems.append(Problem("email", "That email address is not complete; "
                                         "it should look like office@school.example."))
    if data.ico_registration and not re.fullmatch(r"[A-Z]{1,2}[0-9]{6,8}|[0-9]{8}",
                                                  data.ico_registration.upper()):
        problems.append(Problem("ico_registration",
                                "An ICO registration number looks like Z1234567 or ZA123456."))
    if data.logo is not None and len(data.logo) > MAX_LOGO_BYTES:
        problems.append(Problem("logo",
                                "The logo image is larger than 2 MB; choose a smaller one."))
    elif data.logo is not None and not data.logo.startswith(_IMAGE_SIGNATURES):
        problems.append(Problem("logo", "The logo must be a PNG, JPEG, GIF or BMP image."))
    if problems:
        raise ValidationFailed(problems)
    return replace(data, postcode=postcode, ico_registration=data.ico_registration.upper())
