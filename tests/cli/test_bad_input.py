"""Bad input, end to end: one line on stderr that names the file, the JSON path and the value;
exit status 2 for a usage error and 1 for a data error; never a traceback; the store unchanged.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import (
    REMOVE,
    Outcome,
    digest,
    edited,
    exported,
    isolate,
    run_cli,
    run_program,
    sample,
    write_json,
)

from dialoguetracker.cli import main
from dialoguetracker.domain import clock
from dialoguetracker.interop.sample import next_round
from file_modes import unwritable

Capsys = pytest.CaptureFixture[str]

STATUSES = "proposed, agreed, in_progress, completed, deferred, dropped, referred"
COMMANDS = ", ".join(
    repr(name)
    for name in (
        *("demo", "import", "export", "briefing", "minutes", "verify", "calendar"),
        *("search", "backup", "restore", "check", "history", "assess", "compliance"),
        *("grant", "revoke", "grants", "summary", "screenshot"),
    )
)
OTHER_DIALOGUE = {
    "format": "dialoguetracker",
    "version": 1,
    "parties": [{"code": "US", "name": "United States"}, {"code": "CA", "name": "Canada"}],
    "dialogues": [
        {
            "id": "d1",
            "name": "U.S.-Canada Cyber Dialogue",
            "parties": ["US", "CA"],
            "meetings": [{"id": "m1", "title": "First round", "start": "2023-05-02"}],
            "commitments": [
                {"id": "c1", "text": "Exchange contacts.", "owner": "joint", "status": "agreed"}
            ],
        }
    ],
}


@pytest.fixture(scope="module")
def lived_in_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding another dialogue, so none of the sample's entries is there yet."""
    folder = tmp_path_factory.mktemp("lived-in")
    with pytest.MonkeyPatch.context() as patch:
        isolate(patch, folder)
        write_json(folder / "other.json", OTHER_DIALOGUE)
        assert main(["--db", "store.db", "import", "other.json"]) == 0
    return folder / "store.db"


@pytest.fixture
def store(tmp_path: Path, lived_in_template: Path) -> Path:
    """The store, alone in its folder, so a stray file left beside it would show."""
    (tmp_path / "office").mkdir()
    return Path(shutil.copyfile(lived_in_template, tmp_path / "office" / "store.db"))


def refused(capsys: Capsys, store: Path, *args: object, status: int = 1) -> str:
    """Run a command that must be refused; return its one line on stderr (without the
    program's name), having checked the exit status and that the store did not change."""
    before, text_before = digest(store), exported(capsys, store)
    folder_before = sorted(store.parent.iterdir())

    result = run_cli(capsys, "--db", store, *args)

    assert (result.status, result.out) == (status, ""), result
    assert result.err.startswith("dialoguetracker: ") and result.err.count("\n") == 1, result
    assert "Traceback" not in result.err
    assert digest(store) == before
    assert sorted(store.parent.iterdir()) == folder_before
    assert exported(capsys, store) == text_before
    return result.err.removeprefix("dialoguetracker: ").removesuffix("\n")


def importing(capsys: Capsys, store: Path, document: dict[str, Any]) -> str:
    write_json(Path("broken.json"), document)
    return refused(capsys, store, "import", "broken.json")


# -- files that are not what they claim ------------------------------------------------------


def test_a_file_that_is_not_json(capsys: Capsys, store: Path) -> None:
    Path("broken.json").write_text("Minutes of the meeting, typed in a hurry.\n")

    message = refused(capsys, store, "import", "broken.json")

    assert message == "broken.json: file: not JSON (line 1, column 1: Expecting value)"


def test_a_json_file_of_another_format(capsys: Capsys, store: Path) -> None:
    message = importing(capsys, store, {"format": "other"})

    assert (
        message
        == "broken.json: format: not a Dialogue Tracker interchange file (format is 'other')"
    )


def test_a_file_from_a_newer_version(capsys: Capsys, store: Path) -> None:
    message = importing(capsys, store, edited(sample(), "version", 2))

    assert message == (
        "broken.json: version: 2 is newer than this program reads (1); update Dialogue Tracker"
    )


