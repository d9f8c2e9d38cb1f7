"""Each audit entry names the record it belongs to; the audit trail is append-only.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 09:00:00

A meeting's history is its own entries and those of its parts — agenda items, attendance,
documents, its brief, briefings exported for it — even after a part is deleted, when the part's
row no longer says which meeting it was in. So every entry records its *scope* (``meeting`` or
``commitment`` and an id) when it is written; the entries already in a store get theirs from
the parts that still exist. The trail is history, so the database itself refuses to change or
delete an entry, whatever program writes to the file.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (entity, scope, how to find the scope's id from the entry's entity_id)
BACKFILL = (
    ("agenda_item", "meeting", "SELECT meeting_id FROM agenda_items WHERE id = {id}"),
    ("attendance", "meeting", "SELECT meeting_id FROM attendance WHERE id = {id}"),
    ("document", "meeting", "SELECT meeting_id FROM documents WHERE id = {id}"),
    ("briefing_export", "meeting", "SELECT meeting_id FROM briefing_exports WHERE id = {id}"),
    ("meeting_brief", "meeting", "SELECT {id}"),
    (
        "commitment_update",
        "commitment",
        "SELECT commitment_id FROM commitment_updates WHERE id = {id}",
    ),
)

MESSAGE = "the audit trail is append-only"
SQLITE_APPEND_ONLY = [
    f"""
    CREATE TRIGGER audit_entries_no_{event.lower()}
    BEFORE {event} ON audit_entries
    BEGIN
        SELECT RAISE(ABORT, '{MESSAGE}');
    END
    """
    for event in ("UPDATE", "DELETE")
]
POSTGRESQL_APPEND_ONLY = [
    f"""
    CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
    BEGIN
        RAISE EXCEPTION '{MESSAGE}';
    END;
    $$ LANGUAGE plpgsql
    """,
    *(
        f"""
        CREATE TRIGGER audit_entries_no_{event.lower()}
        BEFORE {event} ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()
        """
        for event in ("UPDATE", "DELETE")
    ),
]


def upgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.add_column(sa.Column("scope", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("scope_id", sa.Integer(), nullable=True))
        batch.create_index("ix_audit_entries_scope", ["scope", "scope_id"])
    for entity, scope, lookup in BACKFILL:
        found = lookup.format(id="audit_entries.entity_id")
        op.execute(
            f"UPDATE audit_entries SET scope = '{scope}', scope_id = ({found}) "
            f"WHERE entity = '{entity}'"
        )
    op.execute("UPDATE audit_entries SET scope = NULL WHERE scope_id IS NULL")
    dialect = op.get_bind().dialect.name
    statements = POSTGRESQL_APPEND_ONLY if dialect == "postgresql" else SQLITE_APPEND_ONLY
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for event in ("update", "delete"):
        op.execute(
            f"DROP TRIGGER IF EXISTS audit_entries_no_{event}"
            + (" ON audit_entries" if dialect == "postgresql" else "")
        )
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_entries_append_only()")
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_index("ix_audit_entries_scope")
        batch.drop_column("scope_id")
        batch.drop_column("scope")
