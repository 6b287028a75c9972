"""Exports that leave the school: the opt-out list and the Connexions data return.

Each is planned first (what the office previews and confirms: counts, fields) and then
written exactly as planned. Writing one is a disclosure: the file is written under a
temporary name in the target folder, its SHA-256 taken, and then, in ONE unit of work, the
disclosure log's entry (when, by whom, to whom, why, which pupils, which fields, the file's
name and hash) and the audit entry are recorded and the file renamed into place. Should any
of it fail, nothing is recorded and no file is left: neither a half file that looks complete
nor a whole one the log does not know about. The UPN is never part of any export.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import col, select

from desc_desktop.domain.exports.cells import safe_file_name
from desc_desktop.domain.exports.connexions import (
    ConnexionsReturn,
    ReturnCarer,
    ReturnPupil,
    build_return,
    status_for_return,
)
from desc_desktop.domain.exports.disclosure import (
    DEFAULT_PURPOSE,
    DEFAULT_RECIPIENT,
    OPT_OUT_LIST_FIELDS,
    ExportKind,
)
from desc_desktop.domain.exports.table import Column, ExportTable, Kind
from desc_desktop.domain.optouts.status import STATUS_NAMES, OptOutBy, Status
from desc_desktop.domain.register import Address, year_group_sort_key, year_label
from desc_desktop.domain.search import fold
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import Refused
from desc_desktop.services.export_files import FileFormat, PageHeading, write_table
from desc_desktop.services.mapping import address_of, carer_input
from desc_desktop.services.optouts import OptOutRow, opt_out_list
from desc_desktop.services.records import carer_display_name
from desc_desktop.services.school import get_school
from desc_desktop.services.statuses import load_facts
from desc_desktop.store.tables import Carer, Disclosure, DisclosurePupil, Pupil, PupilCarer

MAX_TEXT = 200


@dataclass(frozen=True)
class DisclosedPupil:
    """A pupil in an export, and what it passes on about them."""

    pupil_id: int
    name: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Disclosed:
    """A file written and recorded in the disclosure log."""

    disclosure_id: int
    kind: ExportKind
    path: Path
    file_format: FileFormat
    sha256: str
    pupils: int
    recipient: str
    purpose: str


# --- the opt-out list -----------------------------------------------------------------------


@dataclass(frozen=True)
class OptOutList:
    as_of: date
    years: tuple[str, ...]
    """The year groups asked for; empty: every year group."""
    rows: tuple[OptOutRow, ...]
    table: ExportTable
    school_name: str

    @property
    def pupils(self) -> int:
        return len(self.rows)

    @property
    def late(self) -> int:
        return sum(1 for row in self.rows if row.late)

    @property
    def disclosed(self) -> tuple[DisclosedPupil, ...]:
        return tuple(DisclosedPupil(r.pupil_id, f"{r.legal_forename} {r.legal_surname}",
                                    OPT_OUT_LIST_FIELDS) for r in self.rows)

    def proposed_name(self, file_format: FileFormat) -> str:
        years = f" years {'-'.join(self.years)}" if self.years else ""
        return safe_file_name(f"{self.school_name} Connexions opt-outs{years} "
                              f"{self.as_of.isoformat()}".strip(), FileFormat(file_format))


OPT_OUT_COLUMNS = (
    Column("surname", "Surname", width=18), Column("forename", "Forename", width=16),
    Column("dob", "Date of birth", Kind.DATE, 12),
    Column("year_group", "Year", Kind.NUMBER, 6),
    Column("form", "Form", width=8), Column("opted_out_by", "Opted out by", width=13),
    Column("carer", "Parent/carer", width=24),
    Column("received", "Date received", Kind.DATE, 12), Column("late", "Late", width=6),
)


def parse_years(text: str | Iterable[str]) -> tuple[str, ...]:
    """Year groups as typed: "9,10", "Year 9, Y10" or a list -> ("9", "10")."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    years = []
    for part in parts:
        cleaned = part.strip()
        for prefix in ("year", "yr", "y"):
            if cleaned.casefold().startswith(prefix) and cleaned[len(prefix):].strip().isdigit():
                cleaned = cleaned[len(prefix):].strip()
        if cleaned and cleaned not in years:
            years.append(cleaned.upper() if not cleaned.isdigit() else str(int(cleaned)))
    return tuple(sorted(years, key=year_group_sort_key))


