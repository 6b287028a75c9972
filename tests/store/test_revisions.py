"""The version check that runs without Alembic, and files that are not registers."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.script import ScriptDirectory

from desc_desktop.store import migrate
from desc_desktop.store.engine import backup_copy, open_database, prune_copies
from desc_desktop.store.errors import DatabaseUnavailable


def test_revisions_constant_matches_alembic_history():
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    history = [rev.revision for rev in scripts.walk_revisions()]  # newest first
    assert tuple(reversed(history)) == migrate.REVISIONS
    assert scripts.get_current_head() == migrate.HEAD


def test_another_programs_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "accounts.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
    before = path.read_bytes()
    with pytest.raises(DatabaseUnavailable, match="not a DESC Desktop register"):
        open_database(path)
    assert path.read_bytes() == before
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert tables == {"invoice"}


def test_only_the_newest_upgrade_copies_are_kept(tmp_path):
    import os
    import time

    path = tmp_path / "school.sqlite"
    open_database(path).dispose()
    made = []
    for n in range(5):
        copy = backup_copy(path, f"before-upgrade-000{n}")
        os.utime(copy, (time.time() + n, time.time() + n))
        made.append(copy)
    prune_copies(path, "before-upgrade-", keep=3)
    assert sorted(p.name for p in tmp_path.glob("school.before-upgrade-*")) == sorted(
        p.name for p in made[2:])
    assert path.exists()
