"""Who is acting, on which database, and the unit of work that records it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from desc_desktop.domain.staff import Role
from desc_desktop.store.audit_log import append_entry
from desc_desktop.store.engine import WRITE, open_database
from desc_desktop.store.tables import AuditEntry, StaffMember

if TYPE_CHECKING:
    from desc_desktop.security.login import Unlocked

DEFAULT_STAFF_NAME = "Office"


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    """None only for audit entries about a name with no account (a failed login)."""
    name: str
    role: Role = Role.ADMIN

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


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
    unlocked: Unlocked | None = None
    """The key the login opened (an encrypted register); staff account changes wrap it."""

    @property
    def path(self) -> Path:
        """The register's file."""
        return Path(self.engine.url.database)

    def open(self) -> ServiceContext:
        """Itself: already open (as services/snapshot.py's DeferredContext is once opened),
        so a screen given either can call open()."""
        return self

    def require(self, role: Role, doing: str) -> None:
        """Refuse unless the member of staff acting has `role`. `doing` completes "Only an
        administrator can …", e.g. "delete a pupil"."""
        if role is Role.ADMIN and not self.actor.is_admin:
            from desc_desktop.services.errors import Refused

            raise Refused(f"Only an administrator can {doing}. You are logged in as "
                          f"{self.actor.name} (office): ask an administrator to do it.")

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
    """The single office account of a register not yet encrypted (no logins), which may do
    everything, as before staff accounts existed."""
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


def open_register(path: Path, unlocked: Unlocked | None = None) -> ServiceContext:
    """Open (creating or upgrading) the register at `path`: with `unlocked` (a login's key)
    an encrypted one, acting as the member of staff who logged in (services/access.py);
    without, a register not encrypted yet, acting as the default account.

    Raises one of services.errors.CANNOT_OPEN, whose message tells the user what to do.
    """
    if unlocked is not None:
        from desc_desktop.services import access

        return access.open_unlocked(path, unlocked)
    from desc_desktop.security import keyring
    from desc_desktop.store.errors import DatabaseUnavailable

    if keyring.exists(path):
        raise DatabaseUnavailable(f"The register {path.name} is encrypted: log in with a "
                                  "staff name and password to open it.")
    return open_context(open_database(path))
