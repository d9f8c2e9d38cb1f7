"""SQLite specifics: per-connection PRAGMAs, immediate write transactions, online copies, and
telling a full disk from other failures."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialoguetracker.domain.progress import Progress, no_progress

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

BUSY_TIMEOUT_MS = 5000

SQLITE_IOERR = 10
SQLITE_FULL = 13
NEARLY_FULL_BYTES = 1024 * 1024
"""Below this much free space, a disk I/O error is taken to be the disk filling up."""


def on_sqlite_connect(dbapi_connection: Any, foreign_keys: bool = True) -> None:
    """Set the PRAGMAs every connection needs.

    ``isolation_level = None`` stops the driver from issuing its own BEGIN, so that
    :func:`on_sqlite_begin` decides how each transaction starts.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def on_sqlite_begin(connection: Connection, immediate: bool | None = None) -> None:
    """Writes start with BEGIN IMMEDIATE: in WAL mode a deferred transaction that reads and
    then writes after another connection committed fails at once, busy timeout or not."""
    if immediate is None:
        immediate = bool(connection.get_execution_options().get("immediate", False))
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


BACKUP_PAGES = 256
"""Pages copied between two progress reports (1 MiB at SQLite's usual page size)."""


def copy_sqlite_file(source: Path, target: Path, progress: Progress = no_progress) -> None:
    """Copy a live store through the backup API, which is safe while a WAL file exists.
    ``progress`` hears of the pages copied; if it raises, the copy stops and so does this."""

    def copied(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=BACKUP_PAGES, progress=copied)
        finally:
            dst.close()
    finally:
        src.close()


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """Whether ``error`` means that the disk holding ``folder`` has no room left.

    ``SQLITE_FULL`` and ``ENOSPC``/``EDQUOT`` say so outright. When SQLite cannot even grow
    the WAL index (``-shm``) it reports ``SQLITE_IOERR_SHMSIZE``, a plain "disk I/O error";
    an I/O error is therefore read as a full disk when the folder has (almost) no free space
    left, and as what it says otherwise, so a failing disk is not reported as a full one.
    """
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    if not isinstance(error, sqlite3.Error):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    if primary == SQLITE_FULL or "database or disk is full" in str(error):
        return True
    io_error = primary == SQLITE_IOERR or "disk I/O error" in str(error)
    return io_error and folder is not None and free_bytes(folder) < NEARLY_FULL_BYTES


def free_bytes(folder: Path) -> int:
    """Free space for an ordinary user on the file system holding ``folder`` (a folder that
    cannot be asked counts as roomy, so its errors are reported as they are)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return NEARLY_FULL_BYTES
