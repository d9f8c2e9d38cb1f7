"""Who may do what on a shared PostgreSQL server: four group roles per store, and the
privileges each holds, set up and handed out by the store's owner.

A store's groups are named after its database, so two stores on one server never share
them: for the database ``dialogues``, ``dialogues_reader`` reads everything,
``dialogues_counterpart_reader`` reads only what is counterpart or public,
``dialogues_editor`` reads and writes (but never the audit trail or the schema) and
``dialogues_admin`` owns the tables: it may also upgrade the schema and reopen final
records, as owners may. A login is put into one group at a time.

The privileges are granted table by table, so they are granted again (idempotently) after
every schema upgrade that adds a table. What a counterpart reader's rows may hold is kept
by the row-level security policies of revision 0011; its columns are kept here: it is
granted no column that can hold internal words (a meeting's summary, an agenda item's notes,
outcome and preparation), and no table made of them (briefs, the search index); its program
reads views of those instead (:mod:`dialoguetracker.store.shared_views`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from dialoguetracker.domain.enums import ServerRole
from dialoguetracker.domain.errors import UsageError
from dialoguetracker.domain.words import translate
from dialoguetracker.store.shared_views import (
    NEVER_SHARED_COLUMNS,
    NEVER_SHARED_TABLES,
    make_shared_views,
    quoted,
)

RECORDS_OF_ACTS = ("audit_entries", "briefing_exports")
"""Where a reader of either kind records the PDFs it makes; a counterpart reader reads back
only its own rows there (revision 0011's row security)."""
READ_ONLY_FOR_EDITORS = ("alembic_version", "logins")
APPEND_ONLY_FOR_EDITORS = ("audit_entries",)
MAX_NAME = 63
"""PostgreSQL's longest identifier."""


def group_name(database: str, role: ServerRole) -> str:
    name = f"{database}_{role.value.replace('-', '_')}"
    if len(name.encode()) > MAX_NAME:
        raise UsageError(
            translate(
                "Errors",
                "the database's name is too long for its roles ({name}); "
                "give the store a database with a shorter name",
            ).format(name=name)
        )
    return name


def groups(connection: Connection) -> dict[ServerRole, str]:
    database = str(connection.execute(text("SELECT current_database()")).scalar_one())
    return {role: group_name(database, role) for role in ServerRole}


def set_up(connection: Connection) -> None:
    """Create the store's groups if missing and grant each its privileges on every table,
    sequence and function there is now; run by the store's owner (or a superuser), and again
    by an administrator after a schema upgrade."""
    named = groups(connection)
    _create_groups(connection, named)
    database = str(connection.execute(text("SELECT current_database()")).scalar_one())
    # The database's and its public schema's privileges are given once, by their owner (an
    # administrator who upgrades the store later owns neither, and needs not give them again).
    for group in named.values():
        if not _holds(connection, "database", group, database, "CONNECT"):
            connection.execute(
                text(f"GRANT CONNECT ON DATABASE {quoted(database)} TO {quoted(group)}")
            )
        if not _holds(connection, "schema", group, "public", "USAGE"):
            connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted(group)}"))
    tables = _tables(connection)
    _grant_tables(connection, named, tables)
    _grant_administration(connection, named, database)
    _hand_over(connection, named[ServerRole.ADMIN], tables)
    make_shared_views(
        connection,
        tables,
        quoted(named[ServerRole.COUNTERPART_READER]),
        quoted(named[ServerRole.ADMIN]),
    )


def _create_groups(connection: Connection, named: dict[ServerRole, str]) -> None:
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(named.values())},
        ).scalars()
    )
    for name in named.values():
        if name not in existing:
            connection.execute(text(f"CREATE ROLE {quoted(name)} NOLOGIN"))


