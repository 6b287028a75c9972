"""Initial schema: school, settings, staff, pupils, carers, links and the audit trail.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('carer',
    sa.Column('address_line1', sa.String(), nullable=False),
    sa.Column('address_line2', sa.String(), nullable=False),
    sa.Column('address_line3', sa.String(), nullable=False),
    sa.Column('town', sa.String(), nullable=False),
    sa.Column('county', sa.String(), nullable=False),
    sa.Column('postcode', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('forename', sa.String(), nullable=False),
    sa.Column('surname', sa.String(), nullable=False),
    sa.Column('same_address_as_pupil', sa.Boolean(), nullable=False),
    sa.Column('phone_home', sa.String(), nullable=False),
    sa.Column('phone_mobile', sa.String(), nullable=False),
    sa.Column('phone_work', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('pupil',
    sa.Column('address_line1', sa.String(), nullable=False),
    sa.Column('address_line2', sa.String(), nullable=False),
    sa.Column('address_line3', sa.String(), nullable=False),
    sa.Column('town', sa.String(), nullable=False),
    sa.Column('county', sa.String(), nullable=False),
    sa.Column('postcode', sa.String(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('upn', sa.String(), nullable=True),
    sa.Column('legal_surname', sa.String(), nullable=False),
    sa.Column('legal_forename', sa.String(), nullable=False),
    sa.Column('preferred_surname', sa.String(), nullable=False),
    sa.Column('preferred_forename', sa.String(), nullable=False),
    sa.Column('dob', sa.Date(), nullable=False),
    sa.Column('gender', sa.String(), nullable=False),
    sa.Column('year_group', sa.String(), nullable=False),
    sa.Column('reg_group', sa.String(), nullable=False),
    sa.Column('admission_date', sa.Date(), nullable=True),
    sa.Column('leaving_date', sa.Date(), nullable=True),
    sa.Column('sen_status', sa.String(), nullable=False),
    sa.Column('ldd', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('upn')
    )
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.create_index('ix_pupil_names_dob', ['legal_surname', 'legal_forename', 'dob'], unique=False)

    op.create_table('school',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('address_line1', sa.String(), nullable=False),
    sa.Column('address_line2', sa.String(), nullable=False),
    sa.Column('town', sa.String(), nullable=False),
    sa.Column('postcode', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('head_teacher', sa.String(), nullable=False),
    sa.Column('data_protection_lead', sa.String(), nullable=False),
    sa.Column('ico_registration', sa.String(), nullable=False),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('staff_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('staff_name', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('entity', sa.String(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('pupil_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('changes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_pupil_id'), ['pupil_id'], unique=False)

    op.create_table('pupil_carer',
    sa.Column('pupil_id', sa.Integer(), nullable=False),
    sa.Column('carer_id', sa.Integer(), nullable=False),
    sa.Column('relationship', sa.String(), nullable=False),
    sa.Column('parental_responsibility', sa.Boolean(), nullable=False),
    sa.Column('receives_correspondence', sa.Boolean(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('no_contact', sa.String(), nullable=False),
    sa.Column('no_contact_note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['carer_id'], ['carer.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['pupil_id'], ['pupil.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pupil_id', 'carer_id')
    )
    with op.batch_alter_table('pupil_carer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pupil_carer_carer_id'), ['carer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('pupil_carer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pupil_carer_carer_id'))

    op.drop_table('pupil_carer')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_pupil_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_action'))

    op.drop_table('audit_entry')
    op.drop_table('staff_member')
    op.drop_table('setting')
    op.drop_table('school')
    with op.batch_alter_table('pupil', schema=None) as batch_op:
        batch_op.drop_index('ix_pupil_names_dob')

    op.drop_table('pupil')
    op.drop_table('carer')
