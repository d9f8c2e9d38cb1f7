"""``dialoguetracker check`` on a store file another program damaged: each broken rule on its own
line on stdout, one line on stderr, exit status 1, and the file left byte for byte as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import digest, run_cli

Capsys = pytest.CaptureFixture[str]


def _damage(path: Path) -> tuple[int, int, int]:
    """Point commitment 1 at an agenda item of the other meeting and hand it to a party that is
    not at the table; returns (that agenda item, its meeting, the party)."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        item, meeting = connection.execute(
            "SELECT a.id, a.meeting_id FROM agenda_items a, commitments c "
            "WHERE c.id = 1 AND a.meeting_id <> c.meeting_id ORDER BY a.id LIMIT 1"
        ).fetchone()
        party = connection.execute(
            "INSERT INTO parties (code, name) VALUES ('CA', 'Canada') RETURNING id"
        ).fetchone()[0]
        connection.execute(
            "UPDATE commitments SET agenda_item_id = ?, owner_party_id = ?, owner_joint = 0 "
            "WHERE id = 1",
            (item, party),
        )
    connection.close()
    return item, meeting, party


def test_check_names_each_broken_rule_exits_1_and_leaves_the_file_alone(
    capsys: Capsys, demo_db: Path
) -> None:
    item, item_meeting, party = _damage(demo_db)
    with sqlite3.connect(demo_db) as connection:
        meeting = connection.execute("SELECT meeting_id FROM commitments WHERE id = 1").fetchone()
    connection.close()
    before = digest(demo_db)

    result = run_cli(capsys, "--db", demo_db, "check")

    assert result.status == 1
    assert result.out.splitlines() == [
        f"commitment 1: its agenda item {item} belongs to meeting {item_meeting}, "
        f"not to its meeting {meeting[0]}",
        f"commitment 1: its owner, party {party} (CA), is not one of dialogue 1's parties",
    ]
    assert result.err == "dialoguetracker: the check found 2 problem(s)\n"
    assert digest(demo_db) == before


def test_check_of_a_sound_store_says_so_and_exits_0(capsys: Capsys, demo_db: Path) -> None:
    before = digest(demo_db)

    result = run_cli(capsys, "--db", demo_db, "check")

    assert (result.status, result.out, result.err) == (0, f"{demo_db}: no problems found\n", "")
    assert digest(demo_db) == before
