"""Taking a store's schema down a revision, as the migration tests and the server tests do."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from dialoguetracker.store.location import resolve
from dialoguetracker.store.migrate import _migration_engine, alembic_config


def downgrade(target: str | Path, revision: str) -> None:
    """Take the store at ``target`` (a file or a server's URL) down to ``revision``, in one
    transaction, as Alembic would."""
    engine = _migration_engine(resolve(target))
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
