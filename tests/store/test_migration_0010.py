"""Revision 0010, compliance assessments, replayed on the first-schema store: a new table whose
scores are held to -1, 0 and +1 by the database itself, and a downgrade that drops it with
every other row kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from first_schema import first_schema_rows, replayed, table_names

from migrations import downgrade


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return replayed(tmp_path)


def _assessment(connection: sqlite3.Connection, score: int) -> None:
    commitment = connection.execute("SELECT id FROM commitments LIMIT 1").fetchone()[0]
    party = connection.execute("SELECT id FROM parties LIMIT 1").fetchone()[0]
    connection.execute(
        "INSERT INTO assessments (commitment_id, party_id, period_start, score, evidence, final,"
        " handling, assessed_on, assessed_by) VALUES (?, ?, '2022-08-10', ?, 'readout', 0,"
        " 'internal', '2023-01-01', 'tester')",
        (commitment, party, score),
    )


def test_scores_are_held_to_the_scale(store: Path) -> None:
    assert "assessments" in table_names(store)
    with sqlite3.connect(store) as connection:
        for score in (-1, 0, 1):
            _assessment(connection, score)
        with pytest.raises(sqlite3.IntegrityError):
            _assessment(connection, 2)


def test_a_downgrade_drops_the_table_and_keeps_every_row(store: Path) -> None:
    before = first_schema_rows(store)
    downgrade(store, "0009")
    assert "assessments" not in table_names(store)
    assert first_schema_rows(store) == before
