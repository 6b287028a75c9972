"""Getting into the register: the first administrator (a new register, or encrypting one
made before staff accounts), logging in, the recovery key, and the login events in the
audit trail.

The register is opened only with a key a login has unwrapped (security/login.py); the
member of staff whose password it was is the actor of everything that follows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from desc_desktop.domain.search import fold
from desc_desktop.domain.staff import DEMO_LOGIN, Role, check_new_account, clean_name, role_of
from desc_desktop.security import keyring
from desc_desktop.security.errors import LoginRefused
from desc_desktop.security.keys import new_database_key, new_recovery_key
from desc_desktop.security.login import (
    ACCOUNT_LOCKED,
    LOGIN_FAILED,
    Unlocked,
    log_in,
    log_in_staff,
    open_with_recovery_key,
)
from desc_desktop.services.context import Actor, ServiceContext
from desc_desktop.services.errors import Refused
from desc_desktop.store import cipher
from desc_desktop.store.engine import open_database
from desc_desktop.store.files import remove_with_sidecars
from desc_desktop.store.tables import StaffMember

LOGIN = "staff.login"
SET_UP = "staff.administrator_set_up"
RECOVERED = "staff.recovery_key_used"
APP_LOCKED = "staff.app_locked"
APP_UNLOCKED = "staff.app_unlocked"

_EVENT_SUMMARIES = {
    LOGIN_FAILED: "Login refused: wrong password",
    ACCOUNT_LOCKED: "Account locked for five minutes after five wrong passwords",
}
UNKNOWN_NAME = "(a name with no account)"


@dataclass(frozen=True)
class SetUp:
    """The register opened by its first administrator, and the recovery key to print:
    shown once, kept nowhere."""

    ctx: ServiceContext
    recovery_key: str
    encrypted_existing: bool

    def __repr__(self) -> str:  # never print the recovery key
        return f"SetUp(encrypted_existing={self.encrypted_existing})"


def has_accounts(path: Path) -> bool:
    """Whether the register is encrypted with staff logins (a key file beside it)."""
    return keyring.exists(path)


def finish_interrupted_setup(path: Path) -> None:
    """If setting up the administrator was cut short after its key file was written, put
    the encrypted register in place now (call before anything reads the register)."""
    if keyring.exists(path):
        cipher.finish_interrupted(path)


def is_plain_register(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0 and cipher.is_plain(path)


# -- the first administrator ------------------------------------------------------------


def set_up_administrator(path: Path, name: str, password: str, confirm: str, *,
                         today: Callable[[], date] = date.today) -> SetUp:
    """Make `name` the register's administrator and encrypt it: a new register is made
    encrypted; one made before staff accounts (plain) is copied into an encrypted one,
    checked, put in its place, and the plain file overwritten. Its earlier copies beside
    it (before-upgrade copies, automatic backups) are encrypted too.

    Raises ValidationFailed (name, password) or Refused (already set up)."""
    check_new_account(name, password, confirm)
    name = clean_name(name)
    finish_interrupted_setup(path)
    if keyring.exists(path):
        raise Refused("This register already has an administrator: log in instead.")
    key, recovery_key = new_database_key(), new_recovery_key()
    ring = keyring.create(key, recovery_key)
    target = cipher.encrypting_name(path)
    existing = is_plain_register(path)
    if existing:
        open_database(path).dispose()  # brought up to date (and copied aside) first
        cipher.export_encrypted(path, target, key)
    else:
        remove_with_sidecars(target)
    engine = open_database(target, key)
    try:
        staff_id = _add_first_administrator(engine, name, encrypted_existing=existing)
        engine.dispose()
        # The point of no return: from here, the key file says the register is encrypted,
        # and an interrupted swap is finished on the next start.
        keyring.save(path, ring.with_staff(staff_id, name, key, password))
        cipher.forget(target)
        cipher.replace_plain(path, target)
    except BaseException:
        engine.dispose()
        raise
    if existing:
        encrypt_plain_copies(path, key)
    ctx = open_unlocked(path, Unlocked(database=path, key=key, staff_id=staff_id),
                        how=None, today=today)
    return SetUp(ctx=ctx, recovery_key=recovery_key, encrypted_existing=existing)


def _add_first_administrator(engine: Engine, name: str, *, encrypted_existing: bool) -> int:
    with Session(engine) as session:
        # The old shared account has no password: it stays only for the history it wrote.
        for old in session.exec(select(StaffMember).where(StaffMember.active)).all():
            old.active = False
            session.add(old)
        session.commit()
    admin = _staff_row(engine, name, Role.ADMIN)
    ctx = ServiceContext(engine=engine, actor=admin)
    with ctx.unit_of_work(SET_UP, "staff_member") as uow:
        uow.record(entity_id=admin.staff_id, summary=(
            f"{name} set up as the administrator; the register is "
            + ("now encrypted" if encrypted_existing else "new and encrypted")),
            changes={"role": [None, Role.ADMIN.value]})
    return admin.staff_id


def _staff_row(engine: Engine, name: str, role: Role) -> Actor:
    """The account named `name` (made, or made active again) with `role`."""
    with Session(engine) as session, session.begin():
        staff = find_by_name(session, name)
        if staff is None:
            staff = StaffMember(name=name, role=role.value)
        staff.role, staff.active = role.value, True
        session.add(staff)
        session.flush()
        return Actor(staff_id=staff.id, name=staff.name, role=role)


def find_by_name(session: Session, name: str) -> StaffMember | None:
    wanted = fold(clean_name(name))
    return next((s for s in session.exec(select(StaffMember)).all()
                 if fold(s.name) == wanted), None)


def encrypt_plain_copies(path: Path, key: bytes) -> list[Path]:
    """The register's earlier copies (made before it was encrypted) encrypted with its key,
    each with a key file: none of the children's data stays unencrypted beside it."""
    ring = keyring.load(path)
    assert ring is not None
    copies = [*path.parent.glob(f"{path.stem}.before-*"),
              *(path.parent / "backups").glob("*.sqlite")]
    done = []
    for copy in copies:
        if not copy.is_file() or not cipher.is_plain(copy):
            continue
        target = cipher.encrypting_name(copy)
        cipher.export_encrypted(copy, target, key)
        keyring.save(copy, ring.for_backup())
        cipher.replace_plain(copy, target)
        done.append(copy)
    return done


