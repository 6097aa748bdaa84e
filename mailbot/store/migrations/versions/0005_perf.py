"""indexes for the backlog and the read-only commands

The caps read the last day of automated answers (outbound_mail.created_at) for every email a
backlog queues; `status` counts parked messages (inbound_message.target_folder).

Revision ID: 0002_perf
Revises: 0002_ops
Create Date: 2026-12-01
"""
from __future__ import annotations

from alembic import op


revision = '0002_perf'
down_revision = '0002_ops'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbound_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbound_mail_created_at'), ['created_at'], unique=False)
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbound_message_target_folder'), ['target_folder'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbound_message_target_folder'))
    with op.batch_alter_table('outbound_mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbound_mail_created_at'))
