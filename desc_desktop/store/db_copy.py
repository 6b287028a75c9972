"""Copies of the register file, made, checked and put back in one place.

A copy is made with SQLite's online backup API (consistent while the app keeps working),
written under a temporary name and renamed only once it has been checked, so a file with
a backup's name is always a whole, checked backup. A copy is put back with the same API
the other way, inside one SQLite transaction: the register holds either all of the old
data or all of the restored, whatever happens part way.

Every connection to a register or a copy of one is made by `connect_file`: when the
register is encrypted, that is where the key is given (a copy made with the backup API of
an encrypted database is encrypted with the same key; store/cipher.py remembers which key
opens which file). A copy of an encrypted register gets a copy of its key file beside it
(`<copy>.keys`, the key slots only), so a backup opens with a staff password or the
recovery key wherever it is taken.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desc_desktop.security import keyring
from desc_desktop.store import cipher, files, migrate
from desc_desktop.store.errors import DatabaseUnavailable

PARTIAL = ".partial"
"""Added to a file's name while it is being written; such a file is never a backup."""


class CopyUnusable(DatabaseUnavailable):
    """A copy (a backup, or one about to be) that must not be used; the message says why."""


@dataclass(frozen=True)
class CopyCheck:
    """What a checked copy holds: counts and moments, never anyone's details."""

    revision: str
    needs_upgrade: bool
    pupils: int
    pupils_on_roll: int
    last_entry_id: int
    last_change_at: datetime | None
    """When the latest audit entry in it was written (UTC): the register as it was then."""


def connect_file(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A DB-API connection to a register or a copy: the one place to give a key (sqlite3
    for a plain file, sqlcipher3 with the key for an encrypted one)."""
    return cipher.connect(path, cipher.key_for(path), read_only=read_only)


def partial_name(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL)


def aside_name(database: Path, label: str, when: datetime | None = None) -> Path:
    """Where the register is kept aside before an upgrade or a restore, beside itself."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}.{label}.{stamp}{database.suffix or '.sqlite'}")


def copy_database(source: Path, target: Path) -> CopyCheck:
    """Copy the register at `source` to `target` (replacing it), checked before it is named.

    Raises CopyUnusable if the copy does not pass the checks; no file is left then.
    """
    if not source.is_file():
        raise CopyUnusable(f"There is no register at {source} to copy.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_name(target)
    partial.unlink(missing_ok=True)  # left by a copy that was cut short
    cipher.share_key(source, partial)
    cipher.share_key(source, target)
    try:
        _online_copy(source, partial)
        check = check_copy(partial)
        copy_key_file(source, target)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        cipher.forget(partial)
    return check


def copy_key_file(source: Path, target: Path) -> None:
    """The key slots of `source`'s key file beside `target` (none if `source` has none)."""
    ring = keyring.load(source)
    if ring is None:
        keyring.remove(target)
    else:
        keyring.save(target, ring.for_backup())


def _online_copy(source: Path, target: Path) -> None:
    src = connect_file(source)
    try:
        dest = connect_file(target)
        try:
            src.backup(dest)
            # One self-contained file: a copy left in WAL mode would need files beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def check_copy(path: Path) -> CopyCheck:
    """Open the copy read-only, run SQLite's integrity check and read its schema revision
    and counts. Raises CopyUnusable naming what is wrong (never what the file holds)."""
    try:
        conn = connect_file(path, read_only=True)
    except cipher.Error:
        raise CopyUnusable(f"{path.name} could not be opened.") from None
    try:
        _check_integrity(conn, path)
        revision = _revision(conn, path)
        state = migrate.schema_state(revision)
        if state.too_new:
            raise CopyUnusable(
                f"{path.name} was made by a newer version of DESC Desktop. Install that "
                "version to use it; nothing has been changed.")
        return CopyCheck(revision=revision, needs_upgrade=state.needs_upgrade,
                         **_counts(conn))
    finally:
        conn.close()


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except cipher.DatabaseError as e:
        if "not a database" in str(e):
            raise CopyUnusable(not_a_database(path)) from None
        result = []
    if result != [("ok",)]:
        raise CopyUnusable(f"{path.name} is damaged: it did not pass SQLite's integrity "
                           "check. Choose another backup.")


def _revision(conn: sqlite3.Connection, path: Path) -> str:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except cipher.DatabaseError:
        row = None
    if not row:
        raise CopyUnusable(f"{path.name} is a database, but not a DESC Desktop register.")
    return row[0]


def _counts(conn: sqlite3.Connection) -> dict:
    pupils, on_roll = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE leaving_date IS NULL) FROM pupil").fetchone()
    last_id, last_at = conn.execute("SELECT max(id), max(at) FROM audit_entry").fetchone()
    return {"pupils": pupils, "pupils_on_roll": on_roll, "last_entry_id": last_id or 0,
            "last_change_at": _utc(last_at)}