# -- logging in -------------------------------------------------------------------------


def log_in_and_open(path: Path, name: str, password: str, *, how: str | None = "the app",
                    today: Callable[[], date] = date.today) -> ServiceContext:
    """Log in and open the register (the command line, the self-test)."""
    finish_interrupted_setup(path)
    return open_unlocked(path, log_in(path, name, password), how=how, today=today)


def open_unlocked(path: Path, unlocked: Unlocked, *, how: str | None = "the app",
                  today: Callable[[], date] = date.today) -> ServiceContext:
    """Open the register with a login's key, acting as the member of staff who logged in.

    Copies the login events waiting in the key file into the audit trail, then records
    this login (`how`: "the app", "the command line"; None records nothing)."""
    if unlocked.staff_id is None:
        raise LoginRefused("The recovery key sets a new administrator password; it does not "
                           "log in by itself.")
    engine = open_database(path, unlocked.key)
    try:
        actor = _logged_in_actor(engine, unlocked.staff_id)
        ctx = ServiceContext(engine=engine, actor=actor, today=today, unlocked=unlocked)
        copy_login_events(ctx)
        if how is not None:
            record_as(ctx, ctx.actor, LOGIN, f"Logged in ({how})")
    except BaseException:
        engine.dispose()
        raise
    return ctx


def _logged_in_actor(engine: Engine, staff_id: int) -> Actor:
    with Session(engine) as session:
        staff = session.get(StaffMember, staff_id)
        if staff is None or not staff.active:
            raise LoginRefused(
                "This account is not in the register any more (it was removed, or the "
                "register was restored from a backup made before it was added). Ask an "
                "administrator to add it again.")
        return Actor(staff_id=staff.id, name=staff.name, role=role_of(staff.role))


