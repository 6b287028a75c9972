"""The demo school as an MIS report would export it: one row per pupil, two contacts,
in the usual column layout. For trying the import, its tests and its benchmark."""

from __future__ import annotations

import csv
import io

from desc_desktop.domain.demo import DemoHousehold
from desc_desktop.domain.register import NoContact

PUPIL_HEADINGS = ["UPN", "Legal Surname", "Legal Forename", "Preferred Forename",
                  "Date of Birth", "Gender", "Year Group", "Reg Group", "Admission Date",
                  "SEN Status", "LDD", "Address 1", "Address 2", "Town", "County", "Postcode"]
CONTACT_HEADINGS = ["Title", "Forename", "Surname", "Relationship", "Parental Responsibility",
                    "Correspondence", "Court Order", "Telephone", "Email", "Address 1",
                    "Address 2", "Town", "Postcode"]
HEADINGS = PUPIL_HEADINGS + [f"Contact {n} {h}" for n in (1, 2) for h in CONTACT_HEADINGS]


def _uk(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def demo_rows(households: list[DemoHousehold]) -> list[list[str]]:
    rows = []
    for household in households:
        for child in household.children:
            a = child.address
            row = [child.upn, child.legal_surname, child.legal_forename,
                   child.preferred_forename, _uk(child.dob), child.gender, child.year_group,
                   child.reg_group, _uk(child.admission_date), child.sen_status, _yn(child.ldd),
                   a.line1, a.line2, a.town, a.county, a.postcode]
            for n in range(2):
                row += _contact(household.carers[n]) if n < len(household.carers) else [
                    ""] * len(CONTACT_HEADINGS)
            rows.append(row)
    return rows


def _contact(demo_carer) -> list[str]:
    carer, link = demo_carer.carer, demo_carer.link
    own = carer.address if not carer.same_address_as_pupil else None
    return [carer.title, carer.forename, carer.surname, link.relationship,
            _yn(link.parental_responsibility), _yn(link.receives_correspondence),
            _yn(link.no_contact == NoContact.COURT_ORDER),
            carer.phone_home or carer.phone_mobile, carer.email,
            own.line1 if own else "", own.line2 if own else "", own.town if own else "",
            own.postcode if own else ""]


def demo_csv(households: list[DemoHousehold]) -> str:
    """The CSV text, as Excel would save it ("CSV UTF-8": with a byte order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADINGS)
    writer.writerows(demo_rows(households))
    return "\ufeff" + out.getvalue()
