"""The one owner of the database engine, and the units of work the services run in."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from dialoguetracker.domain.errors import (
    ConflictError,
    DiskFullError,
    NotPermittedError,
    StaleRecordError,
    StoreError,
    UsageError,
)
from dialoguetracker.domain.words import Sentence, translate
from dialoguetracker.store import backups, migrate
from dialoguetracker.store.location import (
    OPEN_ON_FULL_DISK,
    StoreLocation,
    probe_sqlite_file,
    resolve,
)
from dialoguetracker.store.revision import HEAD_REVISION
from dialoguetracker.store.shared_views import SHARED_SCHEMA
from dialoguetracker.store.sqlite import is_disk_full, on_sqlite_begin, on_sqlite_connect
from dialoguetracker.store.unit_of_work import UnitOfWork

POSTGRESQL_DISK_FULL = "53100"
POSTGRESQL_RAISED = "P0001"
POSTGRESQL_NOT_PERMITTED = "42501"

_MAY_NOT_READ = translate(
    "Errors",
    "{store}: the login {login} may not read this ({reason}); ask an administrator of the store",
)
_MAY_NOT_CHANGE = translate(
    "Errors",
    "{store}: the login {login} may not change this ({reason}); ask an administrator of the store",
)
_MAY_NOT_GRANT = translate(
    "Errors",
    "{store}: the login {login} may not hand out roles on this store ({reason}); only its owner "
    "and its administrators may",
)


@dataclass
class Store:
    """An open store. Each service call takes one short unit of work from it."""

    location: StoreLocation
    engine: Engine
    backup_made: Path | None = None
    login: str | None = None
    """On a server, the login it authenticated (``session_user``), which its triggers write
    as the actor of every change; None for a file."""
    shared_only: bool = False
    """The login may read only counterpart and public material (a counterpart reader): the
    server shows it nothing else, and what it exports is for the counterpart at most."""
    read_only: bool = False
    """The login may change nothing (a reader of either kind): the window offers no edit."""

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._writer = self.engine.execution_options(immediate=True)
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[UnitOfWork]:
        """A read; on a disk too full for SQLite's working files it says so plainly."""
        try:
            with self._sessions() as session:
                try:
                    yield UnitOfWork(session)
                finally:
                    session.rollback()
        except OperationalError as exc:
            if _is_disk_full(self.location, exc):
                raise DiskFullError(
                    self.location.describe(), translate("Errors", "nothing could be read")
                ) from exc
            raise
        except DBAPIError as exc:
            raise self._refusal(exc, _MAY_NOT_READ) from exc

    @contextmanager
    def writing(self) -> Iterator[UnitOfWork]:
        """One transaction: committed when the block ends, rolled back whole if it raises.

        Errors are caught around the commit too: on a full disk SQLite often fails only
        when the commit writes the WAL, and that is still "nothing was saved".
        """
        try:
            with self._write_sessions() as session, session.begin():
                yield UnitOfWork(session)
        except IntegrityError as exc:
            raise ConflictError(_integrity_message(exc)) from exc
        except OperationalError as exc:
            if _is_disk_full(self.location, exc):
                raise DiskFullError(self.location.describe()) from exc
            raise StoreError(
                translate("Errors", "{store}: {reason}").format(
                    store=self.location.describe(),
                    reason=_plain(exc),
                )
            ) from exc
        except DBAPIError as exc:
            # A rule our triggers keep on PostgreSQL (RAISE EXCEPTION: an append-only history)
            # reads like SQLite's RAISE(ABORT), which arrives as an IntegrityError above.
            if getattr(exc.orig, "sqlstate", None) != POSTGRESQL_RAISED:
                raise self._refusal(exc, _MAY_NOT_CHANGE) from exc
            raise ConflictError(_integrity_message(exc)) from exc
        except StaleDataError as exc:
            # Another session saved a versioned row between our read and our write.
            raise StaleRecordError(_stale_kind(exc), None) from exc

    def _refusal(self, exc: DBAPIError, refused: Sentence) -> Exception:
        """A server's refusal of the login's privileges, said as ``refused`` (which names the
        store, the login and the server's reason); anything else as it came (the caller
        re-raises it)."""
        if getattr(exc.orig, "sqlstate", None) != POSTGRESQL_NOT_PERMITTED:
            return exc
        return NotPermittedError(
            refused.format(store=self.location.describe(), login=self.login, reason=_plain(exc))
        )

    @contextmanager
    def administering(self) -> Iterator[Connection]:
        """One transaction on a server's own catalog (its roles and privileges)."""
        if self.login is None:
            raise UsageError(
                translate(
                    "Errors",
                    "roles are for a store on a PostgreSQL server; a file is guarded by its "
                    "file permissions",
                )
            )
        try:
            with self.engine.begin() as connection:
                yield connection
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == POSTGRESQL_NOT_PERMITTED:
                raise self._refusal(exc, _MAY_NOT_GRANT) from exc
            raise StoreError(
                translate("Errors", "{store}: {reason}").format(
                    store=self.location.describe(), reason=_plain(exc)
                )
            ) from exc

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    target: str | os.PathLike[str], *, warn: Callable[[str], None] | None = None
) -> Store:
    """Open (creating or upgrading as needed) the store at a path or URL.

    ``warn`` hears what does not stop the store from opening (today's automatic backup could
    not be written, say); without it such news goes to the log.
    """
    location = resolve(target)
    access: ServerAccess | None = None
    try:
        if location.path is not None:
            probe = probe_sqlite_file(location.path)
            migrate.check_revision(location, probe.revision)
            if probe.revision == HEAD_REVISION:
                # An older file gets its backup as it is upgraded.
                backups.daily_backup(location.path, warn=warn)
            engine = _engine(location)
            backup = migrate.upgrade(location, probe.revision)
        else:
            engine = _engine(location)
            revision = migrate.current_revision_of(engine)
            migrate.check_may_upgrade(location, engine, revision)
            backup = migrate.upgrade(location, revision)
            access = server_access(engine)
            if access.shared_only:
                _read_shared_views(engine)
    except SQLAlchemyError as exc:
        if _is_disk_full(location, exc):
            raise DiskFullError(location.describe(), OPEN_ON_FULL_DISK) from exc
        raise StoreError(
            translate("Errors", "{path} cannot be opened: {reason}").format(
                path=location.describe(),
                reason=_plain(exc),
            )
        ) from exc
    except ModuleNotFoundError as exc:  # the server's driver is an optional extra
        raise StoreError(
            translate(
                "Errors",
                "{store} cannot be opened: the PostgreSQL driver is not installed "
                "(pip install 'dialoguetracker[postgresql]')",
            ).format(
                store=location.describe(),
            )
        ) from exc
    if access is None:
        return Store(location, engine, backup)
    return Store(location, engine, backup, access.login, access.shared_only, access.read_only)


