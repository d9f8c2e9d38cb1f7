"""Revision 0006, audit scopes and an append-only trail, replayed on the first-schema store.

Entries written before 0006 have no scope; the upgrade gives each the record it belongs to
from the part that still exists, and leaves it empty for a part deleted since (no guess).
Afterwards the database refuses to change or delete any entry, and a downgrade undoes it all.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from first_schema import FIXTURE, first_schema_rows

from dialoguetracker.store.engine import open_store
from dialoguetracker.store.location import resolve
from dialoguetracker.store.migrate import _migration_engine, alembic_config

# (entity, entity_id) → the scope the upgrade must find, for parts the fixture holds
PARTS = {
    ("agenda_item", 2): ("meeting", 1),
    ("attendance", 1): ("meeting", 1),
    ("document", 1): ("meeting", 1),
    ("meeting_brief", 2): ("meeting", 2),
    ("commitment_update", 1): ("commitment", 1),
    ("agenda_item", 999): (None, None),  # deleted since: no row says where it was
    ("meeting", 1): (None, None),  # a record's own entries need no scope
}


@pytest.fixture
def older_store_with_trail(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as connection:
        for entity, entity_id in PARTS:
            connection.execute(
                "INSERT INTO audit_entries (at, actor, entity, entity_id, action) "
                "VALUES ('2022-08-12 09:00:00.000000', 'fixture', ?, ?, 'create')",
                (entity, entity_id),
            )
    return path


def _scopes(path: Path) -> dict[tuple[str, int], tuple[str | None, int | None]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT entity, entity_id, scope, scope_id FROM audit_entries WHERE actor = 'fixture'"
        )
        return {
            (entity, entity_id): (scope, scope_id) for entity, entity_id, scope, scope_id in rows
        }


def test_the_upgrade_scopes_existing_entries_by_the_parts_that_still_exist(
    older_store_with_trail: Path,
) -> None:
    before = first_schema_rows(older_store_with_trail)
    open_store(older_store_with_trail).close()

    assert _scopes(older_store_with_trail) == PARTS
    assert first_schema_rows(older_store_with_trail) == before


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_entries SET actor = 'mallory'", "DELETE FROM audit_entries WHERE id = 1"],
)
def test_after_the_upgrade_no_program_can_change_the_trail(
    older_store_with_trail: Path, statement: str
) -> None:
    open_store(older_store_with_trail).close()
    with sqlite3.connect(older_store_with_trail) as connection:
        with pytest.raises(sqlite3.IntegrityError, match="the audit trail is append-only"):
            connection.execute(statement)
        assert connection.execute("SELECT count(*) FROM audit_entries").fetchone()[0] == 8


def test_a_downgrade_to_0005_removes_scopes_and_triggers_and_keeps_the_entries(
    older_store_with_trail: Path,
) -> None:
    open_store(older_store_with_trail).close()
    engine = _migration_engine(resolve(older_store_with_trail))
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
    finally:
        engine.dispose()

    with sqlite3.connect(older_store_with_trail) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(audit_entries)")}
        triggers = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'trigger' AND tbl_name = 'audit_entries'"
            )
        }
        connection.execute("UPDATE audit_entries SET actor = actor")
        count = connection.execute("SELECT count(*) FROM audit_entries").fetchone()[0]
    assert not columns & {"scope", "scope_id"}
    assert triggers == set()
    assert count == 8
