"""The committed first-schema store (``tests/fixtures/store-0001.db``) and how its rows are
compared before and after an upgrade: in the first schema's columns, since later revisions
add columns to some of its tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
