"""A meeting remembers the calendar invitation it came from.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 12:00:00

An invitation imported from Outlook, Google or Thunderbird carries a UID that stays the same
when the organizer sends it again with a new time. The meeting made from it keeps that UID,
so importing the invitation again updates the planned meeting instead of adding a second
one; within a dialogue a UID belongs to one meeting at most (meetings entered by hand have
none). Nullable column and an index: no row is touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEX = "ux_meetings_dialogue_calendar_uid"


def upgrade() -> None:
    op.add_column("meetings", sa.Column("calendar_uid", sa.Text(), nullable=True))
    op.create_index(INDEX, "meetings", ["dialogue_id", "calendar_uid"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="meetings")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("calendar_uid")
