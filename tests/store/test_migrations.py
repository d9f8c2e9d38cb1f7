"""Migrations, replayed on a real store of every past schema kept in tests/fixtures."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from first_schema import FIXTURE, first_schema_rows
from sqlalchemy import Column as SAColumn
from sqlalchemy import Integer, text

from dialoguetracker.store.engine import open_store
from dialoguetracker.store.location import resolve
from dialoguetracker.store.migrate import _migration_engine, head_revision
from dialoguetracker.store.revision import HEAD_REVISION


@pytest.fixture
def first_schema_store(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copyfile(FIXTURE, path)
    return path


def test_the_first_schema_store_opens_upgrades_and_keeps_every_row(
    first_schema_store: Path,
) -> None:
    before = first_schema_rows(first_schema_store)
    assert sum(len(rows) for rows in before.values()) > 20

    store = open_store(first_schema_store)
    store.close()

    with sqlite3.connect(first_schema_store) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert revision == head_revision() != "0001"
    assert first_schema_rows(first_schema_store) == before


def test_the_older_file_is_backed_up_before_the_upgrade(first_schema_store: Path) -> None:
    original = first_schema_rows(first_schema_store)
    store = open_store(first_schema_store)
    store.close()

    assert store.backup_made is not None
    with sqlite3.connect(store.backup_made) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert first_schema_rows(store.backup_made) == original


def test_after_the_upgrade_commitment_updates_are_append_only(first_schema_store: Path) -> None:
    open_store(first_schema_store).close()
    with sqlite3.connect(first_schema_store) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE commitment_updates SET note = 'rewritten'")
        assert (
            connection.execute("SELECT note FROM commitment_updates").fetchone()[0] == "Postponed."
        )


def test_an_up_to_date_store_is_not_backed_up_again(first_schema_store: Path) -> None:
    open_store(first_schema_store).close()
    again = open_store(first_schema_store)
    again.close()
    assert again.backup_made is None
    assert len(list(first_schema_store.parent.glob("*.backup-*-before-*.db"))) == 1


def test_batch_mode_on_a_parent_table_keeps_its_children(first_schema_store: Path) -> None:
    """The trap: recreating ``meetings`` with foreign keys on would cascade into its agenda,
    attendance and documents. The migration connection must keep them all."""
    open_store(first_schema_store).close()
    children = {
        t: rows for t, rows in first_schema_rows(first_schema_store).items() if t != "meetings"
    }
    engine = _migration_engine(resolve(first_schema_store))
    with engine.begin() as connection:
        operations = Operations(MigrationContext.configure(connection))
        with operations.batch_alter_table("meetings", recreate="always") as batch:
            batch.add_column(SAColumn("probe", Integer, nullable=True))
        assert connection.execute(text("PRAGMA foreign_key_check")).fetchall() == []
    engine.dispose()
    after = {
        t: rows for t, rows in first_schema_rows(first_schema_store).items() if t != "meetings"
    }
    assert after == children
    assert children["agenda_items"] and children["documents"] and children["attendance"]


def test_the_head_written_in_the_program_is_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION


def test_opening_a_current_store_imports_neither_alembic_nor_reportlab(tmp_path: Path) -> None:
    """Start-up pays only for what it uses: Alembic when a schema must change, ReportLab when
    a PDF is made. Checked in a fresh interpreter, as a user's start is."""
    store = tmp_path / "current.db"
    open_store(store).close()  # made at the newest schema
    probe = (
        "import sys\n"
        "from dialoguetracker.store.engine import open_store\n"
        f"open_store({str(store)!r}).close()\n"
        "print(sorted(name for name in ('alembic', 'reportlab') if name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
