"""A tamper-evident audit trail: every entry carries a hash chaining it to the one before
(computed here for the entries a school already has, so its history is kept and verifiable),
and the database refuses UPDATE and DELETE on audit entries.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desc_desktop.domain.audit_chain import GENESIS, ChainFields, entry_hash

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The triggers name no column, so adding columns later keeps them; a migration that rebuilds
# audit_entry (batch "recreate") drops them and must make them again.
_GUARDS = {
    "audit_entry_no_update": "UPDATE",
    "audit_entry_no_delete": "DELETE",
}


def upgrade() -> None:
    op.add_column('audit_entry', sa.Column('hash', sa.String(), nullable=False,
                                           server_default=''))
    conn = op.get_bind()
    _chain_existing_entries(conn)
    for name, statement in _GUARDS.items():
        verb = "changed" if statement == "UPDATE" else "deleted"
        conn.exec_driver_sql(
            f"CREATE TRIGGER {name} BEFORE {statement} ON audit_entry BEGIN "
            f"SELECT RAISE(ABORT, 'Audit entries cannot be {verb}.'); END")


def _chain_existing_entries(conn) -> None:
    rows = conn.exec_driver_sql(
        "SELECT id, at, staff_id, staff_name, action, entity, entity_id, pupil_id, summary, "
        "changes FROM audit_entry ORDER BY id").fetchall()
    prev, hashes = GENESIS, []
    for row in rows:
        prev = entry_hash(ChainFields(*row), prev)
        hashes.append({"hash": prev, "id": row[0]})
    if hashes:
        conn.execute(sa.text("UPDATE audit_entry SET hash = :hash WHERE id = :id"), hashes)


def downgrade() -> None:
    conn = op.get_bind()
    for name in _GUARDS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('hash')
