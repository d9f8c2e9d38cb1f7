"""Revision 0003, the record of exported PDFs, replayed on the committed first-schema store."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from first_schema import FIXTURE, first_schema_rows

from dialoguetracker.store.engine import open_store
from dialoguetracker.store.models import Base
from dialoguetracker.store.search_queries import is_search_index_table

DIGEST = "ab" * 32


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    """The 0001 fixture, copied and brought through 0002 and 0003 by opening it."""
    path = tmp_path / "store.db"
    shutil.copyfile(FIXTURE, path)
    before = first_schema_rows(path)
    open_store(path).close()
    assert first_schema_rows(path) == before
    return path


def _export(connection: sqlite3.Connection, digest: str = DIGEST, meeting: int = 1) -> None:
    connection.execute(
        "INSERT INTO briefing_exports (made_at, made_by, kind, dialogue_id, meeting_id, "
        "options, sha256, size, pages, file_name) "
        "VALUES ('2023-03-01 12:00:00.000000', 'tester', 'briefing', 1, ?, '{}', ?, 10, 1, "
        "'b.pdf')",
        (meeting, digest),
    )


def test_the_first_schema_store_reaches_0003_and_keeps_every_row(upgraded: Path) -> None:
    with sqlite3.connect(upgraded) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        count = connection.execute("SELECT count(*) FROM briefing_exports").fetchone()[0]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert revision >= "0003"
    assert count == 0
    assert sum(len(rows) for rows in first_schema_rows(upgraded).values()) > 20


def test_the_new_table_follows_the_naming_convention(upgraded: Path) -> None:
    with sqlite3.connect(upgraded) as connection:
        [table_sql] = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'briefing_exports'"
        ).fetchone()
        indexes = {
            name: bool(unique)
            for _, name, unique, *_ in connection.execute("PRAGMA index_list('briefing_exports')")
        }
    for name in (
        "pk_briefing_exports",
        "ck_briefing_exports_kind",
        "ck_briefing_exports_sha256_length",
        "ck_briefing_exports_size",
        "ck_briefing_exports_pages",
        "fk_briefing_exports_dialogue_id_dialogues",
        "fk_briefing_exports_meeting_id_meetings",
    ):
        assert f"CONSTRAINT {name} " in table_sql, name
    assert indexes == {
        "ix_briefing_exports_sha256": True,
        "ix_briefing_exports_meeting_id": False,
        "ix_briefing_exports_dialogue_id": False,
    }


def test_the_migrated_schema_is_the_models_schema(upgraded: Path) -> None:
    store = open_store(upgraded)
    try:
        with store.engine.connect() as connection:
            # The search index (0005) is not mapped: its tables are made by SQL of their own.
            context = MigrationContext.configure(
                connection,
                opts={
                    "include_name": lambda name, kind, _parents: (
                        not (kind == "table" and is_search_index_table(name))
                    )
                },
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        store.close()
    assert differences == []


def test_the_same_file_cannot_be_recorded_twice(upgraded: Path) -> None:
    with sqlite3.connect(upgraded) as connection:
        _export(connection)
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            _export(connection)


def test_the_rules_of_a_record_are_the_databases_own(upgraded: Path) -> None:
    with sqlite3.connect(upgraded) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="sha256_length"):
            _export(connection, digest="abc")
        with pytest.raises(sqlite3.IntegrityError, match="kind"):
            connection.execute(
                "INSERT INTO briefing_exports (made_at, made_by, kind, options, sha256, size, "
                "file_name) VALUES ('2023-03-01', 'tester', 'memo', '{}', ?, 1, 'm.pdf')",
                (DIGEST,),
            )


def test_removing_the_meeting_keeps_the_record_of_its_briefing(upgraded: Path) -> None:
    with sqlite3.connect(upgraded) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        _export(connection, meeting=2)
        connection.execute("DELETE FROM meetings WHERE id = 2")
        row = connection.execute("SELECT dialogue_id, meeting_id, sha256 FROM briefing_exports")
        assert row.fetchall() == [(1, None, DIGEST)]
