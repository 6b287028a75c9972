"""One copy of the app at a time on a register: a lock file beside the database.

The lock is SQLite's own file lock on a small empty database named `<register>.lock`, held
by an open transaction: SQLite takes it the portable way on every system (LockFileEx on
Windows, its own locking elsewhere), and the operating system drops it when the holder
exits, however it exits, so a crash or a killed process never leaves a stale lock behind.
The file itself stays (deleting it could let two holders lock two different files).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desc_desktop.store.errors import RegisterInUse

log = logging.getLogger(__name__)

IN_USE_MESSAGE = (
    "DESC Desktop already has this register open in another window on this computer "
    "(perhaps another member of staff's). Switch to that window, or close it, then try "
    "again. Nothing has been changed.")

_held: dict[Path, sqlite3.Connection | None] = {}
"""The registers this process holds, by resolved path (None: the folder could not hold a
lock file, so no lock is possible and none is claimed)."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _key(database: Path) -> Path:
    return Path(database).resolve()


def held_here(database: Path) -> bool:
    return _key(database) in _held


def acquire(database: Path) -> None:
    """Hold the register's lock for this process (no-op if it already does).

    Raises RegisterInUse when another process holds it.
    """
    key = _key(database)
    if key in _held:
        return
    key.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(lock_path(key), timeout=0, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error:
        # A read-only folder cannot hold a lock file; the register cannot be written there
        # either, so SQLite itself will say so on the first change.
        log.warning("No lock file could be made beside the register")
        _held[key] = None
        return
    try:
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as e:
        conn.close()
        if "locked" in str(e) or "busy" in str(e):
            raise RegisterInUse(IN_USE_MESSAGE) from None
        log.warning("The lock file beside the register could not be locked")
        _held[key] = None
        return
    _held[key] = conn


def release(database: Path) -> None:
    conn = _held.pop(_key(database), None)
    if conn is not None:
        conn.close()  # closing ends the transaction, and with it the lock


def release_all() -> None:
    for key in list(_held):
        release(key)


@contextmanager
def exclusive(database: Path) -> Iterator[None]:
    """The lock for the length of a block: kept if this process already held it (the window
    restoring its own register), else taken now and given back after."""
    if held_here(database):
        yield
        return
    acquire(database)
    try:
        yield
    finally:
        release(database)
