"""``export FILE.xlsx`` and ``export FILE.csv``: the format follows the extension, the
audience is respected as for JSON, and an extension the program does not write is refused in
one line with nothing written."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import exported, run_cli
from openpyxl import load_workbook

from dialoguetracker.interop.spreadsheet_write import defused

SHEETS = ["Commitments", "Progress updates", "Meetings", "Agenda", "People"]


def _commitments(document: str) -> list[dict[str, object]]:
    data = json.loads(document)
    return [c for dialogue in data["dialogues"] for c in dialogue["commitments"]]


def test_a_workbook_has_a_marked_frozen_filtered_sheet_per_kind(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    result = run_cli(capsys, "--db", demo_db, "export", "office.xlsx")
    assert (result.status, result.err) == (0, "")

    book = load_workbook("office.xlsx")
    assert book.sheetnames == SHEETS
    for sheet in book.worksheets:
        assert sheet["A1"].value == "Internal: our side only"
        assert sheet.freeze_panes == "A3"
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A2:")
    commitments = book["Commitments"]
    header = [cell.value for cell in commitments[2]]
    assert header[:7] == ["Dialogue", "No.", "Commitment", "Status", "Owner", "Topic", "Due"]
    rows = list(commitments.iter_rows(min_row=3, values_only=True))
    in_json = _commitments(exported(capsys, demo_db))
    assert [row[2] for row in rows] == [c["text"] for c in in_json]
    assert [row[3] for row in rows] == [c["status"] for c in in_json]
    dated = [row[6] for row in rows if row[6] is not None]
    assert dated and all(isinstance(day, date) for day in dated)  # a date cell, not a text
    assert commitments.column_dimensions["C"].width == 60
    updates = list(book["Progress updates"].iter_rows(min_row=3, values_only=True))
    assert len(updates) == sum(len(c.get("updates", [])) for c in in_json)


def _update_notes(document: str) -> list[object]:
    return [u["note"] for c in _commitments(document) for u in c.get("updates", [])]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("audience", "marking"), [("public", "Public"), ("internal", None)])
def test_the_audience_leaves_out_what_it_leaves_out_in_json(
    capsys: pytest.CaptureFixture[str], demo_db: Path, audience: str, marking: str | None
) -> None:
    result = run_cli(capsys, "--db", demo_db, "export", "out.xlsx", "--audience", audience)
    assert result.status == 0, result
    book = load_workbook("out.xlsx")
    if marking is not None:
        assert book["Commitments"]["A1"].value == marking
    sheet = book["Progress updates"]
    in_book = [row[4] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert in_book == _update_notes(exported(capsys, demo_db, "--audience", audience))


def test_the_public_workbook_holds_less_than_the_internal_one(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    """The sample has internal notes, so the audience test above compares something."""
    everything = _update_notes(exported(capsys, demo_db))
    public = _update_notes(exported(capsys, demo_db, "--audience", "public"))
    assert len(public) < len(everything)


def test_the_register_as_csv_opens_in_excel_with_its_accents(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    result = run_cli(capsys, "--db", demo_db, "--lang", "es", "export", "registro.csv")
    assert (result.status, result.err) == (0, "")
    raw = Path("registro.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Interno: solo nuestra parte"]
    assert rows[1][:4] == ["Diálogo", "N.º", "Compromiso", "Estado"]
    assert [row[2] for row in rows[2:]] == [
        c["text"] for c in _commitments(exported(capsys, demo_db))
    ]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Plain words", "Plain words"),
    ],
)
def test_a_cell_that_looks_like_a_formula_is_kept_as_text(typed: str, kept: str) -> None:
    assert defused(typed) == kept


@pytest.mark.parametrize("name", ["office.docx", "office.xls", "office"])
def test_an_extension_the_program_does_not_write_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], demo_db: Path, name: str
) -> None:
    result = run_cli(capsys, "--db", demo_db, "export", name)
    assert result.status != 0
    assert result.err.count("\n") == 1 and ".json, .xlsx, .csv" in result.err
    assert not Path(name).exists()
