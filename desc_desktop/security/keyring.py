"""The key file beside the register (`<register>.keys`): what opens it, readable before it is.

The register itself is encrypted whole (SQLCipher), so what must be read before it can be
opened lives in this small JSON file: one key slot per staff account, the recovery key's
slot, each account's failed attempts (so a restart does not reset a lock), and the login
events that happened while nobody could write to the register (failed attempts, locks),
which the next login copies into the audit trail.

(The cryptography is imported only when a slot is opened or made: the app checks for this
file before anything else at start.)

It holds no personal data: staff names appear only as salted digests, and the slots are the
database key encrypted under each password. It is no secret either: without a password or
the recovery key it opens nothing. It must stay with the register (and travels with every
backup): without it, the register cannot be opened.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desc_desktop.domain.search import fold
from desc_desktop.domain.staff import Lockout, clean_name
from desc_desktop.security.errors import KeyringDamaged
from desc_desktop.store.files import sync_folder

if TYPE_CHECKING:
    from desc_desktop.security.keys import KdfParams, KeySlot

SUFFIX = ".keys"
FORMAT = "desc-desktop-keyring"
VERSION = 1
RECOVERY_SLOT = "recovery"


def keyring_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def staff_slot_id(staff_id: int) -> str:
    return f"staff-{staff_id}"


@dataclass(frozen=True)
class StaffSlot:
    staff_id: int
    login: str
    """A salted digest of the name typed to log in (folded: 'anne' is 'Anne')."""
    slot: KeySlot


@dataclass(frozen=True)
class PendingEvent:
    """A login event to copy into the audit trail once the register is open."""

    action: str
    staff_id: int | None
    at: datetime


@dataclass(frozen=True)
class Keyring:
    keyring_id: bytes
    name_salt: bytes
    recovery: KeySlot
    staff: tuple[StaffSlot, ...] = ()
    lockouts: Mapping[int, Lockout] = field(default_factory=dict)
    pending: tuple[PendingEvent, ...] = ()

    # -- finding and opening slots -----------------------------------------------------

    def login_digest(self, name: str) -> str:
        return hashlib.sha256(self.name_salt + fold(clean_name(name)).encode("utf-8")
                              ).hexdigest()

    def slot_for_name(self, name: str) -> StaffSlot | None:
        digest = self.login_digest(name)
        return next((s for s in self.staff if secrets.compare_digest(s.login, digest)), None)

    def slot_for_staff(self, staff_id: int) -> StaffSlot | None:
        return next((s for s in self.staff if s.staff_id == staff_id), None)

    def open_slot(self, slot: KeySlot, secret: str) -> bytes:
        """The database key; WrongSecret if `secret` does not open `slot`."""
        from desc_desktop.security.keys import unwrap

        return unwrap(slot, secret, self.keyring_id)

    def lockout(self, staff_id: int) -> Lockout:
        return self.lockouts.get(staff_id, Lockout())

    # -- changes (each returns a new keyring; save() writes it) ----------------------

    def with_staff(self, staff_id: int, name: str, database_key: bytes, password: str,
                   kdf: KdfParams | None = None) -> Keyring:
        """A slot for the account (replacing its old one: a password change rewraps it)."""
        from desc_desktop.security.keys import wrap

        slot = StaffSlot(staff_id=staff_id, login=self.login_digest(name),
                         slot=wrap(database_key, password, staff_slot_id(staff_id),
                                   self.keyring_id, kdf))
        others = tuple(s for s in self.staff if s.staff_id != staff_id)
        lockouts = {k: v for k, v in self.lockouts.items() if k != staff_id}
        return replace(self, staff=(*others, slot), lockouts=lockouts)

    def without_staff(self, staff_id: int) -> Keyring:
        lockouts = {k: v for k, v in self.lockouts.items() if k != staff_id}
        return replace(self, staff=tuple(s for s in self.staff if s.staff_id != staff_id),
                       lockouts=lockouts)

    def with_lockout(self, staff_id: int, lockout: Lockout) -> Keyring:
        lockouts = dict(self.lockouts)
        if lockout == Lockout():
            lockouts.pop(staff_id, None)
        else:
            lockouts[staff_id] = lockout
        return replace(self, lockouts=lockouts)

    def with_event(self, event: PendingEvent) -> Keyring:
        return replace(self, pending=(*self.pending, event))

    def for_backup(self) -> Keyring:
        """What a backup needs to be opened: the slots, not the logins in progress."""
        return replace(self, lockouts={}, pending=())


def create(database_key: bytes, recovery_key: str, kdf: KdfParams | None = None) -> Keyring:
    from desc_desktop.security.keys import wrap

    keyring_id = secrets.token_bytes(16)
    return Keyring(keyring_id=keyring_id, name_salt=secrets.token_bytes(16),
                   recovery=wrap(database_key, recovery_key, RECOVERY_SLOT, keyring_id, kdf))


# -- the file ---------------------------------------------------------------------------


def exists(database: Path) -> bool:
    return keyring_path(database).is_file()


def load(database: Path) -> Keyring | None:
    """The register's keyring; None when it has none (a register not encrypted yet)."""
    path = keyring_path(database)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as e:
        raise KeyringDamaged(f"The key file {path.name} beside the register could not be read "
                             f"({e.strerror}). Check that you may read it.") from None
    try:
        return _from_json(json.loads(text))
    except (ValueError, KeyError, TypeError):
        raise KeyringDamaged(
            f"The key file {path.name} beside the register is damaged, so the register "
            "cannot be opened. Put back the key file from the latest backup (it is the file "
            "of the same name ending .keys).") from None


