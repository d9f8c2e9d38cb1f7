"""Full-text search: one index of the words people write, kept in step by the database.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 18:00:00

Search used to scan every text column with a substring match, which cannot use an index and
does not find "Reunión" for "reunion". Now every searchable record has one row in
``search_index`` (its kind, its id, its words), written by triggers on the source tables, so
any program writing to the store keeps the index true, and the rows already in a store are
indexed here.

- SQLite: an FTS5 table, ``unicode61 remove_diacritics 2`` (case- and accent-blind). Its rowid
  is ``record_id * 8 + kind number``, so a trigger finds a record's row by rowid instead of
  scanning the unindexed ``kind`` and ``record_id`` columns.
- PostgreSQL (13 or newer, UTF-8): a ``tsvector`` per record with a GIN index, 'simple'
  configuration (no stemming: the texts are in English and Spanish). No extension is needed:
  ``search_fold`` takes accents off with Unicode decomposition (``normalize(…, NFD)``, then
  drops the combining marks) and lower-cases, with ICU's rules when the server has them (a
  cluster in the C locale would lower-case ASCII only); ``search_document`` also turns
  punctuation into spaces, as SQLite's tokenizer does, so "incident_response" and
  "john@state.gov" are words apart. Queries fold their words with the same function.

The source tables are never altered. A later migration that recreates one of them in batch
mode on SQLite drops its triggers with it and must create them again.
"""

from __future__ import annotations

from typing import NamedTuple

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


class Source(NamedTuple):
    """A table whose records are searched, and the columns holding their words.

    (A NamedTuple, not a dataclass: Alembic loads this file without registering it as a
    module, and dataclasses look their module up.)
    """

    number: int
    kind: str
    table: str
    columns: tuple[str, ...]


# The kinds and columns search has always looked at (store/search_queries.py reads them).
SOURCES = (
    Source(1, "meeting", "meetings", ("title", "summary", "location")),
    Source(
        2,
        "agenda item",
        "agenda_items",
        ("title", "notes", "outcome", "their_position", "our_response"),
    ),
    Source(3, "commitment", "commitments", ("text", "source_clause")),
    Source(4, "update", "commitment_updates", ("note", "reason")),
    Source(5, "document", "documents", ("title", "text")),
    Source(6, "person", "people", ("name", "title", "biography")),
)
KIND_SLOTS = 8  # rowid = record_id * KIND_SLOTS + number, on SQLite

# -- SQLite ------------------------------------------------------------------------------------

SQLITE_TABLE = """
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, record_id UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 2'
)
"""


def _sqlite_body(source: Source, prefix: str = "") -> str:
    return " || ' ' || ".join(f"coalesce({prefix}{column}, '')" for column in source.columns)


def _sqlite_insert(source: Source, prefix: str) -> str:
    return (
        "INSERT INTO search_index (rowid, kind, record_id, body) VALUES "
        f"({prefix}id * {KIND_SLOTS} + {source.number}, '{source.kind}', {prefix}id, "
        f"{_sqlite_body(source, prefix)});"
    )


def _sqlite_delete(source: Source) -> str:
    return f"DELETE FROM search_index WHERE rowid = old.id * {KIND_SLOTS} + {source.number};"


def _sqlite_triggers(source: Source) -> list[str]:
    name = f"search_index_{source.table}"
    columns = ", ".join(source.columns)
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {source.table} "
        f"BEGIN {_sqlite_insert(source, 'new.')} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {columns} ON {source.table} "
        f"BEGIN {_sqlite_delete(source)} {_sqlite_insert(source, 'new.')} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {source.table} "
        f"BEGIN {_sqlite_delete(source)} END",
    ]


def _sqlite_upgrade() -> None:
    op.execute(SQLITE_TABLE)
    for source in SOURCES:
        op.execute(
            "INSERT INTO search_index (rowid, kind, record_id, body) "
            f"SELECT id * {KIND_SLOTS} + {source.number}, '{source.kind}', id, "
            f"{_sqlite_body(source)} FROM {source.table}"
        )
        for statement in _sqlite_triggers(source):
            op.execute(statement)


