"""Plain substring search over the texts people write, on SQLite and PostgreSQL alike.

The user's words are matched literally (``%`` and ``_`` are not wildcards) and
case-insensitively; no query text is ever spliced into SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, literal, or_, select
from sqlalchemy.sql.elements import SQLCoreOperations

from dialoguetracker.store.models import (
    AgendaItemRow,
    CommitmentRow,
    CommitmentUpdateRow,
    DocumentRow,
    MeetingRow,
    PersonRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork


def _any(words: str, *columns: SQLCoreOperations[Any]) -> ColumnElement[bool]:
    return or_(*(column.icontains(words, autoescape=True) for column in columns))


def search_rows(uow: UnitOfWork, words: str, limit: int) -> list[tuple[str, int, str]]:
    """(kind, id, title) of matching records, meetings first, at most ``limit`` in all."""
    queries = [
        select(literal("meeting"), MeetingRow.id, MeetingRow.title).where(
            _any(words, MeetingRow.title, MeetingRow.summary, MeetingRow.location)
        ),
        select(literal("agenda item"), AgendaItemRow.id, AgendaItemRow.title).where(
            _any(
                words,
                AgendaItemRow.title,
                AgendaItemRow.notes,
                AgendaItemRow.outcome,
                AgendaItemRow.their_position,
                AgendaItemRow.our_response,
            )
        ),
        select(literal("commitment"), CommitmentRow.id, CommitmentRow.text).where(
            _any(words, CommitmentRow.text, CommitmentRow.source_clause)
        ),
        select(
            literal("update"), CommitmentUpdateRow.commitment_id, CommitmentUpdateRow.note
        ).where(_any(words, CommitmentUpdateRow.note, CommitmentUpdateRow.reason)),
        select(literal("document"), DocumentRow.id, DocumentRow.title).where(
            _any(words, DocumentRow.title, DocumentRow.text)
        ),
        select(literal("person"), PersonRow.id, PersonRow.name).where(
            _any(words, PersonRow.name, PersonRow.title, PersonRow.biography)
        ),
    ]
    hits: list[tuple[str, int, str]] = []
    for query in queries:
        remaining = limit - len(hits)
        if remaining <= 0:
            break
        rows = uow.session.execute(query.order_by(query.selected_columns[1]).limit(remaining))
        hits.extend((str(row[0]), int(row[1]), str(row[2])) for row in rows)
    return hits
