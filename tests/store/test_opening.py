"""Opening a store: what is refused, in plain words, and left byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from dialoguetracker.domain.errors import StoreError
from dialoguetracker.store.engine import open_store
from dialoguetracker.store.location import resolve
from dialoguetracker.store.migrate import head_revision
from file_modes import unwritable


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_gets_the_newest_schema_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.db")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    store.close()
    assert revision == head_revision()
    assert store.backup_made is None


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder, not a store file"):
        open_store(tmp_path)


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("minutes of the meeting, not a database\n" * 100)
    before = _digest(path)
    with pytest.raises(StoreError, match="not a Dialogue Tracker store"):
        open_store(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_another_programs_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    before = _digest(path)
    with pytest.raises(StoreError, match="a SQLite database but not a Dialogue Tracker store"):
        open_store(path)
    assert _digest(path) == before


def test_a_store_from_a_newer_program_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _digest(path)
    with pytest.raises(StoreError, match=r"newer version of Dialogue Tracker \(schema 9999\)"):
        open_store(path)
    assert _digest(path) == before


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "store.db")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    open_store(path).close()
    before = _digest(path)
    with unwritable(path), pytest.raises(StoreError, match=r"locked\.db cannot be written"):
        open_store(path)
    assert _digest(path) == before


def test_a_read_only_folder_is_refused_for_a_new_store(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    with unwritable(folder), pytest.raises(StoreError, match="folder is not writable"):
        open_store(folder / "store.db")
    assert list(folder.iterdir()) == []


@pytest.mark.sqlite_only
def test_a_truncated_store_is_reported_and_left_byte_for_byte(tmp_path: Path) -> None:
    """A copy cut short (a failed transfer, a full disk) must be named damaged, not 'repaired'."""
    from dialoguetracker.interop.sample import load_sample
    from dialoguetracker.services import Services

    path = tmp_path / "cut.db"
    store = open_store(path)
    load_sample(Services(store, actor="tester"))
    store.close()
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    before = _digest(path)
    with pytest.raises(StoreError) as raised:
        open_store(path)
    assert "cut.db is damaged" in str(raised.value)
    assert _digest(path) == before


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "url", ["mysql://clerk@db/dialogues", "oracle://x", "http://example.org/x"]
)
def test_a_url_of_another_kind_of_database_is_refused_by_name(url: str) -> None:
    scheme = url.split("://")[0]
    with pytest.raises(StoreError, match=rf"^{scheme}://…: not a kind of store this program keeps"):
        resolve(url)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("scheme", ["postgresql", "postgres", "postgresql+psycopg"])
def test_a_server_url_uses_the_driver_the_program_ships_with(scheme: str) -> None:
    location = resolve(f"{scheme}://clerk@db.example/dialogues")
    assert location.url == "postgresql+psycopg://clerk@db.example/dialogues"
    assert location.path is None
