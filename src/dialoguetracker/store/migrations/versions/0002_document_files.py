"""Attached files of documents; commitment updates append-only in the database itself.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Only the recorded words are frozen: meeting_id may still be cleared by ON DELETE SET NULL
# when the meeting an update was reviewed at is deleted.
FROZEN_COLUMNS = "commitment_id, on_date, note, status, due_date, reason, handling"

SQLITE_APPEND_ONLY = f"""
CREATE TRIGGER commitment_updates_append_only
BEFORE UPDATE OF {FROZEN_COLUMNS} ON commitment_updates
BEGIN
    SELECT RAISE(ABORT, 'commitment updates are append-only');
END
"""

POSTGRESQL_APPEND_ONLY = [
    """
    CREATE FUNCTION commitment_updates_append_only() RETURNS trigger AS $$
    BEGIN
        RAISE EXCEPTION 'commitment updates are append-only';
    END;
    $$ LANGUAGE plpgsql
    """,
    f"""
    CREATE TRIGGER commitment_updates_append_only
    BEFORE UPDATE OF {FROZEN_COLUMNS} ON commitment_updates
    FOR EACH ROW EXECUTE FUNCTION commitment_updates_append_only()
    """,
]


def upgrade() -> None:
    op.create_table(
        "document_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=127), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_document_files_size")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_files_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_files")),
        sa.UniqueConstraint("document_id", name=op.f("uq_document_files_document_id")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(SQLITE_APPEND_ONLY)
    elif dialect == "postgresql":
        for statement in POSTGRESQL_APPEND_ONLY:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(
        "DROP TRIGGER IF EXISTS commitment_updates_append_only"
        + (" ON commitment_updates" if dialect == "postgresql" else "")
    )
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS commitment_updates_append_only()")
    op.drop_table("document_files")
