"""Who is acting, on which database, and the unit of work that records it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from desc_desktop.store.audit_log import append_entry
from desc_desktop.store.engine import WRITE, open_database
from desc_desktop.store.tables import AuditEntry, StaffMember

DEFAULT_STAFF_NAME = "Office"


@dataclass(frozen=True)
class Actor:
    staff_id: int
    name: str


@dataclass
class UnitOfWork:
    """A session inside one transaction, plus what its audit entry will say."""

    session: Session
    action: str
    entity: str = ""
    entity_id: int | None = None
    pupil_id: int | None = None
    summary: str = ""
    changes: dict[str, Any] = field(default_factory=dict)
    unchanged: bool = False
    """Set when the action turned out to change nothing: no audit entry is written."""

    def record(self, *, entity_id: int | None = None, pupil_id: int | None = None,
               summary: str | None = None, changes: dict[str, Any] | None = None) -> None:
        if entity_id is not None:
            self.entity_id = entity_id
        if pupil_id is not None:
            self.pupil_id = pupil_id
        if summary is not None:
            self.summary = summary
        if changes:
            self.changes.update(changes)


@dataclass(frozen=True)
class ServiceContext:
    engine: Engine
    actor: Actor
    today: Callable[[], date] = date.today

    @contextmanager
    def unit_of_work(self, action: str, entity: str = "") -> Iterator[UnitOfWork]:
        with Session(self.engine) as session, session.begin():
            session.connection(execution_options=WRITE)
            uow = UnitOfWork(session=session, action=action, entity=entity)
            yield uow
            if uow.unchanged:
                return
            append_entry(session, AuditEntry(
                staff_id=self.actor.staff_id, staff_name=self.actor.name, action=uow.action,
                entity=uow.entity, entity_id=uow.entity_id, pupil_id=uow.pupil_id,
                summary=uow.summary, changes=json.dumps(uow.changes, default=str,
                                                        ensure_ascii=False)))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session


def default_actor(engine: Engine) -> Actor:
    """The single office account used until staff logins exist."""
    with Session(engine) as session, session.begin():
        staff = session.exec(select(StaffMember).where(
            StaffMember.name == DEFAULT_STAFF_NAME)).first()
        if staff is None:
            staff = StaffMember(name=DEFAULT_STAFF_NAME, role="administrator")
            session.add(staff)
            session.flush()
        return Actor(staff_id=staff.id, name=staff.name)


def open_context(engine: Engine) -> ServiceContext:
    return ServiceContext(engine=engine, actor=default_actor(engine))


def open_register(path: Path) -> ServiceContext:
    """Open (creating or upgrading) the register at `path`, acting as the default account.

    Raises one of services.errors.CANNOT_OPEN, whose message tells the user what to do.
    """
    return open_context(open_database(path))