def check_password(ctx: ServiceContext, password: str, now: datetime | None = None) -> None:
    """The lock screen: the password of the member of staff logged in, counted like any
    login (five wrong ones lock the account). Raises LoginRefused."""
    path = ctx.path
    try:
        ring = keyring.load(path)
        slot = ring.slot_for_staff(ctx.actor.staff_id) if ring else None
        if ring is None or slot is None:
            raise LoginRefused("This account has no password in this register: ask an "
                               "administrator to set one.")
        log_in_staff(path, ring, slot, password, now)
    finally:
        copy_login_events(ctx)


def record_as(ctx: ServiceContext, actor: Actor, action: str, summary: str,
              changes: dict | None = None) -> None:
    with dataclasses.replace(ctx, actor=actor).unit_of_work(action, "staff_member") as uow:
        uow.record(entity_id=actor.staff_id, summary=summary, changes=changes or {})


def copy_login_events(ctx: ServiceContext) -> int:
    """The failed logins and locks waiting in the key file, into the audit trail (each
    with the account it concerns as the actor); returns how many."""
    path = ctx.path
    ring = keyring.load(path)
    if ring is None or not ring.pending:
        return 0
    with ctx.reading() as session:
        names = {s.id: s.name for s in session.exec(select(StaffMember)).all()}
    for event in ring.pending:
        actor = Actor(staff_id=event.staff_id, name=names.get(event.staff_id, UNKNOWN_NAME))  # type: ignore[arg-type]
        summary = _EVENT_SUMMARIES.get(event.action, event.action)
        if event.staff_id is None:
            summary = "Login refused: no account has that name"
        record_as(ctx, actor, event.action, summary,
                  {"at": event.at.isoformat(timespec="seconds")})
    latest = keyring.load(path) or ring
    keyring.save(path, dataclasses.replace(
        latest, pending=tuple(e for e in latest.pending if e not in ring.pending)))
    return len(ring.pending)



# -- the recovery key -------------------------------------------------------------------


def recover_administrator(path: Path, recovery_key: str, name: str, password: str,
                          confirm: str, *, today: Callable[[], date] = date.today
                          ) -> ServiceContext:
    """With the recovery key: a new password for the administrator `name` (an account of
    another name is made an administrator; a name with no account becomes a new
    administrator), then logged in as them.

    Raises LoginRefused (not the recovery key), ValidationFailed (name, password)."""
    check_new_account(name, password, confirm)
    finish_interrupted_setup(path)
    unlocked = open_with_recovery_key(path, recovery_key)
    engine = open_database(path, unlocked.key)
    try:
        admin = _staff_row(engine, clean_name(name), Role.ADMIN)
        ring = keyring.load(path)
        assert ring is not None
        ctx = ServiceContext(engine=engine, actor=admin, today=today,
                             unlocked=dataclasses.replace(unlocked, staff_id=admin.staff_id))
        with ctx.unit_of_work(RECOVERED, "staff_member") as uow:
            uow.record(entity_id=admin.staff_id, summary=(
                f"The recovery key was used to set a new password for {admin.name} "
                "(administrator)"))
            keyring.save(path, ring.with_staff(admin.staff_id, admin.name, unlocked.key,
                                               password))
        copy_login_events(ctx)
    except BaseException:
        engine.dispose()
        raise
    return ctx


def demo_login() -> tuple[str, str]:
    """The demo school's login, shown on its login screen: the demo is fictional."""
    return DEMO_NAME, DEMO_PASSWORD


DEMO_NAME, DEMO_PASSWORD = DEMO_LOGIN


def open_demo(path: Path, *, today: Callable[[], date] = date.today) -> ServiceContext:
    """The demo school's own register, encrypted, with the demo login (made on first use;
    a demo register from before staff accounts is encrypted as any other)."""
    finish_interrupted_setup(path)
    if keyring.exists(path):
        return log_in_and_open(path, DEMO_NAME, DEMO_PASSWORD, today=today)
    return set_up_administrator(path, DEMO_NAME, DEMO_PASSWORD, DEMO_PASSWORD,
                                today=today).ctx
