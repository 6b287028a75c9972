"""Importing the register from an MIS export: preview first, then apply all or nothing.

A row is matched to a pupil by UPN, or without one by legal name and date of birth. A
row's contacts are matched to the pupil's own carers by name, then to a carer of the same
household (same name at the same address: a brother's or sister's parent), else added.
Only the columns the file has are compared and changed: a report without admission dates
leaves the admission dates alone. Re-importing the same file changes nothing.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict, namedtuple
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, update
from sqlmodel import Session, col, func, or_, select

from desc_desktop.domain.dates import BadDate, parse_date
from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.exports.cells import neutralise
from desc_desktop.domain.importing.fields import FIELDS_BY_KEY, auto_map, heading_signature
from desc_desktop.domain.importing.rows import (
    ImportedContact,
    ImportedPupil,
    RowRejected,
    build_row,
)
from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
from desc_desktop.domain.search import fold
from desc_desktop.domain.upn import is_temporary, normalise_upn
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.gc_pause import collector_paused
from desc_desktop.services.import_files import SourceTable
from desc_desktop.services.mapping import (
    address_columns,
    address_of,
    carer_input,
    flat,
    flat_columns,
    pupil_input,
)
from desc_desktop.store.bulk import insert_rows
from desc_desktop.store.tables import Carer, Pupil, PupilCarer, Setting, utc_now

NEW, UPDATE, UNCHANGED, REJECTED = "new", "update", "unchanged", "rejected"
_CARER_PARTS = {"title": "title", "forename": "forename", "surname": "surname",
                "phone": "phone_home", "mobile": "phone_mobile", "work_phone": "phone_work",
                "email": "email"}
_LINK_PARTS = {"relationship": "relationship", "parental_responsibility":
               "parental_responsibility", "correspondence": "receives_correspondence",
               "court_order": "no_contact"}


@dataclass(frozen=True)
class RowOutcome:
    row: int
    kind: str
    name: str
    detail: str = ""


@dataclass(frozen=True)
class MissingPupil:
    id: int
    name: str
    year_group: str


@dataclass
class ImportPlan:
    kind: str
    outcomes: list[RowOutcome]
    missing: list[MissingPupil]
    """Pupils on roll who are not in the file: offered as leavers, never deleted."""
    _work: _Work | None = field(default=None, repr=False)

    def count(self, kind: str) -> int:
        return sum(1 for o in self.outcomes if o.kind == kind)

    @property
    def rejected(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.kind == REJECTED]


@dataclass(frozen=True)
class ImportResult:
    new: int
    updated: int
    unchanged: int
    rejected: int
    leavers: int
    rejected_rows: tuple[RowOutcome, ...] = ()
    missing: int = 0
    """Pupils on roll not in the file and not marked as left."""


# --- mapping ---------------------------------------------------------------------------


def mapping_for(ctx: ServiceContext, headings: list[str]) -> dict[int, str]:
    """The mapping last used for this layout of headings, else one matched by usual names."""
    with ctx.reading() as session:
        saved = session.get(Setting, _mapping_key(headings))
    if saved is None:
        return auto_map(headings)
    # Kept by column position: headings may differ in case or repeat within one file.
    by_position = json.loads(saved.value).get("columns", {})
    mapping = {int(i): key for i, key in by_position.items()
               if key in FIELDS_BY_KEY and int(i) < len(headings)}
    return mapping or auto_map(headings)


def mapping_from_file(path: Path, headings: list[str]) -> dict[int, str]:
    """A JSON object {"Column heading": "field key"}; unknown keys are an error."""
    try:
        chosen = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as e:
        raise ValueError(f"The mapping file is not valid JSON (line {e.lineno}).") from None
    if not isinstance(chosen, dict):
        raise ValueError('The mapping file must hold one JSON object: '
                         '{"Column heading": "field", ...}.')
    chosen = {str(h): str(k) for h, k in chosen.items() if k}
    unknown = sorted(set(chosen.values()) - set(FIELDS_BY_KEY))
    if unknown:
        raise ValueError(f"The mapping names fields that do not exist: {', '.join(unknown)}.")
    return {i: chosen[h] for i, h in enumerate(headings) if chosen.get(h)}


REQUIRED_FIELDS = ("legal_surname", "legal_forename", "dob", "gender", "year_group")


def check_mapping(mapping: dict[int, str]) -> None:
    """Refuse a mapping that could not make a single pupil, naming what is missing."""
    missing = [FIELDS_BY_KEY[k].label for k in REQUIRED_FIELDS if k not in mapping.values()]
    if missing:
        raise MappingIncomplete("No column is matched to: " + ", ".join(missing) + ". Every "
                                "pupil needs them: choose the columns that hold them.")
    repeated = {k for k in mapping.values() if list(mapping.values()).count(k) > 1}
    if repeated:
        raise MappingIncomplete("Two columns are matched to the same field: " + ", ".join(
            FIELDS_BY_KEY[k].label for k in sorted(repeated)) + ".")


class MappingIncomplete(ValueError):
    pass


def _mapping_key(headings: list[str]) -> str:
    return "import.mapping:" + heading_signature(headings)


# --- rows to records -------------------------------------------------------------------


def keyed_rows(table: SourceTable, mapping: dict[int, str]
               ) -> Iterable[tuple[int, dict[str, str]]]:
    """Each row's cells by field key, made as the rows are read (not all kept at once)."""
    if table.keyed is not None:
        return table.keyed
    return ((number, {key: cells[i] if i < len(cells) else "" for i, key in mapping.items()})
            for number, cells in table.rows)


