"""The command line in Spanish: ``--lang es`` before or after the sub-command, or a Spanish
environment, and what a person reads on stderr — a refused input's one line, a warning, the
progress — is Spanish; the same commands speak English by default. What a command prints on
stdout is its result, the same in every language (DESIGN.md: piped, a command prints exactly
its one-line result), and the command line never loads Qt to speak Spanish.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import Outcome, edited, run_cli, run_program, sample, write_json

from dialoguetracker.cli import language

Capsys = pytest.CaptureFixture[str]

BAD_SINCE_ES = (
    "dialoguetracker: argumento --since: no es una fecha (AAAA-MM-DD): 'nonsense' "
    "(consulte dialoguetracker --help)\n"
)
BAD_SINCE_EN = (
    "dialoguetracker: argument --since: not a date (YYYY-MM-DD): 'nonsense' "
    "(see dialoguetracker --help)\n"
)
STATUSES = "proposed, agreed, in_progress, completed, deferred, dropped, referred"
C1 = "dialogues[0].commitments[0]"


def spanish_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Mexican user's terminal: LANG set, nothing overriding it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")


BRIEFING = ("briefing", "--since", "nonsense", "--out", "b.pdf")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("--lang", "es", "--db", "x.db", *BRIEFING), id="--lang before"),
        pytest.param(("--db", "x.db", *BRIEFING, "--lang", "es"), id="--lang after"),
        pytest.param(("--db", "x.db", *BRIEFING, "--lang=es"), id="--lang=es after"),
    ],
)
def test_a_bad_date_is_refused_in_spanish_wherever_lang_is_given(
    capsys: Capsys, args: tuple[str, ...]
) -> None:
    assert run_cli(capsys, *args) == Outcome(2, "", BAD_SINCE_ES)
    assert not Path("x.db").exists()


def test_a_spanish_environment_speaks_spanish_and_lang_en_overrides_it(
    capsys: Capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    spanish_environment(monkeypatch)
    assert run_cli(capsys, "--db", "x.db", *BRIEFING) == Outcome(2, "", BAD_SINCE_ES)
    assert run_cli(capsys, "--lang", "en", "--db", "x.db", *BRIEFING) == Outcome(
        2, "", BAD_SINCE_EN
    )


def test_english_is_the_default(capsys: Capsys) -> None:
    assert run_cli(capsys, "--db", "x.db", *BRIEFING) == Outcome(2, "", BAD_SINCE_EN)


def test_a_missing_store_folder_is_said_in_spanish(capsys: Capsys, tmp_path: Path) -> None:
    store = tmp_path / "missing" / "store.db"
    result = run_cli(capsys, "--db", store, "summary", "--lang", "es")
    assert result == Outcome(
        1,
        "",
        f"dialoguetracker: no se puede crear un almacén en {store}: "
        f"la carpeta {store.parent} no existe\n",
    )
    english = run_cli(capsys, "--db", store, "summary")
    assert english.err == (
        f"dialoguetracker: cannot create a store at {store}: "
        f"the folder {store.parent} does not exist\n"
    )


def test_a_missing_file_is_said_in_spanish(capsys: Capsys) -> None:
    result = run_cli(capsys, "--lang", "es", "--db", "x.db", "import", "missing.json")
    assert result == Outcome(
        1, "", "dialoguetracker: missing.json: no existe el archivo o la carpeta\n"
    )


def test_a_bad_interchange_file_names_its_json_path_in_spanish(
    capsys: Capsys, demo_db: Path
) -> None:
    write_json(Path("broken.json"), edited(sample(), f"{C1}.status", "finished"))

    spanish = run_cli(capsys, "--db", demo_db, "import", "broken.json", "--lang", "es")
    english = run_cli(capsys, "--db", demo_db, "import", "broken.json")

    assert spanish == Outcome(
        1, "", f"dialoguetracker: broken.json: {C1}.status: no es uno de {STATUSES}: 'finished'\n"
    )
    assert english == Outcome(
        1, "", f"dialoguetracker: broken.json: {C1}.status: not one of {STATUSES}: 'finished'\n"
    )


def test_a_refused_record_is_named_in_spanish(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(capsys, "--lang", "es", "--db", demo_db, "history", "--meeting", "99")
    assert result == Outcome(1, "", "dialoguetracker: no existe reunión con el id 99\n")


def test_our_own_usage_errors_are_spanish(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(capsys, "--lang", "es", "--db", demo_db, "export", "store.txt")
    assert result == Outcome(
        2,
        "",
        "dialoguetracker: store.txt: export escribe archivos .json, .xlsx, .csv; "
        "nombre el archivo con una de esas extensiones\n",
    )
    missing = run_cli(capsys, "--lang", "es", "--db", demo_db, "briefing")
    assert missing.err == (
        "dialoguetracker: se requieren los siguientes argumentos: --out "
        "(consulte dialoguetracker --help)\n"
    )


def test_a_result_on_stdout_is_the_same_in_every_language(capsys: Capsys, demo_db: Path) -> None:
    english = run_cli(capsys, "--db", demo_db, "backup", "--out", "copy-en.db")
    spanish = run_cli(capsys, "--db", demo_db, "backup", "--out", "copy-es.db", "--lang", "es")
    assert english == Outcome(0, "Backup written to copy-en.db\n", "")
    assert spanish == Outcome(0, "Backup written to copy-es.db\n", "")


def test_the_real_program_speaks_the_environment_s_language_without_qt() -> None:
    """As a terminal shows it: a separate process whose only hint is LANG."""
    spanish = run_program(
        "--db", "x.db", *BRIEFING, env={"LANG": "es_MX.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    )
    english = run_program("--db", "x.db", *BRIEFING, env={"LANG": "C.UTF-8", "LC_ALL": ""})
    assert spanish == Outcome(2, "", BAD_SINCE_ES)
    assert english == Outcome(2, "", BAD_SINCE_EN)
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from dialoguetracker.cli import main; "
            "main(['--lang', 'es', '--db', 'x.db', 'briefing', '--since', 'nonsense', "
            "'--out', 'b.pdf']); print(sorted(m for m in sys.modules if 'PySide6' in m))",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert loaded.stdout == "[]\n"
    assert "argumento --since" in loaded.stderr


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "es_ES@euro"}, "es"),
        ({"LANG": "es"}, "es"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
        ({"LC_ALL": "C", "LANG": "es_MX.UTF-8"}, "en"),
        ({"LC_MESSAGES": "es_MX.UTF-8", "LANG": "en_US.UTF-8"}, "es"),
        ({"LANGUAGE": "es_MX:en", "LANG": "en_US.UTF-8"}, "es"),
        ({"LANGUAGE": "fr:es", "LANG": "en_US.UTF-8"}, "es"),
        ({"LANGUAGE": "en_US:es", "LANG": "es_MX.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LC_ALL": "", "LANG": "es_MX.UTF-8"}, "es"),
    ],
)
def test_the_language_is_read_from_the_environment_as_gettext_reads_it(
    environment: dict[str, str], expected: str
) -> None:
    assert language.chosen_language(None, environment) == expected
    assert language.chosen_language("en", environment) == "en"
    assert language.chosen_language("es", environment) == "es"


def test_the_lang_option_is_found_anywhere_on_the_line() -> None:
    assert language.option_in(["--lang", "es", "summary"]) == "es"
    assert language.option_in(["summary", "--lang=en"]) == "en"
    assert language.option_in(["--lang", "en", "export", "f", "--lang", "es"]) == "es"
    assert language.option_in(["search", "--", "--lang", "es"]) is None
    assert language.option_in(["summary", "--lang"]) is None


def test_english_reads_no_catalogue_and_spanish_reads_it_once(capsys: Capsys) -> None:
    language.catalogue.cache_clear()
    run_cli(capsys, "--db", "x.db", *BRIEFING)
    assert language.catalogue.cache_info().currsize == 0
    run_cli(capsys, "--lang", "es", "--db", "x.db", *BRIEFING)
    run_cli(capsys, "--lang", "es", "--db", "x.db", *BRIEFING)
    assert language.catalogue.cache_info().misses == 1
    assert len(language.catalogue("es")) > 1000
