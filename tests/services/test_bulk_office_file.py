"""An office's file, as the benchmark writes it (5,000 commitments in five dialogues), imported
by the real program into each kind of store: everything arrives, each record with its audit
entry, ``check`` finds nothing wrong, and importing the file again adds nothing.

The bulk import writes rows by ``executemany`` and takes ids ahead of the insert, from SQLite's
highest id or from PostgreSQL's sequences; the crash-safety tests run it on SQLite only, so
this is where the PostgreSQL path is held to the same promises, through the same command a
user types.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dialoguetracker.store.engine import open_store
from dialoguetracker.store.models import (
    AgendaItemRow,
    AttendanceRow,
    AuditRow,
    Base,
    CommitmentRow,
    CommitmentUpdateRow,
    DialogueRow,
    MeetingRow,
    PersonRow,
)

ROOT = Path(__file__).parents[2]
SIZE = ("--commitments", "5000", "--meetings", "500")
"""The size of the crash-safety tests' bulk file: large enough to be written in many sets."""

CREATED: dict[str, type[Base]] = {
    "person": PersonRow,
    "dialogue": DialogueRow,
    "meeting": MeetingRow,
    "attendance": AttendanceRow,
    "agenda_item": AgendaItemRow,
    "commitment": CommitmentRow,
    "commitment_update": CommitmentUpdateRow,
}
"""Audited kinds of record, by the entity name their audit entries carry."""


@pytest.fixture(scope="module")
def office_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("office") / "office.json"
    subprocess.run(
        [sys.executable, "-m", "bench.interchange_file", path, *SIZE],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return path


def _in_file(path: Path) -> dict[str, int]:
    """How many records of each kind the file holds, counted from the JSON itself."""
    document = json.loads(path.read_text(encoding="utf-8"))
    dialogues = document["dialogues"]
    meetings = [meeting for dialogue in dialogues for meeting in dialogue["meetings"]]
    commitments = [item for dialogue in dialogues for item in dialogue["commitments"]]
    return {
        "person": len(document["people"]),
        "dialogue": len(dialogues),
        "meeting": len(meetings),
        "attendance": sum(len(meeting.get("participants", [])) for meeting in meetings),
        "agenda_item": sum(len(meeting.get("agenda", [])) for meeting in meetings),
        "commitment": len(commitments),
        "commitment_update": sum(len(item.get("updates", [])) for item in commitments),
    }


def _program(
    target: str | Path, *arguments: object, folder: Path
) -> subprocess.CompletedProcess[str]:
    """The installed command's own entry point, with its settings and data in ``folder``."""
    env = dict(os.environ)
    env.pop("DIALOGUETRACKER_DB", None)
    for kind in ("DATA", "STATE", "CONFIG", "CACHE"):
        env[f"XDG_{kind}_HOME"] = str(folder / "xdg" / kind.lower())
    return subprocess.run(
        [sys.executable, "-m", "dialoguetracker", "--db", str(target), *map(str, arguments)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _held(target: str | Path) -> tuple[dict[str, int], dict[str, int]]:
    """Rows of each audited kind in the store, and the audit entries recording their creation."""
    store = open_store(target)
    try:
        with store.reading() as uow:
            rows = {entity: uow.count(model) for entity, model in CREATED.items()}
            created = {
                entity: uow.count(AuditRow, entity=entity, action="create") for entity in CREATED
            }
    finally:
        store.close()
    return rows, created


def test_an_offices_file_arrives_whole_checks_clean_and_a_second_import_adds_nothing(
    new_store_target: Callable[[], str | Path], office_file: Path, tmp_path: Path
) -> None:
    target = new_store_target()
    expected = _in_file(office_file)
    assert expected["commitment"] == 5000 and expected["meeting"] == 500

    imported = _program(target, "import", office_file, folder=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert f"{expected['commitment']} commitments" in imported.stdout

    rows, created = _held(target)
    assert rows == expected
    assert created == expected  # one audit entry per record created

    checked = _program(target, "check", folder=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith("no problems found")

    again = _program(target, "import", office_file, folder=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "added nothing new" in again.stdout
    assert _held(target) == (expected, expected)
