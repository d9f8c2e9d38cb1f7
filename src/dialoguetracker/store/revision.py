"""The schema revision this program writes, kept apart so that reading it imports nothing."""

from __future__ import annotations

HEAD_REVISION = "0011"
"""The newest migration's revision, the schema this program writes. Written out so that opening
a current store never imports Alembic (a tenth of a second at every start); a test keeps it
equal to the head of the migrations shipped."""
