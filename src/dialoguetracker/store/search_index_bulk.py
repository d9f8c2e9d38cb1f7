"""Indexing many new rows for search at once, for a large import.

Migration 0005 keeps the search index true with triggers, one index row per inserted record.
For an import of 100,000 commitments that is 100,000 trigger runs; one ``INSERT … SELECT``
per table does the same work in a fraction of the time. :func:`indexing_in_bulk` drops the
insert triggers for the length of a block and, when it ends, indexes every row added since in
one statement per table and creates the triggers again — all inside the caller's transaction,
so a failed or cancelled import, or a process killed half-way, leaves the triggers exactly as
they were (SQLite's schema changes are transactional).

On PostgreSQL the triggers stay: disabling one takes a lock that would keep every colleague on
a shared server from reading the table until the import commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import func, select, text

from dialoguetracker.domain.errors import StoreError
from dialoguetracker.domain.words import translate
from dialoguetracker.store.search_queries import KINDS, SEARCH_INDEX_NAME, index_rowid
from dialoguetracker.store.unit_of_work import UnitOfWork


def _insert_trigger(table: str) -> str:
    return f"{SEARCH_INDEX_NAME}_{table}_insert"


@contextmanager
def indexing_in_bulk(uow: UnitOfWork) -> Iterator[None]:
    """Inside the block, rows inserted into the searched tables are not indexed one by one;
    at its end they are indexed in bulk and the triggers are back (checked)."""
    session = uow.session
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    session.flush()
    deferred: list[tuple[int, str, int, str, str]] = []
    definitions: list[tuple[str, str]] = []
    for kind in KINDS:
        table = kind.key.table.name  # type: ignore[attr-defined]
        trigger = _insert_trigger(table)
        found = text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name")
        definition = session.scalar(found, {"name": trigger})
        if definition is None:
            continue  # an older schema without search: nothing to defer
        highest = session.scalar(select(func.max(kind.key))) or 0
        body = " || ' ' || ".join(
            f"coalesce({column.name}, '')"  # type: ignore[attr-defined]
            for column in kind.texts
        )
        deferred.append((kind.number, str(kind.kind), highest, table, body))
        session.execute(text(f"DROP TRIGGER {trigger}"))
        definitions.append((trigger, definition))
    yield  # what raises in the block rolls the transaction back, the dropped triggers too
    session.flush()
    for number, kind_name, highest, table, body in deferred:
        rowid = index_rowid(number, "id")
        # An update trigger may already have indexed a new row: index each row once.
        session.execute(
            text(
                f"DELETE FROM {SEARCH_INDEX_NAME} WHERE rowid IN "
                f"(SELECT {rowid} FROM {table} WHERE id > :highest)"
            ),
            {"highest": highest},
        )
        session.execute(
            text(
                f"INSERT INTO {SEARCH_INDEX_NAME} (rowid, kind, record_id, body) "
                f"SELECT {rowid}, :kind, id, {body} FROM {table} WHERE id > :highest"
            ),
            {"kind": kind_name, "highest": highest},
        )
    for trigger, definition in definitions:
        session.execute(text(definition))
        back = text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :name")
        if session.scalar(back, {"name": trigger}) is None:
            raise StoreError(
                translate(
                    "Errors", "the search index trigger {trigger} could not be created again"
                ).format(
                    trigger=trigger,
                )
            )
