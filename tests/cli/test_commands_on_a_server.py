"""Every command on a store kept by a PostgreSQL server (``--db postgresql+psycopg://…``), as an
office with a shared server runs them: the same output and exit statuses as on a file, and a
plain refusal where a command only makes sense for a file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import Outcome, run_cli, without_length_warnings

from postgres_server import PostgresServer

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def server_db(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh database on the test cluster, at the newest schema, holding nothing yet."""
    with postgres_server.new_database() as url:
        yield url


@pytest.fixture
def sample_on_server(capsys: Capsys, server_db: str) -> str:
    loaded = run_cli(capsys, "--db", server_db, "demo")
    assert loaded.status == 0, loaded
    return server_db


def ok(result: Outcome) -> str:
    assert (result.status, result.err) == (0, ""), result
    return result.out


def test_demo_summary_search_and_history_work_on_a_server(
    capsys: Capsys, sample_on_server: str
) -> None:
    db = sample_on_server
    assert "1 dialogue, 2 meetings" in ok(run_cli(capsys, "--db", db, "summary"))
    accents_ignored = ok(run_cli(capsys, "--db", db, "search", "declaracion conjunta"))
    assert accents_ignored.startswith("document\t2\tDeclaración conjunta")
    assert "commitment\t" in ok(run_cli(capsys, "--db", db, "search", "ransomware"))
    trail = ok(run_cli(capsys, "--db", db, "history", "--meeting", "1")).splitlines()
    assert trail[0].split("\t")[2] == "meeting"
    assert ok(run_cli(capsys, "--db", db, "check")).endswith(": no problems found\n")


def test_an_export_from_a_server_imports_into_a_file_and_back_unchanged(
    capsys: Capsys, sample_on_server: str, server_db: str, tmp_path: Path
) -> None:
    ok(run_cli(capsys, "--db", sample_on_server, "export", "office.json"))
    ok(run_cli(capsys, "--db", "laptop.db", "import", "office.json"))
    ok(run_cli(capsys, "--db", "laptop.db", "export", "laptop.json"))
    office = json.loads((tmp_path / "office.json").read_text(encoding="utf-8"))
    laptop = json.loads((tmp_path / "laptop.json").read_text(encoding="utf-8"))
    assert laptop == office
    again = ok(run_cli(capsys, "--db", sample_on_server, "import", "laptop.json"))
    assert "added nothing new" in again


def test_briefings_and_records_are_made_and_verified_on_a_server(
    capsys: Capsys, sample_on_server: str
) -> None:
    db = sample_on_server
    briefed = without_length_warnings(run_cli(capsys, "--db", db, "briefing", "--out", "brief.pdf"))
    assert ok(briefed).startswith("Wrote")
    assert ok(run_cli(capsys, "--db", db, "minutes", "--meeting", "1", "--out", "m.pdf"))
    verified = ok(run_cli(capsys, "--db", db, "verify", "brief.pdf"))
    assert verified.startswith("brief.pdf: produced by this store on ")
    assert "(briefing, internal, U.S.-Mexico Working Group on Cyber Issues)" in verified
    Path("m.pdf").write_bytes(Path("m.pdf").read_bytes() + b"\n")
    assert run_cli(capsys, "--db", db, "verify", "m.pdf").status == 1


@pytest.mark.parametrize("command", [["backup", "--out", "copy.db"], ["restore", "copy.db"]])
def test_file_copies_of_a_server_are_refused_with_what_to_use_instead(
    capsys: Capsys, sample_on_server: str, command: list[str]
) -> None:
    result = run_cli(capsys, "--db", sample_on_server, *command)
    assert result.status == 1
    assert len(result.err.splitlines()) == 1
    assert "pg_dump" in result.err or "pg_restore" in result.err
    assert "Traceback" not in result.err
    assert not Path("copy.db").exists()