def test_a_missing_file_is_named_and_no_store_is_made(
    capsys: Capsys, store: Path, tmp_path: Path
) -> None:
    assert refused(capsys, store, "import", "missing.json") == (
        "missing.json: no such file or directory"
    )

    result = run_cli(capsys, "--db", "new.db", "import", "missing.json")

    assert result == Outcome(1, "", "dialoguetracker: missing.json: no such file or directory\n")
    assert not (tmp_path / "new.db").exists()


# -- entries that break the format, each at its JSON path ------------------------------------

M1 = "dialogues[0].meetings[0]"
M2 = "dialogues[0].meetings[1]"
C1 = "dialogues[0].commitments[0]"

BROKEN_ENTRIES = [
    pytest.param(f"{M1}.start", REMOVE, f"{M1}.start: missing", id="meeting without start"),
    pytest.param("parties[1].name", REMOVE, "parties[1].name: missing", id="party without name"),
    pytest.param(
        "organizations[3].party",
        "CA",
        "organizations[3].party: unknown party code 'CA'",
        id="unknown party of an organization",
    ),
    pytest.param(
        "dialogues[0].parties[1]",
        "CA",
        "dialogues[0].parties[1]: unknown party code 'CA'",
        id="unknown party of a dialogue",
    ),
    pytest.param(
        "dialogues[0].commitments[2].topic",
        "t9",
        "dialogues[0].commitments[2].topic: no topic with id 't9'",
        id="dangling topic",
    ),
    pytest.param(
        f"{M1}.start", "2022-02-30", f"{M1}.start: not a date: '2022-02-30'", id="30 February"
    ),
    pytest.param(
        f"{M1}.start", "2022-13-01", f"{M1}.start: not a date: '2022-13-01'", id="month 13"
    ),
    pytest.param(
        f"{M2}.start",
        "2027-03-15T09:00:00",
        f"{M2}.start: a time needs a UTC offset, e.g. -06:00: '2027-03-15T09:00:00'",
        id="time without offset",
    ),
    pytest.param(
        f"{C1}.status",
        "finished",
        f"{C1}.status: not one of {STATUSES}: 'finished'",
        id="status not in the list",
    ),
    pytest.param(f"{M1}.title", "", f"{M1}.title: must not be empty", id="empty title"),
    pytest.param(f"{M1}.title", "  \t ", f"{M1}.title: must not be empty", id="blank title"),
    pytest.param(
        f"{M1}.summary",
        "Agreed.\x00Then nothing.",
        f"{M1}.summary: contains a NUL character",
        id="NUL in a text",
    ),
]


@pytest.mark.parametrize(("path", "value", "message"), BROKEN_ENTRIES)
def test_a_broken_entry_is_named_by_its_path(
    capsys: Capsys, store: Path, path: str, value: object, message: str
) -> None:
    assert importing(capsys, store, edited(sample(), path, value)) == f"broken.json: {message}"


def test_a_meeting_that_ends_before_it_starts(capsys: Capsys, store: Path) -> None:
    message = importing(capsys, store, edited(sample(), f"{M1}.end", "2022-08-09"))

    assert message == f"broken.json: {M1}.end: the meeting ends before it starts"


def test_an_end_in_another_time_zone_that_falls_before_the_start(
    capsys: Capsys, store: Path
) -> None:
    # 10:00 UTC is 04:00 in Mexico City, five hours before the 09:00 -06:00 start.
    end = f"{next_round(clock.today()).isoformat()}T10:00:00+00:00"
    message = importing(capsys, store, edited(sample(), f"{M2}.end", end))

    assert message == f"broken.json: {M2}.end: the meeting ends before it starts"


