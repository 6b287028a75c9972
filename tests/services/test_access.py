"""The encrypted register: set up, copied files unreadable, a plain register converted,
the recovery key, and the login events in the audit trail."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlmodel import Session, select

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.security import keyring
from desc_desktop.security.errors import LoginRefused
from desc_desktop.services import access, audit, demo, pupils
from desc_desktop.services.context import open_register
from desc_desktop.services.errors import DatabaseUnavailable, Refused
from desc_desktop.store import cipher
from desc_desktop.store.quick import read_register_rows
from desc_desktop.store.tables import AuditEntry, Pupil, StaffMember

PASSWORD = "a long enough password"


@pytest.fixture
def school(tmp_path):
    """A new encrypted register with the demo school in it; its surnames."""
    path = tmp_path / "school.sqlite"
    made = access.set_up_administrator(path, "Anne Admin", PASSWORD, PASSWORD)
    demo.fill_demo(made.ctx, pupils=30, seed=4)
    with Session(made.ctx.engine) as session:
        surnames = long_enough(p.legal_surname for p in session.exec(select(Pupil)).all())
    yield path, made, surnames
    made.ctx.engine.dispose()


def long_enough(names) -> set[str]:
    """Names of six bytes or more: a two- or three-letter name turns up by chance in a few
    hundred kilobytes of random bytes, which is what an encrypted file is."""
    chosen = {n for n in names if len(n.encode("utf-8")) >= 6}
    assert len(chosen) >= 5
    return chosen


def stored_bytes(path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*")
                    if not p.name.endswith(".keys"))


def test_no_surname_appears_anywhere_in_the_files_while_open_or_after(school, tmp_path):
    path, made, surnames = school
    pupils.update_pupil(made.ctx, 1, pupils.get_pupil(made.ctx, 1).data)  # a write to the WAL
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    data = stored_bytes(path)
    assert surnames and not [s for s in surnames if s.encode("utf-8") in data]
    assert not data.startswith(cipher.PLAIN_HEADER)
    made.ctx.engine.dispose()
    copy = tmp_path / "copied.sqlite"
    shutil.copyfile(path, copy)
    data = copy.read_bytes()
    assert not [s for s in surnames if s.encode("utf-8") in data]
    conn = sqlite3.connect(copy)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM pupil").fetchone()
    conn.close()


def test_the_register_opens_only_with_a_login(school):
    path, made, _ = school
    made.ctx.engine.dispose()
    with pytest.raises(DatabaseUnavailable, match="log in"):
        open_register(path)
    with pytest.raises(LoginRefused):
        access.log_in_and_open(path, "Anne Admin", "wrong password!")
    ctx = access.log_in_and_open(path, "anne admin", PASSWORD)
    assert ctx.actor.name == "Anne Admin" and ctx.actor.is_admin
    assert pupils.count_pupils(ctx) == 30
    ctx.engine.dispose()


def test_the_quick_start_up_read_uses_the_key(school):
    path, made, _ = school
    assert read_register_rows(path) is None  # without the key: the ordinary way, not garbage
    rows = read_register_rows(path, made.ctx.unlocked.key)
    assert rows is not None and len(rows.rows) == 30


def test_logins_and_failed_logins_are_in_the_audit_trail_as_the_account_concerned(school):
    path, made, _ = school
    with pytest.raises(LoginRefused):
        access.log_in_and_open(path, "Anne Admin", "not it at all")
    with pytest.raises(LoginRefused):
        access.log_in_and_open(path, "Somebody Else", "not it at all")
    ctx = access.log_in_and_open(path, "Anne Admin", PASSWORD, how="the command line")
    entries = audit.recent_entries(ctx)[:3]
    assert [(e.action, e.staff_name) for e in entries] == [
        ("staff.login", "Anne Admin"), ("staff.login_failed", access.UNKNOWN_NAME),
        ("staff.login_failed", "Anne Admin")]
    assert entries[0].summary == "Logged in (the command line)"
    assert not keyring.load(path).pending  # copied once, not again
    ctx.engine.dispose()
    assert audit.verify_trail(made.ctx).intact


def test_setting_up_twice_is_refused_and_passwords_are_checked(tmp_path, school):
    path, _, _ = school
    with pytest.raises(Refused, match="already has an administrator"):
        access.set_up_administrator(path, "Someone", PASSWORD, PASSWORD)
    with pytest.raises(ValidationFailed) as short:
        access.set_up_administrator(tmp_path / "new.sqlite", "Anne", "short", "short")
    assert "at least 10" in short.value.for_field("password")[0]
    with pytest.raises(ValidationFailed) as differ:
        access.set_up_administrator(tmp_path / "new.sqlite", "Anne", PASSWORD, PASSWORD + "x")
    assert differ.value.for_field("confirm")
    assert not (tmp_path / "new.sqlite").exists()


def test_a_plain_register_is_converted_keeping_all_its_data(tmp_path):
    path = tmp_path / "school.sqlite"
    plain = open_register(path)
    demo.fill_demo(plain, pupils=25, seed=9, history=True)
    with Session(plain.engine) as session:
        surnames = long_enough(p.legal_surname for p in session.exec(select(Pupil)).all())
    plain.engine.dispose()
    conn = sqlite3.connect(path)
    entries = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    tables = ("pupil", "carer", "pupil_carer", "letter_run", "letter", "opt_out", "setting",
              "school", "letter_template", "letter_pupil", "opt_out_withdrawal")
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    conn.close()
    assert before["opt_out"] and before["letter"]  # a school with a history
    backups = tmp_path / "backups"
    backups.mkdir()
    shutil.copyfile(path, backups / "school-2026-11-01_120000.sqlite")  # an older plain copy

    made = access.set_up_administrator(path, "Anne Admin", PASSWORD, PASSWORD)
    assert made.encrypted_existing
    made.ctx.engine.dispose()
    assert not cipher.is_plain(path)
    assert not cipher.encrypting_name(path).exists()
    for file in (path, backups / "school-2026-11-01_120000.sqlite"):
        assert not [s for s in surnames if s.encode("utf-8") in file.read_bytes()], file
    conn = cipher.connect(path, made.ctx.unlocked.key)
    try:
        # Everything as it was, plus the administrator and the entry saying so.
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == entries + 1
        assert conn.execute("SELECT name, active FROM staff_member ORDER BY id").fetchall() \
            == [("Office", 0), ("Anne Admin", 1)]
    finally:
        conn.close()
    ctx = access.log_in_and_open(path, "Anne Admin", PASSWORD, how=None)
    assert pupils.count_pupils(ctx) == 25
    assert audit.verify_trail(ctx).intact
    ctx.engine.dispose()
    # Every row is the row the plain register held.
    check = cipher.connect(path, made.ctx.unlocked.key)
    try:
        after = {t: check.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                 for t in tables}
    finally:
        check.close()
    assert after == before


def test_an_interrupted_conversion_is_finished_on_the_next_start(tmp_path, monkeypatch):
    path = tmp_path / "school.sqlite"
    plain = open_register(path)
    demo.fill_demo(plain, pupils=5, seed=2)
    plain.engine.dispose()

    def power_cut(_plain, _encrypted):
        raise KeyboardInterrupt

    monkeypatch.setattr(cipher, "replace_plain", power_cut)
    with pytest.raises(KeyboardInterrupt):
        access.set_up_administrator(path, "Anne Admin", PASSWORD, PASSWORD)
    monkeypatch.undo()
    assert keyring.exists(path) and cipher.encrypting_name(path).exists()
    ctx = access.log_in_and_open(path, "Anne Admin", PASSWORD)
    assert pupils.count_pupils(ctx) == 5 and not cipher.is_plain(path)
    assert not cipher.encrypting_name(path).exists()
    ctx.engine.dispose()


def test_the_recovery_key_sets_a_new_administrator_password(school):
    path, made, _ = school
    made.ctx.engine.dispose()
    with pytest.raises(LoginRefused):
        access.recover_administrator(path, "AAAAA-" * 7 + "AAAAA", "Anne Admin",
                                     "brand new password", "brand new password")
    ctx = access.recover_administrator(path, made.recovery_key, "Anne Admin",
                                       "brand new password", "brand new password")
    assert ctx.actor.name == "Anne Admin" and ctx.actor.is_admin
    assert audit.recent_entries(ctx)[0].action == access.RECOVERED
    ctx.engine.dispose()
    with pytest.raises(LoginRefused):
        access.log_in_and_open(path, "Anne Admin", PASSWORD)
    access.log_in_and_open(path, "Anne Admin", "brand new password").engine.dispose()


def test_the_recovery_key_can_make_a_new_administrator_when_every_name_is_forgotten(school):
    path, made, _ = school
    ctx = access.recover_administrator(path, made.recovery_key, "Bea Bursar",
                                       "another long password", "another long password")
    with Session(ctx.engine) as session:
        bea = session.exec(select(StaffMember).where(StaffMember.name == "Bea Bursar")).one()
        assert bea.role == "administrator" and bea.active
        assert session.exec(select(AuditEntry).where(
            AuditEntry.action == access.RECOVERED)).one().staff_name == "Bea Bursar"
    ctx.engine.dispose()


def test_the_demo_school_has_its_own_encrypted_register_and_login(tmp_path):
    path = tmp_path / "desc-demo.sqlite"
    ctx = access.open_demo(path)
    assert ctx.actor.name == access.DEMO_NAME and keyring.exists(path)
    ctx.engine.dispose()
    again = access.log_in_and_open(path, *access.demo_login())
    again.engine.dispose()


def test_a_backup_travels_with_its_key_file_and_opens_with_the_recovery_key(school, tmp_path):
    from desc_desktop.security import login
    from desc_desktop.services import backups

    _path, made, surnames = school
    target = tmp_path / "usb" / "backup.sqlite"
    backups.back_up_to(made.ctx, target)
    assert keyring.exists(target)
    assert not [s for s in surnames if s.encode("utf-8") in target.read_bytes()]
    assert login.open_with_recovery_key(target, made.recovery_key).key == made.ctx.unlocked.key
    assert login.log_in(target, "Anne Admin", PASSWORD).key == made.ctx.unlocked.key
    assert not keyring.load(target).pending  # the key slots only, not who tried to log in


def test_a_backup_from_before_encryption_restores_into_the_encrypted_register(tmp_path):
    from desc_desktop.services import backups, restore

    path = tmp_path / "school.sqlite"
    plain = open_register(path)
    demo.fill_demo(plain, pupils=12, seed=6)
    old_backup = tmp_path / "usb" / "before-logins.sqlite"
    backups.back_up_to(plain, old_backup)  # a plain backup, on a USB stick
    plain.engine.dispose()
    made = access.set_up_administrator(path, "Anne Admin", PASSWORD, PASSWORD)
    pupils.delete_pupil(made.ctx, pupils.list_pupils(made.ctx)[0].id)
    actor = made.ctx.actor
    made.ctx.engine.dispose()
    restore.restore_backup(path, old_backup, actor=actor)
    assert not cipher.is_plain(path)
    ctx = access.log_in_and_open(path, "Anne Admin", PASSWORD, how=None)
    assert pupils.count_pupils(ctx) == 12
    ctx.engine.dispose()
