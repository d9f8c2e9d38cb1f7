"""Crash safety: the real program, killed with SIGKILL in the middle of an import, an edit or
an upgrade, leaves a store that passes SQLite's integrity check and holds all or none of it.

Each test first times one whole run, then kills fresh runs at moments spread from the
program's start-up to its end. Where exactly a kill lands varies from machine to machine, so
the tests assert only what must hold whatever the moment: integrity, and all or nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialoguetracker.domain import clock
from dialoguetracker.interop.sample import sample_document
from dialoguetracker.store.engine import open_store
from dialoguetracker.store.migrate import head_revision

SAMPLE = "us-mexico-cyber-2022.json"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).parents[2]
FIRST_SCHEMA = Path(__file__).parents[1] / "fixtures" / "store-0001.db"
KILLS = 20
GENERATED_SIZE = ("--commitments", "100", "--meetings", "10")
BULK_SIZE = ("--commitments", "5000", "--meetings", "500")
"""A file whose import lasts seconds even in sets, so kills land while rows are written."""
BULK_KILLS = 6

Counts = dict[str, int]


def _environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("DIALOGUETRACKER_DB", None)
    for kind in ("DATA", "STATE", "CONFIG", "CACHE"):
        env[f"XDG_{kind}_HOME"] = str(folder / "xdg" / kind.lower())
    return env


def _program(store: Path, *args: object) -> list[str]:
    return [sys.executable, "-m", "dialoguetracker", "--db", str(store), *map(str, args)]


def _run(command: list[str], folder: Path) -> float:
    """Run to the end; return how long it took."""
    began = time.monotonic()
    subprocess.run(command, cwd=folder, env=_environment(folder), check=True, capture_output=True)
    return time.monotonic() - began


def _run_killed(command: list[str], folder: Path, after: float) -> bool:
    """Start the command and SIGKILL it ``after`` seconds on; True if it finished first."""
    process = subprocess.Popen(
        command,
        cwd=folder,
        env=_environment(folder),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        process.wait(timeout=after)
        return True
    except subprocess.TimeoutExpired:
        process.kill()  # SIGKILL: no handler, no clean-up, no rollback by the program
        process.wait()
        return False


def _moments(start_up: float, whole: float, count: int) -> list[float]:
    """``count`` moments spread evenly from halfway through start-up to the end of a run."""
    first = start_up / 2
    span = max(whole - first, 0.05)
    return [first + span * (index + 0.5) / count for index in range(count)]


def _counts(path: Path) -> Counts:
    """Row counts of every table, after checking the file's integrity.

    A normal connection, as the program's next start would open: it recovers what a killed
    writer left in the write-ahead log."""
    connection = sqlite3.connect(path)
    try:
        verdicts = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        assert verdicts == ["ok"], verdicts
        tables = [
            row[0]
            for row in connection.execute(
                # Not virtual tables or their shadow tables: FTS5 merges its segments when it
                # likes, so the search index's row counts do not add up edit by edit.
                "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
            for table in tables
        }
    finally:
        connection.close()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _fresh(template: Path, folder: Path) -> Path:
    folder.mkdir()
    return Path(shutil.copyfile(template, folder / "store.db"))


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "store.db"
    open_store(path).close()
    return path


@pytest.fixture(scope="module")
def large_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An interchange file of a generated dialogue with a hundred commitments."""
    folder = tmp_path_factory.mktemp("large")
    generated, document = folder / "generated.db", folder / "large.json"
    subprocess.run(
        [sys.executable, "-m", "bench.generate", generated, *GENERATED_SIZE],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    _run(_program(generated, "export", document), folder)
    return document


def test_an_import_killed_at_any_moment_leaves_all_of_it_or_none(
    tmp_path: Path, empty_store: Path, large_export: Path
) -> None:
    before = _counts(empty_store)
    start_up = _run(_program(_fresh(empty_store, tmp_path / "start"), "summary"), tmp_path)
    reference = _fresh(empty_store, tmp_path / "whole")
    whole = _run(_program(reference, "import", large_export), tmp_path)
    after = _counts(reference)
    assert after["commitments"] == 100 and after != before

    outcomes = []
    for number, moment in enumerate(_moments(start_up, whole, KILLS)):
        store = _fresh(empty_store, tmp_path / f"kill-{number}")
        finished = _run_killed(_program(store, "import", large_export), tmp_path, moment)
        counts = _counts(store)
        assert counts in (before, after), f"killed after {moment:.2f} s: a partial import"
        assert not finished or counts == after
        outcomes.append(counts == after)
        shutil.rmtree(store.parent)
    assert not all(outcomes), "every run finished before its kill: nothing was tested"


@pytest.fixture(scope="module")
def bulk_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office's file, as the benchmark writes it: 5,000 commitments in five dialogues."""
    path = tmp_path_factory.mktemp("bulk") / "office.json"
    subprocess.run(
        [sys.executable, "-m", "bench.interchange_file", path, *BULK_SIZE],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return path


def _triggers(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        return [(str(name), str(sql)) for name, sql in connection.execute(query)]


def test_a_bulk_import_killed_while_writing_leaves_all_or_none_and_its_triggers(
    tmp_path: Path, empty_store: Path, bulk_file: Path
) -> None:
    before, triggers = _counts(empty_store), _triggers(empty_store)
    start_up = _run(_program(_fresh(empty_store, tmp_path / "start"), "summary"), tmp_path)
    reference = _fresh(empty_store, tmp_path / "whole")
    whole = _run(_program(reference, "import", bulk_file), tmp_path)
    after = _counts(reference)
    assert after["commitments"] == 5000 and _triggers(reference) == triggers

    killed_mid_way = 0
    for number in range(BULK_KILLS):
        moment = start_up + (whole - start_up) * (number + 0.5) / BULK_KILLS
        store = _fresh(empty_store, tmp_path / f"kill-{number}")
        finished = _run_killed(_program(store, "import", bulk_file), tmp_path, moment)
        counts = _counts(store)
        assert counts in (before, after), f"killed after {moment:.2f} s: a partial import"
        assert _triggers(store) == triggers  # dropped for the import, back or never gone
        _run(_program(store, "check"), tmp_path)
        killed_mid_way += not finished and counts == before
        shutil.rmtree(store.parent)
    assert killed_mid_way, "no kill landed while the import was running: nothing was tested"


def test_a_run_of_edits_killed_at_any_moment_loses_at_most_the_one_in_progress(
    tmp_path: Path, empty_store: Path
) -> None:
    sample = sample_document(SAMPLE, clock.today())

    def small_file(number: int) -> Path:
        dialogue = sample["dialogues"][0]
        dialogue["name"], dialogue["short_name"] = f"Working group {number}", f"WG {number}"
        path = tmp_path / f"edit-{number}.json"
        path.write_text(json.dumps(sample), encoding="utf-8")
        return path

    store = _fresh(empty_store, tmp_path / "edits")
    _run(_program(store, "import", small_file(0)), tmp_path)
    first = _counts(store)
    whole = _run(_program(store, "import", small_file(1)), tmp_path)
    second = _counts(store)
    one_edit = {table: second[table] - first[table] for table in second}
    assert one_edit["dialogues"] == 1
    start_up = _run(_program(store, "summary"), tmp_path)

    for number, moment in enumerate(_moments(start_up, whole, 6), start=2):
        before = _counts(store)
        finished = _run_killed(_program(store, "import", small_file(number)), tmp_path, moment)
        counts = _counts(store)
        whole_edit = {table: before[table] + one_edit[table] for table in before}
        assert counts in (before, whole_edit), f"killed after {moment:.2f} s: a partial edit"
        assert not finished or counts == whole_edit
    _run(_program(store, "check"), tmp_path)


def test_an_upgrade_killed_at_any_moment_leaves_the_old_file_or_the_upgraded_one(
    tmp_path: Path,
) -> None:
    original = _counts(FIRST_SCHEMA)
    reference = _fresh(FIRST_SCHEMA, tmp_path / "whole")
    whole = _run(_program(reference, "summary"), tmp_path)
    upgraded = _counts(reference)
    assert _revision(reference) == head_revision() != "0001"

    for number, moment in enumerate(_moments(whole / 2, whole, 6)):
        store = _fresh(FIRST_SCHEMA, tmp_path / f"kill-{number}")
        _run_killed(_program(store, "summary"), tmp_path, moment)
        counts = _counts(store)
        if _revision(store) == "0001":
            assert counts == original, f"killed after {moment:.2f} s: a partial upgrade"
        else:
            assert _revision(store) == head_revision()
            assert counts == upgraded, f"killed after {moment:.2f} s: a partial upgrade"
        open_store(store).close()  # and it opens (finishing the upgrade if it had not run)
        assert _revision(store) == head_revision()
        assert _counts(store) == upgraded
        shutil.rmtree(store.parent)
