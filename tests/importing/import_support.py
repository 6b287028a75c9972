"""Helpers shared by the import tests: fictional rows, CSV text, and counting the register.

Imported by the test modules as `import_support` (conftest.py puts this folder on the path).
Every name, address, phone number and e-mail here is fictional: phone numbers are from
Ofcom's ranges for drama, e-mail addresses use example.org, UPNs come from make_upn with
the demo LA 919.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from desc_desktop.domain.upn import make_upn
from desc_desktop.services import importing
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.import_files import SourceTable, read_source
from desc_desktop.store.tables import AuditEntry, Carer, Pupil, PupilCarer, Setting

TODAY = date(2026, 11, 28)  # the same fixed day as tests/conftest.py's ctx
SAMPLE = Path("/work/shared/samples/pupils-sample.csv")

# The usual layout (as demo_export and the sample file), one contact.
USUAL = ["UPN", "Legal Surname", "Legal Forename", "Preferred Forename", "Date of Birth",
         "Gender", "Year Group", "Reg Group", "Admission Date", "Address 1", "Town",
         "Postcode", "Contact 1 Title", "Contact 1 Forename", "Contact 1 Surname",
         "Contact 1 Relationship", "Contact 1 Telephone", "Contact 1 Email"]


def upn(serial: int) -> str:
    """A valid, fictional UPN."""
    return make_upn(919, 2100, 16, serial)


def pupil_row(**changes: str) -> dict[str, str]:
    """One pupil in the usual layout: a Year 8 boy and his mother. Keyword arguments use
    the headings with spaces as underscores: pupil_row(Legal_Surname="Quillfeather")."""
    row = {"UPN": upn(1), "Legal Surname": "Ambleside", "Legal Forename": "Kit",
           "Preferred Forename": "", "Date of Birth": "14/03/2013", "Gender": "M",
           "Year Group": "8", "Reg Group": "8A", "Admission Date": "02/09/2024",
           "Address 1": "12 Larkspur Row", "Town": "Hemel Hempstead", "Postcode": "HP1 1AA",
           "Contact 1 Title": "Mrs", "Contact 1 Forename": "Morwenna",
           "Contact 1 Surname": "Ambleside", "Contact 1 Relationship": "Mother",
           "Contact 1 Telephone": "07700 900123", "Contact 1 Email": "morwenna@example.org"}
    for key, value in changes.items():
        heading = key.replace("_", " ")
        assert heading in row, f"unknown heading {heading!r}"
        row[heading] = value
    return row


def csv_text(rows: list[dict[str, str]], headings: list[str] | None = None,
             delimiter: str = ",") -> str:
    """Rows as CSV text with a heading row, quoted the way Excel quotes."""
    headings = headings or list(rows[0])
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headings)
    for row in rows:
        writer.writerow([row.get(h, "") for h in headings])
    return out.getvalue()


def write_csv(path: Path, rows: list[dict[str, str]], headings: list[str] | None = None, *,
              delimiter: str = ",", encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(csv_text(rows, headings, delimiter).encode(encoding))
    return path


def load(ctx: ServiceContext, path: Path) -> tuple[SourceTable, dict[int, str]]:
    """The file read, and the mapping the app would offer for it."""
    table = read_source(path)
    return table, importing.mapping_for(ctx, table.headings)


def preview(ctx: ServiceContext, path: Path) -> importing.ImportPlan:
    table, mapping = load(ctx, path)
    return importing.plan_import(ctx, table, mapping)


def apply(ctx: ServiceContext, path: Path, **kwargs) -> importing.ImportResult:
    table, mapping = load(ctx, path)
    return importing.apply_import(ctx, table, mapping, **kwargs)


def counts(plan: importing.ImportPlan) -> dict[str, int]:
    return {kind: plan.count(kind) for kind in ("new", "update", "unchanged", "rejected")}


def result_counts(result: importing.ImportResult) -> dict[str, int]:
    return {"new": result.new, "update": result.updated, "unchanged": result.unchanged,
            "rejected": result.rejected}


TABLES = (Pupil, Carer, PupilCarer, AuditEntry, Setting)


def table_counts(engine: Engine) -> dict[str, int]:
    """How many rows each table an import touches holds right now."""
    with Session(engine) as session:
        return {t.__name__: session.exec(select(func.count()).select_from(t)).one()
                for t in TABLES}


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of the tables an import touches, to compare before and after."""
    with Session(engine) as session:
        return {t.__name__: sorted(tuple(r) for r in session.execute(
            select(t.__table__)).all()) for t in TABLES}


def pupils(engine: Engine) -> list[Pupil]:
    with Session(engine) as session:
        found = list(session.exec(select(Pupil).order_by(Pupil.id)).all())
        for p in found:
            session.expunge(p)
        return found


def pupil_named(engine: Engine, forename: str) -> Pupil:
    matches = [p for p in pupils(engine) if p.legal_forename == forename]
    assert len(matches) == 1, f"{len(matches)} pupils called {forename}"
    return matches[0]


def carers_of(engine: Engine, pupil_id: int) -> list[tuple[PupilCarer, Carer]]:
    with Session(engine) as session:
        rows = list(session.exec(select(PupilCarer, Carer).join(Carer).where(
            PupilCarer.pupil_id == pupil_id).order_by(PupilCarer.priority)).all())
        for link, carer in rows:
            session.expunge(link)
            session.expunge(carer)
        return rows
