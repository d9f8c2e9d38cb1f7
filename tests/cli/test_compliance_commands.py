"""``assess`` and ``compliance`` on the sample dialogue: three commitments scored for both
sides, in one period and then in two, give the averages a hand calculation gives, on the
terminal and in a spreadsheet; a score for a side the commitment is not assessed for is
refused in one line."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import exported, run_cli
from openpyxl import load_workbook

from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.domain.records import MeetingDraft
from dialoguetracker.services import Services
from dialoguetracker.services.dialogues import list_dialogues
from dialoguetracker.services.meetings import create_meeting
from dialoguetracker.store.engine import open_store

# commitments 1-3 of the sample are joint: each is assessed for both sides
SCORES = [(1, "US", 1), (2, "US", 0), (3, "US", 1), (1, "MX", -1), (2, "MX", 0), (3, "MX", 0)]


def _assess_all(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    for commitment, side, score in SCORES:
        result = run_cli(
            capsys,
            "--db",
            db,
            "assess",
            "--commitment",
            commitment,
            "--side",
            side,
            "--score",
            score,
            "--evidence",
            "Readout of the round",
        )
        assert result.status == 0, result
    again = run_cli(
        capsys,
        "--db",
        db,
        "assess",
        "--commitment",
        3,
        "--side",
        "US",
        "--score",
        -1,
        "--evidence",
        "New material",
        "--final",
    )
    assert again.out == ("Assessed commitment 3 for US: -1 (final) for 2022-08-10 to now\n")


def test_the_averages_are_the_hand_calculation(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    _assess_all(capsys, demo_db)

    result = run_cli(capsys, "--db", demo_db, "compliance")

    assert (result.status, result.err) == (0, "")
    assert result.out.splitlines() == [
        "2022-08-10 to now\tMX\t3 assessed\t-0.33 (33%)",  # (-1 + 0 + 0) / 3
        "2022-08-10 to now\tUS\t3 assessed\t+0.00 (50%)",  # (1 + 0 - 1) / 3: the latest counts
    ]


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_the_averages_go_to_a_spreadsheet(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, extension: str
) -> None:
    _assess_all(capsys, demo_db)
    target = tmp_path / f"compliance.{extension}"

    result = run_cli(capsys, "--db", demo_db, "compliance", "--out", target)

    assert result.status == 0
    if extension == "csv":
        rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    else:
        sheet = load_workbook(target).active
        assert sheet is not None
        rows = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
    assert rows[0] == [
        "Period from",
        "Period to",
        "Side",
        "Topic",
        "Assessed",
        "Average",
        "Percent",
    ]
    by_side = [row for row in rows[1:] if row[3] == ""]
    assert [(row[2], int(row[4]), float(row[5]), int(row[6])) for row in by_side] == [
        ("MX", 3, -0.33, 33),
        ("US", 3, 0.0, 50),
    ]


def test_a_side_the_commitment_is_not_assessed_for_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    before = exported(capsys, demo_db)

    result = run_cli(
        capsys,
        "--db",
        demo_db,
        "assess",
        "--commitment",
        1,
        "--side",
        "CA",
        "--score",
        1,
        "--evidence",
        "x",
    )

    assert (result.status, result.out) == (1, "")
    assert result.err == (
        "dialoguetracker: side: 'CA' is not a side this commitment is assessed for (US, MX)\n"
    )
    assert exported(capsys, demo_db) == before


# the second period's scores, after an intersessional round is held on 1 March 2024
LATER = [(1, "US", 1), (2, "US", 1), (3, "US", 1), (1, "MX", 0), (2, "MX", -1), (3, "MX", 0)]


def test_two_periods_scored_on_the_command_line_average_apart(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    _assess_all(capsys, demo_db)
    store = open_store(demo_db)
    try:  # the round held, as its editor would mark it
        services = Services(store, actor="officer")
        (dialogue,) = list_dialogues(services)
        held = MeetingDraft(
            dialogue.id, "Intersessional", date(2024, 3, 1), status=MeetingStatus.HELD
        )
        create_meeting(services, held)
    finally:
        store.close()
    for commitment, side, score in LATER:
        result = run_cli(
            capsys,
            *("--db", demo_db, "assess", "--commitment", commitment, "--side", side),
            *("--score", score, "--evidence", "Readout of the intersessional"),
        )
        assert result.out.endswith("for 2024-03-01 to now\n"), result

    result = run_cli(capsys, "--db", demo_db, "compliance")

    assert (result.status, result.err) == (0, "")
    assert result.out.splitlines() == [
        "2022-08-10 to 2024-03-01\tMX\t3 assessed\t-0.33 (33%)",  # (-1 + 0 + 0) / 3
        "2022-08-10 to 2024-03-01\tUS\t3 assessed\t+0.00 (50%)",  # (1 + 0 - 1) / 3
        "2024-03-01 to now\tMX\t3 assessed\t-0.33 (33%)",  # (0 - 1 + 0) / 3
        "2024-03-01 to now\tUS\t3 assessed\t+1.00 (100%)",  # (1 + 1 + 1) / 3
    ]
