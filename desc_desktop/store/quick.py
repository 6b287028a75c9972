"""The register table's rows read with plain sqlite3, for the first screen at start-up.

Only for a database already at the current schema with the school set up: anything else
(new, older, first run) goes the ordinary way through the engine and migrations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desc_desktop.store import cipher, migrate

PUPIL_ROW_SQL = ("SELECT id, upn, legal_surname, legal_forename, preferred_forename, year_group,"
                 " reg_group, dob, leaving_date FROM pupil")


@dataclass(frozen=True)
class QuickRead:
    rows: list[tuple]


def read_register_rows(path: Path, key: bytes | None = None) -> QuickRead | None:
    """The pupil rows as tuples (dates as date objects), or None to take the ordinary way.

    `key` for an encrypted register (the one the login opened)."""
    try:
        if migrate.read_revision(path, key) != migrate.HEAD:
            return None
        conn = cipher.connect(path, key, read_only=True)
    except (*cipher.Error, OSError, RuntimeError):
        return None  # the ordinary way reports the problem properly
    try:
        if conn.execute("SELECT 1 FROM school").fetchone() is None:
            return None
        rows = [(i, upn, s, f, p, y, r, date.fromisoformat(dob),
                 date.fromisoformat(left) if left else None)
                for i, upn, s, f, p, y, r, dob, left in conn.execute(PUPIL_ROW_SQL)]
        return QuickRead(rows=rows)
    except cipher.Error:
        return None
    finally:
        conn.close()