def save(database: Path, keyring: Keyring) -> None:
    """Write the keyring whole or not at all (a new file renamed over the old one)."""
    write_file(keyring_path(database), keyring)


def write_file(path: Path, keyring: Keyring) -> None:
    partial = path.with_name(path.name + ".partial")
    data = json.dumps(_to_json(keyring), indent=1).encode("utf-8")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def remove(database: Path) -> None:
    keyring_path(database).unlink(missing_ok=True)




def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _bytes(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _slot_json(slot: KeySlot) -> dict:
    return {"id": slot.slot_id,
            "kdf": {"algorithm": "argon2id", "memory_kib": slot.kdf.memory_kib,
                    "iterations": slot.kdf.iterations, "lanes": slot.kdf.lanes},
            "salt": _b64(slot.salt), "nonce": _b64(slot.nonce), "wrapped": _b64(slot.wrapped)}


def _slot(data: dict) -> KeySlot:
    from desc_desktop.security.keys import KdfParams, KeySlot

    kdf = data["kdf"]
    if kdf["algorithm"] != "argon2id":
        raise ValueError("unknown key derivation")
    return KeySlot(slot_id=str(data["id"]),
                   kdf=KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]),
                                 int(kdf["lanes"])),
                   salt=_bytes(data["salt"]), nonce=_bytes(data["nonce"]),
                   wrapped=_bytes(data["wrapped"]))


def _to_json(keyring: Keyring) -> dict:
    return {
        "format": FORMAT, "version": VERSION,
        "about": "DESC Desktop key file: keep it beside the register; the register cannot "
                 "be opened without it.",
        "id": _b64(keyring.keyring_id), "name_salt": _b64(keyring.name_salt),
        "recovery": _slot_json(keyring.recovery),
        "staff": [{"staff_id": s.staff_id, "login": s.login, **_slot_json(s.slot)}
                  for s in keyring.staff],
        "lockouts": {str(staff_id): {"failures": lock.failures,
                                     "locked_until": lock.locked_until.isoformat()
                                     if lock.locked_until else None}
                     for staff_id, lock in keyring.lockouts.items()},
        "pending": [{"action": e.action, "staff_id": e.staff_id, "at": e.at.isoformat()}
                    for e in keyring.pending],
    }


def _from_json(data: dict) -> Keyring:
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise ValueError("not a keyring this version reads")
    return Keyring(
        keyring_id=_bytes(data["id"]), name_salt=_bytes(data["name_salt"]),
        recovery=_slot(data["recovery"]),
        staff=tuple(StaffSlot(staff_id=int(s["staff_id"]), login=str(s["login"]),
                              slot=_slot(s)) for s in data.get("staff", [])),
        lockouts={int(k): Lockout(failures=int(v["failures"]),
                                  locked_until=datetime.fromisoformat(v["locked_until"])
                                  if v.get("locked_until") else None)
                  for k, v in data.get("lockouts", {}).items()},
        pending=tuple(PendingEvent(action=str(e["action"]),
                                   staff_id=None if e["staff_id"] is None else int(e["staff_id"]),
                                   at=datetime.fromisoformat(e["at"]))
                      for e in data.get("pending", [])))