def _utc(stored: str | None) -> datetime | None:
    if not stored:
        return None
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def stage_copy(source: Path, staged: Path) -> None:
    """A working copy of a file chosen to restore, byte for byte (the chosen file itself is
    never opened by SQLite, so nothing is written beside it, on a USB stick say), made one
    self-contained file."""
    for suffix in ("", "-wal", keyring.SUFFIX):
        original = source.with_name(source.name + suffix)
        if suffix and not original.exists():
            continue
        shutil.copyfile(original, staged.with_name(staged.name + suffix))
    cipher.share_key(source, staged)
    conn = connect_file(staged)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # takes in what the -wal file held
    except cipher.DatabaseError:
        raise CopyUnusable(not_a_database(source)) from None
    finally:
        conn.close()


def not_a_database(path: Path) -> str:
    """Why a file cannot be read as a register, in words for the office."""
    if path.is_file() and not cipher.is_plain(path) and keyring.exists(path):
        return (f"{path.name} is an encrypted backup of another register (or made before "
                "its key was changed): open it with a staff password or the recovery key "
                "from that register.")
    if path.is_file() and not cipher.is_plain(path) and path.stat().st_size:
        return (f"{path.name} is not a DESC Desktop backup this register can open: it is "
                "not a database file, or it is encrypted and its key file "
                f"({path.name}{keyring.SUFFIX}) is not beside it.")
    return f"{path.name} is not a DESC Desktop backup (it is not a database file)."


def make_self_contained(path: Path) -> None:
    conn = connect_file(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def remove_with_sidecars(path: Path) -> None:
    """The file, its SQLite sidecars and its key file."""
    files.remove_with_sidecars(path, keyring.SUFFIX)
    cipher.forget(path)


def keep_aside(database: Path, label: str) -> Path | None:
    """A timestamped copy of the register beside it, as it is now; None if there is none.

    A register too damaged to copy the ordinary way is copied byte for byte instead (with
    its -wal file): it is kept as it is, not refused, since it may be why a backup is being
    restored.
    """
    if not database.is_file():
        return None
    target = aside_name(database, label)
    try:
        copy_database(database, target)
    except (*cipher.DatabaseError, CopyUnusable):
        for suffix in ("", "-wal", keyring.SUFFIX):
            original = database.with_name(database.name + suffix)
            if original.exists():
                shutil.copyfile(original, target.with_name(target.name + suffix))
    return target


def restore_into(database: Path, staged: Path) -> None:
    """Make the register at `database` hold what the checked copy `staged` holds.

    With the backup API into the register itself: one transaction, so it is wholly done or
    not at all, and any connection still open sees one or the other. A register SQLite
    cannot read at all is replaced as a file instead (renamed into place, equally whole).
    """
    if not database.is_file():
        copy_database(staged, database)
        return
    key = cipher.key_for(database)
    if key is not None and cipher.is_plain(staged):
        # A backup from before the register was encrypted: encrypted with its key first,
        # so the register stays encrypted (and SQLite's backup API copies like to like).
        encrypted = cipher.encrypting_name(staged)
        cipher.export_encrypted(staged, encrypted, key)
        cipher.remember(encrypted, key)
        try:
            restore_into(database, encrypted)
        finally:
            remove_with_sidecars(encrypted)
        return
    try:
        _backup_into(staged, database)
    except cipher.OperationalError as e:
        if "not a database" not in str(e):  # SQLCipher says so as an OperationalError
            raise  # busy or out of space: the register is as it was
        _replace_file(staged, database)
    except cipher.DatabaseError:
        _replace_file(staged, database)


def _backup_into(staged: Path, database: Path) -> None:
    src = connect_file(staged, read_only=True)
    try:
        dest = connect_file(database)
        try:
            src.backup(dest)
            dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dest.close()
    finally:
        src.close()


def _replace_file(staged: Path, database: Path) -> None:
    partial = partial_name(database)
    shutil.copyfile(staged, partial)
    # The damaged file's write-ahead log belongs to it, not to the restored data (and was
    # kept aside with it).
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(partial, database)


def quick_check(database: Path) -> bool:
    conn = connect_file(database)
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except cipher.DatabaseError:
        return False
    finally:
        conn.close()
