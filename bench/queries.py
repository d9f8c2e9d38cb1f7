"""The two queries a user waits on most, each beside the same work in plain ``sqlite3``.

*Filter*: the Commitments view narrowed to one dialogue, overdue only, one owner side and one
topic. The program's side is the view's own path: :class:`CommitmentTableModel` gets the
filter (``set_filter``, as ``CommitmentsView.apply_filters`` does), which counts the matches
and reads the first page through the services; then every role the table paints is read for
the rows of the first screen. The baseline sends the same count and the same first page
(sorted by due date, leads alongside) as SQL written by hand against the store's schema.

*Search*: 100 varied queries through :func:`dialoguetracker.services.search.search`, with the
Find dialog's limit, against the same FTS5 ``MATCH`` per kind of record in plain ``sqlite3``.
Both sides must return the same rows, or the comparison would be meaningless: the benchmark
checks that for the filter and for every query.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from bench.generate import OBJECTS, TOPICS, VERBS
from bench.raw_import import KIND_SPAN
from bench.timing import paired_medians, percentile
from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.services import Services
from dialoguetracker.services.commitments import count_commitments
from dialoguetracker.services.dialogues import get_dialogue, list_dialogues, list_topics
from dialoguetracker.services.search import search
from dialoguetracker.store.engine import open_store

SCREEN_ROWS = 30
"""Rows a full-height Commitments table shows at once, the rows the user sees first."""
SEARCH_QUERIES = 100


# -- the filter ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FilterCase:
    """What the user picked in the filter bar, and the program's today it was applied on."""

    criteria: CommitmentFilter
    owner: str
    today: date


def filter_case(services: Services) -> FilterCase:
    """The largest dialogue (most commitments), overdue only, its first party as owner and its
    first topic: the narrowest filter a user commonly sets, on the most data."""
    dialogue = max(
        list_dialogues(services),
        key=lambda item: count_commitments(services, CommitmentFilter(dialogue_id=item.id)),
    )
    owner = get_dialogue(services, dialogue.id).parties[0]
    topic = min(topic.id for topic in list_topics(services, dialogue.id))
    criteria = CommitmentFilter(
        dialogue_id=dialogue.id, owner=owner, topic_id=topic, overdue_only=True
    )
    return FilterCase(criteria, owner, services.today())


def qt_application() -> Any:
    """The process's QApplication (offscreen unless a platform was chosen), made once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def model_first_screen(model: Any, criteria: CommitmentFilter) -> list[int]:
    """What the view does when the filter changes, then what the table reads to paint its
    first screen: every painted role of every cell. The ids shown, for checking."""
    from PySide6.QtCore import Qt

    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
    )
    model.set_filter(criteria)
    shown = []
    for row in range(min(SCREEN_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                model.data(index, role)
        shown.append(model.commitment(row).id)
    return shown


CLOSED = tuple(status.value for status in CommitmentStatus if status.is_closed)
WHERE = f"""
    c.dialogue_id = :dialogue
    AND c.owner_party_id = (SELECT id FROM parties WHERE code = :owner)
    AND c.topic_id = :topic
    AND c.status NOT IN ({", ".join(f"'{status}'" for status in CLOSED)})
    AND c.due_date IS NOT NULL AND c.due_date < :today
"""
RAW_COUNT = f"SELECT count(*) FROM commitments AS c WHERE {WHERE}"
RAW_PAGE = f"""
SELECT c.id, c.dialogue_id, c.meeting_id, c.agenda_item_id, c.text, c.topic_id, p.code,
       c.owner_joint, c.status, c.due_date, c.recorded_on, c.initial_status,
       c.initial_due_date, c.source_document_id, c.source_clause, c.handling, c.version
