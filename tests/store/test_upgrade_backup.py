"""An older database is copied beside itself before it is upgraded."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from desc_desktop.store import engine as engine_module
from desc_desktop.store import migrate
from desc_desktop.store.engine import open_database


def test_older_schema_is_backed_up_before_upgrading(tmp_path, monkeypatch):
    path = tmp_path / "school.sqlite"
    engine = open_database(path)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('kept', 'yes')"))
    engine.dispose()

    # Pretend the app now knows a later revision than the file has.
    real_state = migrate.schema_state
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "schema_state", lambda current: migrate.SchemaState(
        current=current, head="9999", known=real_state(current).known))
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda eng: upgraded.append("yes"))

    open_database(path).dispose()

    assert upgraded == ["yes"]
    copies = [p for p in tmp_path.iterdir() if ".before-upgrade-0001." in p.name]
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("SELECT value FROM setting WHERE key = 'kept'").fetchone() == ("yes",)
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
