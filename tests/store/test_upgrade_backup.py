"""An older database is copied beside itself before it is upgraded."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from desc_desktop.store import engine as engine_module
from desc_desktop.store import migrate
from desc_desktop.store.engine import make_engine, open_database


def test_older_schema_is_backed_up_then_upgraded_keeping_the_data(tmp_path):
    path = tmp_path / "school.sqlite"
    engine = make_engine(path)
    migrate.upgrade_to(engine, "0001")  # a database as the first release left it
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('kept', 'yes')"))
    engine.dispose()

    upgraded = open_database(path)
    try:
        with upgraded.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                migrate.HEAD
            assert conn.execute(text("SELECT value FROM setting")).scalar() == "yes"
            conn.execute(text("SELECT count(*) FROM letter_run")).scalar()  # 0002's table
    finally:
        upgraded.dispose()
    copies = [p for p in tmp_path.iterdir() if ".before-upgrade-0001." in p.name]
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("SELECT value FROM setting WHERE key = 'kept'").fetchone() == ("yes",)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()


def test_a_new_database_needs_no_backup(tmp_path):
    open_database(tmp_path / "fresh.sqlite").dispose()
    assert not [p for p in tmp_path.iterdir() if "before-upgrade" in p.name]


def test_backup_copy_is_a_consistent_database(tmp_path):
    path = tmp_path / "school.sqlite"
    engine = open_database(path)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('a', 'b')"))
    copy = engine_module.backup_copy(path, "manual")
    engine.dispose()
    assert copy.parent == tmp_path and copy.suffix == ".sqlite"
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT value FROM setting").fetchall() == [("b",)]