def _grant_tables(connection: Connection, named: dict[ServerRole, str], tables: list[str]) -> None:
    """Each group's privileges on each table (a counterpart reader's by column where a table
    holds internal words), and on the sequences that number them."""
    reader, shared = quoted(named[ServerRole.READER]), quoted(named[ServerRole.COUNTERPART_READER])
    editor = quoted(named[ServerRole.EDITOR])
    for table in tables:
        name = quoted(table)
        connection.execute(text(f"GRANT SELECT ON {name} TO {reader}"))
        connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {editor}"))
        connection.execute(text(f"REVOKE ALL ON {name} FROM {shared}"))
        if table in NEVER_SHARED_TABLES:
            continue
        hidden = NEVER_SHARED_COLUMNS.get(table)
        if hidden is None:
            connection.execute(text(f"GRANT SELECT ON {name} TO {shared}"))
            continue
        columns = ", ".join(quoted(c) for c in _columns(connection, table) if c not in hidden)
        connection.execute(text(f"GRANT SELECT ({columns}) ON {name} TO {shared}"))
    for table in RECORDS_OF_ACTS:
        connection.execute(text(f"GRANT INSERT ON {quoted(table)} TO {reader}, {shared}"))
    for sequence in _sequences(connection, RECORDS_OF_ACTS):
        connection.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {reader}, {shared}"))
    for table in READ_ONLY_FOR_EDITORS:
        connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {quoted(table)} FROM {editor}"))
    for table in APPEND_ONLY_FOR_EDITORS:
        connection.execute(text(f"REVOKE UPDATE, DELETE ON {quoted(table)} FROM {editor}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {editor}"))


def _grant_administration(
    connection: Connection, named: dict[ServerRole, str], database: str
) -> None:
    """The admin group edits, hands the other roles out, and may make tables and schemas."""
    admin, editor = quoted(named[ServerRole.ADMIN]), quoted(named[ServerRole.EDITOR])
    connection.execute(text(f"GRANT {editor} TO {admin}"))
    for role in (ServerRole.READER, ServerRole.COUNTERPART_READER, ServerRole.EDITOR):
        connection.execute(text(f"GRANT {quoted(named[role])} TO {admin} WITH ADMIN OPTION"))
    if not _holds(connection, "schema", named[ServerRole.ADMIN], "public", "CREATE"):
        connection.execute(text(f"GRANT CREATE ON SCHEMA public TO {admin}"))
    if not _holds(connection, "database", named[ServerRole.ADMIN], database, "CREATE"):
        # the counterpart readers' views have a schema of their own, made anew on upgrades
        connection.execute(text(f"GRANT CREATE ON DATABASE {quoted(database)} TO {admin}"))


def _hand_over(connection: Connection, admin: str, tables: Iterable[str]) -> None:
    """Make the admin group own the store, so that its members may upgrade the schema (and
    the one setting it up stays one of them)."""
    me = str(connection.execute(text("SELECT current_user")).scalar_one())
    superuser = connection.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar_one()
    member = connection.execute(
        text("SELECT pg_has_role(current_user, :admin, 'MEMBER')"), {"admin": admin}
    ).scalar_one()
    if not superuser and not member:
        connection.execute(text(f"GRANT {quoted(admin)} TO {quoted(me)}"))
    for table in tables:
        connection.execute(text(f"ALTER TABLE {quoted(table)} OWNER TO {quoted(admin)}"))
    functions = connection.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc AS p "
            "JOIN pg_namespace AS n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.proowner = (SELECT oid FROM pg_roles "
            "WHERE rolname = current_user)"
        )
    ).scalars()
    for function in list(functions):
        connection.execute(text(f"ALTER FUNCTION {function} OWNER TO {quoted(admin)}"))


def _holds(connection: Connection, kind: str, role: str, thing: str, privilege: str) -> bool:
    """Whether ``role`` holds ``privilege`` on the database or schema named ``thing``."""
    check = "has_database_privilege" if kind == "database" else "has_schema_privilege"
    held = connection.execute(
        text(f"SELECT {check}(:role, :thing, :privilege)"),
        {"role": role, "thing": thing, "privilege": privilege},
    ).scalar_one()
    return bool(held)


