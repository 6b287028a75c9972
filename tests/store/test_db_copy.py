"""Copies of the register: made whole and checked, refused when unusable, put back whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desc_desktop.services import pupils
from desc_desktop.store import db_copy, migrate
from desc_desktop.store.db_copy import CopyUnusable
from desc_desktop.store.engine import make_engine, open_database


def register_path(ctx) -> Path:
    return Path(ctx.engine.url.database)


def names_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT legal_surname FROM pupil ORDER BY id")]
    finally:
        conn.close()


def test_a_copy_is_checked_self_contained_and_leaves_no_partial_file(ctx, pupil_data, tmp_path):
    pupils.create_pupil(ctx, pupil_data())
    target = tmp_path / "out" / "copy.sqlite"
    check = db_copy.copy_database(register_path(ctx), target)
    assert (check.revision, check.needs_upgrade) == (migrate.HEAD, False)
    assert (check.pupils, check.pupils_on_roll) == (1, 1)
    assert check.last_entry_id >= 1 and check.last_change_at is not None
    assert names_in(target) == ["Quillfeather"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite"]
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()


def test_a_copy_sees_only_committed_work(ctx, pupil_data, tmp_path):
    pupils.create_pupil(ctx, pupil_data())
    with ctx.unit_of_work("test.unfinished") as uow:
        uow.session.connection().execute(text(
            "UPDATE pupil SET legal_surname = 'Halfway'"))
        db_copy.copy_database(register_path(ctx), tmp_path / "copy.sqlite")
    assert names_in(tmp_path / "copy.sqlite") == ["Quillfeather"]


def test_garbage_is_not_a_backup(tmp_path):
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"Dear parent, " * 500)
    with pytest.raises(CopyUnusable, match="not a database file"):
        db_copy.check_copy(junk)


def test_a_damaged_copy_fails_the_integrity_check(ctx, pupil_data, tmp_path):
    for n in range(300):
        pupils.create_pupil(ctx, pupil_data(legal_forename=f"Tamsin{n}" * 20))
    copy = tmp_path / "copy.sqlite"
    db_copy.copy_database(register_path(ctx), copy)
    data = bytearray(copy.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 2):  # scribble over pages
        data[offset + 100: offset + 400] = b"\xff" * 300
    copy.write_bytes(bytes(data))
    with pytest.raises(CopyUnusable, match="integrity check"):
        db_copy.check_copy(copy)


def test_another_database_is_not_a_register(tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (x)")
    with pytest.raises(CopyUnusable, match="not a DESC Desktop register"):
        db_copy.check_copy(other)


def test_a_copy_from_a_newer_version_is_refused(ctx, tmp_path):
    copy = tmp_path / "copy.sqlite"
    db_copy.copy_database(register_path(ctx), copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(CopyUnusable, match="newer version"):
        db_copy.check_copy(copy)


def test_an_older_copy_is_accepted_and_marked_for_upgrade(tmp_path):
    old = tmp_path / "old.sqlite"
    engine = make_engine(old)
    migrate.upgrade_to(engine, "0002")
    engine.dispose()
    db_copy.make_self_contained(old)
    check = db_copy.check_copy(old)
    assert (check.revision, check.needs_upgrade) == ("0002", True)


def test_restoring_into_an_open_register_replaces_its_data_in_one_step(ctx, pupil_data,
                                                                       tmp_path):
    pupils.create_pupil(ctx, pupil_data(legal_surname="Before"))
    saved = tmp_path / "saved.sqlite"
    db_copy.copy_database(register_path(ctx), saved)
    pupils.create_pupil(ctx, pupil_data(legal_surname="After"))
    with ctx.reading() as session:  # a connection of the app stays open in the pool
        session.connection()
    db_copy.restore_into(register_path(ctx), saved)
    assert [p.legal_surname for p in pupils.list_pupils(ctx)] == ["Before"]
    conn = sqlite3.connect(register_path(ctx))
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_an_unreadable_register_is_replaced_as_a_file(ctx, pupil_data, tmp_path):
    pupils.create_pupil(ctx, pupil_data(legal_surname="Saved"))
    saved = tmp_path / "saved.sqlite"
    database = register_path(ctx)
    db_copy.copy_database(database, saved)
    ctx.engine.dispose()
    database.write_bytes(b"\x00garbage" * 4096)
    aside = db_copy.keep_aside(database, "before-restore")
    assert aside.read_bytes() == database.read_bytes()  # kept as it was, damaged or not
    db_copy.restore_into(database, saved)
    assert names_in(database) == ["Saved"]
    assert db_copy.quick_check(database)


def test_restoring_where_there_is_no_register_yet(tmp_path, ctx):
    saved = tmp_path / "saved.sqlite"
    db_copy.copy_database(register_path(ctx), saved)
    fresh = tmp_path / "new-pc" / "desc-desktop.sqlite"
    db_copy.restore_into(fresh, saved)
    open_database(fresh).dispose()
    assert db_copy.check_copy(fresh).revision == migrate.HEAD


def test_keeping_aside_a_healthy_register_makes_a_checked_copy(ctx, pupil_data):
    pupils.create_pupil(ctx, pupil_data())
    aside = db_copy.keep_aside(register_path(ctx), "before-restore")
    assert ".before-restore." in aside.name and aside.parent == register_path(ctx).parent
    assert db_copy.check_copy(aside).pupils == 1
    assert db_copy.keep_aside(register_path(ctx).with_name("none.sqlite"), "x") is None


def test_staging_takes_in_a_write_ahead_log(ctx, pupil_data, tmp_path):
    pupils.create_pupil(ctx, pupil_data())
    database = register_path(ctx)
    # A raw copy of a register in use: its latest commits are still in the -wal file.
    raw = tmp_path / "raw" / "copy.sqlite"
    raw.parent.mkdir()
    with ctx.reading() as session:
        session.connection()
        for suffix in ("", "-wal"):
            raw.with_name(raw.name + suffix).write_bytes(
                database.with_name(database.name + suffix).read_bytes())
    assert raw.with_name("copy.sqlite-wal").stat().st_size > 0
    staged = tmp_path / "staged.sqlite"
    db_copy.stage_copy(raw, staged)
    assert db_copy.check_copy(staged).pupils == 1
    assert not staged.with_name("staged.sqlite-wal").exists()
