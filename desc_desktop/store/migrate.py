"""Alembic, driven from code: the app upgrades a school's database itself on start.

Alembic is imported only when an upgrade is needed: it costs a tenth of a second at every
start otherwise. REVISIONS lists the revisions in order (tests/store checks it against
Alembic's own history), so the version check needs nothing but sqlite3.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desc_desktop.store import cipher
from desc_desktop.store.errors import DatabaseTooNew, DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

__all__ = ["HEAD", "REVISIONS", "DatabaseTooNew", "SchemaState", "read_revision",
           "schema_state", "upgrade_to", "upgrade_to_head"]

MIGRATIONS = Path(__file__).with_name("migrations")
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    known: bool

    @property
    def too_new(self) -> bool:
        return self.current is not None and not self.known

    @property
    def needs_upgrade(self) -> bool:
        return self.known and self.current != self.head


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def read_revision(path: Path, key: bytes | None = None) -> str | None:
    """The file's schema revision, read without changing anything (None: new or empty).

    `key` for an encrypted register (store/cipher.py)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = cipher.connect(path, key, read_only=True)
    try:
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'alembic_version'").fetchone()
        if not has_table:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone():
                raise DatabaseUnavailable(
                    f"{path} is a database, but not a DESC Desktop register. Nothing in it "
                    "was changed; choose the register file, or a new file name.")
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def schema_state(current: str | None) -> SchemaState:
    return SchemaState(current=current, head=HEAD, known=current is None or current in REVISIONS)


def upgrade_to_head(engine: Engine) -> None:
    upgrade_to(engine, "head")


def upgrade_to(engine: Engine, revision: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
