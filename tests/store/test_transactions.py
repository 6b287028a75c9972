"""A unit of work holds SQLite's write lock from its first statement; reads do not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desc_desktop.store.tables import Setting


def _other_writer(ctx) -> sqlite3.Connection:
    return sqlite3.connect(Path(ctx.engine.url.database), timeout=0.1)


def test_a_unit_of_work_keeps_other_writers_out_until_it_commits(ctx):
    with ctx.unit_of_work("test.write") as uow:
        other = _other_writer(ctx)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO setting (key, value) VALUES ('other', 'x')")
        other.close()
        uow.session.add(Setting(key="mine", value="y"))
    other = _other_writer(ctx)
    other.execute("INSERT INTO setting (key, value) VALUES ('other', 'x')")
    other.commit()
    other.close()


def test_reading_does_not_block_a_writer(ctx):
    with ctx.reading() as session:
        session.get(Setting, "anything")
        other = _other_writer(ctx)
        other.execute("INSERT INTO setting (key, value) VALUES ('other', 'x')")
        other.commit()
        other.close()
