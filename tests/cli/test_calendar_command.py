"""``calendar --out F.ics``: the meetings and due dates as a file a calendar program imports,
the same bytes each time; bad requests get one line and leave the store alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import digest, run_cli
from icalendar import Calendar

Capsys = pytest.CaptureFixture[str]


def test_calendar_writes_every_meeting_and_due_date_the_same_each_time(
    capsys: Capsys, demo_db: Path, tmp_path: Path
) -> None:
    first = run_cli(capsys, "--db", demo_db, "calendar", "--out", "wg.ics")
    second = run_cli(capsys, "--db", demo_db, "calendar", "--out", "again.ics")

    assert (first.status, first.err) == (0, "")
    assert first.out == "Wrote wg.ics: 2 meeting(s), 3 due date(s)\n"
    assert second.status == 0
    written = (tmp_path / "wg.ics").read_bytes()
    assert written == (tmp_path / "again.ics").read_bytes()
    parsed = Calendar.from_ical(written)
    assert str(parsed["X-WR-CALNAME"]) == "U.S.-Mexico Working Group on Cyber Issues"
    assert len(parsed.walk("VEVENT")) == 5


def test_calendar_to_stdout_without_due_dates(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(
        capsys, "--db", demo_db, "calendar", "--out", "-", "--no-due", "--dialogue", "Cyber WG"
    )
    assert result.status == 0
    parsed = Calendar.from_ical(result.out.encode("utf-8"))
    assert [str(e["UID"]).split("-")[0] for e in parsed.walk("VEVENT")] == ["meeting", "meeting"]


@pytest.mark.parametrize(
    ("arguments", "status", "message"),
    [
        (["--out", "x.ics", "--dialogue", "Nope"], 2, "--dialogue: no dialogue named 'Nope'"),
        (["--out", "x.ics", "--audience", "everyone"], 2, "argument --audience: invalid choice"),
        ([], 2, "the following arguments are required: --out"),
        (["--out", "missing/x.ics"], 1, "missing/x.ics"),
    ],
)
def test_bad_calendar_requests_get_one_line(
    capsys: Capsys, demo_db: Path, arguments: list[str], status: int, message: str
) -> None:
    before = digest(demo_db)
    result = run_cli(capsys, "--db", demo_db, "calendar", *arguments)
    assert result.status == status
    assert message in result.err and len(result.err.splitlines()) == 1
    assert not Path("x.ics").exists()
    assert digest(demo_db) == before
