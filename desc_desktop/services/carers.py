"""Parents and carers: one record per person, linked to each of their children."""

from __future__ import annotations

from sqlmodel import Session, func, select

from desc_desktop.domain.register import CarerInput, CarerLinkInput, clean_carer, clean_link
from desc_desktop.domain.search import fold
from desc_desktop.services.audit import created_fields, deleted_fields, diff_fields
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.services.mapping import address_of, carer_input, flat, link_input, row_values
from desc_desktop.services.pupils import delete_orphan_carers, load_pupil
from desc_desktop.services.records import CarerSummary, carer_display_name
from desc_desktop.store.tables import Carer, Pupil, PupilCarer


def add_carer(ctx: ServiceContext, pupil_id: int, carer: CarerInput,
              link: CarerLinkInput) -> int:
    """A new parent/carer, linked to this pupil."""
    carer, link = clean_carer(carer), clean_link(link)
    with ctx.unit_of_work("carer.add", "carer") as uow:
        load_pupil(uow.session, pupil_id)
        row = Carer(**flat(carer))
        uow.session.add(row)
        uow.session.flush()
        uow.session.add(PupilCarer(pupil_id=pupil_id, carer_id=row.id, **link._asdict()))
        uow.record(entity_id=row.id, pupil_id=pupil_id, summary="Parent/carer added",
                   changes=created_fields({**flat(carer), **link._asdict()}))
        return row.id


def link_carer(ctx: ServiceContext, pupil_id: int, carer_id: int, link: CarerLinkInput) -> None:
    """Link an existing parent/carer (typically a sibling's) to this pupil."""
    link = clean_link(link)
    with ctx.unit_of_work("carer.link", "carer") as uow:
        load_pupil(uow.session, pupil_id)
        _load(uow.session, carer_id)
        if uow.session.get(PupilCarer, (pupil_id, carer_id)) is not None:
            raise Refused("This parent/carer is already linked to the pupil.")
        uow.session.add(PupilCarer(pupil_id=pupil_id, carer_id=carer_id, **link._asdict()))
        uow.record(entity_id=carer_id, pupil_id=pupil_id, summary="Parent/carer linked",
                   changes=created_fields(link._asdict()))


def update_carer(ctx: ServiceContext, carer_id: int, carer: CarerInput, *,
                 pupil_id: int | None = None, link: CarerLinkInput | None = None) -> None:
    """Change the person's details (every child they are linked to sees the change) and,
    when `link` is given, how they stand to `pupil_id`: one action, one transaction."""
    carer = clean_carer(carer)
    link = clean_link(link) if link is not None else None
    with ctx.unit_of_work("carer.update", "carer") as uow:
        row = _load(uow.session, carer_id)
        changes = diff_fields(row_values(row, CarerInput), flat(carer))
        for name, (_old, new) in changes.items():
            setattr(row, name, new)
        if link is not None:
            changes.update(_update_link(uow.session, pupil_id, carer_id, link))
        uow.unchanged = not changes
        uow.record(entity_id=carer_id, pupil_id=pupil_id, summary="Parent/carer details changed",
                   changes=changes)


def _update_link(session: Session, pupil_id: int | None, carer_id: int,
                 link: CarerLinkInput) -> dict:
    row = session.get(PupilCarer, (pupil_id, carer_id))
    if row is None:
        raise NotFound("That parent/carer is no longer linked to the pupil.")
    after = link._asdict()
    changes = diff_fields({name: getattr(row, name) for name in after}, after)
    for name, (_old, new) in changes.items():
        setattr(row, name, new)
    return changes


def unlink_carer(ctx: ServiceContext, pupil_id: int, carer_id: int) -> None:
    """Remove the link; a carer left with no children is deleted with it."""
    with ctx.unit_of_work("carer.unlink", "carer") as uow:
        row = uow.session.get(PupilCarer, (pupil_id, carer_id))
        if row is None:
            raise NotFound("That parent/carer is no longer linked to the pupil.")
        before = link_input(row)._asdict()
        carer_before = row_values(_load(uow.session, carer_id), CarerInput)
        uow.session.delete(row)
        uow.session.flush()
        deleted = delete_orphan_carers(uow.session, [carer_id])
        if deleted:
            before.update(carer_before)
        uow.record(entity_id=carer_id, pupil_id=pupil_id, summary="Parent/carer unlinked",
                   changes={**deleted_fields(before), "carer_deleted": bool(deleted)})


def find_carers(ctx: ServiceContext, text: str, limit: int = 50) -> list[CarerSummary]:
    """Carers whose name contains `text`, to link a sibling to the same parents."""
    wanted = fold(" ".join(text.split()))
    full_name = func.desc_fold(func.trim(Carer.forename + " " + Carer.surname))
    with ctx.reading() as session:
        rows = session.exec(select(Carer).where(func.instr(full_name, wanted) > 0)
                            .order_by(func.desc_fold(Carer.surname),
                                      func.desc_fold(Carer.forename)).limit(limit)).all()
        return [_summary(session, row) for row in rows]


def _summary(session: Session, row: Carer) -> CarerSummary:
    links = session.exec(select(PupilCarer, Pupil).join(Pupil).where(
        PupilCarer.carer_id == row.id)).all()
    children = [pupil for _link, pupil in links]
    address = address_of(children[0]) if row.same_address_as_pupil and children else address_of(
        row)
    restricted = [link_input(link) for link, _pupil in links if link.no_contact]
    return CarerSummary(id=row.id, name=carer_display_name(carer_input(row)),
                        address=", ".join(address.lines()),
                        children=tuple(f"{p.legal_forename} {p.legal_surname}" for p in children),
                        restriction=restricted[0] if restricted else None)


def _load(session: Session, carer_id: int) -> Carer:
    row = session.get(Carer, carer_id)
    if row is None:
        raise NotFound("That parent/carer is no longer in the register.")
    return row