def read_records(rows: Iterable[tuple[int, dict[str, str]]], today: date
                 ) -> tuple[list[ImportedPupil], list[RowOutcome], set[object]]:
    """Valid records, rejected rows with their reasons, and who the rejected rows were about
    (so they are not taken for leavers). A pupil appearing twice (same UPN; or, without one,
    the same name and date of birth) is rejected after the first row, even when that first
    row was itself rejected."""
    records: list[ImportedPupil] = []
    rejected: list[RowOutcome] = []
    rejected_keys: set[object] = set()
    first_row: dict[object, int] = {}
    for number, cells in rows:
        key = _identity(cells)
        if key is not None and key in first_row:
            rejected.append(RowOutcome(number, REJECTED, _row_name(cells), _duplicate(
                key, first_row[key])))
            continue
        if key is not None:
            first_row[key] = number
        try:
            records.append(build_row(number, cells, today))
        except RowRejected as e:
            rejected.append(RowOutcome(number, REJECTED, _row_name(cells), str(e)))
            # Both ways of knowing the pupil: the UPN may be the very thing mistyped.
            rejected_keys.update(k for k in (key, _name_identity(cells)) if k is not None)
    return records, rejected, rejected_keys


def _row_name(cells: dict[str, str]) -> str:
    forename, surname = cells.get("legal_forename", ""), cells.get("legal_surname", "")
    return f"{forename.strip()} {surname.strip()}".strip()


def _identity(cells: dict[str, str]) -> object | None:
    upn = normalise_upn(cells.get("upn", ""))
    if upn:
        return ("upn", upn)
    return _name_identity(cells)


def _name_identity(cells: dict[str, str]) -> object | None:
    surname, forename = cells.get("legal_surname", ""), cells.get("legal_forename", "")
    dob = cells.get("dob", "").strip()
    if surname.strip() and forename.strip() and dob:
        return ("name", fold(surname.strip()), fold(forename.strip()), dob)
    return None


def _duplicate(key: object, first: int) -> str:
    if key[0] == "upn":
        return (f"UPN {key[1]} is already used by row {first} of this file; each pupil may "
                "appear only once.")
    return (f"The same name and date of birth, with no UPN, are already in row {first} of "
            "this file; each pupil may appear only once.")


# --- the register as it stands ---------------------------------------------------------


@dataclass
class _Register:
    """The register's rows (plain SQL rows, read by column name: an ORM object for each of
    25,000 rows would cost a second) and the indexes that matching needs."""

    by_upn: dict[str, int]
    by_name_dob: dict[tuple[str, str, date], int]
    pupils: dict[int, Any]
    carers: dict[int, Any]
    links: dict[int, list[tuple[Any, Any, tuple[str, str]]]]
    carer_pupils: dict[int, list[int]]
    restriction: dict[int, tuple[str, str]]
    """A carer's no-contact restriction on any child: repeated on a new link to a sibling."""
    household: dict[tuple[str, str, str, str], int]


def _address_key(address: Address) -> str:
    return fold(address.postcode.replace(" ", "") + "|" + address.line1)


def _person_key(carer: CarerInput) -> tuple[str, str]:
    return fold(carer.surname), fold(carer.forename)


