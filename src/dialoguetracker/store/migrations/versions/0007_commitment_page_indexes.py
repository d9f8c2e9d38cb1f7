"""Indexes that hold the commitment list in each order it can be sorted by.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 09:00:00

The Commitments view pages by key: "the rows after this one" (see
:mod:`dialoguetracker.store.commitment_page_queries`). An index answers that at once only
when it holds the rows in the list's order: the dialogue first, then the sort's column, then
the id that breaks ties. Without one, every page, the first included, sorted all of a
dialogue's commitments again. ``ix_commitments_dialogue_status`` gains the id: SQLite kept
rows in id order within a status anyway (the rowid ends every index), PostgreSQL did not.
Only indexes change; no row is touched.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLE = "commitments"
STATUS = "ix_commitments_dialogue_status"
NEW = {
    "ix_commitments_dialogue_ids": ["dialogue_id", "id"],
    "ix_commitments_dialogue_due": ["dialogue_id", "due_date", "id"],
    "ix_commitments_dialogue_owner": ["dialogue_id", "owner_party_id", "id"],
    "ix_commitments_dialogue_topic": ["dialogue_id", "topic_id", "id"],
}


def upgrade() -> None:
    op.drop_index(STATUS, table_name=TABLE)
    op.create_index(STATUS, TABLE, ["dialogue_id", "status", "id"])
    for name, columns in NEW.items():
        op.create_index(name, TABLE, columns)


def downgrade() -> None:
    for name in reversed(NEW):
        op.drop_index(name, table_name=TABLE)
    op.drop_index(STATUS, table_name=TABLE)
    op.create_index(STATUS, TABLE, ["dialogue_id", "status"])
