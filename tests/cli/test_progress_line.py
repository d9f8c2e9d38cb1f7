"""Long commands show how far they have come on a terminal, and nothing more when piped: a
script sees exactly the one-line result it always saw."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import run_program, write_json, xdg_folders

from large_files import many_commitments

COMMITMENTS = 300


def on_a_terminal(*args: object) -> tuple[int, str, str]:
    """Run the program with stderr on a pseudo-terminal (as a user's shell gives it) and
    stdout on a pipe; returns the status, stdout and what the terminal showed."""
    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if k != "DIALOGUETRACKER_DB"}
    environment.update(xdg_folders(Path.cwd()))
    try:
        done = subprocess.Popen(
            [sys.executable, "-m", "dialoguetracker", *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=environment,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the program closed its end
                break
            if not chunk:
                break
            shown += chunk
        out, _ = done.communicate(timeout=120)
    finally:
        os.close(leader)
    return done.returncode, out.decode("utf-8"), shown.decode("utf-8")


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    return write_json(tmp_path / "big.json", many_commitments(COMMITMENTS, "Working group"))


def test_an_import_on_a_terminal_draws_its_progress_then_wipes_it(big_file: Path) -> None:
    status, out, shown = on_a_terminal("--db", "big.db", "import", big_file)

    assert status == 0
    assert out == (
        f"Imported {big_file}: added 2 parties, 1 dialogue, {COMMITMENTS} commitments; "
        "0 records already in the store\n"
    )
    total = 2 + COMMITMENTS
    frames = [frame for frame in shown.split("\r") if frame]
    assert frames[0] == f"Importing {big_file}: 0/{total} (0%)\x1b[K"
    assert f"Importing {big_file}: {total}/{total} (100%)\x1b[K" in frames
    assert len(frames) >= 3  # something in between, too
    assert shown.endswith("\r\x1b[K")  # wiped: only the result stays on the screen


def test_the_same_import_piped_prints_exactly_its_result(big_file: Path) -> None:
    result = run_program("--db", "big.db", "import", big_file)

    assert (result.status, result.err) == (0, "")
    assert result.out == (
        f"Imported {big_file}: added 2 parties, 1 dialogue, {COMMITMENTS} commitments; "
        "0 records already in the store\n"
    )


@pytest.mark.parametrize(
    ("command", "label"),
    [
        (["check"], "Checking"),
        (["export", "out.json"], "Exporting"),
        (["calendar", "--out", "out.ics"], "Writing the calendar"),
        (["backup", "--out", "copy.db"], "Backing up to copy.db"),
    ],
)
def test_other_long_commands_show_progress_on_a_terminal_only(
    big_file: Path, command: list[str], label: str
) -> None:
    assert run_program("--db", "big.db", "import", big_file).status == 0

    status, _out, shown = on_a_terminal("--db", "big.db", *command)

    assert status == 0
    assert f"\r{label}: " in shown
    assert shown.endswith("\r\x1b[K")
    Path("out.json").unlink(missing_ok=True)
    Path("copy.db").unlink(missing_ok=True)
    piped = run_program("--db", "big.db", *command)
    assert piped.status == 0
    assert label not in piped.err
