"""Revision 0007, the indexes of the commitment list's sorts, replayed on the first-schema store.

Only indexes change: every row stays as it was, each sort gets an index of ``dialogue_id``,
its column and ``id`` (the status index gains the id), and a downgrade puts the old indexes
back.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from first_schema import FIXTURE, first_schema_rows

from dialoguetracker.store.engine import open_store
from dialoguetracker.store.location import resolve
from dialoguetracker.store.migrate import _migration_engine, alembic_config

SORT_INDEXES = {
    "ix_commitments_dialogue_ids": ["dialogue_id", "id"],
    "ix_commitments_dialogue_due": ["dialogue_id", "due_date", "id"],
    "ix_commitments_dialogue_status": ["dialogue_id", "status", "id"],
    "ix_commitments_dialogue_owner": ["dialogue_id", "owner_party_id", "id"],
    "ix_commitments_dialogue_topic": ["dialogue_id", "topic_id", "id"],
}
BEFORE = {
    "ix_commitments_dialogue_status": ["dialogue_id", "status"],
    "ix_commitments_due": ["due_date"],
    "ix_commitments_meeting_id": ["meeting_id"],
    "ix_commitments_topic_id": ["topic_id"],
}


@pytest.fixture
def first_schema_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copyfile(FIXTURE, path)
    return path


def _indexes(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        names = [
            row[1]
            for row in connection.execute("PRAGMA index_list('commitments')")
            if not row[1].startswith("sqlite_")
        ]
        return {
            name: [row[2] for row in connection.execute(f"PRAGMA index_info('{name}')")]
            for name in names
        }


def test_the_upgrade_adds_an_index_per_sort_and_keeps_every_row(
    first_schema_store: Path,
) -> None:
    before = first_schema_rows(first_schema_store)
    open_store(first_schema_store).close()

    assert _indexes(first_schema_store) == {**BEFORE, **SORT_INDEXES}
    assert first_schema_rows(first_schema_store) == before
    with sqlite3.connect(first_schema_store) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_downgrade_to_0006_puts_the_old_indexes_back(first_schema_store: Path) -> None:
    open_store(first_schema_store).close()
    before = first_schema_rows(first_schema_store)
    engine = _migration_engine(resolve(first_schema_store))
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
    finally:
        engine.dispose()

    assert _indexes(first_schema_store) == BEFORE
    assert first_schema_rows(first_schema_store) == before
