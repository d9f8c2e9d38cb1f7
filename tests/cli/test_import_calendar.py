"""``import FILE.ics [--dialogue NAME]``: invitations as planned meetings of a dialogue; the
second run adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import exported, run_cli

CALENDARS = Path(__file__).parents[1] / "fixtures" / "calendars"


def _meetings(capsys: pytest.CaptureFixture[str], db: Path) -> list[str]:
    data = json.loads(exported(capsys, db))
    return [m["title"] for d in data["dialogues"] for m in d["meetings"]]


def test_invitations_are_imported_once(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    before = _meetings(capsys, demo_db)
    result = run_cli(capsys, "--db", demo_db, "import", CALENDARS / "google.ics")
    assert (result.status, result.err) == (0, "")
    assert "2 meetings created" in result.out and "recurring" in result.out
    assert len(_meetings(capsys, demo_db)) == len(before) + 2

    again = run_cli(
        capsys, "--db", demo_db, "import", CALENDARS / "google.ics", "--dialogue", "Cyber WG"
    )
    assert again.status == 0 and "0 meetings created" in again.out and "2 unchanged" in again.out
    assert len(_meetings(capsys, demo_db)) == len(before) + 2


def test_a_file_that_is_not_a_calendar_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    before = exported(capsys, demo_db)
    bad = tmp_path / "notes.ics"
    bad.write_text("just some notes", encoding="utf-8")
    result = run_cli(capsys, "--db", demo_db, "import", bad)
    assert result.status != 0 and "is not an iCalendar file" in result.err
    assert result.err.count("\n") == 1
    assert exported(capsys, demo_db) == before
