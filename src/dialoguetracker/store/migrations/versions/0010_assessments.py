"""Compliance assessments: how far each side kept each commitment between two rounds.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 09:00:00

A new table only (append-only rows, the latest per commitment, side and period counts); no
existing table is altered.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("handling", sa.String(length=16), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessed_by", sa.Text(), nullable=False),
        sa.CheckConstraint("score IN (-1, 0, 1)", name=op.f("ck_assessments_score")),
        sa.CheckConstraint(
            "handling IN ('internal', 'counterpart', 'public')",
            name=op.f("ck_assessments_handling"),
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_assessments_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["parties.id"],
            name=op.f("fk_assessments_party_id_parties"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    op.create_index(
        "ix_assessments_commitment_party",
        "assessments",
        ["commitment_id", "party_id", "period_start"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_assessments_commitment_party", table_name="assessments")
    op.drop_table("assessments")
