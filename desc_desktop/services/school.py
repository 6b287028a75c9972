"""The school's own details (letterhead, contacts, ICO registration)."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlmodel import select

from desc_desktop.domain.school import SchoolDetails, clean_school
from desc_desktop.domain.staff import Role
from desc_desktop.services.audit import created_fields, diff_fields
from desc_desktop.services.context import ServiceContext
from desc_desktop.store.tables import School

_FIELDS = [f.name for f in fields(SchoolDetails)]


def get_school(ctx: ServiceContext) -> SchoolDetails | None:
    with ctx.reading() as session:
        row = session.exec(select(School)).first()
        return None if row is None else SchoolDetails(**{n: getattr(row, n) for n in _FIELDS})


def save_school(ctx: ServiceContext, details: SchoolDetails) -> None:
    ctx.require(Role.ADMIN, "change the school's details")
    details = clean_school(details)
    with ctx.unit_of_work("school.save", "school") as uow:
        row = uow.session.exec(select(School)).first()
        before = {} if row is None else {n: getattr(row, n) for n in _FIELDS}
        if row is None:
            row = School(name=details.name)
            uow.session.add(row)
        after = asdict(details)
        for name in _FIELDS:
            setattr(row, name, after[name])
        uow.session.flush()
        changes = (diff_fields(before, after, opaque={"logo"}) if before
                   else created_fields(after, opaque={"logo"}))
        uow.unchanged = bool(before) and not changes
        uow.record(entity_id=row.id, summary="School details saved", changes=changes)

