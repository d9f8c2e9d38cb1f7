"""SQLite specifics: per-connection PRAGMAs, immediate write transactions, online copies."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

BUSY_TIMEOUT_MS = 5000


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


def copy_sqlite_file(source: Path, target: Path) -> None:
    """Copy a live store through the backup API, which is safe while a WAL file exists."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
