"""A record's audit trail as CSV, for an auditor's spreadsheet or an archive.

The columns are the store's own words (entity and action names, ISO 8601 times in UTC), not
the screen's translated labels, so a file reads the same whoever exported it and can be
compared with another. A cell that a spreadsheet would run as a formula (it starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is prefixed with an apostrophe, the
usual guard against formula injection: the trail holds text anyone could have typed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import UTC

from dialoguetracker.domain.records import AuditEntry

COLUMNS = (
    "at",
    "actor",
    "record",
    "record_id",
    "part",
    "part_id",
    "part_name",
    "action",
    "field",
    "old",
    "new",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def trail_csv(entity: str, entity_id: int, entries: Iterable[AuditEntry]) -> str:
    """The trail of one record (``entity`` ``entity_id``), one row per entry, oldest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        own = entry.entity == entity and entry.entity_id == entity_id
        writer.writerow(
            _safe(cell)
            for cell in (
                entry.at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
                entry.actor,
                entity,
                str(entity_id),
                "" if own else entry.entity,
                "" if own else str(entry.entity_id),
                entry.subject or "",
                entry.action,
                entry.field or "",
                entry.old or "",
                entry.new or "",
            )
        )
    return out.getvalue()


def _safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
