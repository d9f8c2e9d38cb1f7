"""Revision 0009, a meeting's calendar UID, replayed on the first-schema store: one meeting
per UID within a dialogue (meetings entered by hand have none), and a downgrade takes the
column away with every row kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from first_schema import first_schema_rows, replayed

from migrations import downgrade


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return replayed(tmp_path)


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[1] for row in connection.execute("PRAGMA table_info(meetings)")]


def test_a_uid_names_one_meeting_of_a_dialogue(store: Path) -> None:
    assert "calendar_uid" in _columns(store)
    with sqlite3.connect(store) as connection:
        dialogue = connection.execute("SELECT dialogue_id FROM meetings LIMIT 1").fetchone()[0]
        assert (
            connection.execute(
                "SELECT count(*) FROM meetings WHERE calendar_uid IS NULL"
            ).fetchone()[0]
            >= 2
        )
        connection.execute("UPDATE meetings SET calendar_uid = 'x@calendar' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "UPDATE meetings SET calendar_uid = 'x@calendar' WHERE id = 2 AND dialogue_id = ?",
                (dialogue,),
            )


def test_a_downgrade_takes_the_column_away_and_keeps_every_row(store: Path) -> None:
    before = first_schema_rows(store)
    downgrade(store, "0008")
    assert "calendar_uid" not in _columns(store)
    assert first_schema_rows(store) == before
