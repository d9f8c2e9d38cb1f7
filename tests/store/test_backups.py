"""Automatic backups: one on the first opening of a day, one before every upgrade, the newest
N kept next to the store, each a complete store of its own."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dialoguetracker.store import backups
from dialoguetracker.store.engine import open_store
from dialoguetracker.store.migrate import head_revision

FIRST_SCHEMA = Path(__file__).parents[1] / "fixtures" / "store-0001.db"
MORNING = datetime(2024, 3, 5, 9, 15, 12)


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".backup-" in path.name)


def test_the_first_opening_of_a_day_makes_one_backup_and_the_second_none(
    store_path: Path,
) -> None:
    made = backups.daily_backup(store_path, now=MORNING)

    assert made == store_path.with_name("store.db.backup-20240305-091512.db")
    assert backups.daily_backup(store_path, now=MORNING + timedelta(hours=8)) is None
    assert _names(store_path.parent) == ["store.db.backup-20240305-091512.db"]
    made_next_day = backups.daily_backup(store_path, now=MORNING + timedelta(days=1))
    assert made_next_day is not None and made_next_day.name == "store.db.backup-20240306-091512.db"


def test_a_backup_is_a_valid_store_with_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copyfile(FIRST_SCHEMA, path)
    open_store(path).close()  # upgraded, and so holding rows at the newest schema

    made = backups.daily_backup(path, now=MORNING)

    assert made is not None
    assert _rows(made) == _rows(path)
    assert any(_rows(made).values())
    copy = open_store(made)  # a store this program opens as it is
    copy.close()


def test_only_the_newest_backups_are_kept(store_path: Path) -> None:
    for day in range(12):
        backups.daily_backup(store_path, now=MORNING + timedelta(days=day), keep=10)

    kept = _names(store_path.parent)
    assert len(kept) == 10
    assert kept[0] == "store.db.backup-20240307-091512.db"
    assert kept[-1] == "store.db.backup-20240316-091512.db"


def test_the_number_kept_comes_from_the_environment(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(backups.KEEP_VARIABLE, "3")
    for day in range(5):
        backups.daily_backup(store_path, now=MORNING + timedelta(days=day))

    assert len(_names(store_path.parent)) == 3
    assert backups.keep_count({backups.KEEP_VARIABLE: "many"}) == backups.DEFAULT_KEEP
    assert backups.keep_count({backups.KEEP_VARIABLE: "0"}) == backups.DEFAULT_KEEP
    assert backups.keep_count({}) == backups.DEFAULT_KEEP == 10


def test_other_stores_backups_in_the_same_folder_are_left_alone(store_path: Path) -> None:
    other = store_path.with_name("other.db")
    shutil.copyfile(store_path, other)
    backups.daily_backup(other, now=MORNING)
    for day in range(1, 4):
        backups.daily_backup(store_path, now=MORNING + timedelta(days=day), keep=2)

    assert _names(store_path.parent) == [
        "other.db.backup-20240305-091512.db",
        "store.db.backup-20240307-091512.db",
        "store.db.backup-20240308-091512.db",
    ]


def test_opening_a_store_makes_the_days_backup(store_path: Path) -> None:
    open_store(store_path).close()
    open_store(store_path).close()

    [made] = _names(store_path.parent)
    assert made.startswith("store.db.backup-") and made.endswith(".db")


def test_a_brand_new_store_gets_no_backup(tmp_path: Path) -> None:
    open_store(tmp_path / "new.db").close()

    assert _names(tmp_path) == []


def test_a_refused_file_gets_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database\n" * 50)
    with pytest.raises(Exception, match="not a Dialogue Tracker store"):
        open_store(path)

    assert _names(tmp_path) == []


def test_an_upgrade_makes_a_backup_named_like_the_others(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    shutil.copyfile(FIRST_SCHEMA, path)

    store = open_store(path)
    store.close()

    assert store.backup_made is not None
    assert store.backup_made.parent == tmp_path
    assert store.backup_made.name.startswith("office.db.backup-")
    assert store.backup_made.name.endswith(f"-before-{head_revision()}.db")
    assert _names(tmp_path) == [store.backup_made.name]  # it counts as the day's backup
    with sqlite3.connect(store.backup_made) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
