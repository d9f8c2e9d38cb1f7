"""Revision 0008, the search index in kind order, replayed on the committed first-schema store.

Every record keeps exactly one index row, now at ``kind number * 2**40 + id``, so one query in
rowid order lists meetings, then agenda items, commitments, updates, documents and people; the
triggers keep that layout for what is written later; a downgrade to 0007 puts revision 0005's
interleaved layout back, and the words are found at either revision.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from dialoguetracker.domain.records import CommitmentDraft
from dialoguetracker.services import Services
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.search import search
from dialoguetracker.store.engine import Store, open_store
from dialoguetracker.store.migrate import _migration_engine, alembic_config

FIXTURE = Path(__file__).parent.parent / "fixtures" / "store-0001.db"
NUMBERS = {
    "meeting": (1, "meetings"),
    "agenda item": (2, "agenda_items"),
    "commitment": (3, "commitments"),
    "update": (4, "commitment_updates"),
    "document": (5, "documents"),
    "person": (6, "people"),
}
SPAN = 2**40


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "store.db"
    shutil.copyfile(FIXTURE, path)
    opened = open_store(path)
    yield opened
    opened.close()


def _path(store: Store) -> Path:
    assert store.location.path is not None
    return store.location.path


def _index(path: Path) -> list[tuple[int, str, int]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT rowid, kind, record_id FROM search_index ORDER BY rowid"
        ).fetchall()


def _records(path: Path) -> set[tuple[str, int]]:
    with sqlite3.connect(path) as connection:
        return {
            (kind, row_id)
            for kind, (_number, table) in NUMBERS.items()
            for (row_id,) in connection.execute(f"SELECT id FROM {table}")
        }


def _downgrade_to_0007(store: Store) -> None:
    engine = _migration_engine(store.location)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
    finally:
        engine.dispose()


def _found(store: Store, words: str) -> list[tuple[str, int]]:
    return [(hit.kind, hit.record_id) for hit in search(Services(store, actor="tester"), words)]


def test_every_record_has_one_index_row_in_kind_order(store: Store) -> None:
    index = _index(_path(store))

    assert {(kind, record) for _rowid, kind, record in index} == _records(_path(store))
    assert len(index) == len(_records(_path(store)))
    for rowid, kind, record in index:
        assert rowid == NUMBERS[kind][0] * SPAN + record
    kinds = [kind for _rowid, kind, _record in index]
    assert kinds == sorted(kinds, key=lambda kind: NUMBERS[kind][0])
    with sqlite3.connect(_path(store)) as connection:
        connection.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_triggers_write_and_remove_rows_in_the_new_layout(store: Store) -> None:
    services = Services(store, actor="tester")
    with sqlite3.connect(_path(store)) as connection:
        dialogue = connection.execute("SELECT min(id) FROM dialogues").fetchone()[0]
    added = create_commitment(
        services, CommitmentDraft(dialogue, "Map the quokka habitat", owner="joint")
    ).id

    assert (3 * SPAN + added, "commitment", added) in _index(_path(store))
    assert _found(store, "quokka") == [("commitment", added)]
    with sqlite3.connect(_path(store)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("UPDATE commitments SET text = 'Count pelicans' WHERE id = ?", (added,))
    assert _found(store, "quokka") == []
    assert _found(store, "pelicans") == [("commitment", added)]
    assert len(_index(_path(store))) == len(_records(_path(store)))


def test_a_downgrade_puts_the_interleaved_layout_back_and_words_are_still_found(
    store: Store,
) -> None:
    before = _found(store, "trilateral") + _found(store, "mexico") + _found(store, "workshop")
    assert before == [("commitment", 1), ("meeting", 2), ("agenda item", 2)]

    _downgrade_to_0007(store)

    index = _index(_path(store))
    assert {(kind, record) for _rowid, kind, record in index} == _records(_path(store))
    for rowid, kind, record in index:
        assert rowid == record * 8 + NUMBERS[kind][0]
    with sqlite3.connect(_path(store)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0007"
        )
        connection.execute("UPDATE commitments SET text = 'Trilateral again' WHERE id = 1")
        assert connection.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH 'again'"
        ).fetchall() == [(1 * 8 + 3,)]
