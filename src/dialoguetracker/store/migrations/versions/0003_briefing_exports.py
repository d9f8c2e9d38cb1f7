"""Briefings and meeting records the store produced, with the SHA-256 of each file.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 09:00:00

A new table only: no existing table is altered, so nothing is copied or recreated.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "briefing_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("dialogue_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('briefing', 'minutes')", name=op.f("ck_briefing_exports_kind")
        ),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_briefing_exports_sha256_length")),
        sa.CheckConstraint("size >= 0", name=op.f("ck_briefing_exports_size")),
        sa.CheckConstraint("pages IS NULL OR pages >= 1", name=op.f("ck_briefing_exports_pages")),
        sa.ForeignKeyConstraint(
            ["dialogue_id"],
            ["dialogues.id"],
            name=op.f("fk_briefing_exports_dialogue_id_dialogues"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_briefing_exports_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_briefing_exports")),
    )
    op.create_index(
        op.f("ix_briefing_exports_dialogue_id"), "briefing_exports", ["dialogue_id"], unique=False
    )
    op.create_index(
        op.f("ix_briefing_exports_meeting_id"), "briefing_exports", ["meeting_id"], unique=False
    )
    op.create_index(op.f("ix_briefing_exports_sha256"), "briefing_exports", ["sha256"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_briefing_exports_sha256"), table_name="briefing_exports")
    op.drop_index(op.f("ix_briefing_exports_meeting_id"), table_name="briefing_exports")
    op.drop_index(op.f("ix_briefing_exports_dialogue_id"), table_name="briefing_exports")
    op.drop_table("briefing_exports")
