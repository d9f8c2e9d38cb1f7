"""The committed first-schema store (``tests/fixtures/store-0001.db``), replayed through every
migration, and how its rows are compared before and after an upgrade or a downgrade: in the
first schema's columns, since later revisions add columns to some of its tables."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from dialoguetracker.store.engine import open_store

FIXTURE = Path(__file__).parent.parent / "fixtures" / "store-0001.db"
TABLES = (
    *("parties", "organizations", "people", "dialogues", "dialogue_parties", "topics"),
    *("meetings", "meeting_briefs", "attendance", "agenda_items", "documents", "commitments"),
    *("commitment_leads", "commitment_updates", "audit_entries"),
)
LATER_COLUMNS = frozenset({"version", "scope", "scope_id", "calendar_uid"})
"""Added after the first schema: ``version`` by 0004, ``scope`` and ``scope_id`` by 0006,
``calendar_uid`` by 0009."""


def first_schema_rows(
    path: Path, tables: tuple[str, ...] = TABLES
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the first schema's tables, in the first schema's columns."""
    with sqlite3.connect(path) as connection:
        rows = {}
        for table in tables:
            names = [
                name
                for _, name, *_ in connection.execute(f"PRAGMA table_info({table})")
                if name not in LATER_COLUMNS
            ]
            rows[table] = connection.execute(
                f"SELECT {', '.join(names)} FROM {table} ORDER BY id"
            ).fetchall()
        return rows


def replayed(folder: Path) -> Path:
    """A copy of the first-schema store in ``folder``, upgraded to the newest schema by
    opening it as a user would."""
    path = folder / "store.db"
    shutil.copyfile(FIXTURE, path)
    open_store(path).close()
    return path


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