def test_an_import_failing_at_its_last_entry_leaves_the_store_as_it_was(
    capsys: Capsys, store: Path
) -> None:
    document = sample()
    commitments = document["dialogues"][0]["commitments"]
    for number in range(300):
        commitments.append(
            {
                "id": f"n{number}",
                "text": f"Exchange points of contact for sector {number}.",
                "owner": "US" if number % 2 else "MX",
                "status": "agreed",
                "updates": [{"date": "2023-01-02", "note": f"Contacts listed ({number})."}],
            }
        )
    commitments.append(
        {
            "id": "last",
            "text": "Retire the old hotline.",
            "owner": "joint",
            "status": "agreed",
            "updates": [{"date": "2023-02-01", "note": "Retired.", "status": "dropped"}],
        }
    )

    message = importing(capsys, store, document)  # checks the store is byte for byte as before

    assert message == (
        "broken.json: dialogues[0].commitments[310].updates[0].reason: "
        "dropping a commitment needs a reason"
    )


# -- what any text may hold ------------------------------------------------------------------


def test_a_five_megabyte_note_is_kept_intact(capsys: Capsys, store: Path) -> None:
    line = 'Línea «citada» con "comillas", \\barras\\ y <b>marcas</b> & más: 第1段。\n'
    note = line * (5 * 1024 * 1024 // len(line.encode("utf-8")) + 1)
    assert len(note.encode("utf-8")) > 5 * 1024 * 1024
    write_json(
        Path("long.json"), edited(sample(), f"{C1}.updates", [{"date": "2023-01-05", "note": note}])
    )

    result = run_cli(capsys, "--db", store, "import", "long.json")

    assert (result.status, result.err) == (0, "")
    back = json.loads(exported(capsys, store))
    [update] = back["dialogues"][1]["commitments"][0]["updates"]
    assert update["note"] == note


NAMES = [
    "Αλέξανδρος Παπαδόπουλος",  # Greek
    "Дмитрий Иванович Соколов",  # Cyrillic
    "محمد عبد الله الفاسي",  # Arabic, right to left
    "王小明",  # CJK
    "Jose\u0301 Nun\u0303ez",  # combining accents, deliberately not composed
    "Delegación 🇲🇽",  # a flag: two regional indicators
    "Ana 👩🏽‍💻",  # a zero-width-joiner sequence with a skin tone
]


def test_names_in_any_script_come_back_unchanged(capsys: Capsys, tmp_path: Path) -> None:
    document = {
        "format": "dialoguetracker",
        "version": 1,
        "parties": [{"code": "US", "name": "United States"}, {"code": "MX", "name": "México 🇲🇽"}],
        "organizations": [{"id": "o1", "party": "MX", "name": "Министерство 外交部 وزارة"}],
        "people": [
            {"id": f"p{n}", "name": name, "party": "MX", "organization": "o1", "title": name}
            for n, name in enumerate(NAMES)
        ],
        "dialogues": [
            {
                "id": "d1",
                "name": "Diálogo 対話 Διάλογος",
                "parties": ["US", "MX"],
                "topics": [{"id": "t1", "name": "الأمن السيبراني"}],
                "commitments": [
                    {"id": "c1", "text": NAMES[4], "owner": "joint", "status": "agreed"}
                ],
            }
        ],
    }
    write_json(Path("names.json"), document)

    result = run_cli(capsys, "--db", "store.db", "import", "names.json")

    assert (result.status, result.err) == (0, "")
    text = exported(capsys, tmp_path / "store.db")
    back = json.loads(text)
    assert [person["name"] for person in back["people"]] == NAMES
    assert [person["title"] for person in back["people"]] == NAMES
    assert back["parties"][1]["name"] == "México 🇲🇽"
    assert back["organizations"][0]["name"] == "Министерство 外交部 وزارة"
    assert back["dialogues"][0]["name"] == "Diálogo 対話 Διάλογος"
    assert back["dialogues"][0]["topics"][0]["name"] == "الأمن السيبراني"
    assert back["dialogues"][0]["commitments"][0]["text"] == "Jose\u0301 Nun\u0303ez"
    assert "🇲🇽" in text and "\\u" not in text  # written as UTF-8, not escaped


# -- stores that cannot be used ----------------------------------------------------------------


def test_a_folder_given_as_the_store(capsys: Capsys, tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    write_json(Path("good.json"), sample())

    result = run_cli(capsys, "--db", folder, "import", "good.json")

    assert result == Outcome(1, "", f"dialoguetracker: {folder} is a folder, not a store file\n")
    assert list(folder.iterdir()) == []


def test_a_file_that_is_not_a_database(capsys: Capsys, tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("Talking points for Tuesday.\n" * 200)
    before = digest(notes)

    result = run_cli(capsys, "--db", notes, "demo")

    assert result == Outcome(
        1,
        "",
        f"dialoguetracker: {notes} is not a Dialogue Tracker store (not a SQLite database)\n",
    )
    assert digest(notes) == before
    assert [path.name for path in tmp_path.iterdir()] == ["notes.db"]


def test_a_store_that_cannot_be_written(capsys: Capsys, store: Path) -> None:
    write_json(Path("good.json"), sample())
    before = digest(store)

    with unwritable(store):
        result = run_cli(capsys, "--db", store, "import", "good.json")

    assert result == Outcome(
        1, "", f"dialoguetracker: {store} cannot be written (permission denied)\n"
    )
    assert digest(store) == before


# -- usage errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["frobnicate"],
            f"argument COMMAND: invalid choice: 'frobnicate' (choose from {COMMANDS})",
        ),
        (
            ["export", "-", "--audience", "everyone"],
            "argument --audience: invalid choice: 'everyone' "
            "(choose from 'public', 'counterpart', 'internal')",
        ),
        (["export"], "the following arguments are required: FILE"),
        (
            ["summary", "--lang", "fr"],
            "argument --lang: invalid choice: 'fr' (choose from 'en', 'es')",
        ),
    ],
)
def test_a_usage_error_exits_with_2(
    capsys: Capsys, store: Path, args: list[str], message: str
) -> None:
    assert refused(capsys, store, *args, status=2) == f"{message} (see dialoguetracker --help)"


