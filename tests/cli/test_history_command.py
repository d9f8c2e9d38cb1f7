"""``history``: a meeting's or a commitment's audit trail on the terminal and as CSV."""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from cli_helpers import digest, run_cli

from dialoguetracker.domain.records import AgendaItemDraft
from dialoguetracker.services import Services, agenda, meetings
from dialoguetracker.store.engine import open_store
from moments import TEST_NOW

Capsys = pytest.CaptureFixture[str]
WHEN = TEST_NOW + timedelta(hours=1, minutes=5)
"""Alice edits an hour after the sample was loaded (at the tests' frozen now)."""
STAMP = WHEN.strftime("%Y-%m-%d %H:%M UTC")


@pytest.fixture
def edited_db(tmp_path: Path, demo_template: Path) -> tuple[Path, int]:
    """The sample with a planned meeting edited by Alice: a new agenda item whose title a
    spreadsheet would run as a formula, renamed, then deleted; and the location moved."""
    path = Path(shutil.copyfile(demo_template, tmp_path / "store.db"))
    store = open_store(path)
    try:
        services = Services(store, actor="alice", clock=lambda: WHEN)
        meeting = next(m for m in meetings.list_meetings(services, 1) if m.record.value == "draft")
        item = agenda.create_agenda_item(
            services, AgendaItemDraft(meeting.id, '=HYPERLINK("http://x")')
        )
        agenda.update_agenda_item(services, item.id, AgendaItemDraft(meeting.id, "Side event"))
        agenda.delete_agenda_item(services, item.id)
        meetings.update_meeting(services, meeting.id, replace(meeting, location="Washington"))
    finally:
        store.close()
    return path, meeting.id


def test_history_prints_one_line_per_change_deleted_parts_included(
    capsys: Capsys, edited_db: tuple[Path, int]
) -> None:
    db, meeting_id = edited_db
    result = run_cli(capsys, "--db", db, "history", "--meeting", meeting_id)

    assert (result.status, result.err) == (0, "")
    lines = result.out.splitlines()
    assert lines[0].split("\t")[1:3] == ["root", "meeting"]  # the sample's load comes first
    assert lines[0].split("\t")[3].startswith("created: ")
    by_alice = [line for line in lines if "\talice\t" in line]
    item = by_alice[0].split("\t")[2].split("'")[0].strip()  # "agenda item N"
    assert item.startswith("agenda item ")
    assert by_alice == [
        f"{STAMP}\talice\t{item} 'Side event'\tcreated: =HYPERLINK(\"http://x\")",
        f"{STAMP}\talice\t{item} 'Side event'\t"
        'update title: =HYPERLINK("http://x") -> Side event',
        f"{STAMP}\talice\t{item} 'Side event'\tdeleted",
        f"{STAMP}\talice\tmeeting\tupdate location: Mexico City (illustrative) -> Washington",
    ]
    assert lines[-len(by_alice) :] == by_alice  # oldest first


def test_history_out_writes_csv_with_formulas_defused(
    capsys: Capsys, edited_db: tuple[Path, int], tmp_path: Path
) -> None:
    db, meeting_id = edited_db
    result = run_cli(capsys, "--db", db, "history", "--meeting", meeting_id, "--out", "h.csv")

    assert (result.status, result.err) == (0, "")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "h.csv").read_text(encoding="utf-8"))))
    assert f"Wrote {len(rows)} entries of meeting {meeting_id}'s history to h.csv" in result.out
    created = next(row for row in rows if row["actor"] == "alice")
    assert created == {
        "at": WHEN.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "actor": "alice",
        "record": "meeting",
        "record_id": str(meeting_id),
        "part": "agenda_item",
        "part_id": created["part_id"],
        "part_name": "Side event",
        "action": "create",
        "field": "",
        "old": "",
        "new": '\'=HYPERLINK("http://x")',
    }
    assert rows[-1]["field"] == "location"
    assert (rows[-1]["old"], rows[-1]["new"]) == ("Mexico City (illustrative)", "Washington")


def test_history_of_a_commitment_starts_with_its_creation(
    capsys: Capsys, edited_db: tuple[Path, int]
) -> None:
    db, _meeting = edited_db
    result = run_cli(capsys, "--db", db, "history", "--commitment", 1)
    assert (result.status, result.err) == (0, "")
    first = result.out.splitlines()[0].split("\t")
    assert first[1:3] == ["root", "commitment"]
    assert first[3].startswith("created: ")


@pytest.mark.parametrize(
    ("arguments", "status", "message"),
    [
        (["--meeting", "999"], 1, "dialoguetracker: no meeting with id 999\n"),
        (["--commitment", "0"], 2, "not an id"),
        (["--meeting", "1", "--commitment", "1"], 2, "not allowed with argument"),
        ([], 2, "one of the arguments --meeting --commitment is required"),
    ],
)
def test_bad_history_requests_get_one_line_and_leave_the_store_alone(
    capsys: Capsys,
    edited_db: tuple[Path, int],
    arguments: list[str],
    status: int,
    message: str,
) -> None:
    db, _meeting = edited_db
    before = digest(db)
    result = run_cli(capsys, "--db", db, "history", *arguments)
    assert result.status == status
    assert message in result.err
    assert len(result.err.splitlines()) == 1
    assert "Traceback" not in result.err
    assert digest(db) == before