def _sqlite_downgrade() -> None:
    for source in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_index_{source.table}_{event}")
    op.execute("DROP TABLE IF EXISTS search_index")


# -- PostgreSQL --------------------------------------------------------------------------------

# Combining diacritical marks, left behind by NFD decomposition.
MARKS = r"[\u0300-\u036f]"
# ASCII punctuation and symbols, Latin-1 punctuation (not ª µ º or the fractions, which are
# letters and numbers), general punctuation (dashes, curly quotes, bullets), CJK punctuation
# and full-width ASCII punctuation. Written as escapes: the regex classes would depend on the
# server's locale, and in the C locale PostgreSQL's parser counts any non-ASCII as a letter.
PUNCTUATION = (
    r"[\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e"
    r"\u00a1-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7"
    r"\u2000-\u206f\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
)


def _postgresql_fold(collation: str) -> str:
    return f"""
    CREATE FUNCTION search_fold(words text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT lower(
            regexp_replace(normalize(coalesce(words, ''), NFD), '{MARKS}', '', 'g'){collation}
        )
    $$
    """


POSTGRESQL_DOCUMENT = f"""
CREATE FUNCTION search_document(words text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig, regexp_replace(search_fold(words), '{PUNCTUATION}', ' ', 'g'))
$$
"""

POSTGRESQL_TABLE = [
    """
    CREATE TABLE search_index (
        kind varchar(16) NOT NULL,
        record_id integer NOT NULL,
        document tsvector NOT NULL,
        CONSTRAINT pk_search_index PRIMARY KEY (kind, record_id)
    )
    """,
]


def _postgresql_document(source: Source, prefix: str = "") -> str:
    columns = ", ".join(f"{prefix}{column}" for column in source.columns)
    return f"search_document(concat_ws(' ', {columns}))"


def _postgresql_trigger(source: Source) -> list[str]:
    name = f"search_index_{source.table}"
    columns = ", ".join(source.columns)
    return [
        f"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                DELETE FROM search_index WHERE kind = '{source.kind}' AND record_id = OLD.id;
                RETURN OLD;
            END IF;
            INSERT INTO search_index (kind, record_id, document)
            VALUES ('{source.kind}', NEW.id, {_postgresql_document(source, "NEW.")})
            ON CONFLICT (kind, record_id) DO UPDATE SET document = EXCLUDED.document;
            RETURN NEW;
        END;
        $$
        """,
        f"""
        CREATE TRIGGER {name}
        AFTER INSERT OR UPDATE OF {columns} OR DELETE ON {source.table}
        FOR EACH ROW EXECUTE FUNCTION {name}()
        """,
    ]


def _postgresql_upgrade() -> None:
    bind = op.get_bind()
    icu = bind.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").first()
    op.execute(_postgresql_fold(' COLLATE "und-x-icu"' if icu else ""))
    op.execute(POSTGRESQL_DOCUMENT)
    for statement in POSTGRESQL_TABLE:
        op.execute(statement)
    for source in SOURCES:
        op.execute(
            "INSERT INTO search_index (kind, record_id, document) "
            f"SELECT '{source.kind}', id, {_postgresql_document(source)} FROM {source.table}"
        )
        for statement in _postgresql_trigger(source):
            op.execute(statement)
    # Built once the rows are in: one pass instead of an update per row.
    op.execute("CREATE INDEX ix_search_index_document ON search_index USING gin (document)")


def _postgresql_downgrade() -> None:
    for source in SOURCES:
        name = f"search_index_{source.table}"
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {source.table}")
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP FUNCTION IF EXISTS search_document(text)")
    op.execute("DROP FUNCTION IF EXISTS search_fold(text)")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgresql_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_downgrade()
    elif dialect == "postgresql":
        _postgresql_downgrade()
