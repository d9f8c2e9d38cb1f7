"""A version number on meetings and commitments, for optimistic concurrency.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 09:00:00

Each save of a meeting or commitment raises its version by one and only succeeds if the row
still has the version the editor read, so two people editing one record cannot silently
overwrite each other. On SQLite the tables are recreated in batch mode; the migration
connection has foreign keys off (see env.py), so the children of a meeting are kept.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("meetings", "commitments")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
            )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
