"""Alembic environment: runs our migrations on the connection the program hands it.

SQLite ALTERs run in batch mode (copy and recreate the table). With foreign keys on, dropping
the old copy of a parent table would cascade and delete its children, so the migration
connection has them off, and ``PRAGMA foreign_key_check`` must come back empty before commit.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from dialoguetracker.store.models import Base
from dialoguetracker.store.search_queries import is_search_index_table

connection = context.config.attributes["connection"]
is_sqlite = connection.dialect.name == "sqlite"


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    return not (type_ == "table" and is_search_index_table(name))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=is_sqlite,
    compare_type=True,
    include_name=include_name,
)

with context.begin_transaction():
    context.run_migrations()
    if is_sqlite:
        broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise RuntimeError(f"migration left dangling references: {broken[:5]}")
