"""Finding entries in the audit trail: by date, staff member, pupil and kind of action."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func
from sqlmodel import Session, col, select

from desc_desktop.domain.search import fold, query_terms
from desc_desktop.services.context import ServiceContext
from desc_desktop.store.tables import AuditEntry, Pupil, StaffMember

_NAME_FIELDS = ("legal_forename", "legal_surname", "preferred_forename", "preferred_surname")


@dataclass(frozen=True)
class TrailFilter:
    since: date | None = None
    """First day shown (the office's own calendar day), inclusive."""
    until: date | None = None
    """Last day shown, inclusive."""
    staff_id: int | None = None
    pupil_name: str = ""
    """Entries about the pupils whose name contains these words (deleted pupils too)."""
    kind: str = ""
    """The kind of action: the part of its name before the dot ("pupil", "letters", …)."""


@dataclass(frozen=True)
class TrailEntry:
    id: int
    at: datetime
    staff_name: str
    action: str
    entity: str
    entity_id: int | None
    pupil_id: int | None
    pupil_name: str
    summary: str
    changes: dict[str, Any] = field(default_factory=dict)
    hash: str = ""

    @property
    def kind(self) -> str:
        return kind_of(self.action)


@dataclass(frozen=True)
class TrailPage:
    entries: list[TrailEntry]
    matching: int
    """How many entries match in all; more than len(entries) when the newest were cut off."""


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str


def kind_of(action: str) -> str:
    return action.split(".", 1)[0]


def search_trail(ctx: ServiceContext, wanted: TrailFilter, limit: int = 5000) -> TrailPage:
    """The newest `limit` entries that match, newest first."""
    with ctx.reading() as session:
        query = _filtered(session, wanted)
        if query is None:
            return TrailPage([], 0)
        matching = session.exec(select(func.count()).select_from(query.subquery())).one()
        rows = session.exec(query.order_by(col(AuditEntry.id).desc()).limit(limit)).all()
        return TrailPage(list(_entries(session, rows)), matching)


def stream_trail(session: Session, wanted: TrailFilter
                 ) -> tuple[int, Iterator[TrailEntry]]:
    """Every matching entry, oldest first, read in batches: (how many, the entries). Use
    inside `with ctx.reading() as session:`, so they are one consistent snapshot."""
    query = _filtered(session, wanted)
    if query is None:
        return 0, iter(())
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    return total, _batched(session, query.order_by(col(AuditEntry.id)))


def _batched(session: Session, query: Select, size: int = 500) -> Iterator[TrailEntry]:
    last_id = 0
    while True:
        rows = session.exec(query.where(col(AuditEntry.id) > last_id).limit(size)).all()
        if not rows:
            return
        yield from _entries(session, rows)
        last_id = rows[-1].id


def staff_in_trail(ctx: ServiceContext) -> list[StaffChoice]:
    """The staff members who appear in the trail, by name."""
    with ctx.reading() as session:
        used = select(AuditEntry.staff_id).distinct()
        rows = session.exec(select(StaffMember.id, StaffMember.name)
                            .where(col(StaffMember.id).in_(used))
                            .order_by(func.desc_fold(StaffMember.name))).all()
        return [StaffChoice(i, n) for i, n in rows]


def kinds_in_trail(ctx: ServiceContext) -> list[str]:
    with ctx.reading() as session:
        actions = session.exec(select(AuditEntry.action).distinct()).all()
    return sorted({kind_of(a) for a in actions})


def pupils_named(session: Session, text: str) -> set[int]:
    """Ids of pupils whose names contain every word of `text`: those in the register, and
    deleted ones by the names their deletion entry kept."""
    terms = query_terms(text)
    if not terms:
        return set()
    names = func.desc_fold(Pupil.legal_forename + " " + Pupil.legal_surname + " "
                           + Pupil.preferred_forename + " " + Pupil.preferred_surname)
    found = set(session.exec(select(Pupil.id).where(
        *[func.instr(names, term) > 0 for term in terms])).all())
    for pupil_id, changes in session.exec(select(AuditEntry.pupil_id, AuditEntry.changes).where(
            AuditEntry.action == "pupil.delete")).all():
        if pupil_id is not None and all(t in fold(_deleted_name(changes, _NAME_FIELDS))
                                        for t in terms):
            found.add(pupil_id)
    return found


def _filtered(session: Session, wanted: TrailFilter) -> Select | None:
    """The query for `wanted`, or None when no entry can match (a name that matches no one)."""
    query = select(AuditEntry)
    if wanted.since is not None:
        query = query.where(col(AuditEntry.at) >= utc_start_of(wanted.since))
    if wanted.until is not None:
        query = query.where(col(AuditEntry.at) < utc_start_of(wanted.until + timedelta(1)))
    if wanted.staff_id is not None:
        query = query.where(AuditEntry.staff_id == wanted.staff_id)
    if wanted.kind:
        query = query.where(col(AuditEntry.action).startswith(wanted.kind + ".",
                                                              autoescape=True))
    if wanted.pupil_name.strip():
        ids = pupils_named(session, wanted.pupil_name)
        if not ids:
            return None
        query = query.where(col(AuditEntry.pupil_id).in_(ids))
    return query


def utc_start_of(day: date) -> datetime:
    """Midnight at the start of the office's calendar day (in the PC's time zone)."""
    return datetime.combine(day, time.min).astimezone(UTC)


def _entries(session: Session, rows: Iterable[AuditEntry]) -> Iterator[TrailEntry]:
    rows = list(rows)
    names = _pupil_names(session, {r.pupil_id for r in rows if r.pupil_id is not None})
    for r in rows:
        at = r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC)
        yield TrailEntry(id=r.id, at=at, staff_name=r.staff_name, action=r.action,
                         entity=r.entity, entity_id=r.entity_id, pupil_id=r.pupil_id,
                         pupil_name=names.get(r.pupil_id, ""), summary=r.summary,
                         changes=_parsed(r.changes), hash=r.hash)


def _pupil_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    names = {i: f"{f} {s}" for i, f, s in session.exec(
        select(Pupil.id, Pupil.legal_forename, Pupil.legal_surname)
        .where(col(Pupil.id).in_(ids))).all()}
    gone = ids - set(names)
    if gone:
        for pupil_id, changes in session.exec(select(AuditEntry.pupil_id, AuditEntry.changes)
                                              .where(AuditEntry.action == "pupil.delete",
                                                     col(AuditEntry.pupil_id).in_(gone))):
            name = _deleted_name(changes, ("legal_forename", "legal_surname"))
            names[pupil_id] = f"{name} (deleted)" if name else "(deleted)"
    return names


def _deleted_name(changes: str, fields: tuple[str, ...]) -> str:
    before = _parsed(changes)
    parts = [before.get(f) for f in fields]
    return " ".join(p[0] for p in parts if isinstance(p, list) and p and p[0])


def _parsed(changes: str) -> dict[str, Any]:
    try:
        value = json.loads(changes or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
