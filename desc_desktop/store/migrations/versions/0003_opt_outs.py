"""Opt-outs and their withdrawals (rows only ever added), and letter runs generated but not
yet marked as sent or discarded.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('generated_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_number', sa.Integer(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('reply_by', sa.Date(), nullable=False),
    sa.Column('letters', sa.Integer(), nullable=False),
    sa.Column('pupils_covered', sa.Integer(), nullable=False),
    sa.Column('generated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_name', sa.String(), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_as', sa.String(), nullable=False),
    sa.Column('closed_by', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('generated_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_generated_run_run_number'), ['run_number'], unique=False)

    op.create_table('opt_out',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=True),
    sa.Column('by', sa.String(), nullable=False),
    sa.Column('carer_id', sa.Integer(), nullable=True),
    sa.Column('carer_name', sa.String(), nullable=False),
    sa.Column('received', sa.Date(), nullable=False),
    sa.Column('method', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('reply_by', sa.Date(), nullable=True),
    sa.Column('late', sa.Boolean(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_name', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['carer_id'], ['carer.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['letter_id'], ['letter.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('opt_out', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opt_out_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('opt_out_withdrawal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opt_out_id', sa.Integer(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=False),
    sa.Column('by', sa.String(), nullable=False),
    sa.Column('carer_id', sa.Integer(), nullable=True),
    sa.Column('carer_name', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_name', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['carer_id'], ['carer.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opt_out_id'], ['opt_out.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('opt_out_id')
    )


def downgrade() -> None:
    op.drop_table('opt_out_withdrawal')
    with op.batch_alter_table('opt_out', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opt_out_pupil_id'))

    op.drop_table('opt_out')
    with op.batch_alter_table('generated_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_generated_run_run_number'))

    op.drop_table('generated_run')
