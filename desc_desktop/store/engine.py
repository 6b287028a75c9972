"""Opening the database: the engine, its pragmas, and bringing the schema up to date."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, event
from sqlmodel import create_engine

from desc_desktop.store import migrate


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})
    event.listen(engine, "connect", _configure_connection)
    return engine


def _configure_connection(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # NORMAL keeps every commit atomic in WAL mode; FULL would add an fsync per commit.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def open_database(path: Path) -> Engine:
    """Open (creating if needed) and migrate the database at `path`.

    An existing database on an older schema is first copied beside itself, so an upgrade
    that goes wrong never costs the school its data. A newer schema is refused.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            state = migrate.schema_state(conn)
        if state.too_new:
            raise migrate.DatabaseTooNew(
                "This database was saved by a newer version of DESC Desktop. "
                "Install the newer version to open it; nothing has been changed.")
        if state.needs_upgrade and state.current is not None:
            backup_copy(path, f"before-upgrade-{state.current}")
        if state.needs_upgrade:
            migrate.upgrade_to_head(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def backup_copy(path: Path, label: str) -> Path:
    """A consistent copy beside the database, made with SQLite's online backup API."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix or '.sqlite'}")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target
