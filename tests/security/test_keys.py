"""Key slots and the recovery key: the cryptography as the rest of the app relies on it."""

from __future__ import annotations

import pytest

from desc_desktop.security import keys
from desc_desktop.security.keys import WrongSecret


def test_a_slot_opens_with_its_secret_and_no_other():
    key = keys.new_database_key()
    slot = keys.wrap(key, "correct horse battery", "staff-1", b"ring")
    assert keys.unwrap(slot, "correct horse battery", b"ring") == key
    with pytest.raises(WrongSecret):
        keys.unwrap(slot, "correct horse batterY", b"ring")
    assert key not in slot.wrapped and len(slot.wrapped) == keys.KEY_BYTES + 16  # GCM tag


def test_a_slot_cannot_be_passed_off_as_another_accounts_or_another_keyrings():
    key = keys.new_database_key()
    slot = keys.wrap(key, "a long password", "staff-1", b"ring")
    moved = keys.KeySlot("staff-2", slot.kdf, slot.salt, slot.nonce, slot.wrapped)
    with pytest.raises(WrongSecret):
        keys.unwrap(moved, "a long password", b"ring")
    with pytest.raises(WrongSecret):
        keys.unwrap(slot, "a long password", b"other ring")


def test_each_wrap_has_its_own_salt_and_nonce():
    key = keys.new_database_key()
    first = keys.wrap(key, "same password", "staff-1", b"ring")
    second = keys.wrap(key, "same password", "staff-1", b"ring")
    assert first.salt != second.salt and first.nonce != second.nonce
    assert first.wrapped != second.wrapped


def test_slots_record_their_costs_so_old_slots_open_after_the_costs_change():
    key = keys.new_database_key()
    cheap = keys.KdfParams(memory_kib=128, iterations=1, lanes=1)
    slot = keys.wrap(key, "a long password", "staff-1", b"ring", cheap)
    assert slot.kdf == cheap
    assert keys.unwrap(slot, "a long password", b"ring") == key


def test_the_real_costs_are_memory_hard():
    assert keys.DEFAULT_KDF.memory_kib >= 64 * 1024 and keys.DEFAULT_KDF.iterations >= 3


def test_recovery_keys_print_as_eight_groups_of_five_and_read_however_typed():
    recovery = keys.new_recovery_key()
    groups = recovery.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert keys.normalise_recovery_key(recovery.lower().replace("-", " ")) == recovery
    typed = recovery.replace("O", "0").replace("I", "1").replace("B", "8")
    assert keys.normalise_recovery_key(typed) == recovery
    assert keys.normalise_recovery_key(recovery[:-1]) is None
    assert keys.normalise_recovery_key("not a key at all") is None
    assert keys.new_recovery_key() != recovery
