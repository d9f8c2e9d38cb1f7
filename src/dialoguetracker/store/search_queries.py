"""Full-text search over the texts people write, on SQLite and PostgreSQL alike.

The query is split into words here, in Python, and every word must be found, as the start of
a word of the record ("budg" finds "budget"), whatever its case and accents ("reunion" finds
"Reunión"). The words go to the full-text index of migration 0005 — FTS5 on SQLite, a
``tsvector`` on PostgreSQL — each one quoted, as a bound parameter: nothing the user types is
read as query syntax (``AND``, ``NEAR(``, ``"`` and ``*`` are plain words or punctuation), and
nothing is spliced into SQL.

A query with no word in it at all (``"``, ``%``, ``***``) falls back to a literal,
case-insensitive substring match over the same columns, so that it still finds the record
that says ``100%`` rather than failing or finding everything.
"""

from __future__ import annotations

import unicodedata
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    String,
    bindparam,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.sql.elements import SQLCoreOperations

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.store.models import (
    AgendaItemRow,
    CommitmentRow,
    CommitmentUpdateRow,
    DocumentRow,
    MeetingRow,
    PersonRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

# Made and kept by migration 0005; not mapped, so the ORM never writes it behind the triggers.
SEARCH_INDEX_NAME = "search_index"
SEARCH_INDEX = table(
    SEARCH_INDEX_NAME,
    column("rowid", Integer),
    column("kind", String),
    column("record_id", Integer),
    column("document"),
)
KIND_SPAN = 2**40
"""On SQLite an index row's rowid is ``number * KIND_SPAN + record_id`` (revision 0008): the
kinds follow one another in the order hits are listed, each in its records' id order."""


def index_rowid(number: int, record: str) -> str:
    """The SQL of an index row's rowid on SQLite, for the record whose id is ``record``."""
    return f"{number} * {KIND_SPAN} + {record}"


def is_search_index_table(name: str | None) -> bool:
    """Whether a table belongs to the search index (with FTS5, its shadow tables too).

    The models do not map these tables, so a comparison of the models with a store (Alembic's
    autogenerate) must leave them out, or it would propose dropping them.
    """
    return name is not None and (
        name == SEARCH_INDEX_NAME or name.startswith(f"{SEARCH_INDEX_NAME}_")
    )


class _Kind(NamedTuple):
    """One kind of record: what a hit reports, and the columns its words are in.

    ``kind`` is the name both in the hits and in ``search_index.kind``, ``number`` the one in
    its SQLite rowid (both fixed by revision 0005, the rowid's layout by 0008); ``key`` is the
    column the index row's ``record_id`` is (the record's own id), ``shown`` the id a hit
    reports (an update is shown as its commitment).
    """

    kind: RecordKind
    number: int
    key: SQLCoreOperations[int]
    shown: SQLCoreOperations[int]
    title: SQLCoreOperations[Any]
    texts: tuple[SQLCoreOperations[Any], ...]


# In the order hits are listed: meetings first.
KINDS = (
    _Kind(
        RecordKind.MEETING,
        1,
        MeetingRow.id,
        MeetingRow.id,
        MeetingRow.title,
        (MeetingRow.title, MeetingRow.summary, MeetingRow.location),
    ),
    _Kind(
        RecordKind.AGENDA_ITEM,
        2,
        AgendaItemRow.id,
        AgendaItemRow.id,
        AgendaItemRow.title,
        (
            AgendaItemRow.title,
            AgendaItemRow.notes,
            AgendaItemRow.outcome,
            AgendaItemRow.their_position,
            AgendaItemRow.our_response,
        ),
    ),
    _Kind(
        RecordKind.COMMITMENT,
        3,
        CommitmentRow.id,
        CommitmentRow.id,
        CommitmentRow.text,
        (CommitmentRow.text, CommitmentRow.source_clause),
    ),
    _Kind(
        RecordKind.UPDATE,
        4,
        CommitmentUpdateRow.id,
        CommitmentUpdateRow.commitment_id,
        CommitmentUpdateRow.note,
        (CommitmentUpdateRow.note, CommitmentUpdateRow.reason),
    ),
    _Kind(
        RecordKind.DOCUMENT,
        5,
        DocumentRow.id,
        DocumentRow.id,
        DocumentRow.title,
        (DocumentRow.title, DocumentRow.text),
    ),
    _Kind(
        RecordKind.PERSON,
        6,
        PersonRow.id,
        PersonRow.id,
        PersonRow.name,
        (PersonRow.name, PersonRow.title, PersonRow.biography),
    ),
)


def word_tokens(words: str) -> list[str]:
    """The words of a query, each once, in order.

    A word is a run of letters, digits and the marks on them (Unicode categories L, N, M and
    private use), as SQLite's ``unicode61`` tokenizer sees it; everything else separates
    words. A run of marks alone is not a word.
    """
    tokens: list[str] = []
    current: list[str] = []
    for char in unicodedata.normalize("NFC", words) + " ":
        category = unicodedata.category(char)
        if category[0] in "LNM" or category == "Co":
            current.append(char)
            continue
        token = "".join(current)
        current.clear()
        if token not in tokens and any(unicodedata.category(c)[0] != "M" for c in token):
            tokens.append(token)
    return tokens


def fts5_query(tokens: list[str]) -> str:
    """Every token as a quoted FTS5 prefix phrase (``"tok"*``), all required."""
    return " AND ".join('"' + token.replace('"', '""') + '"*' for token in tokens)


def tsquery_text(tokens: list[str]) -> str:
    """Every token as a quoted tsquery prefix lexeme (``'tok':*``), all required."""
    quoted = (token.replace("\\", "\\\\").replace("'", "''") for token in tokens)
    return " & ".join(f"'{token}':*" for token in quoted)


_Hit = tuple[str, int, str]
"""A hit as the store reads it: kind, the id it shows, its title."""


def _dialect(uow: UnitOfWork) -> str:
    return uow.session.get_bind().dialect.name


def _index_match(dialect: str, tokens: list[str]) -> ColumnElement[bool]:
    if dialect == "postgresql":
        query = func.to_tsquery(
            literal_column("'simple'::regconfig"),
            func.search_fold(bindparam("words", tsquery_text(tokens), type_=String)),
        )
        return SEARCH_INDEX.c.document.op("@@", return_type=Boolean)(query)
    return literal_column(SEARCH_INDEX_NAME).op("MATCH", return_type=Boolean)(
        bindparam("words", fts5_query(tokens), type_=String)
    )


def _indexed(kind: _Kind, match: ColumnElement[bool]) -> ColumnElement[bool]:
    """Records of this kind whose index row matches, as a subquery run once (PostgreSQL: the
    GIN index finds every match at once, and the kind column narrows them)."""
    found = select(SEARCH_INDEX.c.record_id).where(match, SEARCH_INDEX.c.kind == kind.kind)
    return kind.key.in_(found)


def _sqlite_hits(uow: UnitOfWork, tokens: list[str], limit: int) -> list[_Hit]:
    """The first ``limit`` matches of all kinds in one pass: the index lists kinds in the
    order hits are (revision 0008), so FTS5 hands rows over in that order and stops at the
    limit, and a common word costs as little as a rare one. Titles are then read by id.

    Plain SQL on the driver's connection, in the unit of work's transaction: a statement
    with a list of up to ``limit`` ids would be compiled again for every length of the list,
    and result rows made for every hit, which together cost more than the search itself."""
    driver = uow.session.connection().connection.dbapi_connection
    assert driver is not None, "the unit of work holds its connection"
    matches = driver.execute(
        f"SELECT rowid, record_id FROM {SEARCH_INDEX_NAME} WHERE {SEARCH_INDEX_NAME} MATCH ? "
        "ORDER BY rowid LIMIT ?",
        (fts5_query(tokens), limit),
    ).fetchall()
    by_kind: dict[int, list[int]] = {}
    for index_row, record_id in matches:
        by_kind.setdefault(int(index_row) // KIND_SPAN, []).append(int(record_id))
    hits: list[_Hit] = []
    for kind in KINDS:
        ids = by_kind.get(kind.number)
        if not ids:
            continue
        marks = ", ".join("?" for _ in ids)
        rows = driver.execute(
            f"SELECT {_name(kind.key)}, {_name(kind.shown)}, {_name(kind.title)} "
            f"FROM {kind.key.table.name} WHERE {_name(kind.key)} IN ({marks})",  # type: ignore[attr-defined]
            tuple(ids),
        ).fetchall()
        shown = {int(key): (int(record), str(title)) for key, record, title in rows}
        hits.extend((kind.kind, *shown[key]) for key in ids if key in shown)
    return hits


def _name(column: SQLCoreOperations[Any]) -> str:
    """A mapped column's name in its table."""
    return str(column.name)  # type: ignore[attr-defined]


def _substring(kind: _Kind, words: str) -> ColumnElement[bool]:
    return or_(*(text.icontains(words, autoescape=True) for text in kind.texts))


def search_rows(uow: UnitOfWork, words: str, limit: int) -> list[_Hit]:
    """(kind, id, title) of matching records, at most ``limit`` in all: meetings first, then
    agenda items, commitments, updates (shown as their commitment), documents and people,
    each kind in the order its records were written."""
    tokens = word_tokens(words)
    dialect = _dialect(uow)
    match = _index_match(dialect, tokens) if tokens else None
    if tokens and dialect == "sqlite":
        return _sqlite_hits(uow, tokens, limit)
    hits: list[_Hit] = []
    for kind in KINDS:
        remaining = limit - len(hits)
        if remaining <= 0:
            break
        condition = _substring(kind, words) if match is None else _indexed(kind, match)
        query = (
            select(literal(kind.kind), kind.shown, kind.title)
            .where(condition)
            .order_by(kind.key)
            .limit(remaining)
        )
        rows = uow.session.execute(query)
        hits.extend((str(row[0]), int(row[1]), str(row[2])) for row in rows)
    return hits
