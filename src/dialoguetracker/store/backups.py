"""Automatic backups of a store file, kept next to it.

Two moments make one, both through SQLite's online backup API (safe while another program has
the store open):

* the first opening of each day (local time), of a store at the newest schema;
* every schema upgrade, just before it runs (the copy is of the older file).

Either is written as ``<store file name>.backup-YYYYMMDD-HHMMSS[-before-REV].db`` in the
store's folder, e.g. ``office.db.backup-20240305-091512.db`` or
``office.db.backup-20240305-091512-before-0004.db``. A backup made today, of either kind,
counts as today's: the next opening the same day makes none. Only the newest
:data:`DEFAULT_KEEP` are kept (older ones are deleted as a new one is written);
the environment variable :data:`KEEP_VARIABLE` sets another number. Brand-new stores and
files we refuse to open are never copied.

Restoring a backup first keeps the store it replaces under the same naming, with the suffix
``-before-restore`` (``office.db.backup-20240305-091512-before-restore.db``), so it is listed
and opened like any other backup, and the file dialog of *File ▸ Restore from backup* shows it.
Such a copy is never pruned: it is the only copy of what a restore threw away, made by a
deliberate, rare act, and a mistaken restore is often noticed only days later, after more than
:data:`DEFAULT_KEEP` openings would have pruned it. It does not count towards the number kept
either, so it never pushes a daily backup out; like any backup made today it is today's.

On a full disk no backup is left behind half-written (copies go through a hidden temporary
file that is removed on failure); the daily backup is then skipped with a warning, and the
store still opens for reading.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dialoguetracker.domain import clock
from dialoguetracker.domain.errors import DiskFullError, StoreError
from dialoguetracker.domain.words import translate
from dialoguetracker.store.sqlite import copy_sqlite_file, is_disk_full

DEFAULT_KEEP = 10
KEEP_VARIABLE = "DIALOGUETRACKER_KEEP_BACKUPS"
BEFORE_RESTORE = "-before-restore"

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    """One automatic backup of a store, as found in the store's folder."""

    path: Path
    stamp: str  # YYYYMMDD-HHMMSS, local time
    suffix: str = ""  # what follows the stamp: "-before-0004", "-before-restore-2", …

    @property
    def day(self) -> str:
        return self.stamp[:8]

    @property
    def before_restore(self) -> bool:
        """A copy of what a restore replaced: kept until the user deletes it."""
        return self.suffix.startswith(BEFORE_RESTORE)


def keep_count(environ: Mapping[str, str] | None = None) -> int:
    """How many automatic backups to keep: ``DIALOGUETRACKER_KEEP_BACKUPS`` or 10."""
    value = (os.environ if environ is None else environ).get(KEEP_VARIABLE, "").strip()
    if not value:
        return DEFAULT_KEEP
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        _log.warning(
            "%s=%r is not a whole number >= 1; keeping %d", KEEP_VARIABLE, value, DEFAULT_KEEP
        )
        return DEFAULT_KEEP
    return count


def backups_of(store: Path) -> list[Backup]:
    """The automatic backups of ``store``, oldest first."""
    pattern = re.compile(
        re.escape(store.name) + r"\.backup-(\d{8}-\d{6})((?:-[A-Za-z0-9_-]+)?)\.db\Z"
    )
    found = []
    try:
        entries = list(store.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is not None and entry.is_file():
            found.append(Backup(entry, match.group(1), match.group(2)))
    return sorted(found, key=lambda backup: (backup.stamp, len(backup.path.name), backup.path.name))


def daily_backup(
    store: Path,
    *,
    now: datetime | None = None,
    keep: int | None = None,
    warn: Callable[[str], None] | None = None,
) -> Path | None:
    """Copy ``store`` unless it already has a backup of today; returns the new copy, if any.

    A failure is reported, not raised: not being able to write a backup must not stop anyone
    from opening their store (the store itself is only read). It goes to ``warn`` when given
    (the command line prints it as one line), else to the log.
    """
    moment = clock.local_now() if now is None else now
    day = moment.strftime("%Y%m%d")
    if any(backup.day == day for backup in backups_of(store)):
        return None
    try:
        made = _write(
            store, moment, "", translate("Errors", "today's automatic backup was not made")
        )
    except StoreError as error:
        message = (
            error.message
            if isinstance(error, DiskFullError)
            else translate("Errors", "no daily backup: {reason}").format(reason=error.message)
        )
        if warn is None:
            _log.warning("%s", message)
        else:
            warn(translate("Errors", "warning: {message}").format(message=message))
        return None
    prune(store, keep)
    return made


def backup_before_migration(
    store: Path, revision: str, *, now: datetime | None = None, keep: int | None = None
) -> Path:
    """Copy ``store`` before upgrading it to ``revision``; raises :class:`StoreError` if the
    copy cannot be written (the upgrade must then not run)."""
    moment = clock.local_now() if now is None else now
    made = _write(
        store,
        moment,
        f"-before-{_safe(revision)}",
        translate("Errors", "the store was not upgraded and is unchanged"),
    )
    prune(store, keep, spare=made)
    return made


def backup_before_restore(store: Path, *, now: datetime | None = None) -> Path:
    """Keep ``store`` as it is before a restore replaces it; raises :class:`StoreError` if the
    copy cannot be written (the restore must then not run). Never pruned (see above)."""
    moment = clock.local_now() if now is None else now
    return _write(
        store,
        moment,
        BEFORE_RESTORE,
        translate("Errors", "nothing was restored and the store is unchanged"),
    )


def prune(store: Path, keep: int | None = None, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``store`` (never ``spare``,
    never a copy kept before a restore)."""
    count = keep_count() if keep is None else max(keep, 1)
    found = [backup.path for backup in backups_of(store) if not backup.before_restore]
    removed = []
    for path in found[: max(len(found) - count, 0)]:
        if path == spare:
            continue
        try:
            path.unlink()
        except OSError as error:
            _log.warning("cannot remove the old backup %s: %s", path, error)
            continue
        removed.append(path)
    return removed


def _write(store: Path, moment: datetime, suffix: str, outcome: str) -> Path:
    """Copy through a hidden temporary file, so no half-written backup ever has a backup's
    name; a name already taken (two copies within a second) gets ``-2``, ``-3``…

    A full disk raises :class:`DiskFullError` saying ``outcome``; the temporary file and any
    rollback journal SQLite left beside it are removed first.
    """
    base = f"{store.name}.backup-{moment.strftime('%Y%m%d-%H%M%S')}{suffix}"
    target = store.with_name(f"{base}.db")
    number = 2
    while target.exists():
        target = store.with_name(f"{base}-{number}.db")
        number += 1
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=store.parent)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFullError(store, outcome) from exc
        raise StoreError(
            translate("Errors", "cannot write a backup of {path}: {reason}").format(
                path=store,
                reason=exc.strerror or exc,
            )
        ) from exc
    os.close(descriptor)
    try:
        copy_sqlite_file(store, Path(temporary))
        Path(temporary).replace(target)
    except (OSError, sqlite3.Error) as exc:
        Path(temporary).unlink(missing_ok=True)
        Path(f"{temporary}-journal").unlink(missing_ok=True)
        if is_disk_full(exc, store.parent):
            raise DiskFullError(store, outcome) from exc
        raise StoreError(
            translate("Errors", "cannot write the backup {path}: {reason}").format(
                path=target, reason=exc
            )
        ) from exc
    return target


def _safe(revision: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", revision)
