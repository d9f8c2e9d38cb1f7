"""A shared server names who acted, and keeps internal rows from counterpart readers.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 11:00:00

On both backends: a ``logins`` table, kept by a store's administrators, that gives each
database login the name people know its holder by.

On PostgreSQL only (a SQLite file is one person's, and its file permissions are its guard):

- **Who acted is the server's word.** Triggers set ``audit_entries.actor`` and
  ``briefing_exports.made_by`` to ``session_user``, the login the server authenticated,
  whatever the client sent; neither can be changed afterwards.
- **Handling held by the database.** Row-level security on every table whose rows carry a
  handling level (and on those whose rows belong to one: a commitment's leads, a document's
  file): a member of the store's *counterpart-reader* group, and of no wider group, reads
  only counterpart and public rows, through this program or any other client. The group
  roles and their privileges are set up by :mod:`dialoguetracker.store.server_roles`.
- **What one made.** A counterpart reader may record the PDFs it makes (the record of
  exports, and the trail's entry for it) and reads back only its own entries there.
- **Reopening a final record** is for the store's administrators (the tables' owners).

The table owner (who upgrades the schema) is not subject to row security, as PostgreSQL
intends; superusers never are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SHARED = "('counterpart', 'public')"

# (table, the condition a counterpart reader's row must meet)
ROW_SECURITY = (
    ("commitments", f"handling IN {SHARED}"),
    (
        "commitment_updates",
        f"handling IN {SHARED} AND EXISTS (SELECT 1 FROM commitments AS c "
        f"WHERE c.id = commitment_id AND c.handling IN {SHARED})",
    ),
    (
        "commitment_leads",
        f"EXISTS (SELECT 1 FROM commitments AS c WHERE c.id = commitment_id "
        f"AND c.handling IN {SHARED})",
    ),
    (
        "assessments",
        f"handling IN {SHARED} AND EXISTS (SELECT 1 FROM commitments AS c "
        f"WHERE c.id = commitment_id AND c.handling IN {SHARED})",
    ),
    ("documents", f"handling IN {SHARED}"),
    (
        "document_files",
        f"EXISTS (SELECT 1 FROM documents AS d WHERE d.id = document_id "
        f"AND d.handling IN {SHARED})",
    ),
)

RESTRICTED = """
CREATE FUNCTION dialoguetracker_restricted() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, current_database() || '_counterpart_reader', 'USAGE')
        AND NOT pg_has_role(current_user, current_database() || '_reader', 'USAGE')
        AND NOT pg_has_role(current_user, current_database() || '_editor', 'USAGE')
    FROM pg_roles WHERE rolname = current_database() || '_counterpart_reader'
$$
"""
"""True for a member of the store's counterpart-reader group who is in no wider group (NULL,
which a policy reads as false, while the groups have not been set up)."""

LOGIN_IS_THE_ACTOR = """
CREATE FUNCTION dialoguetracker_login_is_the_actor() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW := jsonb_populate_record(
            NEW, jsonb_build_object(TG_ARGV[0], session_user::text));
    ELSE
        NEW := jsonb_populate_record(
            NEW, jsonb_build_object(TG_ARGV[0], to_jsonb(OLD) -> TG_ARGV[0]));
    END IF;
    RETURN NEW;
END;
$$
"""

ACTORS = (("audit_entries", "actor"), ("briefing_exports", "made_by"))

REOPENING = """
CREATE FUNCTION dialoguetracker_reopening() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.record = 'final' AND NEW.record <> 'final'
       AND NOT pg_has_role(current_user, (SELECT relowner FROM pg_class
                                          WHERE oid = TG_RELID), 'USAGE') THEN
        RAISE EXCEPTION 'only an administrator of the store may reopen a final record';
    END IF;
    RETURN NEW;
END;
$$
"""


def upgrade() -> None:
    op.create_table(
        "logins",
        sa.Column("login", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_logins")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(LOGIN_IS_THE_ACTOR)
    for table, column in ACTORS:
        op.execute(
            f"CREATE TRIGGER {table}_login BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION dialoguetracker_login_is_the_actor('{column}')"
        )
    op.execute(RESTRICTED)
    restricted = "coalesce((SELECT dialoguetracker_restricted()), false)"
    for table, shared in ROW_SECURITY:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY handling ON {table} USING (NOT {restricted} OR ({shared})) "
            f"WITH CHECK (NOT {restricted})"
        )
    for table, column in ACTORS:  # a counterpart reader records the PDFs it makes, and
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")  # reads back its own
        op.execute(
            f"CREATE POLICY own_acts ON {table} "
            f"USING (NOT {restricted} OR {column} = session_user) WITH CHECK (true)"
        )
    op.execute(REOPENING)
    op.execute(
        "CREATE TRIGGER meetings_reopening BEFORE UPDATE OF record ON meetings "
        "FOR EACH ROW EXECUTE FUNCTION dialoguetracker_reopening()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS meetings_reopening ON meetings")
        op.execute("DROP FUNCTION IF EXISTS dialoguetracker_reopening()")
        for table, _shared in ROW_SECURITY:
            op.execute(f"DROP POLICY IF EXISTS handling ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for table, _column in ACTORS:
            op.execute(f"DROP POLICY IF EXISTS own_acts ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP FUNCTION IF EXISTS dialoguetracker_restricted()")
        for table, _column in ACTORS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_login ON {table}")
        op.execute("DROP FUNCTION IF EXISTS dialoguetracker_login_is_the_actor()")
    op.drop_table("logins")
