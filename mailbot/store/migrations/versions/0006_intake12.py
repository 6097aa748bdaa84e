"""intake12: uncertain fields, the form's reading and its amendments; the OCR job queue

Revision ID: 0002_intake12
Revises: 0001
Create Date: 2026-12-02
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # what autogenerate writes column types as


revision = '0002_intake12'
down_revision = '0002_perf'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uncertain_fields', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('reading', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('amendments', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('awaiting', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
    op.create_table('ocr_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('claimed_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('claimed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('done_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('document_id'),
    )
    with op.batch_alter_table('ocr_job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ocr_job_state'), ['state'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ocr_job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ocr_job_state'))
    op.drop_table('ocr_job')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_column('awaiting')
        batch_op.drop_column('amendments')
        batch_op.drop_column('reading')
        batch_op.drop_column('uncertain_fields')