def plan_opt_out_list(ctx: ServiceContext, as_of: date | None = None,
                      years: Sequence[str] = ()) -> OptOutList:
    """Every pupil on roll with an opt-out in force on `as_of` (default today), optionally in
    these year groups only; by surname. Nothing is written or recorded yet."""
    as_of = as_of or ctx.today()
    years = parse_years(years)
    in_force: dict[int, OptOutRow] = {}
    for row in opt_out_list(ctx, as_of):
        if years and row.year_group not in years:
            continue
        # The earliest received is the one in force, as the status says.
        if row.pupil_id not in in_force or row.received < in_force[row.pupil_id].received:
            in_force[row.pupil_id] = row
    rows = sorted(in_force.values(), key=lambda r: (fold(r.legal_surname),
                                                    fold(r.legal_forename), r.pupil_id))
    school = get_school(ctx)
    table = ExportTable(
        title=f"Connexions opt-outs in force on {_long_date(as_of)}", columns=OPT_OUT_COLUMNS,
        rows=tuple(_opt_out_cells(r) for r in rows))
    return OptOutList(as_of, years, tuple(rows), table, school.name if school else "")


def _late_text(late: int) -> str:
    if not late:
        return "Every opt-out arrived by its reply-by date."
    were = "was" if late == 1 else "were"
    return (f"{late:,} {were} received after the reply-by date (late) and "
            f"{'is' if late == 1 else 'are'} honoured all the same.")


def _opt_out_cells(row: OptOutRow) -> tuple:
    by_pupil = row.by is OptOutBy.PUPIL
    # A numeric year group as a number, so Excel sorts and filters 8, 9, 10 in order.
    year = int(row.year_group) if row.year_group.isdigit() else row.year_group
    return (row.legal_surname, row.legal_forename, row.dob, year, row.reg_group,
            "Pupil" if by_pupil else "Parent/carer", "" if by_pupil else row.carer_name,
            row.received, "Yes" if row.late else "No")


def write_opt_out_list(ctx: ServiceContext, plan: OptOutList, path: Path,
                       file_format: FileFormat | str,
                       recipient: str = DEFAULT_RECIPIENT[ExportKind.OPT_OUT_LIST],
                       purpose: str = DEFAULT_PURPOSE[ExportKind.OPT_OUT_LIST]) -> Disclosed:
    """Write the list as planned (CSV, Excel or PDF) and record the disclosure."""
    file_format = FileFormat(file_format)
    years = ", ".join(year_label(y) for y in plan.years) or "every year group"
    heading = PageHeading(
        get_school(ctx), plan.table.title,
        f"{plan.pupils:,} pupil{'' if plan.pupils == 1 else 's'} ({years}). "
        f"{_late_text(plan.late)} Only name and address may be passed to Connexions for "
        "these pupils.",
        ctx.today(), ctx.actor.name)
    return _disclose(ctx, ExportKind.OPT_OUT_LIST, plan.table, plan.as_of, plan.disclosed,
                     Path(path), file_format, recipient, purpose, heading,
                     f"Opt-out list as of {plan.as_of:%d/%m/%Y} ({years})")


# --- the Connexions data return -------------------------------------------------------------


@dataclass(frozen=True)
class ConnexionsPlan:
    """The return as it will be written, and what the preview shows first."""

    result: ConnexionsReturn
    school_name: str

    @property
    def as_of(self) -> date:
        return self.result.as_of

    @property
    def table(self) -> ExportTable:
        return self.result.table

    @property
    def disclosed(self) -> tuple[DisclosedPupil, ...]:
        return tuple(DisclosedPupil(line.pupil_id, line.name, line.fields)
                     for line in self.result.lines)

    def proposed_name(self, file_format: FileFormat) -> str:
        return safe_file_name(f"{self.school_name} Connexions return "
                              f"{self.as_of.isoformat()}".strip(), FileFormat(file_format))


def plan_connexions_return(ctx: ServiceContext, as_of: date) -> ConnexionsPlan:
    """The Connexions return as of `as_of`: every pupil on roll that day and in the
    Connexions ages, gated by their status then (domain/exports/connexions.py; an opt-out in
    force today is honoured whatever the date). Nothing is written or recorded yet. Refused
    for a date in the future: replies may still arrive by then."""
    today = ctx.today()
    if as_of > today:
        raise Refused("A Connexions return is made as of today or an earlier date: until "
                      "then parents and pupils may still opt out.")
    facts = load_facts(ctx)
    on_roll = {p.id: status_for_return(facts.status(p.id, as_of).status,
                                       facts.status(p.id, today).status)
               for p in facts.on_roll(as_of)}
    with ctx.reading() as session:
        # Every column but the UPN: it is not even read.
        pupils = session.exec(select(
            Pupil.id, Pupil.legal_surname, Pupil.legal_forename, Pupil.dob, Pupil.gender,
            Pupil.sen_status, Pupil.ldd, Pupil.address_line1, Pupil.address_line2,
            Pupil.address_line3, Pupil.town, Pupil.county, Pupil.postcode).where(
            col(Pupil.id).in_(list(on_roll)))).all()
        links = session.exec(select(PupilCarer, Carer).join(Carer).where(
            col(PupilCarer.pupil_id).in_(list(on_roll)))).all()
    homes = {row[0]: Address(*row[7:]) for row in pupils}
    carers: dict[int, list[ReturnCarer]] = defaultdict(list)
    for link, carer in links:
        carers[link.pupil_id].append(ReturnCarer(
            carer_display_name(carer_input(carer)),
            homes[link.pupil_id] if carer.same_address_as_pupil else address_of(carer),
            (carer.phone_home, carer.phone_mobile, carer.phone_work), carer.email,
            link.parental_responsibility, bool(link.no_contact), link.priority))
    return_pupils = [(ReturnPupil(pid, surname, forename, homes[pid], dob, gender, sen, ldd,
                                  tuple(carers.get(pid, ()))), on_roll[pid])
                     for pid, surname, forename, dob, gender, sen, ldd, *_ in pupils]
    school = get_school(ctx)
    return ConnexionsPlan(build_return(as_of, return_pupils), school.name if school else "")


