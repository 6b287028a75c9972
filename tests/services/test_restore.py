"""Restore: a backup checked first, the register kept aside, then replaced whole, with its
audit entry in the restored register; unusable backups refused with nothing changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desc_desktop.services import audit, backup_status, backups, pupils, restore
from desc_desktop.services.errors import CANNOT_OPEN, Refused, RegisterInUse
from desc_desktop.store import db_copy, migrate, register_lock
from desc_desktop.store.engine import make_engine


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def surnames_of(ctx) -> list[str]:
    return [p.legal_surname for p in pupils.list_pupils(ctx)]


@pytest.fixture
def database(ctx) -> Path:
    return ctx.path


def test_round_trip_keeps_the_register_aside_and_records_the_restore(ctx, database,
                                                                     pupil_data, tmp_path):
    pupils.create_pupil(ctx, pupil_data(legal_surname="Ambleside"))
    saved = backups.back_up_to(ctx, tmp_path / "usb" / "friday.sqlite").path
    later = pupils.create_pupil(ctx, pupil_data(legal_surname="Brackenbury"))
    pupils.delete_pupil(ctx, pupils.list_pupils(ctx)[0].id)
    assert surnames_of(ctx) == ["Brackenbury"]
    saved_bytes = digest(saved)

    ctx.engine.dispose()
    done = restore.restore_backup(database, saved)

    assert surnames_of(ctx) == ["Ambleside"]
    assert digest(saved) == saved_bytes  # the backup itself is only read
    assert done.contents.pupils == 1 and not done.contents.needs_upgrade
    aside = done.kept_aside
    assert aside.parent == database.parent and ".before-restore." in aside.name
    conn = sqlite3.connect(aside)
    assert conn.execute("SELECT id FROM pupil").fetchall() == [(later,)]
    conn.close()
    newest = audit.recent_entries(ctx, limit=1)[0]
    assert newest.action == "backup.restored"
    assert newest.changes["kept aside as"] == aside.name
    assert newest.changes["file"] == str(saved)
    assert audit.verify_trail(ctx).intact
    assert not list(backup_status.backups_folder(database).glob(".restoring-*"))


def test_inspecting_says_what_a_backup_holds_and_changes_nothing(ctx, database, pupil_data,
                                                                 tmp_path):
    for surname in ("Ambleside", "Brackenbury", "Carrow"):
        pupils.create_pupil(ctx, pupil_data(legal_surname=surname))
    saved = backups.back_up_to(ctx, tmp_path / "saved.sqlite").path
    before = digest(database)
    contents = restore.inspect_backup(database, saved)
    assert (contents.pupils, contents.pupils_on_roll) == (3, 3)
    assert contents.revision == migrate.HEAD and contents.last_change_at is not None
    assert contents.file_date.date() == contents.last_change_at.astimezone().date()
    assert digest(database) == before
    assert not list(backup_status.backups_folder(database).glob(".restoring-*"))


def test_an_older_backup_is_upgraded_as_it_is_restored(ctx, database, tmp_path):
    old = tmp_path / "old-version.sqlite"
    engine = make_engine(old)
    migrate.upgrade_to(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO pupil (address_line1, address_line2, address_line3, town, county, "
            "postcode, legal_surname, legal_forename, preferred_surname, preferred_forename, "
            "dob, gender, year_group, reg_group, sen_status, ldd, created_at, updated_at) "
            "VALUES ('', '', '', '', '', '', 'Oldfield', 'Ada', '', '', '2014-01-02', 'F', "
            "'7', '7A', 'N', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    engine.dispose()
    db_copy.make_self_contained(old)

    ctx.engine.dispose()
    done = restore.restore_backup(database, old)
    assert done.contents.needs_upgrade and done.contents.revision == "0002"
    assert migrate.read_revision(database) == migrate.HEAD
    assert surnames_of(ctx) == ["Oldfield"]
    newest = audit.recent_entries(ctx, limit=1)[0]
    assert newest.changes["upgraded from schema"] == "0002"
    assert audit.verify_trail(ctx).intact


@pytest.mark.parametrize("spoil, message", [
    ("newer", "newer version"),
    ("garbage", "not a database file"),
    ("other", "not a DESC Desktop register"),
])
def test_an_unusable_backup_is_refused_and_nothing_changes(ctx, database, tmp_path, spoil,
                                                           message):
    bad = tmp_path / "bad.sqlite"
    if spoil == "garbage":
        bad.write_bytes(b"Not a database at all. " * 400)
    elif spoil == "other":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE recipes (name)")
    else:
        db_copy.copy_database(database, bad)
        with sqlite3.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    ctx.engine.dispose()
    before = digest(database)
    with pytest.raises(CANNOT_OPEN, match=message):
        restore.restore_backup(database, bad)
    assert digest(database) == before
    assert [p.name for p in database.parent.iterdir() if "before-restore" in p.name] == []


def test_no_restore_while_another_copy_of_the_app_has_the_register(ctx, database, tmp_path):
    saved = backups.back_up_to(ctx, tmp_path / "saved.sqlite").path
    ctx.engine.dispose()
    other_copy = sqlite3.connect(register_lock.lock_path(database), timeout=0)
    other_copy.execute("BEGIN EXCLUSIVE")  # held as another copy of the app holds it
    try:
        with pytest.raises(RegisterInUse, match="another window"):
            restore.restore_backup(database, saved)
    finally:
        other_copy.close()
    # The window restoring its own register holds the lock itself: that is allowed.
    register_lock.acquire(database)
    try:
        restore.restore_backup(database, saved)
        assert register_lock.held_here(database)
    finally:
        register_lock.release(database)


def _stamp_copies_aside(monkeypatch) -> None:
    """Each copy kept aside named as if made a minute after the one before (2026112 10, 11…)."""
    stamps = iter(range(10, 60))
    real = db_copy.aside_name
    monkeypatch.setattr(db_copy, "aside_name", lambda database, label: real(
        database, label).with_name(f"{database.stem}.{label}.2026112{next(stamps)}.sqlite"))


def test_only_the_newest_copies_kept_aside_stay(ctx, database, tmp_path, monkeypatch):
    saved = backups.back_up_to(ctx, tmp_path / "saved.sqlite").path
    ctx.engine.dispose()
    _stamp_copies_aside(monkeypatch)
    for _ in range(5):
        restore.restore_backup(database, saved)
    aside = [p for p in database.parent.iterdir() if "before-restore" in p.name]
    assert sorted(p.name for p in aside) == [f"t.before-restore.2026112{n}.sqlite"
                                             for n in (12, 13, 14)]


def test_copies_kept_aside_of_an_encrypted_register_keep_their_key_files(
        new_register, open_logged_in, tmp_path, monkeypatch):
    database = new_register(tmp_path / "school.sqlite")
    ctx = open_logged_in(database)
    saved = backups.back_up_to(ctx, tmp_path / "usb" / "saved.sqlite").path
    actor = ctx.actor
    ctx.engine.dispose()
    _stamp_copies_aside(monkeypatch)
    for _ in range(5):
        restore.restore_backup(database, saved, actor=actor)
    aside = sorted(p.name for p in tmp_path.iterdir() if "before-restore" in p.name)
    assert aside == [f"school.before-restore.2026112{n}.sqlite{end}"
                     for n in (12, 13, 14) for end in ("", ".keys")]


def test_a_register_with_staff_accounts_is_not_restored_without_a_login(
        new_register, open_logged_in, tmp_path):
    database = new_register(tmp_path / "school.sqlite")
    ctx = open_logged_in(database)
    saved = backups.back_up_to(ctx, tmp_path / "usb" / "saved.sqlite").path
    ctx.engine.dispose()
    before = digest(database)
    with pytest.raises(Refused, match="Log in as an administrator"):
        restore.restore_backup(database, saved)
    assert digest(database) == before
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]
