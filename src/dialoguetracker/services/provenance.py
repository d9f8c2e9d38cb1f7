"""Provenance: every briefing and meeting record the store produces is recorded with the
SHA-256 of its exact bytes, so a copy passed around can later be checked against the store.

Producing the same bytes twice (a reproducible build of the same store and options) records
nothing new: the first record stands, and the repeat is noted in the audit trail.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from dialoguetracker.domain.briefing import BriefingOptions
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.provenance import (
    ExportKind,
    ExportRecord,
    options_from_json,
    options_to_json,
)
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Services
from dialoguetracker.services.validation import check_choice, require_text
from dialoguetracker.store.login_queries import display_names
from dialoguetracker.store.models import BriefingExportRow, DialogueRow, MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "briefing_export"
PDF_MAGIC = b"%PDF-"
_PAGE = re.compile(rb"/Type\s*/Page\b")


def is_pdf(content: bytes) -> bool:
    """Whether the bytes begin as a PDF file does (the header may follow a little junk)."""
    return PDF_MAGIC in content[:1024]


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def page_count(pdf: bytes) -> int | None:
    """The number of page objects, for the files we write (ReportLab does not hide pages in
    compressed object streams); None where none can be seen."""
    return len(_PAGE.findall(pdf)) or None


def record_export(
    services: Services,
    kind: ExportKind | str,
    options: BriefingOptions,
    pdf: bytes,
    file_name: str,
    *,
    meeting_id: int | None = None,
) -> ExportRecord:
    """Record a PDF just produced, in one audited transaction.

    ``meeting_id`` names the meeting the document turned out to be about when the options
    left the choice to the program (a briefing for "the next meeting"); the dialogue is taken
    from the meeting when the options do not name it.
    """
    chosen = check_choice("kind", ExportKind, kind)
    name = require_text("file_name", file_name)
    if not is_pdf(pdf):
        raise ValidationError(name, translate("Errors", "not a PDF file"))
    digest = sha256_of(pdf)
    with services.change() as change:
        uow = change.uow
        existing = uow.find(BriefingExportRow, sha256=digest)
        if existing is not None:
            change.audit(
                ENTITY, existing.id, "export again", "file_name", None, name, scope=_scope(existing)
            )
            return _record(uow, existing)
        meeting = meeting_id if meeting_id is not None else options.meeting_id
        dialogue = options.dialogue_id
        if meeting is not None:
            meeting_row = uow.require(MeetingRow, meeting, "meeting")
            dialogue = meeting_row.dialogue_id if dialogue is None else dialogue
        if dialogue is not None:
            uow.require(DialogueRow, dialogue, "dialogue")
        row = BriefingExportRow(
            made_at=change.at.astimezone(UTC),
            made_by=change.actor,
            kind=chosen.value,
            dialogue_id=dialogue,
            meeting_id=meeting,
            options=options_to_json(options),
            sha256=digest,
            size=len(pdf),
            pages=page_count(pdf),
            file_name=name,
        )
        uow.add(row)
        uow.flush()
        change.audit(
            ENTITY,
            row.id,
            "create",
            None,
            None,
            f"{chosen.value} {name} {digest}",
            scope=_scope(row),
        )
        return _record(uow, row)


def _scope(row: BriefingExportRow) -> tuple[str, int] | None:
    """A PDF made for one meeting belongs to that meeting's history."""
    return None if row.meeting_id is None else ("meeting", row.meeting_id)


def verify_pdf(services: Services, pdf: bytes) -> ExportRecord | None:
    """The store's record of exactly these bytes, or None: not ours, or changed since."""
    digest = sha256_of(pdf)
    with services.read() as uow:
        row = uow.find(BriefingExportRow, sha256=digest)
        return None if row is None else _record(uow, row)


def list_exports(services: Services, limit: int = 50) -> list[ExportRecord]:
    """The newest ``limit`` exports, newest first."""
    if limit < 1:
        return []
    with services.read() as uow:
        rows = uow.all(BriefingExportRow, "made_at")
        people = display_names(uow)
        return [_record(uow, row, people) for row in reversed(rows[-limit:])]


def _record(
    uow: UnitOfWork, row: BriefingExportRow, people: dict[str, str] | None = None
) -> ExportRecord:
    """``people``: logins' display names, read here unless the caller read them for many."""
    dialogue = None if row.dialogue_id is None else uow.get(DialogueRow, row.dialogue_id)
    names = display_names(uow) if people is None else people
    return ExportRecord(
        id=row.id,
        made_at=_aware(row.made_at),
        made_by=names.get(row.made_by, row.made_by),
        kind=ExportKind(row.kind),
        options=options_from_json(row.options),
        sha256=row.sha256,
        size=row.size,
        pages=row.pages,
        file_name=row.file_name,
        dialogue_id=row.dialogue_id,
        dialogue=None if dialogue is None else dialogue.name,
        meeting_id=row.meeting_id,
    )


def _aware(moment: datetime) -> datetime:
    """SQLite hands back the UTC time we stored without its zone; PostgreSQL keeps it."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