def _plain_rows(session: Session, table: Table) -> list[Any]:
    """A table's rows as named tuples: read by column name a million times in a re-import,
    where a SQLAlchemy Row's attribute costs several times a tuple's."""
    return list(map(_row_type(table)._make, session.execute(select(table))))


@cache
def _row_type(table: Table) -> type:
    return namedtuple(f"{table.name}_row", table.columns.keys())


def _load_register(session: Session) -> _Register:
    pupils = {p.id: p for p in _plain_rows(session, Pupil.__table__)}
    carers = {c.id: c for c in _plain_rows(session, Carer.__table__)}
    links: dict[int, list[tuple[Any, Any, tuple[str, str]]]] = defaultdict(list)
    carer_pupils: dict[int, list[int]] = defaultdict(list)
    restriction: dict[int, tuple[str, str]] = {}
    household: dict[tuple[str, str, str, str], int] = {}
    for link in _plain_rows(session, PupilCarer.__table__):
        carer = carers[link.carer_id]
        person = (fold(carer.surname), fold(carer.forename))
        links[link.pupil_id].append((link, carer, person))
        carer_pupils[carer.id].append(link.pupil_id)
        if link.no_contact:
            restriction[carer.id] = (link.no_contact, link.no_contact_note)
        pupil = pupils[link.pupil_id]
        where = address_of(pupil) if carer.same_address_as_pupil else address_of(carer)
        household[(*person, fold(link.relationship), _address_key(where))] = carer.id
    return _Register(
        by_upn={p.upn: p.id for p in pupils.values() if p.upn},
        by_name_dob={(fold(p.legal_surname), fold(p.legal_forename), p.dob): p.id
                     for p in pupils.values()},
        pupils=pupils, carers=carers, links=links, household=household,
        carer_pupils=carer_pupils,
        restriction=restriction)


# --- planning --------------------------------------------------------------------------


@dataclass(slots=True)
class _CarerPlan:
    contact: ImportedContact
    carer_id: int  # negative: a carer this import creates
    carer_changes: dict[str, Any]
    new_link: bool
    link_changes: dict[str, Any]


@dataclass(slots=True)
class _RowPlan:
    record: ImportedPupil
    pupil_id: int | None
    pupil_changes: dict[str, Any]
    carers: list[_CarerPlan]

    @property
    def kind(self) -> str:
        if self.pupil_id is None:
            return NEW
        if self.pupil_changes or any(c.carer_changes or c.new_link or c.link_changes or
                                     c.carer_id < 0 for c in self.carers):
            return UPDATE
        return UNCHANGED


@dataclass
class _Work:
    rows: list[_RowPlan]
    new_carers: dict[int, CarerInput]
    new_carer_homes: dict[int, Address] = field(default_factory=dict)
    """Where a new carer marked "same address as pupil" lives (the first pupil's home)."""
    conflicts: list[RowOutcome] = field(default_factory=list)
    register: _Register | None = None
    """The register as the plan read it (in the same transaction when applying)."""
    homes: dict[int, Address] = field(default_factory=dict)
    """Each pupil's home once the file is in, by pupil id (for those already in the register)."""


_ADDRESS_COLUMNS = {"address.line1": "address_line1", "address.line2": "address_line2",
                    "address.line3": "address_line3", "address.town": "town",
                    "address.county": "county", "address.postcode": "postcode"}


def _pupil_columns(provided: set[str]) -> set[str]:
    """The pupil table's columns that the file gives values for."""
    return {_ADDRESS_COLUMNS.get(key, key) for key in provided if not key.startswith("contact")}


