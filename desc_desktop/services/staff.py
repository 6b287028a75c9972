"""Staff accounts (Admin > Staff): adding one, a new password, your own password, removing
one, and how soon the app locks itself.

Each account's key slot lives in the register's key file (security/keyring.py): adding an
account or setting a password wraps the register's key under the new password, removing
an account takes its slot away. The slot is written inside the unit of work, so an account
change that fails leaves the audit trail and the key file as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.staff import (
    AUTO_LOCK_DEFAULT_MINUTES,
    AUTO_LOCK_MINUTES_RANGE,
    Role,
    check_new_account,
    check_new_password,
    clean_name,
    role_of,
)
from desc_desktop.security import keyring
from desc_desktop.security.errors import LoginRefused
from desc_desktop.services.access import find_by_name
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.store.tables import Setting, StaffMember

ADDED = "staff.account_added"
PASSWORD_SET = "staff.password_reset"
PASSWORD_CHANGED = "staff.password_changed"
REMOVED = "staff.account_removed"
AUTO_LOCK_SAVED = "staff.auto_lock_saved"
AUTO_LOCK_KEY = "auto_lock_minutes"


@dataclass(frozen=True)
class StaffAccount:
    staff_id: int
    name: str
    role: Role
    is_you: bool
    locked_until: datetime | None
    """UTC; set while five wrong passwords keep the account locked."""


def list_accounts(ctx: ServiceContext, now: datetime | None = None) -> list[StaffAccount]:
    """The accounts that can log in, administrators first, then by name."""
    ctx.require(Role.ADMIN, "manage staff accounts")
    now = now or datetime.now(UTC)
    ring = _keyring(ctx)
    with ctx.reading() as session:
        rows = session.exec(select(StaffMember).where(StaffMember.active)).all()
        accounts = []
        for row in rows:
            lock = ring.lockout(row.id)
            accounts.append(StaffAccount(
                staff_id=row.id, name=row.name, role=role_of(row.role),
                is_you=row.id == ctx.actor.staff_id,
                locked_until=lock.locked_until if lock.locked_at(now) else None))
    return sorted(accounts, key=lambda a: (a.role is not Role.ADMIN, a.name.casefold()))


def add_account(ctx: ServiceContext, name: str, role: Role, password: str,
                confirm: str) -> int:
    """A new account (or a removed one brought back) that can log in with `password`."""
    ctx.require(Role.ADMIN, "add staff accounts")
    role = Role(role)
    check_new_account(name, password, confirm)
    name = clean_name(name)
    ring, key = _keyring(ctx), _key(ctx)
    with ctx.unit_of_work(ADDED, "staff_member") as uow:
        staff = find_by_name(uow.session, name)
        if staff is not None and staff.active:
            raise ValidationFailed([Problem("name", f"There is already an account called "
                                                    f"{staff.name}: choose another name.")])
        if staff is None:
            staff = StaffMember(name=name)
        staff.role, staff.active = role.value, True
        uow.session.add(staff)
        uow.session.flush()
        uow.record(entity_id=staff.id, summary=f"Staff account added: {name} ({role.label})",
                   changes={"name": [None, name], "role": [None, role.value]})
        keyring.save(ctx.path, ring.with_staff(staff.id, name, key, password))
        return staff.id


def reset_password(ctx: ServiceContext, staff_id: int, password: str, confirm: str) -> None:
    """An administrator sets a new password for an account (which also ends a lock)."""
    ctx.require(Role.ADMIN, "set another member of staff's password")
    check_new_password(password, confirm)
    ring, key = _keyring(ctx), _key(ctx)
    with ctx.unit_of_work(PASSWORD_SET, "staff_member") as uow:
        staff = _active(uow.session, staff_id)
        uow.record(entity_id=staff.id, summary=f"New password set for {staff.name}",
                   changes={"password": "changed"})
        keyring.save(ctx.path, ring.with_staff(staff.id, staff.name, key, password))


def change_own_password(ctx: ServiceContext, current: str, password: str,
                        confirm: str) -> None:
    """Anyone's own password, after the current one (counted like a login: five wrong
    ones lock the account)."""
    if ctx.actor.staff_id is None:
        raise Refused("Log in first.")
    from desc_desktop.services.access import check_password

    try:
        check_password(ctx, current)
    except LoginRefused as e:
        raise ValidationFailed([Problem("current", _current_wrong(e))]) from None
    check_new_password(password, confirm)
    ring, key = _keyring(ctx), _key(ctx)
    with ctx.unit_of_work(PASSWORD_CHANGED, "staff_member") as uow:
        staff = _active(uow.session, ctx.actor.staff_id)
        uow.record(entity_id=staff.id, summary=f"{staff.name} changed their own password",
                   changes={"password": "changed"})
        keyring.save(ctx.path, ring.with_staff(staff.id, staff.name, key, password))


def _current_wrong(error: LoginRefused) -> str:
    from desc_desktop.security.errors import AccountLocked

    if isinstance(error, AccountLocked):
        return str(error)
    return "That is not your current password."


def remove_account(ctx: ServiceContext, staff_id: int) -> None:
    """The account can no longer log in (its slot is gone); its name stays in the history.
    Never the last administrator, nor the account you are logged in with."""
    ctx.require(Role.ADMIN, "remove staff accounts")
    if staff_id == ctx.actor.staff_id:
        raise Refused("You cannot remove the account you are logged in with: ask another "
                      "administrator to do it.")
    ring = _keyring(ctx)
    with ctx.unit_of_work(REMOVED, "staff_member") as uow:
        staff = _active(uow.session, staff_id)
        if role_of(staff.role) is Role.ADMIN and _admins(uow.session) <= 1:
            raise Refused(f"{staff.name} is the only administrator: make another "
                          "administrator first.")
        staff.active = False
        uow.session.add(staff)
        uow.record(entity_id=staff.id, summary=f"Staff account removed: {staff.name}",
                   changes={"active": [True, False]})
        keyring.save(ctx.path, ring.without_staff(staff.id))


def _admins(session: Session) -> int:
    return len(session.exec(select(StaffMember.id).where(
        StaffMember.active, StaffMember.role == Role.ADMIN.value)).all())


def _active(session: Session, staff_id: int) -> StaffMember:
    staff = session.get(StaffMember, staff_id)
    if staff is None or not staff.active:
        raise NotFound("That staff account is not in the register any more.")
    return staff


# -- locking the app --------------------------------------------------------------------


def auto_lock_minutes(ctx: ServiceContext) -> int:
    """Minutes without input before the app locks itself."""
    with ctx.reading() as session:
        row = session.get(Setting, AUTO_LOCK_KEY)
    try:
        minutes = int(row.value) if row else AUTO_LOCK_DEFAULT_MINUTES
    except ValueError:
        return AUTO_LOCK_DEFAULT_MINUTES
    low, high = AUTO_LOCK_MINUTES_RANGE
    return min(max(minutes, low), high)


def save_auto_lock_minutes(ctx: ServiceContext, minutes: int) -> None:
    ctx.require(Role.ADMIN, "change when the app locks itself")
    low, high = AUTO_LOCK_MINUTES_RANGE
    if not low <= minutes <= high:
        raise ValidationFailed([Problem("auto_lock", f"Choose between {low} and {high} "
                                                     "minutes.")])
    before = auto_lock_minutes(ctx)
    with ctx.unit_of_work(AUTO_LOCK_SAVED, "setting") as uow:
        if before == minutes:
            uow.unchanged = True
            return
        row = uow.session.get(Setting, AUTO_LOCK_KEY) or Setting(key=AUTO_LOCK_KEY, value="")
        row.value = str(minutes)
        uow.session.add(row)
        uow.record(summary=f"The app now locks itself after {minutes} minutes without use",
                   changes={"auto_lock_minutes": [before, minutes]})


# -- the key file -----------------------------------------------------------------------



def _keyring(ctx: ServiceContext) -> keyring.Keyring:
    ring = keyring.load(ctx.path) if ctx.unlocked is not None else None
    if ring is None:
        raise Refused("This register has no staff logins yet: set up the administrator "
                      "first (it encrypts the register).")
    return ring


def _key(ctx: ServiceContext) -> bytes:
    assert ctx.unlocked is not None
    return ctx.unlocked.key