@dataclass(frozen=True)
class ServerAccess:
    login: str
    """The login the server authenticated."""
    shared_only: bool
    """It may read only what is counterpart or public."""
    read_only: bool
    """It may change nothing."""


def server_access(engine: Engine) -> ServerAccess:
    with engine.connect() as connection:
        login = str(connection.execute(text("SELECT session_user")).scalar_one())
        restricted = connection.execute(text("SELECT dialoguetracker_restricted()")).scalar()
        writes = connection.execute(
            text("SELECT has_table_privilege('public.meetings', 'UPDATE')")
        ).scalar()
        return ServerAccess(login, bool(restricted), not writes)


def _read_shared_views(engine: Engine) -> None:
    """Every connection reads the views made for counterpart readers before the tables (the
    tables themselves would refuse it their hidden columns)."""

    def first_the_views(dbapi: Any, _record: object) -> None:
        with dbapi.cursor() as cursor:
            cursor.execute(f"SET search_path = {SHARED_SCHEMA}, public")
        dbapi.commit()

    event.listen(engine, "connect", first_the_views)
    engine.dispose()  # the connection used to ask is pooled without it


def _engine(location: StoreLocation) -> Engine:
    if not location.is_sqlite:
        return create_engine(location.url, pool_pre_ping=True)
    engine = create_engine(location.url)
    event.listen(engine, "connect", lambda dbapi, _record: on_sqlite_connect(dbapi))
    event.listen(engine, "begin", on_sqlite_begin)
    return engine


def _is_disk_full(location: StoreLocation, exc: SQLAlchemyError) -> bool:
    """SQLite's "database or disk is full" (or an I/O error on a full disk), or PostgreSQL's
    ``disk_full`` (SQLSTATE 53100, "could not extend file")."""
    original = getattr(exc, "orig", None)
    if original is None:
        return False
    if getattr(original, "sqlstate", None) == POSTGRESQL_DISK_FULL:
        return True
    return is_disk_full(original, None if location.path is None else location.path.parent)


def _plain(exc: SQLAlchemyError) -> str:
    """The driver's own words, without SQLAlchemy's statement dump and link."""
    original = getattr(exc, "orig", None)
    if original is None:
        return str(exc).splitlines()[0]
    diagnosis = getattr(original, "diag", None)  # PostgreSQL's: a message, then its detail
    primary = getattr(diagnosis, "message_primary", None)
    if primary:
        detail = getattr(diagnosis, "message_detail", None)
        return f"{primary}: {detail}" if detail else str(primary)
    return " ".join(str(original).split())


def _stale_kind(exc: StaleDataError) -> str:
    """The kind of record a version clash was on, from the table SQLAlchemy names."""
    text = str(exc)
    for table, kind in (("'meetings'", "meeting"), ("'commitments'", "commitment")):
        if table in text:
            return kind
    return "record"


def _integrity_message(exc: DBAPIError) -> str:
    """Say in plain words which rule of the store the change broke."""
    text = _plain(exc).lower()
    if "foreign key" in text:
        return translate(
            "Errors", "other records still refer to this one; remove or change them first"
        )
    if "unique" in text or "duplicate" in text:
        return translate("Errors", "a record with the same key already exists ({reason})").format(
            reason=_plain(exc)
        )
    return translate("Errors", "the store refused the change ({reason})").format(reason=_plain(exc))