# -- the real program: what the terminal shows -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (
            ["import", "not-json.json"],
            1,
            "not-json.json: file: not JSON "
            "(line 1, column 2: Expecting property name enclosed in double quotes)",
        ),
        (["import", "month-13.json"], 1, f"month-13.json: {M1}.start: not a date: '2022-13-01'"),
        (
            ["frobnicate"],
            2,
            f"argument COMMAND: invalid choice: 'frobnicate' (choose from {COMMANDS}) "
            "(see dialoguetracker --help)",
        ),
        (
            ["export", "-", "--audience", "everyone"],
            2,
            "argument --audience: invalid choice: 'everyone' "
            "(choose from 'public', 'counterpart', 'internal') (see dialoguetracker --help)",
        ),
    ],
)
def test_the_real_program_never_shows_a_traceback(
    store: Path, args: list[str], status: int, message: str
) -> None:
    Path("not-json.json").write_text("{'single': 'quotes'}")
    write_json(Path("month-13.json"), edited(sample(), f"{M1}.start", "2022-13-01"))
    before = digest(store)

    result = run_program("--db", store, *args)

    assert result == Outcome(status, "", f"dialoguetracker: {message}\n")
    assert digest(store) == before


# -- found by these tests and fixed ------------------------------------------------------------


def test_a_number_of_minutes_too_large_for_the_store(capsys: Capsys, store: Path) -> None:
    message = importing(capsys, store, edited(sample(), f"{M2}.agenda[0].minutes", 10**30))

    assert message.startswith(f"broken.json: {M2}.agenda[0].minutes: "), message


def test_an_update_before_its_commitment_is_reported_at_its_date(
    capsys: Capsys, store: Path
) -> None:
    early = [{"date": "1999-01-01", "note": "Before anything."}]

    message = importing(capsys, store, edited(sample(), f"{C1}.updates", early))

    assert message == (
        f"broken.json: {C1}.updates[0].date: is before the commitment was recorded (2022-08-10)"
    )


def test_an_export_into_a_missing_folder_names_the_file_asked_for(
    capsys: Capsys, store: Path, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "out.json"

    result = run_cli(capsys, "--db", store, "export", target)

    assert result == Outcome(1, "", f"dialoguetracker: {target}: no such file or directory\n")
