"""Logging in: a staff password (or the recovery key) opens the register's key.

This happens before the register can be opened, so the failed attempts and locks are kept
in the key file (security/keyring.py): five wrong passwords lock that account for five
minutes, and restarting the app does not reset it. Each such event waits in the key file
until the next login copies it into the audit trail. `now` is passed in (UTC), so the five
minutes can be tested without waiting.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desc_desktop.domain.staff import FAILED_ATTEMPTS_BEFORE_LOCK, Lockout, minutes_left
from desc_desktop.security import keyring
from desc_desktop.security.errors import AccountLocked, LoginRefused, NoAccounts
from desc_desktop.security.keys import WrongSecret, derive, kdf_in_force, normalise_recovery_key

LOGIN_FAILED = "staff.login_failed"
ACCOUNT_LOCKED = "staff.account_locked"

NOT_RIGHT = ("The name or password is not right. Check Caps Lock and try again; "
             f"{FAILED_ATTEMPTS_BEFORE_LOCK} wrong tries lock the account for five minutes.")


@dataclass(frozen=True)
class Unlocked:
    """A register's key, and who opened it (None: the recovery key)."""

    database: Path
    key: bytes
    staff_id: int | None

    def __repr__(self) -> str:  # never print the key
        return f"Unlocked(database={self.database.name!r}, staff_id={self.staff_id})"


def utc_now() -> datetime:
    return datetime.now(UTC)


def log_in(database: Path, name: str, password: str, now: datetime | None = None) -> Unlocked:
    """Open the register's key with a staff member's name and password.

    Raises LoginRefused (wrong name or password), AccountLocked, NoAccounts or
    KeyringDamaged, each with a message for the person at the keyboard."""
    now = now or utc_now()
    ring = _load(database)
    staff = ring.slot_for_name(name)
    if staff is None:
        _same_work_as_a_real_try(password)
        keyring.save(database, ring.with_event(keyring.PendingEvent(LOGIN_FAILED, None, now)))
        raise LoginRefused(NOT_RIGHT)
    return log_in_staff(database, ring, staff, password, now)


def log_in_staff(database: Path, ring: keyring.Keyring, staff: keyring.StaffSlot,
                 password: str, now: datetime | None = None) -> Unlocked:
    """As `log_in`, for an account already known (the lock screen)."""
    now = now or utc_now()
    lock = ring.lockout(staff.staff_id)
    if lock.locked_at(now):
        raise AccountLocked(locked_message(lock, now))
    try:
        key = ring.open_slot(staff.slot, password)
    except WrongSecret:
        _record_failure(database, ring, staff.staff_id, lock, now)
        raise
    if lock != Lockout():
        keyring.save(database, ring.with_lockout(staff.staff_id, Lockout()))
    return Unlocked(database=database, key=key, staff_id=staff.staff_id)


def _record_failure(database: Path, ring: keyring.Keyring, staff_id: int, lock: Lockout,
                    now: datetime) -> None:
    after = lock.after_failure(now)
    ring = ring.with_lockout(staff_id, after).with_event(
        keyring.PendingEvent(LOGIN_FAILED, staff_id, now))
    if after.locked_at(now):
        ring = ring.with_event(keyring.PendingEvent(ACCOUNT_LOCKED, staff_id, now))
        keyring.save(database, ring)
        raise AccountLocked(locked_message(after, now)) from None
    keyring.save(database, ring)
    raise LoginRefused(NOT_RIGHT) from None


def locked_message(lock: Lockout, now: datetime) -> str:
    assert lock.locked_until is not None
    minutes = minutes_left(lock.locked_until, now)
    return (f"This account is locked after {FAILED_ATTEMPTS_BEFORE_LOCK} wrong passwords. "
            f"Try again in {minutes} minute{'s' if minutes != 1 else ''}, or ask an "
            "administrator to set a new password for it.")


def open_with_recovery_key(database: Path, typed: str) -> Unlocked:
    """Open the register's key with the recovery key (as printed, however typed)."""
    ring = _load(database)
    recovery_key = normalise_recovery_key(typed)
    if recovery_key is None:
        raise LoginRefused("That is not a recovery key: it is 40 letters and digits in 8 "
                           "groups of 5, as printed when the register was set up.")
    try:
        key = ring.open_slot(ring.recovery, recovery_key)
    except WrongSecret:
        raise LoginRefused("That recovery key does not open this register. Check each group "
                           "against the printed sheet.") from None
    return Unlocked(database=database, key=key, staff_id=None)


def _load(database: Path) -> keyring.Keyring:
    ring = keyring.load(database)
    if ring is None:
        raise NoAccounts("This register has no staff accounts yet: set up the administrator "
                         "first.")
    return ring


def _same_work_as_a_real_try(password: str) -> None:
    """A name with no account takes as long as a wrong password, so timing does not tell
    which names have accounts."""
    derive(password, secrets.token_bytes(16), kdf_in_force())
