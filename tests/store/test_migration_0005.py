"""Revision 0005, the full-text search index, replayed on the committed first-schema store and
taken down and up again on both backends.

The index is filled from the rows a store already holds and then kept by triggers, so a store
upgraded from the first schema must find its old words at once, and a program that writes to
the file without us must not leave the index behind.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from dialoguetracker.domain.records import CommitmentDraft, DialogueDraft, PartyDraft
from dialoguetracker.services import Services, dialogues, directory
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.search import search
from dialoguetracker.store.engine import Store, open_store
from dialoguetracker.store.migrate import _migration_engine, alembic_config

FIXTURE = Path(__file__).parent.parent / "fixtures" / "store-0001.db"
SOURCES = {
    "meeting": "meetings",
    "agenda item": "agenda_items",
    "commitment": "commitments",
    "update": "commitment_updates",
    "document": "documents",
    "person": "people",
}


def _found(services: Services, query: str) -> list[tuple[str, int]]:
    return [(hit.kind, hit.record_id) for hit in search(services, query)]


def _migrate(store: Store, step: Callable[[Config], None]) -> None:
    """Run an Alembic command on the store in one transaction, as the program upgrades."""
    engine = _migration_engine(store.location)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            step(config)
    finally:
        engine.dispose()


@pytest.fixture
def first_schema_store(tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "store.db"
    shutil.copyfile(FIXTURE, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def first_schema_services(first_schema_store: Store) -> Services:
    return Services(first_schema_store, actor="tester")


def _search_objects(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'search_index%' "
            "ORDER BY name"
        ).fetchall()


def test_every_record_of_an_upgraded_store_is_indexed_once(first_schema_store: Store) -> None:
    path = first_schema_store.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        for kind, table in SOURCES.items():
            indexed = connection.execute(
                "SELECT record_id FROM search_index WHERE kind = ? ORDER BY record_id", (kind,)
            ).fetchall()
            rows = connection.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()
            assert indexed == rows and rows, kind
        connection.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_old_words_are_found_after_the_upgrade(first_schema_services: Services) -> None:
    services = first_schema_services
    assert _found(services, "trilateral") == [("commitment", 1)]
    assert _found(services, "canada") == [("commitment", 1)]  # the source clause
    assert _found(services, "postponed calendars") == [("update", 1)]
    assert _found(services, "mexico") == [("meeting", 2)]
    assert _found(services, "workshop") == [("agenda item", 2)]
    assert _found(services, "governments") == [("document", 1)]
    assert _found(services, "delegacion nandu") == [("person", 2)]
    assert _found(services, "<ten>") == [("meeting", 1)]


def test_another_program_writing_to_the_file_keeps_the_index(
    first_schema_services: Services,
) -> None:
    path = first_schema_services.store.location.path
    assert path is not None
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("UPDATE commitments SET text = 'Hold a bilateral summit' WHERE id = 1")
        connection.execute("DELETE FROM documents WHERE id = 1")
        connection.execute("UPDATE meetings SET status = 'held' WHERE id = 2")  # not indexed
    assert _found(first_schema_services, "bilateral summit") == [("commitment", 1)]
    assert _found(first_schema_services, "trilateral") == []
    assert _found(first_schema_services, "governments") == []
    assert _found(first_schema_services, "mexico") == [("meeting", 2)]


def test_downgrade_removes_every_search_object_and_upgrade_brings_them_back(
    first_schema_store: Store,
) -> None:
    path = first_schema_store.location.path
    assert path is not None
    upgraded = _search_objects(path)
    assert {kind for kind, _name, _sql in upgraded} == {"table", "trigger"}

    _migrate(first_schema_store, lambda config: command.downgrade(config, "0004"))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0004"
        )
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _search_objects(path) == []

    _migrate(first_schema_store, lambda config: command.upgrade(config, "head"))
    assert _search_objects(path) == upgraded
    services = Services(first_schema_store, actor="tester")
    assert _found(services, "trilateral") == [("commitment", 1)]


def test_the_round_trip_reindexes_what_was_written_meanwhile(services: Services) -> None:
    """On both backends: down to 0004, a write the triggers cannot see, up again."""
    for code, name in (("US", "United States"), ("MX", "Mexico")):
        directory.create_party(services, PartyDraft(code, name))
    dialogue = dialogues.create_dialogue(services, DialogueDraft("Working group", ("US", "MX")))
    first = create_commitment(
        services, CommitmentDraft(dialogue.id, "Convocar la reunión anual", owner="MX")
    ).id
    assert _found(services, "reunion") == [("commitment", first)]

    _migrate(services.store, lambda config: command.downgrade(config, "0004"))
    with services.store.writing() as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE commitments SET text = 'Convocar la Reunión técnica' WHERE id = 1"
        )
    _migrate(services.store, lambda config: command.upgrade(config, "head"))

    assert _found(services, "reunion tecnica") == [("commitment", first)]
    assert _found(services, "anual") == []
    second = create_commitment(
        services, CommitmentDraft(dialogue.id, "Otra reunión", owner="US")
    ).id
    assert _found(services, "REUNION") == [("commitment", first), ("commitment", second)]
