"""Logging in against the key file: wrong passwords, the five-minute lock (kept across
restarts), and the events that wait for the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desc_desktop.security import keyring, keys, login
from desc_desktop.security.errors import AccountLocked, LoginRefused, NoAccounts

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "school.sqlite"
    key = keys.new_database_key()
    ring = keyring.create(key, keys.new_recovery_key())
    ring = ring.with_staff(1, "Anne Admin", key, "anne's password").with_staff(
        2, "Olu Office", key, "olu's password")
    keyring.save(path, ring)
    return path, key


def test_the_right_password_opens_the_key_whatever_the_names_case(register):
    path, key = register
    unlocked = login.log_in(path, "  anne   ADMIN ", "anne's password", T0)
    assert unlocked.key == key and unlocked.staff_id == 1
    assert key.hex() not in repr(unlocked)


def test_a_wrong_password_and_an_unknown_name_say_the_same(register):
    path, _ = register
    with pytest.raises(LoginRefused) as wrong:
        login.log_in(path, "Anne Admin", "olu's password", T0)
    with pytest.raises(LoginRefused) as unknown:
        login.log_in(path, "Nobody", "anne's password", T0)
    assert str(wrong.value) == str(unknown.value) == login.NOT_RIGHT
    pending = keyring.load(path).pending
    assert [(e.action, e.staff_id) for e in pending] == [(login.LOGIN_FAILED, 1),
                                                         (login.LOGIN_FAILED, None)]


def test_five_wrong_passwords_lock_the_account_for_five_minutes(register):
    path, _ = register
    for n in range(4):
        with pytest.raises(LoginRefused) as refused:
            login.log_in(path, "Anne Admin", "guess", T0 + timedelta(seconds=n))
        assert not isinstance(refused.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        login.log_in(path, "Anne Admin", "guess", T0 + timedelta(seconds=5))
    assert "Try again in 5 minutes" in str(locked.value)
    # Locked: even the right password is refused, and another account is not affected.
    with pytest.raises(AccountLocked):
        login.log_in(path, "Anne Admin", "anne's password", T0 + timedelta(minutes=4))
    assert login.log_in(path, "Olu Office", "olu's password", T0 + timedelta(minutes=4))
    # Five minutes on, the right password opens it and the count starts again.
    assert login.log_in(path, "Anne Admin", "anne's password", T0 + timedelta(minutes=5, seconds=6))
    assert keyring.load(path).lockout(1).failures == 0
    actions = [e.action for e in keyring.load(path).pending]
    assert actions.count(login.LOGIN_FAILED) == 5 and actions.count(login.ACCOUNT_LOCKED) == 1


def test_the_lock_is_kept_in_the_key_file_so_a_restart_does_not_end_it(register):
    path, _ = register
    for n in range(5):
        with pytest.raises(LoginRefused):
            login.log_in(path, "Olu Office", "guess", T0 + timedelta(seconds=n))
    reread = keyring.load(path)  # as a new process would
    assert reread.lockout(2).locked_at(T0 + timedelta(minutes=2))
    with pytest.raises(AccountLocked, match="Try again in 4 minutes"):  # 3 min 4 s
        login.log_in(path, "Olu Office", "olu's password", T0 + timedelta(minutes=2))


def test_after_a_lock_ends_five_more_wrong_passwords_lock_it_again(register):
    path, _ = register
    for n in range(5):
        with pytest.raises(LoginRefused):
            login.log_in(path, "Olu Office", "guess", T0 + timedelta(seconds=n))
    later = T0 + timedelta(minutes=6)
    for n in range(4):
        with pytest.raises(LoginRefused) as refused:
            login.log_in(path, "Olu Office", "guess", later + timedelta(seconds=n))
        assert not isinstance(refused.value, AccountLocked)
    with pytest.raises(AccountLocked):
        login.log_in(path, "Olu Office", "guess", later + timedelta(seconds=10))


def test_the_recovery_key_opens_the_key_however_typed(register, tmp_path):
    path = tmp_path / "other.sqlite"
    key = keys.new_database_key()
    recovery = keys.new_recovery_key()
    keyring.save(path, keyring.create(key, recovery))
    assert login.open_with_recovery_key(path, recovery.lower().replace("-", " ")).key == key
    with pytest.raises(LoginRefused, match="does not open"):
        login.open_with_recovery_key(path, keys.new_recovery_key())
    with pytest.raises(LoginRefused, match="40 letters"):
        login.open_with_recovery_key(path, "ABCDE")


def test_a_register_without_a_key_file_has_no_accounts(tmp_path):
    with pytest.raises(NoAccounts):
        login.log_in(tmp_path / "plain.sqlite", "Anne", "whatever password")


def test_the_key_file_holds_no_names_and_no_key(register):
    path, key = register
    text = keyring.keyring_path(path).read_text(encoding="utf-8")
    assert "Anne" not in text and "Olu" not in text and "password" not in text
    assert key.hex() not in text


def test_a_damaged_key_file_says_what_to_do(register):
    path, _ = register
    keyring.keyring_path(path).write_text("{not json", encoding="utf-8")
    with pytest.raises(keyring.KeyringDamaged, match="Put back the key file"):
        login.log_in(path, "Anne Admin", "anne's password")
