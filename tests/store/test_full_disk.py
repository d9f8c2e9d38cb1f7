"""A full disk, for real: the store lives on a small tmpfs whose free space a filler file takes,
and the real program runs against it.

What must hold: a write says in one line that the disk is full and nothing was saved (exit
status 1, no traceback), and the store file is not modified, renamed or overwritten; a store
can still be read (with one warning line) when there is no room for the day's backup, and no
half-written backup is ever left behind. Mounting needs root (or a user namespace); where it
is not permitted the tests are skipped, saying why.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dialoguetracker.cli import main
from dialoguetracker.domain import clock
from dialoguetracker.domain.errors import DialogueTrackerError, DiskFullError, StoreError
from dialoguetracker.interop.sample import sample_document
from dialoguetracker.store import backups

SAMPLE = "us-mexico-cyber-2022.json"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="tmpfs is Linux")

DISK_SIZE = "8m"
ROOM_FOR_READING = 128 * 1024  # SQLite's -shm and an empty WAL fit; a copy of the store does not
HINT = "(free some space and try again)"


@dataclass(frozen=True)
class Disk:
    folder: Path

    def fill(self, leave: int) -> None:
        """Take all the free space but ``leave`` bytes, with a file of real blocks."""
        free = os.statvfs(self.folder).f_bavail * os.statvfs(self.folder).f_frsize
        with (self.folder / "filler").open("wb") as handle:
            os.posix_fallocate(handle.fileno(), 0, max(free - leave, 1))

    def empty(self) -> None:
        (self.folder / "filler").unlink()

    def names(self) -> list[str]:
        return sorted(path.name for path in self.folder.iterdir())


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip() or 'not permitted'}")
    try:
        yield Disk(folder)
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)


@pytest.fixture(autouse=True)
def _own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for kind in ("DATA", "STATE", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"XDG_{kind}_HOME", str(tmp_path / "xdg" / kind.lower()))
    monkeypatch.delenv("DIALOGUETRACKER_DB", raising=False)


@dataclass(frozen=True)
class Outcome:
    status: int
    out: str
    err: str


def _program(*args: object) -> Outcome:
    """``python -m dialoguetracker ARGS…``: exactly what a user's terminal shows."""
    done = subprocess.run(
        [sys.executable, "-m", "dialoguetracker", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


def _demo_store(disk: Disk) -> Path:
    store = disk.folder / "office.db"
    assert main(["--db", str(store), "demo"]) == 0
    return store


def _exported(store: Path) -> str:
    result = _program("--db", store, "export", "-")
    assert result.status == 0, result
    return result.out


def _integrity(store: Path) -> str:
    with sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True) as connection:
        verdict = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    connection.close()
    return verdict


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _big_import(tmp_path: Path) -> Path:
    """The sample with 300 long commitments added: far more than the room left."""
    document = sample_document(SAMPLE, clock.today())
    document["dialogues"][0]["commitments"].extend(
        {
            "id": f"big{n}",
            "text": f"Commitment {n}: " + "x" * 8000,
            "owner": "MX",
            "status": "agreed",
        }
        for n in range(300)
    )
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_an_import_on_a_full_disk_saves_nothing_and_says_so_in_one_line(
    disk: Disk, tmp_path: Path
) -> None:
    store = _demo_store(disk)
    assert backups.daily_backup(store) is not None  # opened earlier today: no backup is due
    before = _exported(store)
    big = _big_import(tmp_path)
    disk.fill(leave=256 * 1024)
    digest = _digest(store)

    result = _program("--db", store, "import", big)

    assert result.status == 1
    assert result.err == (
        f"dialoguetracker: the disk holding {store} is full; nothing was saved {HINT}\n"
    )
    assert result.out == ""
    assert _digest(store) == digest  # the failed transaction never reached the file itself
    disk.empty()
    assert _integrity(store) == "ok"
    assert _exported(store) == before


def test_a_store_is_read_on_a_full_disk_with_one_warning_and_no_partial_backup(
    disk: Disk,
) -> None:
    store = _demo_store(disk)  # a brand-new store: its first backup is due at the next opening
    digest = _digest(store)
    disk.fill(leave=ROOM_FOR_READING)

    found = _program("--db", store, "search", "ransomware")
    exported = _program("--db", store, "export", "-")

    warning = (
        f"dialoguetracker: warning: the disk holding {store} is full; "
        f"today's automatic backup was not made {HINT}\n"
    )
    assert (found.status, found.err) == (0, warning)
    assert "commitment\t" in found.out
    assert (exported.status, exported.err) == (0, warning)
    assert json.loads(exported.out)["dialogues"][0]["name"].startswith("U.S.-Mexico")
    assert disk.names() == ["filler", "office.db"]  # no backup, whole or half, nor its journal
    assert _digest(store) == digest


def test_a_store_on_a_disk_with_no_room_at_all_is_refused_plainly_and_left_alone(
    disk: Disk,
) -> None:
    store = _demo_store(disk)
    digest = _digest(store)
    disk.fill(leave=0)

    result = _program("--db", store, "search", "ransomware")

    assert result.status == 1
    assert result.err == (
        f"dialoguetracker: the disk holding {store} is full; "
        f"the store cannot be opened and was left unchanged {HINT}\n"
    )
    assert _digest(store) == digest
    assert not [name for name in disk.names() if ".backup-" in name]
    disk.empty()
    assert _integrity(store) == "ok"


def test_a_backup_to_a_full_disk_leaves_no_half_written_file(disk: Disk, tmp_path: Path) -> None:
    store = tmp_path / "office.db"
    assert main(["--db", str(store), "demo"]) == 0
    disk.fill(leave=64 * 1024)
    target = disk.folder / "copy.db"

    result = _program("--db", store, "backup", "--out", target)

    assert result.status == 1
    assert result.err == (
        f"dialoguetracker: the disk holding {target} is full; no backup was written {HINT}\n"
    )
    assert disk.names() == ["filler"]


def test_the_full_disk_error_is_one_the_gui_shows_as_a_plain_sentence() -> None:
    """The GUI's error reporter shows any DialogueTrackerError as its message alone (no
    "unexpected error" report, no traceback), and File-menu actions refuse with it."""
    error = DiskFullError(Path("/data/office.db"))

    assert isinstance(error, StoreError) and isinstance(error, DialogueTrackerError)
    assert error.exit_status == 1
    assert str(error) == f"the disk holding /data/office.db is full; nothing was saved {HINT}"
