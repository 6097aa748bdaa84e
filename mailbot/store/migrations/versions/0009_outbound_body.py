"""outbound_body: an outgoing email's bytes in a table of their own

The outbox updates an email's row twice as it sends it (the claim, then 'sent'), and a bounce or
an operator's retry once more; SQLite writes a whole row on any update, so each of these rewrote
the email's bytes with it (attachments included: hundreds of KB for a review request). The bytes
move to `outbound_body`, one row per email under the same id, written once. Rows that were never
to be sent (suppressed, no valid recipient) stored b"" and get no body row.

Revision ID: 0009_outbound_body
Revises: 0008_inbound_raw
Create Date: 2026-12-03
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0009_outbound_body'
down_revision = '0008_inbound_raw'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'outbound_body',
        sa.Column('outbound_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('body', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['outbound_id'], ['outbound_mail.id'], ),
        sa.PrimaryKeyConstraint('outbound_id'),
    )
    op.execute("INSERT INTO outbound_body (outbound_id, body) SELECT id, body FROM outbound_mail "
               "WHERE length(body) > 0")
    # A plain ALTER TABLE (SQLite >= 3.35 drops a column in place), as in 0008: batch mode would
    # copy the table and drop the old one, which the foreign keys pointing at it forbid.
    op.drop_column('outbound_mail', 'body')


def downgrade() -> None:
    # NOT NULL needs a value for the existing rows while the column is added: b"" (the value the
    # rows without a body row had), then the bytes are copied back.
    empty = "X''" if op.get_bind().dialect.name == "sqlite" else "''"  # an empty blob / bytea in each dialect
    op.add_column('outbound_mail', sa.Column('body', sa.LargeBinary(), nullable=False, server_default=sa.text(empty)))
    op.execute("UPDATE outbound_mail SET body = "
               "(SELECT b.body FROM outbound_body b WHERE b.outbound_id = outbound_mail.id) "
               "WHERE id IN (SELECT outbound_id FROM outbound_body)")
    op.drop_table('outbound_body')