FROM commitments AS c LEFT JOIN parties AS p ON p.id = c.owner_party_id
WHERE {WHERE}
ORDER BY c.due_date, c.id
LIMIT :limit
"""
RAW_LEADS = (
    "SELECT commitment_id, organization_id, person_id FROM commitment_leads "
    "WHERE commitment_id IN ({marks}) ORDER BY commitment_id, id"
)


def raw_first_screen(db: sqlite3.Connection, case: FilterCase, page_size: int) -> list[int]:
    """The baseline: the count, the first page and its leads, by hand-written SQL (overdue
    rows all have a due date, so the order needs no rule for missing ones)."""
    criteria = case.criteria
    values = {
        "dialogue": criteria.dialogue_id,
        "owner": case.owner,
        "topic": criteria.topic_id,
        "today": case.today.isoformat(),
        "limit": page_size,
    }
    db.execute(RAW_COUNT, values).fetchone()
    rows = db.execute(RAW_PAGE, values).fetchall()
    ids = [row[0] for row in rows]
    if ids:
        marks = ", ".join("?" for _ in ids)
        db.execute(RAW_LEADS.format(marks=marks), ids).fetchall()
    return ids[:SCREEN_ROWS]


@dataclass(frozen=True)
class FilterTimes:
    program_ms: float
    raw_ms: float
    matches: int


def measure_filter(services: Services, db: sqlite3.Connection, repeat: int) -> FilterTimes:
    """The median time of the filter through the Qt model and by hand, after checking that
    both show the same rows."""
    qt_application()
    from dialoguetracker.gui.commitments.source import ServicesSource
    from dialoguetracker.gui.commitments.table_model import CommitmentTableModel

    case = filter_case(services)
    model = CommitmentTableModel(ServicesSource(services))
    program = model_first_screen(model, case.criteria)
    raw = raw_first_screen(db, case, model.page_size)
    if program != raw:
        raise AssertionError(f"the baseline shows other rows: {program[:5]} != {raw[:5]}")
    # The check above ran both once: each side's first-use costs are paid already.
    program_ms, _shown, raw_ms, _rows = paired_medians(
        partial(model_first_screen, model, case.criteria),
        partial(raw_first_screen, db, case, model.page_size),
        repeat,
    )
    return FilterTimes(program_ms, raw_ms, model.total)


# -- the search ----------------------------------------------------------------------------

PRESENT = sorted(
    (
        {
            word.casefold()
            for text in [*VERBS, *OBJECTS, *TOPICS]
            for word in re.findall(r"\w+", text)
        }
        | {"round", "washington", "mexico", "city", "discussion", "delegate", "item", "progress"}
        | {"reported", "waiting", "budget", "overtaken", "framework", "referred", "trilateral"}
    )
    - {"a", "the", "on", "for", "of"}
)
"""Words the bench data is written with (see :mod:`bench.interchange_file`)."""
ABSENT = ["zeppelin", "quokka", "marzipan", "saxophone", "glacier", "origami", "pelican"]
"""Words it never holds: a search that finds nothing must be quick too."""
PHRASES = [
    "joint workshop",
    "threat indicators",
    "ransomware response plan",
    "critical infrastructure",
    "training course federal agencies",
    "points of contact",
    "progress reported",
    "Mexico City",
    "México",
    "multilateral negotiating position",
    "incident playbooks",
    "Round 12",
    "Delegate 042",
    "budget year",
]
"""Phrases that occur as they stand, accents and numbers included."""


def search_queries(count: int = SEARCH_QUERIES, seed: int = 11) -> list[str]:
    """``count`` queries, the same on every run and at every scale: whole words, prefixes
    (as typed so far), phrases, words drawn together at random, absent words alone and beside
    present ones; in mixed case, since case must not matter."""
    rng = random.Random(seed)

    def cased(word: str) -> str:
        return rng.choice([word, word.capitalize(), word.upper()])

    def prefix(word: str) -> str:
        return word[: rng.randint(3, max(3, len(word) - 1))]

    makers = [
        lambda: cased(rng.choice(PRESENT)),
        lambda: prefix(rng.choice(PRESENT)),
        lambda: rng.choice(PHRASES),
        lambda: " ".join(cased(word) for word in rng.sample(PRESENT, rng.randint(2, 3))),
        lambda: " ".join(prefix(word) for word in rng.sample(PRESENT, 2)),
        lambda: rng.choice(ABSENT),
        lambda: f"{rng.choice(PRESENT)} {rng.choice(ABSENT)}",
    ]
    queries: list[str] = []
    turn = 0
    while len(queries) < count:
        query = makers[turn % len(makers)]()
        turn += 1
        if query not in queries:
            queries.append(query)
    return queries


RAW_KINDS = {
    1: ("meeting", "meetings", "id", "title"),
    2: ("agenda item", "agenda_items", "id", "title"),
    3: ("commitment", "commitments", "id", "text"),
    4: ("update", "commitment_updates", "commitment_id", "note"),
    5: ("document", "documents", "id", "title"),
    6: ("person", "people", "id", "name"),
}
"""Per kind number in the index rowid (kind number * KIND_SPAN + record id), meetings first:
its name in the hits, its table, the id a hit shows and its title column."""


def raw_search(db: sqlite3.Connection, words: str, limit: int) -> list[tuple[str, int, str]]:
    """The baseline: every word a required quoted prefix, one ``MATCH`` in rowid order (the
    kinds in the order hits are listed) up to ``limit`` hits, then each kind's titles by id."""
    tokens = re.findall(r"\w+", words)
    match = " AND ".join(f'"{token}"*' for token in dict.fromkeys(tokens))
    rows = db.execute(
        "SELECT rowid, record_id FROM search_index WHERE search_index MATCH ? "
        "ORDER BY rowid LIMIT ?",
        (match, limit),
    ).fetchall()
    by_kind: dict[int, list[int]] = {}
    for rowid, record_id in rows:
        by_kind.setdefault(rowid // KIND_SPAN, []).append(record_id)
    hits: list[tuple[str, int, str]] = []
    for number, ids in sorted(by_kind.items()):
        kind, table, shown, title = RAW_KINDS[number]
        marks = ", ".join("?" for _ in ids)
        found = {
            key: (row_id, text)
            for key, row_id, text in db.execute(
                f"SELECT id, {shown}, {title} FROM {table} WHERE id IN ({marks})", ids
            )
        }
        hits.extend((kind, *found[key]) for key in ids if key in found)
    return hits


def program_search(services: Services, words: str, limit: int) -> list[tuple[str, int]]:
    return [(hit.kind.value, hit.record_id) for hit in search(services, words, limit=limit)]


@dataclass(frozen=True)
class SearchTimes:
    """Per query, the median time through the program and by hand."""

    queries: list[str]
    program_ms: list[float]
    raw_ms: list[float]
    hits: list[int]

    @property
    def median_program(self) -> float:
        return statistics.median(self.program_ms)

    @property
    def median_raw(self) -> float:
        return statistics.median(self.raw_ms)

    @property
    def median_ratio(self) -> float:
        """The median of the per-query ratios (not the ratio of the medians)."""
        return statistics.median(p / r for p, r in zip(self.program_ms, self.raw_ms, strict=True))

    def p95(self, side: list[float]) -> float:
        return percentile(side, 0.95)


def search_limit() -> int:
    """The Find dialog's limit, so the program is measured as the user runs it."""
    qt_application()
    from dialoguetracker.gui.find_dialog import MAX_HITS

    return int(MAX_HITS)


def measure_search(services: Services, db: sqlite3.Connection, repeat: int) -> SearchTimes:
    """Each query's median through the program and by hand; both must find the same records."""
    limit = search_limit()
    queries = search_queries()
    program, raw, hits = [], [], []
    for words in queries:
        program_ms, found, raw_ms, rows = paired_medians(
            partial(program_search, services, words, limit),
            partial(raw_search, db, words, limit),
            repeat,
        )
        if found != [(kind, row_id) for kind, row_id, _title in rows]:
            raise AssertionError(f"the baseline finds other records for {words!r}")
        program.append(program_ms)
        raw.append(raw_ms)
        hits.append(len(found))
    return SearchTimes(queries, program, raw, hits)


# -- both, on one store --------------------------------------------------------------------


@contextmanager
def both_sides(store: Path) -> Iterator[tuple[Services, sqlite3.Connection]]:
    """The program's services and a plain ``sqlite3`` connection, on the same store."""
    services = Services(open_store(store), actor="bench")
    db = sqlite3.connect(store)
    try:
        yield services, db
    finally:
        db.close()
        services.store.close()
