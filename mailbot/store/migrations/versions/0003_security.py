"""outbound_mail.unsolicited: answers to senders who have no application (the global hourly cap)

Revision ID: 0002_security
Revises: 0001
Create Date: 2026-12-01
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0002_security'
down_revision = '0002_mailbox'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbound_mail', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unsolicited', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('outbound_mail', schema=None) as batch_op:
        batch_op.drop_column('unsolicited')
