"""The register of pupils: list, read, add, change, mark as left, delete."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.register import PupilInput, clean_pupil
from desc_desktop.domain.staff import Role
from desc_desktop.services.audit import created_fields, deleted_fields, diff_fields
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import NotFound
from desc_desktop.services.mapping import (
    address_of,
    carer_input,
    flat,
    link_input,
    pupil_input,
    row_values,
)
from desc_desktop.services.records import CarerLinkView, PupilDetail, PupilRow
from desc_desktop.store.tables import Carer, Pupil, PupilCarer, utc_now

_ROW_COLUMNS = (Pupil.id, Pupil.upn, Pupil.legal_surname, Pupil.legal_forename,
                Pupil.preferred_forename, Pupil.year_group, Pupil.reg_group, Pupil.dob,
                Pupil.leaving_date)


def list_pupils(ctx: ServiceContext) -> list[PupilRow]:
    """Every pupil, on roll or left; the columns the register table shows, in no set order
    (the table sorts them; asking SQLite to fold 20,000 names costs more than that)."""
    with ctx.reading() as session:
        rows = session.exec(select(*_ROW_COLUMNS)).all()
    return [PupilRow(id, upn or "", *rest) for id, upn, *rest in rows]


def count_pupils(ctx: ServiceContext) -> int:
    with ctx.reading() as session:
        return session.exec(select(func.count()).select_from(Pupil)).one()


def get_pupil(ctx: ServiceContext, pupil_id: int) -> PupilDetail:
    with ctx.reading() as session:
        pupil = load_pupil(session, pupil_id)
        return PupilDetail(id=pupil_id, data=pupil_input(pupil),
                           carers=tuple(carer_views(session, pupil)))


def carer_views(session: Session, pupil: Pupil) -> list[CarerLinkView]:
    links = session.exec(select(PupilCarer, Carer).join(Carer).where(
        PupilCarer.pupil_id == pupil.id).order_by(PupilCarer.priority, Carer.surname)).all()
    views = []
    for link, carer in links:
        others = session.exec(select(Pupil.legal_forename, Pupil.legal_surname).join(
            PupilCarer).where(PupilCarer.carer_id == carer.id, Pupil.id != pupil.id)).all()
        views.append(CarerLinkView(
            carer_id=carer.id, carer=carer_input(carer), link=link_input(link),
            address=address_of(pupil) if carer.same_address_as_pupil else address_of(carer),
            other_children=tuple(f"{f} {s}" for f, s in others)))
    return views


def create_pupil(ctx: ServiceContext, data: PupilInput) -> int:
    data = clean_pupil(data, ctx.today())
    with ctx.unit_of_work("pupil.create", "pupil") as uow:
        _refuse_duplicate_upn(uow.session, data.upn, None)
        pupil = Pupil(**flat(data))
        uow.session.add(pupil)
        uow.session.flush()
        uow.record(entity_id=pupil.id, pupil_id=pupil.id, summary="Pupil added",
                   changes=created_fields(flat(data)))
        return pupil.id


def update_pupil(ctx: ServiceContext, pupil_id: int, data: PupilInput) -> None:
    data = clean_pupil(data, ctx.today())
    with ctx.unit_of_work("pupil.update", "pupil") as uow:
        pupil = load_pupil(uow.session, pupil_id)
        _refuse_duplicate_upn(uow.session, data.upn, pupil_id)
        changes = diff_fields(row_values(pupil, PupilInput), flat(data))
        if not changes:
            uow.unchanged = True
            return
        for name, (_old, new) in changes.items():
            setattr(pupil, name, new)
        pupil.updated_at = utc_now()
        uow.record(entity_id=pupil_id, pupil_id=pupil_id, summary="Pupil details changed",
                   changes=changes)


def mark_left(ctx: ServiceContext, pupil_id: int, leaving_date: date) -> None:
    with ctx.unit_of_work("pupil.left", "pupil") as uow:
        pupil = load_pupil(uow.session, pupil_id)
        if pupil.admission_date and leaving_date < pupil.admission_date:
            raise ValidationFailed([Problem("leaving_date",
                                            "The leaving date is before the admission date.")])
        uow.record(entity_id=pupil_id, pupil_id=pupil_id, summary="Marked as left",
                   changes={"leaving_date": [pupil.leaving_date, leaving_date]})
        pupil.leaving_date = leaving_date
        pupil.updated_at = utc_now()


def delete_pupil(ctx: ServiceContext, pupil_id: int) -> None:
    """Remove the pupil for good, and any carer who is linked to no other pupil."""
    ctx.require(Role.ADMIN, "delete a pupil's record (mark them as left instead)")
    with ctx.unit_of_work("pupil.delete", "pupil") as uow:
        pupil = load_pupil(uow.session, pupil_id)
        before = row_values(pupil, PupilInput)
        carer_ids = uow.session.exec(select(PupilCarer.carer_id).where(
            PupilCarer.pupil_id == pupil_id)).all()
        uow.session.delete(pupil)
        uow.session.flush()
        orphans = delete_orphan_carers(uow.session, carer_ids)
        # The record's last values: what was removed, and by whom, stays answerable. (They
        # stay inside the encrypted database, as every audit entry does.)
        uow.record(entity_id=pupil_id, pupil_id=pupil_id, summary="Pupil deleted",
                   changes={**deleted_fields(before), "carers_deleted": orphans})


def delete_orphan_carers(session: Session, carer_ids: list[int]) -> int:
    deleted = 0
    for carer_id in carer_ids:
        still_linked = session.exec(select(PupilCarer).where(
            PupilCarer.carer_id == carer_id)).first()
        if still_linked is None:
            session.delete(session.get(Carer, carer_id))
            deleted += 1
    return deleted


def year_groups_in_use(ctx: ServiceContext) -> list[str]:
    with ctx.reading() as session:
        return list(session.exec(select(Pupil.year_group).distinct()).all())


def load_pupil(session: Session, pupil_id: int) -> Pupil:
    pupil = session.get(Pupil, pupil_id)
    if pupil is None:
        raise NotFound("That pupil is no longer in the register; it may have been deleted.")
    return pupil


def _refuse_duplicate_upn(session: Session, upn: str, own_id: int | None) -> None:
    if not upn:
        return
    other = session.exec(select(Pupil).where(Pupil.upn == upn,
                                             col(Pupil.id) != (own_id or -1))).first()
    if other is not None:
        raise ValidationFailed([Problem(
            "upn", f"UPN {upn} already belongs to {other.legal_forename} {other.legal_surname} "
                   f"(year {other.year_group}). Check the number, or open that pupil instead.")])

