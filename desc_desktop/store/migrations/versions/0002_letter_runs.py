"""Letter runs: template versions, runs marked as sent, their letters and the children
each letter covered.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('letter_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('delivery', sa.String(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('reply_by', sa.Date(), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_name', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('letter_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_name', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('version')
    )
    op.create_table('letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('to_pupil', sa.Boolean(), nullable=False),
    sa.Column('addressees', sa.String(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('reply_by', sa.Date(), nullable=False),
    sa.Column('reissue_of', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['reissue_of'], ['letter.id'], ),
    sa.ForeignKeyConstraint(['run_id'], ['letter_run.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference')
    )
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_run_id'), ['run_id'], unique=False)

    op.create_table('letter_pupil',
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('pupil_id', sa.Integer(), nullable=False),
    sa.Column('covered', sa.Boolean(), nullable=False),
    sa.Column('slip', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['letter.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('letter_id', 'pupil_id')
    )
    with op.batch_alter_table('letter_pupil', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_pupil_pupil_id'), ['pupil_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('letter_pupil', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_pupil_pupil_id'))

    op.drop_table('letter_pupil')
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_run_id'))

    op.drop_table('letter')
    op.drop_table('letter_template')
    op.drop_table('letter_run')
