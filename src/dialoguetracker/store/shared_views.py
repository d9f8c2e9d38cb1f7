"""What a counterpart reader's program reads on a server instead of the tables it may not read
whole: views in a schema of their own, with the same columns, showing only what is shared.

A counterpart reader is granted no column that can hold internal words and no table made of
them (:mod:`dialoguetracker.store.server_roles`); the program reading as one puts this schema
first in its search path, so every query it sends finds these views before the tables.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Connection, text


def quoted(name: str) -> str:
    """An identifier quoted for SQL."""
    return '"' + name.replace('"', '""') + '"'


NEVER_SHARED_TABLES = ("meeting_briefs", "search_index")
"""Tables a counterpart reader is granted nothing of (its search reads an index of its own)."""
NEVER_SHARED_COLUMNS = {
    "meetings": ("summary",),
    "agenda_items": ("notes", "outcome", "points_to_make", "their_position", "our_response"),
}
"""Columns a counterpart reader is not granted: they may hold internal words."""
SHARED_SCHEMA = "shared"
"""Where a counterpart reader's program reads the tables it may not read whole: views of
them as that reader may see them (see :func:`make_shared_views`)."""
SHARED = "('counterpart', 'public')"
SHARED_WHEN = {
    ("meetings", "summary"): f"summary_handling IN {SHARED}",
    ("agenda_items", "notes"): f"handling IN {SHARED}",
    ("agenda_items", "outcome"): f"handling IN {SHARED}",
}
"""Hidden columns a counterpart may read on the rows where their handling says so; the
others (an agenda item's preparation) are never shown."""


class SharedWords(NamedTuple):
    """Where a counterpart's search finds one kind of record: the words it may read of it."""

    kind: str
    rows: str
    """The FROM clause, joins and conditions included."""
    key: str
    words: tuple[str, ...]


HIDDEN_SUMMARY = f"CASE WHEN summary_handling IN {SHARED} THEN summary END"
SHARED_SEARCH = (
    SharedWords("meeting", "public.meetings", "id", ("title", HIDDEN_SUMMARY, "location")),
    SharedWords(
        "agenda item",
        "public.agenda_items",
        "id",
        (
            "title",
            f"CASE WHEN handling IN {SHARED} THEN notes END",
            f"CASE WHEN handling IN {SHARED} THEN outcome END",
        ),
    ),
    SharedWords(
        "commitment",
        f"public.commitments WHERE handling IN {SHARED}",
        "id",
        ("text", "source_clause"),
    ),
    SharedWords(
        "update",
        "public.commitment_updates AS u JOIN public.commitments AS c "
        f"ON c.id = u.commitment_id WHERE u.handling IN {SHARED} AND c.handling IN {SHARED}",
        "u.id",
        ("u.note", "u.reason"),
    ),
    SharedWords(
        "document", f"public.documents WHERE handling IN {SHARED}", "id", ("title", "text")
    ),
    SharedWords("person", "public.people", "id", ("name", "title", "biography")),
)
"""The words a counterpart's search looks in: revision 0005's sources, with what it may not
read left out; its index is worked out as it is searched."""


def make_shared_views(connection: Connection, tables: list[str], reader: str, owner: str) -> None:
    """The ``shared`` schema, made anew: for each table a counterpart reader may not read
    whole, a view of it with the same columns — hidden columns empty (or, where their row's
    handling admits it, as they are), tables never shared empty, the search index made of
    shared words only. A counterpart reader's program puts the schema first in its search
    path; the views read as their owner, and show only what is written here. ``owner`` (the
    admin group, quoted) owns the schema."""
    schema = quoted(SHARED_SCHEMA)
    connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    # the admin group's, so any administrator can drop it before a schema upgrade
    connection.execute(text(f"CREATE SCHEMA {schema} AUTHORIZATION {owner}"))
    for table in tables:
        if table in NEVER_SHARED_TABLES and table != "search_index":
            statement = f"SELECT * FROM public.{quoted(table)} WHERE false"
        elif table in NEVER_SHARED_COLUMNS:
            statement = f"SELECT {_masked(connection, table)} FROM public.{quoted(table)}"
        else:
            continue
        connection.execute(text(f"CREATE VIEW {schema}.{quoted(table)} AS {statement}"))
    if "search_index" in tables:
        union = " UNION ALL ".join(
            f"SELECT CAST('{source.kind}' AS varchar(16)) AS kind, {source.key} AS record_id, "
            f"search_document(concat_ws(' ', {', '.join(source.words)})) AS document "
            f"FROM {source.rows}"
            for source in SHARED_SEARCH
        )
        connection.execute(text(f"CREATE VIEW {schema}.search_index AS {union}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {reader}"))
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {reader}"))


def _masked(connection: Connection, table: str) -> str:
    """The table's columns in order, each hidden one as an empty value of its type (or
    shown where its row's handling admits a counterpart)."""
    hidden = NEVER_SHARED_COLUMNS[table]
    rows = connection.execute(
        text(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = :table ORDER BY ordinal_position"
        ),
        {"table": table},
    )
    columns = []
    for column, kind in rows:
        name = quoted(str(column))
        if column not in hidden:
            columns.append(name)
            continue
        empty = f"CAST('[]' AS {kind})" if kind in ("json", "jsonb") else f"CAST(NULL AS {kind})"
        when = SHARED_WHEN.get((table, str(column)))
        shown = empty if when is None else f"CASE WHEN {when} THEN {name} ELSE {empty} END"
        columns.append(f"{shown} AS {name}")
    return ", ".join(columns)


def drop_shared_views(connection: Connection) -> None:
    """Before a schema upgrade: views would hold the tables' columns fast; :func:`set_up`
    makes them anew after it."""
    connection.execute(text(f"DROP SCHEMA IF EXISTS {quoted(SHARED_SCHEMA)} CASCADE"))
