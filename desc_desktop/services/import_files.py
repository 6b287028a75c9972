"""Reading an MIS export: CSV as Excel saves it, or a DfE Common Transfer File (XML)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as SafeET

from desc_desktop.services.gc_pause import collector_paused

MAX_FILE_BYTES = 50_000_000


class UnreadableFile(ValueError):
    """The file cannot be read at all; the message says what to do about it."""


@dataclass(frozen=True)
class SourceTable:
    """A file's rows as text. For a CSV, `headings` and `rows` are the cells as found; a CTF
    arrives already keyed by field (`keyed`), so it needs no mapping."""

    kind: str  # "csv" or "ctf"
    headings: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, cells)
    keyed: list[tuple[int, dict[str, str]]] | None = None


def read_source(path: Path) -> SourceTable:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UnreadableFile(f"The file could not be opened ({e.strerror}).") from e
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile("The file is larger than 50 MB; export only the pupils' details.")
    with collector_paused():  # tens of thousands of cells, none of them garbage
        if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return read_ctf(data)
        return read_csv(decode(data))


def decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel adds), UTF-16 ("Unicode Text"), else
    Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableFile("The file says it is UTF-16 text but is damaged. Save it from "
                                 "Excel as 'CSV UTF-8 (Comma delimited)'.") from None
    if b"\x00" in data[:4096]:
        raise UnreadableFile("This is not a CSV file (it holds binary data). In the MIS or "
                             "Excel, save the report as 'CSV (Comma delimited)' or "
                             "'CSV UTF-8'.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableFile("The file's characters could not be read. Save it from Excel as "
                             "'CSV UTF-8 (Comma delimited)' and import that.") from None


def read_csv(text: str) -> SourceTable:
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [cells for cells in reader]
    except csv.Error as e:
        raise UnreadableFile(f"The CSV file is damaged near record {reader.line_num}: {e}."
                             ) from e
    # Numbered before blank rows are dropped: a spreadsheet shows one record per row,
    # blank ones and line breaks inside cells included.
    numbered = [(number, cells) for number, cells in enumerate(records, start=1)
                if "".join(cells).strip()]
    if not numbered or numbered[0][0] != 1:
        raise UnreadableFile("The file is empty, or its first row is blank. Export the pupils "
                             "with the column headings in the first row.")
    if len(numbered) < 2:
        raise UnreadableFile("The file has a heading row but no pupils under it.")
    headings = [h.strip() for h in numbered[0][1]]
    return SourceTable(kind="csv", headings=headings, rows=numbered[1:])


def _delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


# --- Common Transfer File --------------------------------------------------------------

_RELATIONSHIPS = {"PAR": "Parent", "CAR": "Carer", "FOS": "Foster carer", "STP": "Step-parent",
                  "REL": "Other relative", "FAM": "Other family member", "SWR": "Social worker",
                  "CHM": "Childminder", "DOC": "Doctor", "OTH": "Other"}


def read_ctf(data: bytes) -> SourceTable:
    try:
        root = SafeET.fromstring(data)
    except Exception as e:  # defusedxml raises ParseError and its own refusals alike
        raise UnreadableFile("The file looks like XML but could not be read as a Common "
                             f"Transfer File ({type(e).__name__}).") from None
    if _local(root.tag) != "CTfile":
        raise UnreadableFile("This XML file is not a Common Transfer File (no CTfile element).")
    pupils = [el for el in root.iter() if _local(el.tag) == "Pupil"]
    keyed = [(n, _pupil_cells(el)) for n, el in enumerate(pupils, start=1)]
    return SourceTable(kind="ctf", headings=[], rows=[], keyed=keyed)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el, *path: str):
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if _local(c.tag) == name), None)
    return el


def _children(el, name: str) -> list:
    found = _child(el, name)
    return list(found) if found is not None else []


def _text(el, *path: str) -> str:
    found = _child(el, *path)
    return (found.text or "").strip() if found is not None else ""


def _address(el) -> dict[str, str]:
    address = _child(el, "Address")
    if address is None:
        return {}
    lines = _child(address, "AddressLines")
    if lines is not None:
        parts = [p for p in (_text(lines, f"AddressLine{n}") for n in range(1, 6)) if p]
        # Free-form lines: the last is taken as the town, the rest as the street lines.
        town = parts.pop() if len(parts) > 1 else ""
        line1, line2, line3 = [*parts, "", "", ""][:3]
        county = ""
    else:
        bs = _child(address, "BS7666Address")
        house = " ".join(p for p in (_text(bs, "PAON"), _text(bs, "Street")) if p)
        line1, line2, line3 = (_text(bs, "SAON") or house, house if _text(bs, "SAON") else "",
                               _text(bs, "Locality"))
        town = _text(bs, "PostTown") or _text(bs, "Town")
        county = _text(bs, "AdministrativeArea")
    return {"line1": line1, "line2": line2, "line3": line3, "town": town, "county": county,
            "postcode": _text(address, "PostCode")}


def _pupil_cells(pupil) -> dict[str, str]:
    basic = _child(pupil, "BasicDetails")
    cells = {
        "upn": _text(pupil, "UPN"), "legal_surname": _text(pupil, "Surname"),
        "legal_forename": _text(pupil, "Forename"), "dob": _text(pupil, "DOB"),
        "gender": _text(pupil, "Gender") or _text(pupil, "Sex"),
        "preferred_surname": _text(basic, "PreferredSurname"),
        "preferred_forename": _text(basic, "PreferredForename"),
        "year_group": _text(basic, "NCyearActual") or _text(pupil, "NCyearActual"),
        "sen_status": _latest_sen(pupil),
    }
    cells.update({f"address.{k}": v for k, v in _address(pupil).items()})
    contacts = [c for c in _children(pupil, "Contacts") if _local(c.tag) == "Contact"]
    contacts.sort(key=lambda c: int(_text(c, "Order")) if _text(c, "Order").isdecimal()
                  else 99)
    for n, contact in enumerate(contacts[:2], start=1):
        cells.update(_contact_cells(n, contact))
    return cells


def _latest_sen(pupil) -> str:
    """The SEN provision of the most recent entry in the pupil's SEN history."""
    entries = [e for e in _children(pupil, "SENhistory") if _local(e.tag) == "SEN"]
    return _text(entries[-1], "SENprovision") if entries else ""


def _contact_cells(n: int, contact) -> dict[str, str]:
    phones = {_text(p, "TelephoneType"): _text(p, "PhoneNo")
              for p in _children(contact, "Phones") if _local(p.tag) == "Phone"}
    code = _text(contact, "Relationship")
    cells = {"title": _text(contact, "Title"), "forename": _text(contact, "Forename"),
             "surname": _text(contact, "Surname"),
             "relationship": _RELATIONSHIPS.get(code.upper(), code),
             "parental_responsibility": _text(contact, "Responsibility"),
             "phone": phones.get("H", ""), "mobile": phones.get("M", ""),
             "work_phone": phones.get("W", ""),
             "email": _text(contact, "Email")}
    if _text(contact, "AddressAsPupil").casefold() not in ("true", "1", "y"):
        cells.update({f"address.{k}": v for k, v in _address(contact).items()
                      if k in ("line1", "line2", "town", "postcode")})
    return {f"contact{n}.{k}": v for k, v in cells.items()}
