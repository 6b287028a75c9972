"""Encrypted registers: SQLCipher connections, which key opens which file, and turning a
plain register into an encrypted one.

Every connection to an encrypted file gives the key as its very first statement, raw (32
bytes as hex), so SQLCipher skips its own key derivation: the slow, memory-hard step is
done once, at login (security/keys.py).

The keys this process has opened are remembered by file (`remember`), so that copies made
with SQLite's backup API (store/db_copy.py) and the backups made from them open with the
same key without asking again: a copy of an encrypted register is encrypted with its key.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlcipher3.dbapi2 as _sqlcipher

from desc_desktop.store.files import remove_with_sidecars, sync_folder

PLAIN_HEADER = b"SQLite format 3\x00"
ENCRYPTING = ".encrypting"
"""Beside the register while it is being encrypted; see `encrypt_plain_register`."""

Error = (sqlite3.Error, _sqlcipher.Error)
DatabaseError = (sqlite3.DatabaseError, _sqlcipher.DatabaseError)
OperationalError = (sqlite3.OperationalError, _sqlcipher.OperationalError)

_known: dict[Path, bytes] = {}


def sqlcipher() -> ModuleType:
    return _sqlcipher


def key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("a register key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def is_plain(path: Path) -> bool:
    """True when the file is an unencrypted SQLite database (an encrypted one's first bytes
    are random)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def connect(path: Path, key: bytes | None, *, read_only: bool = False, timeout: float = 5.0,
            check_same_thread: bool = True) -> Any:
    """A DB-API connection: sqlite3 for a plain file, sqlcipher3 keyed for an encrypted one.

    For an encrypted file the key is the first statement; the first read then fails with
    DatabaseError ("file is not a database") if the key is not this file's."""
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=timeout,
                               check_same_thread=check_same_thread)
    module = sqlcipher()
    conn = module.connect(target, uri=read_only, timeout=timeout,
                          check_same_thread=check_same_thread)
    try:
        conn.execute(key_pragma(key))
        _quiet(conn)
    except BaseException:
        conn.close()
        raise
    return conn


_quietened = False


def _quiet(conn: Any) -> None:
    """SQLCipher writes its own errors to stderr (a wrong key: "hmac check failed"); the app
    reports them itself, in plain words."""
    global _quietened
    if not _quietened:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _quietened = True


# -- which key opens which file ---------------------------------------------------------


def _where(path: Path) -> Path:
    return Path(path).resolve()


def remember(path: Path, key: bytes) -> None:
    _known[_where(path)] = key


def forget(path: Path) -> None:
    _known.pop(_where(path), None)


def forget_all() -> None:
    _known.clear()


def key_for(path: Path) -> bytes | None:
    """The key for `path`: the one remembered for it, else (for an encrypted file this
    process has no key for, a backup say) the first key remembered for any file that opens
    it. None for a plain file, or one no known key opens."""
    where = _where(path)
    if where in _known:
        return _known[where]
    if not path.is_file() or path.stat().st_size == 0 or is_plain(path):
        return None
    for key in dict.fromkeys(_known.values()):
        if opens_with(path, key):
            _known[where] = key
            return key
    return None


def opens_with(path: Path, key: bytes) -> bool:
    try:
        conn = connect(path, key, read_only=True)
    except Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DatabaseError:
        return False
    finally:
        conn.close()


def share_key(source: Path, target: Path) -> None:
    """`target` is (or will be) a copy of `source`: the same key opens it."""
    key = key_for(source)
    if key is None:
        forget(target)
    else:
        remember(target, key)


# -- plain to encrypted -----------------------------------------------------------------


def encrypting_name(path: Path) -> Path:
    return path.with_name(path.name + ENCRYPTING)


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """An encrypted copy of the plain register (SQLCipher's sqlcipher_export), checked to
    hold exactly what the plain one holds. `target` is replaced."""
    remove_with_sidecars(target)
    module = sqlcipher()
    source = module.connect(str(plain))  # no key: SQLCipher reads a plain file as SQLite
    try:
        literal = str(target).replace("'", "''")
        source.execute(f"ATTACH DATABASE '{literal}' AS encrypted KEY \"x'{key.hex()}'\"")
        _quiet(source)
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute("DETACH DATABASE encrypted")
        expected = content_digest(source)
    finally:
        source.close()
    check = connect(target, key)
    try:
        if check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise _sqlcipher.DatabaseError("the encrypted copy did not pass the integrity check")
        if content_digest(check) != expected:
            raise _sqlcipher.DatabaseError("the encrypted copy does not hold the same data")
        check.execute("PRAGMA journal_mode = DELETE")
    finally:
        check.close()
    _fsync(target)


def content_digest(conn: Any) -> str:
    """A SHA-256 over the schema and every row of every table, in rowid order."""
    digest = hashlib.sha256()
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                               "ORDER BY type, name"):
        digest.update(sql.encode("utf-8"))
    for table in tables:
        digest.update(table.encode("utf-8"))
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()


def replace_plain(plain: Path, encrypted: Path) -> None:
    """Put the checked encrypted copy in the plain register's place, the plain bytes
    overwritten first (in place, then flushed to disk) rather than only unlinked.

    Safe to repeat: if it is cut short, `finish_interrupted` does it again on next start.
    """
    for suffix in ("-wal", "-shm", "-journal"):
        _wipe(plain.with_name(plain.name + suffix))
    _wipe(plain)
    os.replace(encrypted, plain)
    sync_folder(plain.parent)


def finish_interrupted(path: Path) -> bool:
    """Complete an encryption cut short after its key file was written (the key file is
    written only once the encrypted copy has been checked); True if there was one."""
    encrypted = encrypting_name(path)
    if not encrypted.is_file():
        return False
    replace_plain(path, encrypted)
    return True


def _wipe(path: Path) -> None:
    """Overwrite a file's bytes with zeros and flush them, then remove it. On an SSD the
    old blocks may survive elsewhere in the drive: whole-disk encryption (BitLocker) is
    what covers that, and the policy asks for it on office PCs."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as handle:
        chunk = bytes(1 << 20)
        left = size
        while left > 0:
            n = min(left, len(chunk))
            handle.write(chunk[:n])
            left -= n
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
