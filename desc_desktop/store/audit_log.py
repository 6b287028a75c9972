"""Writing audit entries onto the hash chain, and reading the chain back as stored.

The database itself refuses UPDATE and DELETE on audit_entry (triggers made by migration
0004), so an entry is complete when it is inserted: its id and hash are worked out first.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection
from sqlmodel import Session, col, select

from desc_desktop.domain.audit_chain import GENESIS, ChainFields, entry_hash
from desc_desktop.store.tables import AuditEntry

GUARD_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")
"""The triggers that refuse changes; a table rebuilt by a later migration must make them
again (tests/store check they exist at head)."""

_CHAIN_SQL = ("SELECT id, at, staff_id, staff_name, action, entity, entity_id, pupil_id, "
              "summary, changes, hash FROM audit_entry ORDER BY id")


def append_entry(session: Session, entry: AuditEntry) -> AuditEntry:
    """Add `entry` at the end of the chain. Call inside a write transaction (BEGIN
    IMMEDIATE, as every unit of work is): no one else can append between the read of the
    last entry and this insert."""
    last = session.exec(select(AuditEntry.id, AuditEntry.hash)
                        .order_by(col(AuditEntry.id).desc()).limit(1)).first()
    entry.id = last[0] + 1 if last else 1
    entry.hash = entry_hash(chain_fields(entry), last[1] if last else GENESIS)
    session.add(entry)
    return entry


def chain_fields(entry: AuditEntry) -> ChainFields:
    return ChainFields(id=entry.id, at=entry.at, staff_id=entry.staff_id,
                       staff_name=entry.staff_name, action=entry.action, entity=entry.entity,
                       entity_id=entry.entity_id, pupil_id=entry.pupil_id,
                       summary=entry.summary, changes=entry.changes)


def stored_chain(conn: Connection) -> Iterator[tuple[ChainFields, str]]:
    """Every entry oldest first, as the file holds it (raw values, not converted by the
    ORM, so a damaged value is reported rather than failing to load)."""
    result = conn.exec_driver_sql(_CHAIN_SQL)
    for row in result:
        *values, stored = row
        yield ChainFields(*values), stored


def count_entries(conn: Connection) -> int:
    return conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar_one()


def missing_guards(conn: Connection) -> list[str]:
    present = {name for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'")}
    return [name for name in GUARD_TRIGGERS if name not in present]
