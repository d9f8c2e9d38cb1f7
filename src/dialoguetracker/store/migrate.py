"""Bringing a store's schema up to the one this program writes.

A new store gets the newest schema at once; an older file is first copied with SQLite's backup
API (safe while another program has it open) to ``<name>.backup-YYYYMMDD-HHMMSS-before-REV.db``
next to it (see :mod:`dialoguetracker.store.backups`), then upgraded in place in one
transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from dialoguetracker.domain.errors import StoreError
from dialoguetracker.domain.words import translate
from dialoguetracker.store import backups, server_roles, shared_views
from dialoguetracker.store.location import StoreLocation
from dialoguetracker.store.revision import HEAD_REVISION
from dialoguetracker.store.sqlite import on_sqlite_begin, on_sqlite_connect

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "dialoguetracker.store:migrations")
    return config


def head_revision() -> str:
    """The head as Alembic reads it from the migrations (see :data:`HEAD_REVISION`)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_revision(location: StoreLocation, revision: str | None) -> None:
    """Refuse a store written by a newer program: upgrading it down would lose data."""
    if revision is None or revision == HEAD_REVISION:
        return
    if revision not in known_revisions():
        raise StoreError(
            translate(
                "Errors",
                "{store} was written by a newer version of Dialogue Tracker "
                "(schema {revision}); install that version to open it",
            ).format(
                store=location.describe(),
                revision=revision,
            )
        )


def upgrade(location: StoreLocation, current: str | None) -> Path | None:
    """Upgrade to head; returns the backup made of an older SQLite file, if any."""
    check_revision(location, current)
    if current == HEAD_REVISION:
        return None
    from alembic import command

    backup = None
    if location.path is not None and current is not None:
        backup = backups.backup_before_migration(location.path, HEAD_REVISION)
    engine = _migration_engine(location)
    try:
        # One transaction around every step: Alembic would commit each migration on its own
        # on SQLite (no transactional DDL there, it assumes), and a process killed between two
        # steps would leave a store at neither the old schema nor the new.
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection
            if not location.is_sqlite:
                shared_views.drop_shared_views(connection)
            command.upgrade(config, "head")
            if not location.is_sqlite and server_roles.is_set_up(connection):
                server_roles.set_up(connection)  # the new tables' privileges too
    finally:
        engine.dispose()
    return backup


def check_may_upgrade(location: StoreLocation, engine: Engine, current: str | None) -> None:
    """On a server, only the store's administrators may change its schema: anyone else is
    told so before anything is tried."""
    if location.is_sqlite or current is None or current == HEAD_REVISION:
        return
    with engine.connect() as connection:
        if server_roles.may_upgrade(connection):
            return
    raise StoreError(
        translate(
            "Errors",
            "{store} must be upgraded to this version's schema ({current} to {head}) by one "
            "of its administrators; ask one to open it once with this version",
        ).format(store=location.describe(), current=current, head=HEAD_REVISION)
    )


def current_revision_of(engine: Engine) -> str | None:
    """The schema revision of a server store (SQLite files are probed without an engine)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            if inspect(connection).get_table_names():
                raise StoreError(
                    translate(
                        "Errors", "the database holds tables but is not a Dialogue Tracker store"
                    )
                )
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def _migration_engine(location: StoreLocation) -> Engine:
    engine = create_engine(location.url, poolclass=NullPool)
    if location.is_sqlite:
        event.listen(engine, "connect", lambda dbapi, _record: on_sqlite_connect(dbapi, False))
        event.listen(engine, "begin", lambda conn: on_sqlite_begin(conn, immediate=True))
    return engine