def _plan(session: Session, records: list[ImportedPupil], provided: set[str], today: date,
          rejected_keys: set[object] = frozenset()) -> tuple[_Work, list[MissingPupil]]:
    register = _load_register(session)
    columns = _pupil_columns(provided)
    work = _Work(rows=[], new_carers={}, register=register)
    seen = {pupil_id for key in rejected_keys
            if (pupil_id := _known_identity(register, key)) is not None}
    matched = []
    for record in records:
        try:
            matched.append((record, _match(register, record.pupil)))
        except RowRejected as e:
            work.conflicts.append(RowOutcome(record.row, REJECTED, _name(record.pupil), str(e)))
            if (child := _same_child(register, record.pupil)) is not None:
                seen.add(child)  # not a leaver: the row is about them
    _plan_homes(register, work, matched, provided)
    for record, pupil_id in matched:
        changes = {}
        home = record.pupil.address if pupil_id is None else work.homes[pupil_id]
        if pupil_id is not None:
            seen.add(pupil_id)
            stored = register.pupils[pupil_id]
            before = flat(pupil_input(stored))
            after = flat(record.pupil)
            # A blank UPN cell (matched by name and birth date) must not clear a known UPN.
            compared = columns - {"upn"} if not record.pupil.upn else columns
            changes = {c: after[c] for c in compared if before.get(c) != after.get(c)}
        used: set[int] = set()
        carers = [_plan_carer(register, work, pupil_id, contact, home, provided, used)
                  for contact in record.contacts]
        work.rows.append(_RowPlan(record, pupil_id, changes, carers))
    missing = [MissingPupil(p.id, f"{p.legal_forename} {p.legal_surname}", p.year_group)
               for p in register.pupils.values()
               if p.id not in seen and (p.leaving_date is None or p.leaving_date > today)]
    return work, sorted(missing, key=lambda m: fold(m.name))


def _same_child(register: _Register, pupil: PupilInput) -> int | None:
    return register.by_name_dob.get((fold(pupil.legal_surname), fold(pupil.legal_forename),
                                     pupil.dob))


def _plan_homes(register: _Register, work: _Work, matched: list[tuple[ImportedPupil, int | None]],
                provided: set[str]) -> None:
    """Where each pupil already in the register lives once the file is in (`work.homes`):
    the file's address parts over the stored ones (a file may lack a column). A parent who
    lives with a pupil ("same as pupil") is known at the new home too, so a brother or sister
    new in the same file, at that home, is linked to them rather than given a copy."""
    parts = [part for part in Address._fields if f"address.{part}" in provided]
    for record, pupil_id in matched:
        if pupil_id is None:
            continue
        stored = address_of(register.pupils[pupil_id])
        home = stored._replace(**{p: getattr(record.pupil.address, p) for p in parts})
        work.homes[pupil_id] = home
        if _address_key(home) == _address_key(stored):
            continue
        for link, carer, person in register.links.get(pupil_id, []):
            if carer.same_address_as_pupil:
                register.household.setdefault(
                    (*person, fold(link.relationship), _address_key(home)), carer.id)


def _name(pupil: PupilInput) -> str:
    return f"{pupil.legal_forename} {pupil.legal_surname}"


def _known_identity(register: _Register, key: object) -> int | None:
    """The pupil a rejected row was about, so they are not offered as a leaver."""
    if key[0] == "upn":
        return register.by_upn.get(key[1])
    try:
        dob = parse_date(key[3])
    except BadDate:
        return None
    return register.by_name_dob.get((key[1], key[2], dob))


def _match(register: _Register, pupil: PupilInput) -> int | None:
    by_name = register.by_name_dob.get((fold(pupil.legal_surname), fold(pupil.legal_forename),
                                        pupil.dob))
    if not pupil.upn:
        return by_name
    found = register.by_upn.get(pupil.upn)
    if found is not None or by_name is None:
        return found
    known = register.pupils[by_name].upn
    if not known or is_temporary(known):
        return by_name  # typed in without a UPN, or a temporary one now made permanent
    raise RowRejected(f"{_name(pupil)}, born {pupil.dob:%d/%m/%Y}, is in the register with UPN "
                      f"{known}, not {pupil.upn}. If the UPN has changed, correct it on the "
                      "pupil's record first, then import again.")


def _plan_carer(register: _Register, work: _Work, pupil_id: int | None,
                contact: ImportedContact, home: Address, provided: set[str],
                used: set[int]) -> _CarerPlan:
    """`used`: carers already matched by this row's other contacts, never matched twice."""
    n = contact.link.priority  # the contact's column number in the file
    person = _person_key(contact.carer)
    # A pupil new to the register has no carers of their own yet.
    mine = [(link, carer) for link, carer, key in register.links[pupil_id]
            if carer.id not in used and key == person] if pupil_id in register.links else []
    # Same name twice among the pupil's own carers: the relationship tells them apart.
    mine.sort(key=lambda pair: fold(pair[0].relationship) != fold(contact.link.relationship))
    if mine:
        link, carer = mine[0]
        used.add(carer.id)
        return _CarerPlan(contact, carer.id, _carer_changes(
            register, work, carer, contact.carer, provided, n, home), False,
            _link_changes(link, contact.link, provided, n))
    where = home if contact.carer.same_address_as_pupil else contact.carer.address
    # The relationship too: a mother and a grandmother can share a name and an address.
    key = (*person, fold(contact.link.relationship), _address_key(where))
    carer_id = register.household.get(key)
    if carer_id is None or carer_id in used:
        carer_id = -(len(work.new_carers) + 1)
        work.new_carers[carer_id] = contact.carer
        work.new_carer_homes[carer_id] = home
        register.household[key] = carer_id
        used.add(carer_id)
        return _CarerPlan(contact, carer_id, {}, True, {})
    used.add(carer_id)
    return _link_to_household(register, work, carer_id, contact, home, where)


