"""The register's key and the slots that wrap it.

The database key is 32 random bytes (SQLCipher's AES-256 key, given raw, so SQLCipher's own
key derivation is skipped on every connection). A slot wraps it under a secret: Argon2id
(memory-hard: a copied key file cannot be tried against a word list quickly) stretches the
secret with the slot's own salt into a 256-bit key-encryption key, and AES-GCM encrypts the
database key under it. AES-GCM's tag is what tells a right password from a wrong one; the
slot's identity goes in as associated data, so a slot cannot be passed off as another's.

Everything here is from argon2-cffi and cryptography; nothing is home-made.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_BYTES = 25
"""200 random bits: 40 base32 characters, printed as 8 groups of 5."""
RECOVERY_GROUP = 5


class WrongSecret(ValueError):
    """The password (or recovery key) does not open this slot."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's costs. Stored in each slot, so a slot made with other costs still opens."""

    memory_kib: int
    iterations: int
    lanes: int


DEFAULT_KDF = KdfParams(memory_kib=128 * 1024, iterations=4, lanes=2)
"""128 MiB, 4 passes, 2 lanes: about 0.2 s on a 2-core machine (benchmarks/unlock.py), so a
slower office PC still unlocks well within a second, while every guess at a copied key file
costs an attacker as much."""

_in_force = DEFAULT_KDF


def kdf_in_force() -> KdfParams:
    return _in_force


def use_kdf(params: KdfParams) -> KdfParams:
    """Costs for new slots from now on (tests use cheap ones); returns the previous costs."""
    global _in_force
    previous, _in_force = _in_force, params
    return previous


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    """"staff-<id>" for a staff account, "recovery" for the recovery key."""
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    """The database key encrypted under the slot's key, with AES-GCM's tag."""


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf.iterations,
                           memory_cost=kdf.memory_kib, parallelism=kdf.lanes,
                           hash_len=KEY_BYTES, type=Type.ID)


def wrap(database_key: bytes, secret: str, slot_id: str, context: bytes,
         kdf: KdfParams | None = None) -> KeySlot:
    """A new slot holding `database_key` under `secret` (fresh salt and nonce every time).

    `context` (the keyring's own id) is bound in with the slot id as associated data."""
    if len(database_key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    kdf = kdf or kdf_in_force()
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(derive(secret, salt, kdf)).encrypt(nonce, database_key,
                                                        _associated(slot_id, context))
    return KeySlot(slot_id=slot_id, kdf=kdf, salt=salt, nonce=nonce, wrapped=wrapped)


def unwrap(slot: KeySlot, secret: str, context: bytes) -> bytes:
    """The database key, or WrongSecret."""
    try:
        key = AESGCM(derive(secret, slot.salt, slot.kdf)).decrypt(
            slot.nonce, slot.wrapped, _associated(slot.slot_id, context))
    except InvalidTag:
        raise WrongSecret("wrong secret") from None
    if len(key) != KEY_BYTES:
        raise WrongSecret("not a database key")
    return key


def _associated(slot_id: str, context: bytes) -> bytes:
    return b"desc-desktop key slot v1|" + context + b"|" + slot_id.encode("ascii")


# -- the recovery key -------------------------------------------------------------------

_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_LOOK_ALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def new_recovery_key() -> str:
    """40 base32 characters in 8 groups of 5, for printing: 'ABCDE-FGHIJ-…'."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return format_recovery_key(text)


def format_recovery_key(text: str) -> str:
    return "-".join(text[i:i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def normalise_recovery_key(typed: str) -> str | None:
    """The recovery key as printed, however typed (spaces, dashes, small letters, 0 for O,
    1 for I, 8 for B); None when it cannot be one."""
    text = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_LOOK_ALIKES)
    expected = len(base64.b32encode(bytes(RECOVERY_BYTES)))
    if len(text) != expected or any(ch not in _BASE32 for ch in text):
        return None
    return format_recovery_key(text)