def _tables(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        ).scalars()
    )


def _sequences(connection: Connection, tables: Iterable[str]) -> list[str]:
    """The sequences that number the rows of ``tables`` (their ids)."""
    found = []
    for table in tables:
        name = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": f"public.{table}"}
        ).scalar()
        if name is not None:
            found.append(str(name))
    return found


def _columns(connection: Connection, table: str) -> list[str]:
    return list(
        connection.execute(
            text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = :table ORDER BY ordinal_position"
            ),
            {"table": table},
        ).scalars()
    )


def is_set_up(connection: Connection) -> bool:
    name = groups(connection)[ServerRole.ADMIN]
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name})
    return found.first() is not None


def may_upgrade(connection: Connection) -> bool:
    """The login owns the store's tables (itself, through the admin group, or as a
    superuser): only such a login can change the schema."""
    owner = connection.execute(
        text(
            "SELECT tableowner FROM pg_tables "
            "WHERE schemaname = 'public' AND tablename = 'alembic_version'"
        )
    ).scalar()
    if owner is None:
        return True  # a new store: whoever may create its tables sets it up
    allowed = connection.execute(
        text("SELECT pg_has_role(current_user, :owner, 'USAGE')"), {"owner": owner}
    ).scalar_one()
    return bool(allowed)


def grant(connection: Connection, login: str, role: ServerRole) -> None:
    """Put ``login`` into ``role``'s group (and out of the others). The owner hands out every
    role; an administrator every role but administrator."""
    _require_login(connection, login)
    if not is_set_up(connection):
        set_up(connection)
    named = groups(connection)
    for other, holder in held(connection):
        if holder == login and other is not role:
            connection.execute(text(f"REVOKE {quoted(named[other])} FROM {quoted(login)}"))
    connection.execute(text(f"GRANT {quoted(named[role])} TO {quoted(login)}"))


def revoke(connection: Connection, login: str) -> list[ServerRole]:
    """Take ``login`` out of every group of the store; the roles it had."""
    _require_login(connection, login)
    had = [role for role, holder in held(connection) if holder == login]
    named = groups(connection)
    for role in had:
        connection.execute(text(f"REVOKE {quoted(named[role])} FROM {quoted(login)}"))
    return had


def held(connection: Connection) -> list[tuple[ServerRole, str]]:
    """(role, login) of every login in the store's groups, by login; groups within groups
    (the admin group is an editor) are not logins and are left out."""
    named = {name: role for role, name in groups(connection).items()}
    rows = connection.execute(
        text(
            "SELECT g.rolname, m.rolname FROM pg_auth_members AS a "
            "JOIN pg_roles AS g ON g.oid = a.roleid JOIN pg_roles AS m ON m.oid = a.member "
            "WHERE g.rolname = ANY(:groups) AND m.rolcanlogin ORDER BY m.rolname, g.rolname"
        ),
        {"groups": list(named)},
    )
    return [(named[str(group)], str(member)) for group, member in rows]


def _require_login(connection: Connection, login: str) -> None:
    found = connection.execute(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :login"), {"login": login}
    ).first()
    if found is None or not found[0]:
        raise UsageError(
            translate(
                "Errors",
                "{login!r} is not a login of this server; an administrator of the server "
                "creates it first (CREATE ROLE … LOGIN)",
            ).format(login=login)
        )


def name_login(connection: Connection, login: str, name: str) -> None:
    """The name the record of changes shows for ``login``."""
    connection.execute(
        text(
            "INSERT INTO logins (login, display_name) VALUES (:login, :name) "
            "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name"
        ),
        {"login": login, "name": name},
    )


def login_names(connection: Connection) -> dict[str, str]:
    rows = connection.execute(text("SELECT login, display_name FROM logins"))
    return {str(login): str(name) for login, name in rows}
