"""Revision 0004, record versions, replayed on the committed first-schema store.

Adding ``version`` recreates ``meetings`` and ``commitments`` in batch mode on SQLite; with
foreign keys on, dropping the old ``meetings`` would cascade into agenda items, attendance,
documents and briefs. The upgrade must keep every row, children included.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from first_schema import FIXTURE, first_schema_rows

from dialoguetracker.store.engine import open_store
from dialoguetracker.store.migrate import head_revision

VERSIONED = ("meetings", "commitments")


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [name for _, name, *_ in connection.execute(f"PRAGMA table_info({table})")]


@pytest.fixture
def first_schema_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copyfile(FIXTURE, path)
    return path


def test_the_first_schema_store_reaches_0004_and_keeps_every_row(
    first_schema_store: Path,
) -> None:
    before = first_schema_rows(first_schema_store)
    with sqlite3.connect(first_schema_store) as connection:
        assert all("version" not in _columns(connection, table) for table in VERSIONED)

    open_store(first_schema_store).close()

    with sqlite3.connect(first_schema_store) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert revision == head_revision() >= "0004"
    after = first_schema_rows(first_schema_store)
    assert after == before
    for table in ("meetings", "commitments", "agenda_items", "attendance", "documents"):
        assert after[table], f"the fixture has no {table}; the test would prove nothing"
    assert after["meeting_briefs"] or after["commitment_updates"]


def test_versions_start_at_one(first_schema_store: Path) -> None:
    open_store(first_schema_store).close()
    with sqlite3.connect(first_schema_store) as connection:
        for table in VERSIONED:
            versions = [row[0] for row in connection.execute(f"SELECT version FROM {table}")]
            assert versions, table
            assert set(versions) == {1}, table


def test_the_version_column_is_required_with_a_default_of_one(first_schema_store: Path) -> None:
    open_store(first_schema_store).close()
    with sqlite3.connect(first_schema_store) as connection:
        for table in VERSIONED:
            info = {row[1]: row for row in connection.execute(f"PRAGMA table_info({table})")}
            _cid, _name, kind, notnull, default, _pk = info["version"]
            assert (kind, notnull, default) == ("INTEGER", 1, "1"), table


def test_the_recreated_tables_keep_the_naming_convention(first_schema_store: Path) -> None:
    open_store(first_schema_store).close()
    with sqlite3.connect(first_schema_store) as connection:
        sql = dict(
            connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                "AND name IN ('meetings', 'commitments')"
            ).fetchall()
        )
        indexes = {
            name
            for table in VERSIONED
            for _, name, *_ in connection.execute(f"PRAGMA index_list('{table}')")
        }
    for name in (
        "pk_meetings",
        "ck_meetings_status",
        "ck_meetings_end_not_before_start",
        "fk_meetings_dialogue_id_dialogues",
    ):
        assert f"CONSTRAINT {name} " in sql["meetings"], name
    for name in (
        "pk_commitments",
        "ck_commitments_one_owner",
        "fk_commitments_meeting_id_meetings",
    ):
        assert f"CONSTRAINT {name} " in sql["commitments"], name
    assert {
        "ix_meetings_dialogue_start",
        "ix_commitments_dialogue_status",
        "ix_commitments_due",
        "ix_commitments_meeting_id",
        "ix_commitments_topic_id",
    } <= indexes
