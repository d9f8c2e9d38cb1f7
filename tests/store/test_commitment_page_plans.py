"""Each sort's pages are read from an index in the list's order, on both backends.

What keyset paging buys is that the database neither sorts a dialogue's commitments nor
steps over the rows before a page: the query plan of every page query, the first and one
deep in the list, must walk one of the ``ix_commitments_dialogue_*`` indexes, with no sort.
SQLite says so in ``EXPLAIN QUERY PLAN`` (no "TEMP B-TREE"). PostgreSQL prefers a sort on a
table this small, so it is asked with sorting priced out (``enable_sort = off``): a plan
that still sorts means no index holds that order.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.domain.records import CommitmentDraft, DialogueDraft, PartyDraft, TopicDraft
from dialoguetracker.services import Services, dialogues, directory
from dialoguetracker.services.commitments import add_commitment, list_commitment_page

PAGE = 20


@pytest.fixture
def dialogue(services: Services) -> int:
    if services.store.engine.dialect.name == "postgresql":
        # The plans are judged on the planner's estimates without statistics: an automatic
        # ANALYZE landing between the writes and the EXPLAIN (as it may, on a busy machine)
        # would make a table this small look best walked by its primary key.
        with services.store.engine.begin() as connection:
            connection.exec_driver_sql("ALTER TABLE commitments SET (autovacuum_enabled = false)")
    for code, name in (("US", "United States"), ("MX", "Mexico")):
        directory.create_party(services, PartyDraft(code, name))
    ids = []
    for name in ("One dialogue", "Another dialogue"):
        made = dialogues.create_dialogue(services, DialogueDraft(name, ("US", "MX")))
        topics = [dialogues.create_topic(services, TopicDraft(made.id, t)).id for t in "ABC"]
        with services.change() as change:
            for n in range(120):
                draft = CommitmentDraft(
                    made.id,
                    f"Commitment {n}",
                    ["US", "MX", JOINT][n % 3],
                    topic_id=[*topics, None][n % 4],
                )
                due = None if n % 5 == 0 else date(2023, 1, 1) + timedelta(days=n % 9)
                status = list(CommitmentStatus)[n % 7]
                add_commitment(change, draft, status, due)
        ids.append(made.id)
    return ids[0]


@contextmanager
def page_queries(services: Services) -> Iterator[list[tuple[str, Any]]]:
    """The statements that find a page's ids, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_c: object, _cursor: object, sql: str, parameters: Any, *_rest: object) -> None:
        if sql.lstrip().startswith("SELECT commitments.id") and "ORDER BY" in sql:
            seen.append((sql, parameters))

    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def plan(services: Services, sql: str, parameters: Any) -> str:
    with services.store.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)
            return "\n".join(str(row[3]) for row in rows)
        for setting in ("enable_sort", "enable_seqscan", "enable_bitmapscan"):
            connection.exec_driver_sql(f"SET {setting} = off")
        rows = connection.exec_driver_sql(f"EXPLAIN {sql}", parameters)
        return "\n".join(str(row[0]) for row in rows)


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", list(CommitmentSort))
def test_first_and_deep_pages_walk_an_index_in_order(
    services: Services, dialogue: int, sort: CommitmentSort, descending: bool
) -> None:
    flt = CommitmentFilter(dialogue_id=dialogue, sort=sort, descending=descending, limit=PAGE)
    first = list_commitment_page(services, flt)
    after = first.keys[-1]
    for _ in range(3):  # a few pages in, past a segment's edge for most sorts
        after = list_commitment_page(services, replace(flt, after=after)).keys[-1]
    with page_queries(services) as seen:
        list_commitment_page(services, flt)
        deep = list_commitment_page(services, replace(flt, after=after))
    assert len(deep.commitments) == PAGE
    assert seen
    for sql, parameters in seen:
        shown = plan(services, sql, parameters)
        assert "ix_commitments_dialogue_" in shown, shown
        assert "TEMP B-TREE" not in shown and "Sort" not in shown, shown