def _link_to_household(register: _Register, work: _Work, carer_id: int,
                       contact: ImportedContact, home: Address, where: Address) -> _CarerPlan:
    """A brother's or sister's parent/carer, now linked to this pupil too."""
    changes: dict[str, Any] = {}
    if carer_id < 0:
        planned = work.new_carers[carer_id]
        if planned.same_address_as_pupil and _address_key(home) != _address_key(
                work.new_carer_homes[carer_id]):
            # Children at two homes: "same as pupil" would be wrong for one of them.
            work.new_carers[carer_id] = planned._replace(same_address_as_pupil=False,
                                                address=work.new_carer_homes[carer_id])
    else:
        carer = next(c for pupil in register.carer_pupils[carer_id]
                     for _l, c, _k in register.links[pupil] if c.id == carer_id)
        if carer.same_address_as_pupil and _address_key(home) != _address_key(where):
            changes = {"same_address_as_pupil": False, **address_columns(where)}
    link = contact.link
    if carer_id in register.restriction and not link.no_contact:
        # A restriction for a brother or sister almost always holds for this child too.
        kind, note = register.restriction[carer_id]
        link = link._replace(no_contact=kind, no_contact_note=note,
                       receives_correspondence=False)
    if link is not contact.link:
        contact = contact._replace(link=link)
    return _CarerPlan(contact, carer_id, changes, True, {})


def _carer_changes(register: _Register, work: _Work, row: Any, new: CarerInput,
                   provided: set[str], n: int, home: Address) -> dict[str, Any]:
    """Only what the file's columns say, and only where it differs from what is stored."""
    before, after = flat(carer_input(row)), flat(new)
    changes = {column: after[column] for part, column in _CARER_PARTS.items()
               if part not in ("phone", "mobile") and f"contact{n}.{part}" in provided
               and before[column] != after[column]}
    if f"contact{n}.mobile" in provided and before["phone_mobile"] != after["phone_mobile"]:
        changes["phone_mobile"] = after["phone_mobile"]
    number = after["phone_home"] or (after["phone_mobile"] if f"contact{n}.mobile"
                                     not in provided else "")
    if f"contact{n}.phone" in provided and number and number not in (
            before["phone_home"], before["phone_mobile"]):
        column = "phone_home" if after["phone_home"] else "phone_mobile"
        changes[column] = number  # one number in the file: never clears the other stored
    changes.update(_address_changes(register, work, row, new, provided, n, home))
    return changes


def _address_changes(register: _Register, work: _Work, row: Any, new: CarerInput,
                     provided: set[str], n: int, home: Address) -> dict[str, Any]:
    """`home`: this pupil's home once the file is in."""
    parts = [part for part in ("line1", "line2", "town", "postcode")
             if f"contact{n}.address.{part}" in provided]
    if not parts:
        return {}
    # A parent recorded as living with the pupil lives wherever the pupil now lives.
    stored = home if row.same_address_as_pupil else address_of(row)
    wanted = home if new.same_address_as_pupil else new.address
    compared = ("line1", "town", "postcode") if new.same_address_as_pupil else parts
    if all(fold(getattr(stored, p)) == fold(getattr(wanted, p)) for p in compared):
        return {}  # lives where the register already says, however it is recorded
    if new.same_address_as_pupil:  # and the register has an address of their own
        children = [work.homes.get(p) or address_of(register.pupils[p])
                    for p in register.carer_pupils.get(row.id, [])]
        if all(_address_key(child) == _address_key(home) for child in children):
            return {"same_address_as_pupil": True, **address_columns(Address())}
        if any(_address_key(child) == _address_key(stored) for child in children):
            # Children at two homes, the file saying the parent lives with each: which one
            # cannot be told, so the address the register has stays (no change each term).
            return {}
        moved = home
    else:
        base = Address() if row.same_address_as_pupil else stored
        moved = base._replace(**{p: getattr(wanted, p) for p in parts})
    if not (moved.line1 and moved.postcode):
        return {}  # not enough of an address to replace what the register has
    return {"same_address_as_pupil": False, **address_columns(moved)}


