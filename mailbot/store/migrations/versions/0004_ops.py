"""operator alerts, run counters, outbound_mail.retry_from (branch ops)

Revision ID: 0002_ops
Revises: 0001
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = '0002_ops'
down_revision = '0002_security'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'operator_alert',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('cause', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('open_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('first_failure_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('last_failure_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('raised_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('webhook_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('resolved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column('recovery_note', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('operator_alert', schema=None) as batch_op:
        batch_op.create_index('ix_operator_alert_cause', ['cause'], unique=False)
        batch_op.create_index('ix_operator_alert_open_key', ['open_key'], unique=True)
    op.create_table(
        'run_counter',
        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('value', sa.Integer(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint('name'),
    )
    with op.batch_alter_table('outbound_mail', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retry_from', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbound_mail', schema=None) as batch_op:
        batch_op.drop_column('retry_from')
    op.drop_table('run_counter')
    with op.batch_alter_table('operator_alert', schema=None) as batch_op:
        batch_op.drop_index('ix_operator_alert_open_key')
        batch_op.drop_index('ix_operator_alert_cause')
    op.drop_table('operator_alert')
