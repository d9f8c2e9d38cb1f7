"""``import FILE.xlsx|FILE.csv --dialogue NAME [--dry-run] [--valid-rows-only]``: a register's
rows as commitments; the program's own export comes back into an empty dialogue as the same
commitments, and a sheet with bad rows is refused with a report naming each row."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import exported, run_cli, sample, write_json
from openpyxl import Workbook

COPY = "Copy of the working group"


def _add_empty_dialogue(capsys: pytest.CaptureFixture[str], db: Path, folder: Path) -> None:
    """An empty dialogue of the same two parties, brought in as a user would: by import."""
    document = sample()
    document["organizations"], document["people"] = [], []
    document["dialogues"] = [{"id": "d9", "name": COPY, "parties": ["US", "MX"]}]
    result = run_cli(capsys, "--db", db, "import", write_json(folder / "empty.json", document))
    assert result.status == 0, result


def _commitments(capsys: pytest.CaptureFixture[str], db: Path, name: str) -> list[Any]:
    """A dialogue's commitments as the interchange writes them, without what is local to the
    dialogue (ids, meetings, topics' ids: the topic's name instead)."""
    data = json.loads(exported(capsys, db))
    (dialogue,) = (d for d in data["dialogues"] if d["name"] == name)
    topics = {topic["id"]: topic["name"] for topic in dialogue["topics"]}
    seen = []
    for commitment in dialogue["commitments"]:
        updates = commitment.get("updates") or []
        latest = updates[-1] if updates else None
        seen.append(
            (
                commitment["text"],
                commitment["owner"],
                commitment["status"],
                commitment.get("due"),
                topics.get(commitment.get("topic")),
                commitment["handling"],
                None if latest is None else (latest["date"], latest["note"]),
            )
        )
    return sorted(seen)


def _bad_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Compromiso", "Responsable", "Estado", "Plazo"])
    sheet.append(["Intercambiar contactos", "MX", "Acordado", "2027-01-15"])
    sheet.append(["Taller", "Canadá", "Acordado", None])
    sheet.append(["Informe", "US", "Terminado", "la próxima semana"])
    book.save(path)
    return path


@pytest.mark.parametrize("extension", ["xlsx", "csv"])
def test_the_export_comes_back_into_an_empty_dialogue_as_the_same_commitments(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, extension: str
) -> None:
    register = tmp_path / f"office.{extension}"
    assert run_cli(capsys, "--db", demo_db, "export", register).status == 0
    _add_empty_dialogue(capsys, demo_db, tmp_path)

    result = run_cli(capsys, "--db", demo_db, "import", register, "--dialogue", COPY)

    assert result.status == 0, result
    assert result.out.startswith(f"Imported {register} into {COPY}: 10 commitments imported; ")
    original = _commitments(capsys, demo_db, "U.S.-Mexico Working Group on Cyber Issues")
    assert _commitments(capsys, demo_db, COPY) == original

    again = run_cli(capsys, "--db", demo_db, "import", register, "--dialogue", COPY)
    assert again.status == 0 and "0 commitments imported" in again.out
    assert _commitments(capsys, demo_db, COPY) == original


def test_a_workbook_with_bad_rows_is_refused_with_each_row_named(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    before = exported(capsys, demo_db)
    bad = _bad_workbook(tmp_path / "bad.xlsx")

    result = run_cli(capsys, "--db", demo_db, "import", bad)

    assert (result.status, result.out) == (1, "")
    assert result.err.splitlines() == [
        f"dialoguetracker: {bad}: row 3, Responsable: 'Canadá' is not a party of this "
        "dialogue (US, MX) nor Joint",
        f"dialoguetracker: {bad}: row 4, Plazo: 'la próxima semana' is not a date; write it "
        "as 2026-03-31 or make the cell a date",
        f"dialoguetracker: {bad}: 2 rows cannot be imported, so nothing was imported: 3, 4",
    ]
    assert exported(capsys, demo_db) == before


def test_a_dry_run_and_the_valid_rows_only(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    before = exported(capsys, demo_db)
    bad = _bad_workbook(tmp_path / "bad.xlsx")

    rehearsal = run_cli(capsys, "--db", demo_db, "import", bad, "--dry-run", "--valid-rows-only")
    assert rehearsal.status == 0
    assert rehearsal.out.strip().endswith(
        "nothing imported: 1 commitment would be imported; rows refused: 3, 4"
    )
    assert exported(capsys, demo_db) == before

    chosen = run_cli(capsys, "--db", demo_db, "import", bad, "--valid-rows-only")
    assert chosen.status == 0 and len(chosen.err.splitlines()) == 2
    assert "1 commitment imported; rows refused: 3, 4" in chosen.out
    texts = [
        c[0] for c in _commitments(capsys, demo_db, "U.S.-Mexico Working Group on Cyber Issues")
    ]
    assert "Intercambiar contactos" in texts and "Taller" not in texts


def test_a_file_that_is_not_a_workbook_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "register.xlsx"
    fake.write_text("Commitment,Owner\nA,US\n", encoding="utf-8")

    result = run_cli(capsys, "--db", demo_db, "import", fake)

    assert result.status == 1
    assert result.err.startswith(f"dialoguetracker: {fake}: file: is not an Excel workbook")
    assert len(result.err.splitlines()) == 1


@pytest.mark.parametrize("kind", ["json", "ics", "xlsx"])
def test_a_dry_run_of_any_file_says_what_it_would_do_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, kind: str
) -> None:
    """``--dry-run`` holds for every kind of file ``import`` reads."""
    source = {
        "json": tmp_path / "office.json",
        "ics": Path(__file__).parents[1] / "fixtures" / "calendars" / "google.ics",
        "xlsx": tmp_path / "office.xlsx",
    }[kind]
    if kind != "ics":
        assert run_cli(capsys, "--db", demo_db, "export", source).status == 0
    _add_empty_dialogue(capsys, demo_db, tmp_path)
    before = exported(capsys, demo_db)

    result = run_cli(capsys, "--db", demo_db, "import", source, "--dialogue", COPY, "--dry-run")

    assert (result.status, result.err) == (0, "")
    assert result.out.startswith(f"Checked {source}")
    assert "nothing imported: " in result.out
    assert exported(capsys, demo_db) == before