def _link_changes(row: Any, new: CarerLinkInput, provided: set[str], n: int
                  ) -> dict[str, Any]:
    """A file may add a court order, never lift a restriction, and never turn letters back on
    for a restricted parent/carer: those are decided in the app, on the record."""
    columns = {column for part, column in _LINK_PARTS.items()
               if f"contact{n}.{part}" in provided}
    after = new._asdict()
    if row.no_contact:
        columns -= {"no_contact", "receives_correspondence"}
    elif new.no_contact:
        columns |= {"no_contact", "receives_correspondence"}
    else:
        columns.discard("no_contact")
    return {c: after[c] for c in columns if getattr(row, c) != after[c]}


def _provided(table: SourceTable, mapping: dict[int, str]) -> set[str]:
    if table.keyed is None:
        return set(mapping.values())
    return {key for _n, cells in table.keyed for key, value in cells.items() if value}


def plan_import(ctx: ServiceContext, table: SourceTable, mapping: dict[int, str],
                full: bool = True) -> ImportPlan:
    """What applying would do, row by row; nothing is written."""
    with collector_paused():
        return _plan_import(ctx, table, mapping, full)


def _plan_import(ctx: ServiceContext, table: SourceTable, mapping: dict[int, str],
                 full: bool) -> ImportPlan:
    if table.keyed is None:
        check_mapping(mapping)
    records, rejected, rejected_keys = read_records(keyed_rows(table, mapping), ctx.today())
    with ctx.reading() as session:
        work, missing = _plan(session, records, _provided(table, mapping), ctx.today(),
                              rejected_keys)
    outcomes = sorted(rejected + work.conflicts + [_outcome(r) for r in work.rows],
                      key=lambda o: o.row)
    return ImportPlan(kind=table.kind, outcomes=outcomes, missing=missing if full else [],
                      _work=work)


def _outcome(plan: _RowPlan) -> RowOutcome:
    pupil = plan.record.pupil
    name = f"{pupil.legal_forename} {pupil.legal_surname}"
    detail = ""
    if plan.kind == UPDATE:
        labels = [_label(c) for c in plan.pupil_changes]
        labels += [_contact_label(c) for c in plan.carers
                   if c.carer_changes or c.link_changes or c.new_link]
        detail = "Changes: " + ", ".join(labels)
    return RowOutcome(plan.record.row, plan.kind, name, detail)


def _contact_label(plan: _CarerPlan) -> str:
    n = plan.contact.link.priority
    if plan.new_link:
        return f"contact {n} ({'new parent/carer' if plan.carer_id < 0 else 'linked'})"
    fields = sorted({"address" if c in _ADDRESS_COLUMNS.values() or c.startswith("address_")
                     or c == "same_address_as_pupil" else c.replace("_", " ")
                     for c in (*plan.carer_changes, *plan.link_changes)})
    return f"contact {n} ({', '.join(fields)})"


def _label(column: str) -> str:
    key = {c: k for k, c in _ADDRESS_COLUMNS.items()}.get(column, column)
    return FIELDS_BY_KEY[key].label if key in FIELDS_BY_KEY else column.replace("_", " ")


# --- applying --------------------------------------------------------------------------


def apply_import(ctx: ServiceContext, table: SourceTable, mapping: dict[int, str], *,
                 leavers: Sequence[int] = (), leaving_date: date | None = None
                 ) -> ImportResult:
    """Write every valid row, mark the chosen leavers, remember the mapping: one transaction.
    The plan is made again inside it, so it matches the register as it is at that moment."""
    with collector_paused():
        return _apply_import(ctx, table, mapping, leavers, leaving_date)


