"""The disclosure log: every file that left the school, and the pupils in it with what was
passed on about each. The database refuses to change or delete a disclosure; a pupil's row
may only lose its link when the pupil is deleted (the name as disclosed stays).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The triggers name no column but pupil_id, so adding columns later keeps them; a migration
# that rebuilds these tables (batch "recreate") drops them and must make them again.
_GUARDS = {
    "disclosure_no_update": "BEFORE UPDATE ON disclosure BEGIN "
                            "SELECT RAISE(ABORT, 'Disclosures cannot be changed.'); END",
    "disclosure_no_delete": "BEFORE DELETE ON disclosure BEGIN "
                            "SELECT RAISE(ABORT, 'Disclosures cannot be deleted.'); END",
    "disclosure_pupil_no_delete": "BEFORE DELETE ON disclosure_pupil BEGIN "
                                  "SELECT RAISE(ABORT, 'Disclosures cannot be deleted.'); END",
    # Deleting a pupil empties pupil_id (ON DELETE SET NULL): the one change allowed.
    "disclosure_pupil_no_update": (
        "BEFORE UPDATE ON disclosure_pupil WHEN NOT (NEW.pupil_id IS NULL "
        "AND NEW.id = OLD.id AND NEW.disclosure_id = OLD.disclosure_id "
        "AND NEW.pupil_name = OLD.pupil_name AND NEW.fields = OLD.fields) BEGIN "
        "SELECT RAISE(ABORT, 'Disclosures cannot be changed.'); END"),
}


def upgrade() -> None:
    op.create_table('disclosure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('staff_name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('recipient', sa.String(), nullable=False),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('file_format', sa.String(), nullable=False),
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('fields', sa.String(), nullable=False),
    sa.Column('pupils', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosure_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_disclosure_kind'), ['kind'], unique=False)

    op.create_table('disclosure_pupil',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('disclosure_id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=True),
    sa.Column('pupil_name', sa.String(), nullable=False),
    sa.Column('fields', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['disclosure_id'], ['disclosure.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('disclosure_pupil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosure_pupil_disclosure_id'), ['disclosure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disclosure_pupil_pupil_id'), ['pupil_id'], unique=False)

    conn = op.get_bind()
    for name, body in _GUARDS.items():
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    conn = op.get_bind()
    for name in _GUARDS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('disclosure_pupil', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disclosure_pupil_pupil_id'))
        batch_op.drop_index(batch_op.f('ix_disclosure_pupil_disclosure_id'))

    op.drop_table('disclosure_pupil')
    with op.batch_alter_table('disclosure', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_disclosure_kind'))
        batch_op.drop_index(batch_op.f('ix_disclosure_at'))

    op.drop_table('disclosure')
