"""Opening the database: the engine, its pragmas, and bringing the schema up to date."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlmodel import create_engine

from desc_desktop.domain.search import fold
from desc_desktop.store import cipher, db_copy, migrate
from desc_desktop.store.errors import DatabaseUnavailable


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """The engine on the register at `path`; with `key`, an encrypted (SQLCipher) one.

    An encrypted register's connections are made by sqlcipher3 with the key as their first
    statement; SQLAlchemy's SQLite dialect is the same either way."""
    # hide_parameters: a failed statement's message must not repeat pupils' details.
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10},
                               hide_parameters=True)
    else:
        cipher.remember(path, key)
        engine = create_engine(
            f"sqlite:///{path}", module=cipher.sqlcipher(), hide_parameters=True,
            creator=lambda: cipher.connect(path, key, timeout=10, check_same_thread=False))
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


WRITE = {"desc_write": True}
"""Execution options for a connection whose transaction will write: it takes SQLite's write
lock at once (BEGIN IMMEDIATE), so what it reads first stays true until it commits."""


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("desc_write")
                         else "BEGIN")


def _configure_connection(dbapi_connection: sqlite3.Connection, _record) -> None:
    # Case- and accent-blind matching and ordering ("elise" finds "Élise"); SQLite's own
    # lower() and LIKE only fold A to Z.
    dbapi_connection.create_function("desc_fold", 1, _fold_or_none, deterministic=True)
    # Transactions are begun by SQLAlchemy (see _begin), not implicitly by the driver.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # NORMAL keeps every commit atomic in WAL mode; FULL would add an fsync per commit.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _fold_or_none(value: str | None) -> str | None:
    return None if value is None else fold(value)


def open_database(path: Path, key: bytes | None = None) -> Engine:
    """The register at `path`, created or upgraded as needed; `key` for an encrypted one."""
    try:
        return _open_database(Path(path), key)
    except DatabaseUnavailable:
        raise
    except (*cipher.Error, DBAPIError, IsADirectoryError, PermissionError) as e:
        reason = getattr(e, "orig", None) or e
        if key is not None and "not a database" in str(reason):
            raise DatabaseUnavailable(
                f"The register file {path} could not be opened with its key: it is damaged, "
                "or its key file belongs to another register.") from e
        raise DatabaseUnavailable(
            f"The register file {path} could not be opened ({reason}). Check that it is a "
            "DESC Desktop database and that you may read and write it.") from e


def _open_database(path: Path, key: bytes | None) -> Engine:
    """Open (creating if needed) and migrate the database at `path`.

    An existing database on an older schema is first copied beside itself, so an upgrade
    that goes wrong never costs the school its data. A newer schema is refused.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # Read the schema version before the engine's pragmas (WAL) may change the file.
    state = migrate.schema_state(migrate.read_revision(path, key))
    if state.too_new:
        raise migrate.DatabaseTooNew(
            "This database was saved by a newer version of DESC Desktop. "
            "Install the newer version to open it; nothing has been changed.")
    engine = make_engine(path, key)
    try:
        if state.needs_upgrade and state.current is not None:
            backup_copy(path, f"before-upgrade-{state.current}")
            prune_copies(path, "before-upgrade-", keep=3)
        if state.needs_upgrade:
            migrate.upgrade_to_head(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def prune_copies(path: Path, label_prefix: str, keep: int) -> None:
    """Keep only the newest `keep` copies: each is a full copy of the children's data."""
    # The copies themselves, not the key files and SQLite files beside them (counting those
    # kept fewer copies, and left copies without their key file): each goes with its own.
    suffix = path.suffix or ".sqlite"
    copies = sorted((p for p in path.parent.glob(f"{path.stem}.{label_prefix}*")
                     if p.name.endswith(suffix)),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[keep:]:
        db_copy.remove_with_sidecars(old)


def backup_copy(path: Path, label: str) -> Path:
    """A consistent, checked copy beside the database (SQLite's online backup API)."""
    target = db_copy.aside_name(path, label)
    db_copy.copy_database(path, target)
    return target