def _apply_import(ctx: ServiceContext, table: SourceTable, mapping: dict[int, str],
                  leavers: Sequence[int], leaving_date: date | None) -> ImportResult:
    if table.keyed is None:
        check_mapping(mapping)
    records, rejected, rejected_keys = read_records(keyed_rows(table, mapping), ctx.today())
    with ctx.unit_of_work("register.import") as uow:
        work, missing = _plan(uow.session, records, _provided(table, mapping), ctx.today(),
                              rejected_keys)
        rejected = sorted(rejected + work.conflicts, key=lambda o: o.row)
        recorded = _before_and_after(work, leavers, leaving_date or ctx.today())
        carer_ids = _insert_carers(uow.session, work.new_carers)
        new = _insert_pupils(uow.session, work, carer_ids)
        updated = _update_pupils(uow.session, work, carer_ids)
        left = _mark_leavers(uow.session, leavers, leaving_date or ctx.today())
        if table.kind == "csv":
            _remember_mapping(uow.session, table.headings, mapping)
        result = ImportResult(new=new, updated=updated,
                              unchanged=sum(1 for r in work.rows if r.kind == UNCHANGED),
                              rejected=len(rejected), leavers=left,
                              rejected_rows=tuple(rejected),
                              missing=len({m.id for m in missing} - set(leavers)))
        uow.unchanged = not (new or updated or left)
        uow.record(summary=f"Imported from {table.kind.upper()}: {new} new, {updated} updated, "
                           f"{result.unchanged} unchanged, {len(rejected)} rejected, "
                           f"{left} marked as left",
                   changes={"new": new, "updated": updated, "unchanged": result.unchanged,
                            "rejected": len(rejected), "leavers": left, **recorded})
    return result


def _before_and_after(work: _Work, leavers: Sequence[int],
                      leaving_date: date) -> dict[str, dict[str, Any]]:
    """What the import is about to change in records already in the register, field by
    field ({"pupil 12": {"town": [before, after]}}), for its audit entry: from the rows the
    plan read in this same transaction, just before the updates. New pupils and carers are
    counted, not copied: the file itself says what they were."""
    register = work.register
    changed = [r for r in work.rows if r.pupil_id is not None and r.kind == UPDATE]
    recorded: dict[str, dict[str, Any]] = {}
    for r in changed:
        if r.pupil_changes:
            recorded[f"pupil {r.pupil_id}"] = _pairs(register.pupils[r.pupil_id],
                                                     r.pupil_changes)
        links = {carer.id: link for link, carer, _key in register.links.get(r.pupil_id, [])}
        for c in r.carers:
            if c.carer_changes and c.carer_id > 0:
                recorded[f"carer {c.carer_id}"] = _pairs(register.carers[c.carer_id],
                                                         c.carer_changes)
            if c.link_changes:
                recorded[f"pupil {r.pupil_id} carer {c.carer_id}"] = _pairs(
                    links[c.carer_id], c.link_changes)
    for pupil_id in leavers:
        row = register.pupils.get(pupil_id)
        if row is not None and (row.leaving_date is None or row.leaving_date > leaving_date):
            recorded.setdefault(f"pupil {pupil_id}", {})["leaving_date"] = [row.leaving_date,
                                                                             leaving_date]
    return recorded


def _pairs(row: Any, changes: dict[str, Any]) -> dict[str, list[Any]]:
    return {name: [getattr(row, name), new] for name, new in changes.items()}


def _next_ids(session: Session, table: type, count: int) -> list[int]:
    # Ids given here rather than returned row by row: inside this one write transaction
    # nobody else can take them, and a plain executemany is several times faster.
    start = session.execute(select(func.coalesce(func.max(table.id), 0))).scalar_one() + 1
    return list(range(start, start + count))


def _insert_carers(session: Session, new_carers: dict[int, CarerInput]) -> dict[int, int]:
    if not new_carers:
        return {}
    placeholders = list(new_carers)
    ids = _next_ids(session, Carer, len(placeholders))
    columns, values = flat_columns(CarerInput)
    insert_rows(session, Carer.__table__, ("id", *columns),
                [(i, *values(new_carers[p])) for i, p in zip(ids, placeholders, strict=True)])
    return dict(zip(placeholders, ids, strict=True))


def _insert_pupils(session: Session, work: _Work, carer_ids: dict[int, int]) -> int:
    new_rows = [r for r in work.rows if r.pupil_id is None]
    if not new_rows:
        return 0
    now = utc_now()
    ids = _next_ids(session, Pupil, len(new_rows))
    columns, values = flat_columns(PupilInput)
    insert_rows(session, Pupil.__table__, ("id", *columns, "created_at", "updated_at"),
                [(i, *values(r.record.pupil), now, now)
                 for i, r in zip(ids, new_rows, strict=True)],
                prepare={"upn": lambda upn: upn or None})
    _insert_links(session, [(pupil_id, carer_ids.get(c.carer_id, c.carer_id), c.contact.link)
                            for r, pupil_id in zip(new_rows, ids, strict=True)
                            for c in r.carers])
    return len(new_rows)


