"""The command line end to end, as a user runs it: every command on a real store file."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from cli_helpers import (
    Outcome,
    exported,
    interchange_problems,
    run_cli,
    run_program,
    sample,
    write_json,
)

from dialoguetracker.store.backups import backups_of

Capsys = pytest.CaptureFixture[str]

FRAMEWORK = "U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities"
TOPICS = [
    "Institutional structures and strategies",
    "Cybercrime prevention",
    "Awareness and cyber hygiene",
    "Cyber defense and critical infrastructure",
    "Multilateral cyber agenda",
]
# Texts the sample marks internal: the brief, the preparation of agenda items, an internal
# agenda note and an internal progress note.
INTERNAL_TEXTS = [
    "Take stock of the commitments from the first dialogue",  # brief: purpose
    "Agree a status for each of the ten commitments",  # brief: our objectives
    "Expand the bilateral training programs to more state agencies",  # brief: theirs
    "Additional training places for state-level agency staff",  # brief: their asks
    "met in Mexico City for the second bilateral dialogue",  # brief: press line
    "Welcome the completed sharing of NIST and NICE resources",  # points to make
    "Likely to agree on the review",  # their position
    "Acknowledge the training progress",  # our response
    "Walk through the commitments list by topic",  # internal agenda note
    "Our assessment: the technical coordination mechanism",  # internal update
]
INTERNAL_KEYS = ["brief", "points_to_make", "their_position", "our_response", "their_asks"]
COUNTERPART_NOTE = "Planning call with Canada held; possible dates discussed."


# -- demo, export, summary -------------------------------------------------------------------


def test_demo_then_export_gives_a_valid_document_with_the_first_dialogue(
    capsys: Capsys, tmp_path: Path
) -> None:
    loaded = run_cli(capsys, "--db", "store.db", "demo")
    assert loaded.status == 0, loaded
    assert loaded.out.startswith("Sample dialogue: added 2 parties, 4 organizations, 5 people")
    assert "10 commitments" in loaded.out

    written = run_cli(capsys, "--db", "store.db", "export", "dialogue.json")
    assert (written.status, written.out, written.err) == (0, "", "")

    document = json.loads((tmp_path / "dialogue.json").read_text(encoding="utf-8"))
    assert interchange_problems(document) == []
    [dialogue] = document["dialogues"]
    assert dialogue["name"] == "U.S.-Mexico Working Group on Cyber Issues"
    assert dialogue["framework"] == FRAMEWORK
    assert [topic["name"] for topic in dialogue["topics"]] == TOPICS
    first = dialogue["meetings"][0]
    assert (first["start"], first["status"], first["record"]) == ("2022-08-10", "held", "final")
    assert "Bicentennial Framework" in first["title"]
    assert len(dialogue["commitments"]) == 10
    assert {c["meeting"] for c in dialogue["commitments"]} == {first["id"]}


def test_demo_run_twice_adds_nothing(capsys: Capsys, demo_db: Path) -> None:
    before = exported(capsys, demo_db)

    again = run_cli(capsys, "--db", demo_db, "demo")

    assert again.status == 0
    assert re.fullmatch(
        r"Sample dialogue: added nothing new; \d+ records already in the store\n", again.out
    )
    assert exported(capsys, demo_db) == before


def test_summary_tells_what_the_store_holds(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(capsys, "--db", demo_db, "summary")

    assert (result.status, result.err) == (0, "")
    assert result.out.splitlines() == [
        f"Store: {demo_db}",
        # Both dated commitments of the sample fell due in 2023 and 2024, so two are overdue.
        "1 dialogue, 2 meetings, 5 people, 10 commitments (9 open, 2 overdue), 2 documents",
        "  U.S.-Mexico Working Group on Cyber Issues",
    ]


def test_an_empty_store_says_how_to_load_the_sample(capsys: Capsys, tmp_path: Path) -> None:
    result = run_cli(capsys, "--db", "empty.db", "summary")

    assert result.status == 0
    assert result.out.splitlines()[1:] == [
        "0 dialogues, 0 meetings, 0 people, 0 commitments (0 open, 0 overdue), 0 documents",
        "The store is empty. Load the sample dialogue with: dialoguetracker demo",
    ]


# -- export and import ----------------------------------------------------------------------


def test_export_to_dash_writes_the_same_document_to_stdout(
    capsys: Capsys, demo_db: Path, tmp_path: Path
) -> None:
    assert run_cli(capsys, "--db", demo_db, "export", "file.json").status == 0

    to_stdout = run_cli(capsys, "--db", demo_db, "export", "-")

    assert (to_stdout.status, to_stdout.err) == (0, "")
    assert to_stdout.out == (tmp_path / "file.json").read_text(encoding="utf-8")
    assert json.loads(to_stdout.out)["format"] == "dialoguetracker"


def test_export_import_export_gives_the_same_document(capsys: Capsys, demo_db: Path) -> None:
    first = exported(capsys, demo_db)
    Path("first.json").write_text(first, encoding="utf-8")

    result = run_cli(capsys, "--db", "copy.db", "import", "first.json")

    assert result.status == 0
    assert result.out.startswith("Imported first.json: added 2 parties")
    assert exported(capsys, Path("copy.db")) == first


def test_global_options_may_follow_the_command(capsys: Capsys, demo_db: Path) -> None:
    after = run_cli(capsys, "export", "after.json", "--db", str(demo_db), "--lang", "es")
    before = run_cli(capsys, "--db", str(demo_db), "--lang", "es", "export", "before.json")

    assert (after.status, after.err, before.status, before.err) == (0, "", 0, "")
    assert Path("after.json").read_text(encoding="utf-8") == Path("before.json").read_text(
        encoding="utf-8"
    )
    assert json.loads(Path("after.json").read_text(encoding="utf-8"))["dialogues"]
    summary = run_cli(capsys, "summary", "--db", str(demo_db))
    assert summary.out.startswith(f"Store: {demo_db}\n1 dialogue")


def test_an_export_for_the_counterpart_carries_nothing_internal(
    capsys: Capsys, demo_db: Path
) -> None:
    internal = exported(capsys, demo_db)
    counterpart = exported(capsys, demo_db, "--audience", "counterpart")

    for text in INTERNAL_TEXTS:
        assert text in internal, f"the sample no longer holds {text!r}"
        assert text not in counterpart, f"internal text in the counterpart export: {text!r}"
    for key in INTERNAL_KEYS:
        assert f'"{key}"' in internal
        assert f'"{key}"' not in counterpart
    shared = json.loads(counterpart)
    assert interchange_problems(shared) == []
    assert len(shared["dialogues"][0]["commitments"]) == 10
    assert COUNTERPART_NOTE in counterpart


def test_an_export_for_the_public_leaves_out_what_is_only_for_the_counterpart(
    capsys: Capsys, demo_db: Path
) -> None:
    public = exported(capsys, demo_db, "--audience", "public")

    assert COUNTERPART_NOTE not in public
    assert not any(text in public for text in INTERNAL_TEXTS)
    assert interchange_problems(json.loads(public)) == []
    assert "Joint Statement on U.S.-Mexico Working Group on Cyber Issues" in public


# -- search ------------------------------------------------------------------------------------


def test_search_finds_ransomware(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(capsys, "--db", demo_db, "search", "ransomware")

    assert (result.status, result.err) == (0, "")
    hits = [line.split("\t") for line in result.out.splitlines()]
    assert all(len(hit) == 3 and hit[1].isdigit() for hit in hits), hits
    found = {(kind, title[:40]) for kind, _id, title in hits}
    assert ("commitment", "Improve cooperation between the U.S. Dep") in found
    assert ("agenda item", "(Illustrative) Cybercrime prevention and") in found
    assert ("agenda item", "Institutional capabilities to prevent an") in found


def test_search_for_words_nobody_wrote_prints_nothing(capsys: Capsys, demo_db: Path) -> None:
    assert run_cli(capsys, "--db", demo_db, "search", "quantum") == Outcome(0, "", "")


def _store_with_wildcard_texts(capsys: Capsys) -> Path:
    texts = [
        "Reach 100% coverage of federal agencies.",
        "Publish the incident_response playbook.",
        "Meet again after the summit.",
    ]
    document = {
        "format": "dialoguetracker",
        "version": 1,
        "parties": [{"code": "US", "name": "United States"}, {"code": "MX", "name": "Mexico"}],
        "dialogues": [
            {
                "id": "d1",
                "name": "Wildcard dialogue",
                "parties": ["US", "MX"],
                "commitments": [
                    {"id": f"c{n}", "text": text, "owner": "joint", "status": "agreed"}
                    for n, text in enumerate(texts)
                ],
            }
        ],
    }
    write_json(Path("wildcards.json"), document)
    assert run_cli(capsys, "--db", "wild.db", "import", "wildcards.json").status == 0
    return Path("wild.db")


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        # Punctuation alone is matched literally; otherwise % and _ separate words, and each
        # word must start a word of the text (full-text search), never act as a wildcard.
        ("%", ["Reach 100% coverage of federal agencies."]),
        ("100%", ["Reach 100% coverage of federal agencies."]),
        ("0%", []),  # no word starts with 0
        ("a%t", ["Meet again after the summit."]),  # the words a… and t…, not "a, anything, t"
        ("_", ["Publish the incident_response playbook."]),
        ("t_r", ["Publish the incident_response playbook."]),  # t… and r…: "the … response"
        ("incident_resp", ["Publish the incident_response playbook."]),
        ("after", ["Meet again after the summit."]),
    ],
)
def test_search_takes_percent_and_underscore_literally(
    capsys: Capsys, query: str, titles: list[str]
) -> None:
    store = _store_with_wildcard_texts(capsys)

    result = run_cli(capsys, "--db", store, "search", query)

    assert (result.status, result.err) == (0, "")
    assert [line.split("\t")[2] for line in result.out.splitlines()] == titles


# -- backup, restore, check ----------------------------------------------------------------------


def test_backup_then_restore_brings_back_the_state(capsys: Capsys, demo_db: Path) -> None:
    original = exported(capsys, demo_db)
    saved = run_cli(capsys, "--db", demo_db, "backup", "--out", "saved.db")
    assert (saved.status, saved.out) == (0, "Backup written to saved.db\n")

    later = edited_sample_with_a_new_commitment()
    assert run_cli(capsys, "--db", demo_db, "import", later).status == 0
    changed = exported(capsys, demo_db)
    assert changed != original

    restored = run_cli(capsys, "--db", demo_db, "restore", "saved.db")

    assert (restored.status, restored.err) == (0, "")
    assert exported(capsys, demo_db) == original
    [kept] = demo_db.parent.glob("store.db.backup-*-before-restore.db")
    assert kept in [backup.path for backup in backups_of(demo_db)]  # listed with the others
    assert restored.out.splitlines() == [
        f"Restored saved.db into {demo_db}",
        f"The store it replaced is kept as {kept}",
    ]
    assert exported(capsys, kept) == changed


def edited_sample_with_a_new_commitment() -> Path:
    document = sample()
    document["dialogues"][0]["commitments"].append(
        {"id": "c99", "text": "Hold a tabletop exercise.", "owner": "MX", "status": "proposed"}
    )
    return write_json(Path("later.json"), document)


def test_backup_never_overwrites_an_existing_file(capsys: Capsys, demo_db: Path) -> None:
    Path("saved.db").write_text("last week's backup, in fact a letter")

    result = run_cli(capsys, "--db", demo_db, "backup", "--out", "saved.db")

    assert (result.status, result.out) == (1, "")
    assert result.err == (
        f"dialoguetracker: {Path.cwd() / 'saved.db'} already exists; "
        "choose another name for the backup\n"
    )
    assert Path("saved.db").read_text() == "last week's backup, in fact a letter"


def test_check_finds_no_problem_in_the_demo_store(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(capsys, "--db", demo_db, "check")

    assert (result.status, result.out, result.err) == (0, f"{demo_db}: no problems found\n", "")


def test_check_reports_a_status_its_history_does_not_lead_to(capsys: Capsys, demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as connection:
        connection.execute("UPDATE commitments SET status = 'completed' WHERE id = 1")
    connection.close()

    result = run_cli(capsys, "--db", demo_db, "check")

    assert result.status == 1
    assert result.out == (
        "commitment 1: stored as completed (due none) but its history leads to agreed (due none)\n"
    )
    assert result.err == "dialoguetracker: the check found 1 problem(s)\n"


# -- where the store lives: the real program ---------------------------------------------------


def test_without_db_the_store_is_made_in_the_user_data_folder(tmp_path: Path) -> None:
    loaded = run_program("demo")
    summary = run_program("summary")

    store = tmp_path / "xdg" / "data" / "dialoguetracker" / "store.db"
    assert (loaded.status, loaded.err) == (0, "")
    assert store.is_file()
    assert summary.out.startswith(f"Store: {store}\n1 dialogue, 2 meetings")


def test_the_environment_variable_names_the_store_and_db_overrides_it(tmp_path: Path) -> None:
    chosen = {"DIALOGUETRACKER_DB": str(tmp_path / "from-env.db")}

    from_env = run_program("demo", env=chosen)
    overridden = run_program("--db", "given.db", "summary", env=chosen)

    assert (from_env.status, from_env.err) == (0, "")
    assert (tmp_path / "from-env.db").is_file()
    assert not (tmp_path / "xdg" / "data" / "dialoguetracker").exists()
    assert overridden.out.startswith(f"Store: {tmp_path / 'given.db'}\n0 dialogues")
    assert run_program("summary", env=chosen).out.startswith(
        f"Store: {tmp_path / 'from-env.db'}\n1 dialogue"
    )


def test_the_real_program_exports_to_stdout(tmp_path: Path) -> None:
    assert run_program("--db", "store.db", "demo").status == 0

    result = run_program("export", "-", "--db", "store.db", "--audience", "counterpart")

    assert (result.status, result.err) == (0, "")
    assert interchange_problems(json.loads(result.out)) == []
    assert not any(text in result.out for text in INTERNAL_TEXTS)
    assert "Secretaría de Relaciones Exteriores" in result.out  # UTF-8 as typed, not \u00ed


def test_an_exported_file_gets_the_permissions_of_any_new_file(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    import os

    target = tmp_path / "shared.json"
    umask = os.umask(0o022)
    try:
        assert run_cli(capsys, "--db", demo_db, "export", target).status == 0
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644
