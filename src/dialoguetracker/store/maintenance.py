"""Whole-store operations: online backup, restore, and the integrity checks of ``check``."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import text

from dialoguetracker.domain.errors import DiskFullError, StoreError
from dialoguetracker.domain.progress import Progress, no_progress
from dialoguetracker.domain.words import translate
from dialoguetracker.store import backups, migrate
from dialoguetracker.store.engine import Store
from dialoguetracker.store.location import StoreLocation, probe_sqlite_file
from dialoguetracker.store.sqlite import copy_sqlite_file, is_disk_full


def backup_store(store: Store, target: Path, progress: Progress = no_progress) -> None:
    """Copy a live store to ``target`` through a temporary file, so a failed or cancelled
    backup leaves neither a half-written file nor a damaged older backup behind."""
    source = _sqlite_path(store.location, "backup")
    if target.exists():
        raise StoreError(
            translate("Errors", "{path} already exists; choose another name for the backup").format(
                path=target
            )
        )
    if not target.parent.is_dir():
        raise StoreError(
            translate("Errors", "cannot write {path}: the folder does not exist").format(
                path=target
            )
        )
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(descriptor)
    try:
        Path(temporary).unlink()
        copy_sqlite_file(source, Path(temporary), progress)
        Path(temporary).replace(target)
    except (OSError, sqlite3.Error) as exc:
        _remove(temporary)
        if is_disk_full(exc, target.parent):
            raise DiskFullError(target, translate("Errors", "no backup was written")) from exc
        raise StoreError(
            translate("Errors", "cannot write the backup {path}: {reason}").format(
                path=target, reason=exc
            )
        ) from exc
    except BaseException:  # cancelled, or interrupted: leave nothing behind
        _remove(temporary)
        raise


def _remove(temporary: str) -> None:
    Path(temporary).unlink(missing_ok=True)
    Path(f"{temporary}-journal").unlink(missing_ok=True)


def restore_store(location: StoreLocation, source: Path) -> Path | None:
    """Replace the store at ``location`` with the backup ``source``.

    The backup is probed first (it must be a store this program can read); the store it
    replaces is itself backed up, named like the automatic backups so that it is listed with
    them (see :func:`backups.backup_before_restore`), and that copy's path is returned. The
    copy into the store goes through SQLite's backup API, one transaction: if it fails (a full
    disk, say) the store is left as it was.
    """
    target = _sqlite_path(location, "restore")
    if not source.is_file():
        raise StoreError(translate("Errors", "{path}: no such backup file").format(path=source))
    migrate.check_revision(
        StoreLocation(f"sqlite:///{source}", source), probe_sqlite_file(source).revision
    )
    saved = None
    if target.exists():
        probe_sqlite_file(target)
        saved = backups.backup_before_restore(target)
    try:
        copy_sqlite_file(source, target)
    except (OSError, sqlite3.Error) as exc:
        if is_disk_full(exc, target.parent):
            raise DiskFullError(
                target, translate("Errors", "nothing was restored and the store is unchanged")
            ) from exc
        raise StoreError(
            translate("Errors", "cannot restore {source} into {target}: {reason}").format(
                source=source,
                target=target,
                reason=exc,
            )
        ) from exc
    return saved


DAMAGED = "database integrity:"
"""How a problem with the file's own pages begins: after one, nothing else is worth checking."""


def integrity_problems(store: Store) -> list[str]:
    """What the database engine itself finds wrong, in plain words."""
    problems: list[str] = []
    with store.engine.connect() as connection:
        if store.location.is_sqlite:
            for (verdict,) in connection.execute(text("PRAGMA integrity_check")):
                if verdict != "ok":
                    problems.append(
                        translate("Errors", "database integrity: {verdict}").format(verdict=verdict)
                    )
            for table, rowid, parent, _index in connection.execute(
                text("PRAGMA foreign_key_check")
            ):
                problems.append(
                    translate(
                        "Errors", "{table} row {row} refers to a missing {parent} row"
                    ).format(
                        table=table,
                        row=rowid,
                        parent=parent,
                    )
                )
        gaps = connection.execute(
            text(
                "SELECT meeting_id, COUNT(*), MIN(position), MAX(position) FROM agenda_items "
                "GROUP BY meeting_id HAVING MIN(position) <> 1 OR MAX(position) <> COUNT(*)"
            )
        )
        for meeting_id, count, low, high in gaps:
            problems.append(
                translate(
                    "Errors",
                    "meeting {meeting}: agenda positions run {low}..{high} for {count} items",
                ).format(
                    meeting=meeting_id,
                    low=low,
                    high=high,
                    count=count,
                )
            )
    return problems


def _sqlite_path(location: StoreLocation, action: str) -> Path:
    if location.path is None:
        raise StoreError(
            translate(
                "Errors",
                "{action} works on a store file; for a server store use the server's own tools "
                "(pg_dump / pg_restore)",
            ).format(
                action=action,
            )
        )
    return location.path
