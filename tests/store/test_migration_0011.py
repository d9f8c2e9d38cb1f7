"""Revision 0011, replayed on the first-schema store: on a file it adds only the table of
logins' display names (the server's roles, triggers and row security are PostgreSQL's, tested
on the throwaway cluster in tests/cli/test_server_roles.py), and a downgrade drops it with
every other row kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from first_schema import first_schema_rows, replayed, table_names
from sqlalchemy import Connection, text

from dialoguetracker.store.location import resolve
from dialoguetracker.store.migrate import _migration_engine, alembic_config
from migrations import downgrade
from postgres_server import PostgresServer


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return replayed(tmp_path)


def test_a_file_gains_the_logins_table_and_nothing_of_a_servers(store: Path) -> None:
    assert "logins" in table_names(store)
    with sqlite3.connect(store) as connection:
        connection.execute("INSERT INTO logins VALUES ('ana', 'Ana Pérez')")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO logins VALUES ('ana', 'Someone else')")
        triggers = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    assert not any("login" in name or "reopening" in name for name in triggers)


def test_a_downgrade_drops_the_table_and_keeps_every_row(store: Path) -> None:
    before = first_schema_rows(store)
    downgrade(store, "0010")
    assert "logins" not in table_names(store)
    assert first_schema_rows(store) == before


def test_on_a_server_a_downgrade_and_upgrade_again_leave_the_rules_as_they_were(
    postgres_server: PostgresServer,
) -> None:
    def rules(connection: Connection) -> tuple[list[str], list[str]]:
        triggers = connection.execute(
            text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname")
        ).scalars()
        policies = connection.execute(
            text("SELECT tablename FROM pg_policies ORDER BY tablename")
        ).scalars()
        return list(triggers), list(policies)

    with postgres_server.new_database() as url:
        engine = _migration_engine(resolve(url))
        try:
            with engine.connect() as connection, connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                before = rules(connection)
                command.downgrade(config, "0010")
                between = rules(connection)
                command.upgrade(config, "head")
                after = rules(connection)
        finally:
            engine.dispose()
    assert "audit_entries_login" in before[0] and "commitments" in before[1]
    assert "audit_entries_login" not in between[0] and between[1] == []
    assert after == before
