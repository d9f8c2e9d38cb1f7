"""Where a store lives: turning ``--db`` into a database URL, and probing a file before use.

Probing happens before the engine opens anything, through a read-only connection, so a file
that is not ours (or is damaged, or comes from a newer program) is reported and left exactly
as it was: never modified, renamed or overwritten.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dialoguetracker.domain.errors import DiskFullError, StoreError
from dialoguetracker.domain.words import translate
from dialoguetracker.store.sqlite import is_disk_full

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StoreLocation:
    """A store's database URL and, for a SQLite store, its file."""

    url: str
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def short_name(self) -> str:
        """The file's name alone (or the server URL), for a title bar or status bar."""
        return self.path.name if self.path is not None else self.describe()

    def describe(self) -> str:
        """The store as a user named it, without any password a URL might carry."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


POSTGRESQL_SCHEME = "postgresql+psycopg"
SERVER_SCHEMES = frozenset({POSTGRESQL_SCHEME, "postgresql", "postgres"})


def without_password(target: str) -> str:
    """``target`` as it may be kept and shown again (recent stores): a server URL loses its
    password, which the server's client reads from ``~/.pgpass`` or ``PGPASSWORD`` instead."""
    if "://" not in target or target.startswith("sqlite"):
        return target
    from sqlalchemy.engine import make_url

    # (URL.set takes None for "unchanged": the tuple is rebuilt without the password)
    return make_url(target)._replace(password=None).render_as_string(hide_password=False)


def resolve(target: str | os.PathLike[str]) -> StoreLocation:
    """A URL (``postgresql+psycopg://…``, ``sqlite:///…``) or a plain file path."""
    text = os.fspath(target)
    if "://" in text:
        if text.startswith("sqlite:///") and len(text) > len("sqlite:///"):
            return StoreLocation(text, Path(text[len("sqlite:///") :]))
        scheme, rest = text.split("://", 1)
        if scheme in SERVER_SCHEMES:
            # The driver this program ships with, whatever the URL's author assumed.
            return StoreLocation(f"{POSTGRESQL_SCHEME}://{rest}", None)
        raise StoreError(
            translate(
                "Errors",
                "{scheme}://…: not a kind of store this program keeps; give a file path, "
                "sqlite:///PATH or {server}://USER@HOST/DATABASE",
            ).format(
                scheme=scheme,
                server=POSTGRESQL_SCHEME,
            )
        )
    path = Path(text).expanduser().absolute()
    return StoreLocation(f"sqlite:///{path}", path)


@dataclass(frozen=True)
class ProbeResult:
    exists: bool
    revision: str | None


def probe_sqlite_file(path: Path) -> ProbeResult:
    """Say whether ``path`` can hold a store, and at which schema revision it is.

    Raises :class:`StoreError` with a plain-words reason for anything we must not touch.
    """
    if path.is_dir():
        raise StoreError(
            translate("Errors", "{path} is a folder, not a store file").format(path=path)
        )
    if not path.exists():
        folder = path.parent
        if not folder.is_dir():
            raise StoreError(
                translate(
                    "Errors", "cannot create a store at {path}: the folder {folder} does not exist"
                ).format(
                    path=path,
                    folder=folder,
                )
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreError(
                translate(
                    "Errors", "cannot create a store at {path}: the folder is not writable"
                ).format(
                    path=path,
                )
            )
        return ProbeResult(exists=False, revision=None)
    if not os.access(path, os.R_OK):
        raise StoreError(
            translate("Errors", "{path} cannot be read (permission denied)").format(path=path)
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise StoreError(
            translate(
                "Errors", "{path} is not a Dialogue Tracker store (not a SQLite database)"
            ).format(
                path=path,
            )
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise StoreError(
            translate("Errors", "{path} cannot be written (permission denied)").format(path=path)
        )
    if not header:
        return ProbeResult(exists=True, revision=None)
    return ProbeResult(exists=True, revision=_read_revision(path))


OPEN_ON_FULL_DISK = translate("Errors", "the store cannot be opened and was left unchanged")


def _check_length(connection: sqlite3.Connection) -> None:
    """A file cut short (a failed transfer, a full disk) is named damaged before anything
    reads it: asked for the page count, SQLite compares the length the header records with
    the file's and reports the difference as corruption. Reading every page
    (``PRAGMA quick_check``) would find more, but costs about half a second per hundred
    megabytes on every start; ``check`` does that on demand, and a damaged page met later
    is reported by SQLite as it is read."""
    connection.execute("PRAGMA page_count").fetchone()


def _read_revision(path: Path) -> str | None:
    """Even a read-only look needs room: SQLite creates the WAL index (``-shm``) beside the
    file, and on a full disk that fails as a "disk I/O error", which must not be reported as
    a file that is not a store."""
    uri = f"{path.as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        if is_disk_full(exc, path.parent):
            raise DiskFullError(path, OPEN_ON_FULL_DISK) from exc
        raise StoreError(
            translate("Errors", "{path} cannot be opened: {reason}").format(path=path, reason=exc)
        ) from exc
    try:
        _check_length(connection)
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise StoreError(
                translate(
                    "Errors", "{path} is a SQLite database but not a Dialogue Tracker store"
                ).format(
                    path=path,
                )
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc, path.parent):
            raise DiskFullError(path, OPEN_ON_FULL_DISK) from exc
        if exc.sqlite_errorname == "SQLITE_CORRUPT":
            raise StoreError(
                translate("Errors", "{path} is damaged ({reason})").format(path=path, reason=exc)
            ) from exc
        raise StoreError(
            translate("Errors", "{path} is not a Dialogue Tracker store ({reason})").format(
                path=path, reason=exc
            )
        ) from exc
    finally:
        connection.close()
