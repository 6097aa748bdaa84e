"""language: the language an application's applicant is written to in ("en" | "fr")

Revision ID: 0007_language
Revises: 0002_intake12
Create Date: 2026-12-02
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # what autogenerate writes column types as


revision = '0007_language'
down_revision = '0002_intake12'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Applications recorded before languages were written to in English: the server default says so.
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default='en'))


def downgrade() -> None:
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_column('language')