def write_connexions_return(ctx: ServiceContext, plan: ConnexionsPlan, path: Path,
                            file_format: FileFormat | str,
                            recipient: str = DEFAULT_RECIPIENT[ExportKind.CONNEXIONS_RETURN],
                            purpose: str = DEFAULT_PURPOSE[ExportKind.CONNEXIONS_RETURN]
                            ) -> Disclosed:
    """Write the return as planned (CSV or Excel) and record the disclosure."""
    file_format = FileFormat(file_format)
    if file_format is FileFormat.PDF:
        raise Refused("The Connexions return is a data file: choose CSV or Excel.")
    result = plan.result
    return _disclose(ctx, ExportKind.CONNEXIONS_RETURN, plan.table, plan.as_of, plan.disclosed,
                     Path(path), file_format, recipient, purpose, None,
                     f"Connexions return as of {plan.as_of:%d/%m/%Y} "
                     f"({result.may_share:,} may share, "
                     f"{result.name_and_address_only:,} name and address only)")


def status_counts_text(result: ConnexionsReturn) -> str:
    """E.g. "may share on request 60, awaiting reply 20, opted out 10, no notice sent yet 6"
    (the statuses in the return, most passed on first)."""
    order = (Status.MAY_SHARE, Status.AWAITING_REPLY, Status.OPTED_OUT, Status.NOT_ISSUED)
    return ", ".join(f"{STATUS_NAMES[s].lower()} {result.counts[s]:,}" for s in order)


# --- writing and recording ------------------------------------------------------------------


def _disclose(ctx: ServiceContext, kind: ExportKind, table: ExportTable, as_of: date,
              pupils: Sequence[DisclosedPupil], path: Path, file_format: FileFormat,
              recipient: str, purpose: str, heading: PageHeading | None,
              summary: str) -> Disclosed:
    recipient, purpose = _say(recipient, "to whom it goes"), _say(purpose, "why")
    if path.suffix.lower() != f".{file_format.value}":
        raise Refused(f"The file name should end in .{file_format.value} for a "
                      f"{file_format.label} file.")
    partial = path.with_name(f"{path.name}.part")
    moved = False
    try:
        write_table(partial, table, file_format, heading)
        digest = sha256_of(partial)
        with ctx.unit_of_work(f"export.{kind.value}", "disclosure") as uow:
            disclosure = Disclosure(
                staff_id=ctx.actor.staff_id, staff_name=ctx.actor.name, kind=kind.value,
                recipient=recipient, purpose=purpose, as_of=as_of, file_name=path.name,
                file_format=file_format.value, sha256=digest,
                fields=json.dumps(list(table.keys)), pupils=len(pupils))
            uow.session.add(disclosure)
            uow.session.flush()
            disclosure_id = disclosure.id
            if pupils:
                uow.session.execute(insert(DisclosurePupil), [
                    {"disclosure_id": disclosure_id, "pupil_id": p.pupil_id,
                     "pupil_name": p.name, "fields": json.dumps(list(p.fields))}
                    for p in pupils])
            uow.record(entity_id=disclosure_id, summary=(
                f"{summary} written as {file_format.label} for {recipient}: "
                f"{len(pupils):,} pupil{'' if len(pupils) == 1 else 's'}"),
                changes={"file": path.name, "sha256": digest, "pupils": len(pupils),
                         "recipient": recipient, "purpose": purpose,
                         "as_of": as_of.isoformat()})
            # Last, inside the transaction: if the commit (or the audit entry) fails after
            # this, the file is removed below, so no copy exists that the log does not know.
            os.replace(partial, path)
            moved = True
    except BaseException:
        partial.unlink(missing_ok=True)
        if moved:
            path.unlink(missing_ok=True)
        raise
    return Disclosed(disclosure_id, kind, path, file_format, digest, len(pupils), recipient,
                     purpose)


def _say(text: str, what: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise Refused(f"Say {what} before the file is written: every file that leaves the "
                      "school is recorded in the disclosure log.")
    if len(text) > MAX_TEXT:
        raise Refused(f"Say {what} in at most {MAX_TEXT} characters.")
    return text


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as file:
        for block in iter(lambda: file.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"