_LINK_COLUMNS = CarerLinkInput._fields
_link_values = attrgetter(*_LINK_COLUMNS)


def _insert_links(session: Session, links: list[tuple[int, int, CarerLinkInput]]) -> None:
    """`links`: (pupil id, carer id, link); the same pair twice is written once, the last."""
    unique = {(pupil_id, carer_id): link for pupil_id, carer_id, link in links}
    insert_rows(session, PupilCarer.__table__, ("pupil_id", "carer_id", *_LINK_COLUMNS),
                [(*pair, *_link_values(link)) for pair, link in unique.items()])


def _update_pupils(session: Session, work: _Work, carer_ids: dict[int, int]) -> int:
    changed = [r for r in work.rows if r.pupil_id is not None and r.kind == UPDATE]
    now = utc_now()
    for r in changed:
        if r.pupil_changes:
            session.execute(update(Pupil).where(col(Pupil.id) == r.pupil_id)
                            .values(**r.pupil_changes, updated_at=now))
        for c in r.carers:
            if c.carer_changes:
                session.execute(update(Carer).where(col(Carer.id) == c.carer_id)
                                .values(**c.carer_changes))
            if c.link_changes:
                session.execute(update(PupilCarer).where(
                    col(PupilCarer.pupil_id) == r.pupil_id,
                    col(PupilCarer.carer_id) == c.carer_id).values(**c.link_changes))
    _insert_links(session, [(r.pupil_id, carer_ids.get(c.carer_id, c.carer_id), c.contact.link)
                            for r in changed for c in r.carers if c.new_link])
    return len(changed)


def _mark_leavers(session: Session, leavers: Sequence[int], leaving_date: date) -> int:
    if not leavers:
        return 0
    admitted_later = session.exec(select(Pupil.legal_forename, Pupil.legal_surname).where(
        col(Pupil.id).in_(list(leavers)), col(Pupil.admission_date) > leaving_date)).all()
    if admitted_later:
        names = ", ".join(f"{f} {s}" for f, s in admitted_later[:3])
        raise ValidationFailed([Problem("leaving_date", (
            f"The leaving date {leaving_date:%d/%m/%Y} is before the admission date of {names}"
            f"{' and others' if len(admitted_later) > 3 else ''}. Check the date, or untick "
            "them."))])
    result = session.execute(update(Pupil).where(
        col(Pupil.id).in_(list(leavers)),
        or_(col(Pupil.leaving_date).is_(None), col(Pupil.leaving_date) > leaving_date))
        .values(leaving_date=leaving_date, updated_at=utc_now()))
    return result.rowcount


def _remember_mapping(session: Session, headings: list[str], mapping: dict[int, str]) -> None:
    value = json.dumps({"columns": {str(i): key for i, key in sorted(mapping.items())}})
    setting = session.get(Setting, _mapping_key(headings))
    if setting is None:
        session.add(Setting(key=_mapping_key(headings), value=value))
    elif setting.value != value:
        setting.value = value


# --- rejected rows ---------------------------------------------------------------------


def write_rejected(path: Path, table: SourceTable, plan: ImportPlan) -> int:
    """The rejected rows as they were, with the reason, to fix in Excel and import again."""
    reasons = {o.row: o.detail for o in plan.rejected}
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        if table.keyed is None:
            writer.writerow([*table.headings, "Rejected because"])
            width = len(table.headings)
            for number, cells in table.rows:
                if number in reasons:
                    # Padded or cut to the headings, so the reason sits under its own heading.
                    writer.writerow([*(neutralise(c) for c in (cells + [""] * width)[:width]),
                                     reasons[number]])
        else:
            keys = [f.key for f in FIELDS_BY_KEY.values()]
            writer.writerow([*(FIELDS_BY_KEY[k].label for k in keys), "Rejected because"])
            for number, cells in table.keyed:
                if number in reasons:
                    writer.writerow([*(neutralise(cells.get(k, "")) for k in keys),
                                     reasons[number]])
    tmp.replace(path)
    return len(reasons)


__all__ = ["ImportPlan", "ImportResult", "MissingPupil", "RowOutcome", "apply_import",
           "mapping_for", "mapping_from_file", "plan_import", "write_rejected"]
