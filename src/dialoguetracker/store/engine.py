"""The one owner of the database engine, and the units of work the services run in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from dialoguetracker.domain.errors import ConflictError, StaleRecordError, StoreError
from dialoguetracker.store import backups, migrate
from dialoguetracker.store.location import StoreLocation, probe_sqlite_file, resolve
from dialoguetracker.store.sqlite import on_sqlite_begin, on_sqlite_connect
from dialoguetracker.store.unit_of_work import UnitOfWork


@dataclass
class Store:
    """An open store. Each service call takes one short unit of work from it."""

    location: StoreLocation
    engine: Engine
    backup_made: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._writer = self.engine.execution_options(immediate=True)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        with self._sessions() as session:
            try:
                yield UnitOfWork(session)
            finally:
                session.rollback()

    @contextmanager
    def writing(self) -> Iterator[UnitOfWork]:
        """One transaction: committed when the block ends, rolled back whole if it raises."""
        try:
            with self._write_sessions() as session, session.begin():
                try:
                    yield UnitOfWork(session)
                except IntegrityError as exc:
                    raise ConflictError(_integrity_message(exc)) from exc
                except OperationalError as exc:
                    raise StoreError(f"{self.location.describe()}: {_plain(exc)}") from exc
        except StaleDataError as exc:
            # Another session saved a versioned row between our read and our write.
            raise StaleRecordError(_stale_kind(exc), None) from exc

    def close(self) -> None:
        self.engine.dispose()


def open_store(target: str | os.PathLike[str]) -> Store:
    """Open (creating or upgrading as needed) the store at a path or URL."""
    location = resolve(target)
    try:
        if location.path is not None:
            probe = probe_sqlite_file(location.path)
            migrate.check_revision(location, probe.revision)
            if probe.revision == migrate.head_revision():
                backups.daily_backup(location.path)  # an older file gets one as it is upgraded
            engine = _engine(location)
            backup = migrate.upgrade(location, probe.revision)
        else:
            engine = _engine(location)
            revision = migrate.current_revision_of(engine)
            backup = migrate.upgrade(location, revision)
    except SQLAlchemyError as exc:
        raise StoreError(f"{location.describe()} cannot be opened: {_plain(exc)}") from exc
    return Store(location, engine, backup)


def _engine(location: StoreLocation) -> Engine:
    if not location.is_sqlite:
        return create_engine(location.url, pool_pre_ping=True)
    engine = create_engine(location.url)
    event.listen(engine, "connect", lambda dbapi, _record: on_sqlite_connect(dbapi))
    event.listen(engine, "begin", on_sqlite_begin)
    return engine


def _plain(exc: SQLAlchemyError) -> str:
    """The driver's own words, without SQLAlchemy's statement dump and link."""
    original = getattr(exc, "orig", None)
    return str(original) if original is not None else str(exc).splitlines()[0]


def _stale_kind(exc: StaleDataError) -> str:
    """The kind of record a version clash was on, from the table SQLAlchemy names."""
    text = str(exc)
    for table, kind in (("'meetings'", "meeting"), ("'commitments'", "commitment")):
        if table in text:
            return kind
    return "record"


def _integrity_message(exc: IntegrityError) -> str:
    """Say in plain words which rule of the store the change broke."""
    text = _plain(exc).lower()
    if "foreign key" in text:
        return "other records still refer to this one; remove or change them first"
    if "unique" in text or "duplicate" in text:
        return f"a record with the same key already exists ({_plain(exc)})"
    return f"the store refused the change ({_plain(exc)})"
