"""Outcome documents of a meeting: joint statements, readouts, fact sheets, minutes.

Commitments quote documents as their source, so documents are part of the meeting's record
and fall under its lock like everything else the meeting holds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from dialoguetracker.domain.enums import DocumentKind, Handling
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import Document, DocumentDraft
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.meetings import ensure_editable
from dialoguetracker.services.validation import (
    as_draft,
    check_choice,
    check_text,
    require_text,
)
from dialoguetracker.store.meeting_queries import documents_of
from dialoguetracker.store.models import DocumentRow
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "document"


def document_record(row: DocumentRow) -> Document:
    return Document(
        meeting_id=row.meeting_id,
        kind=DocumentKind(row.kind),
        title=row.title,
        date=row.issued_on,
        language=row.language,
        url=row.url,
        text=row.text,
        handling=Handling(row.handling),
        id=row.id,
    )


def _check_document(uow: UnitOfWork, draft: DocumentDraft) -> DocumentDraft:
    draft = as_draft(DocumentDraft, draft)
    ensure_editable(uow, draft.meeting_id)
    require_text("title", draft.title)
    for name in ("language", "url", "text"):
        check_text(name, getattr(draft, name))
    issued: object = draft.date
    if issued is not None and (isinstance(issued, datetime) or not isinstance(issued, date)):
        # A datetime would be cut to its date by the store and then audit as a change.
        raise ValidationError("date", translate("Errors", "must be a calendar date without a time"))
    return replace(
        draft,
        kind=check_choice("kind", DocumentKind, draft.kind),
        handling=check_choice("handling", Handling, draft.handling),
    )


def _fill_document(row: DocumentRow, draft: DocumentDraft) -> None:
    row.meeting_id, row.kind, row.title = draft.meeting_id, draft.kind.value, draft.title
    row.issued_on, row.language, row.url = draft.date, draft.language, draft.url
    row.text, row.handling = draft.text, draft.handling.value


def add_document(change: Change, draft: DocumentDraft) -> Document:
    clean = _check_document(change.uow, draft)
    row = DocumentRow()
    _fill_document(row, clean)
    change.uow.add(row)
    change.uow.flush()
    change.audit(ENTITY, row.id, "create", new=draft.title, scope=("meeting", row.meeting_id))
    return document_record(row)


def create_document(services: Services, draft: DocumentDraft) -> Document:
    with services.change() as change:
        return add_document(change, draft)


def update_document(services: Services, document_id: int, draft: DocumentDraft) -> Document:
    """May also move the document to another meeting; both records must then be open."""
    with services.change() as change:
        row = change.uow.require(DocumentRow, document_id, "document")
        ensure_editable(change.uow, row.meeting_id)
        clean = _check_document(change.uow, draft)
        new = Document(**vars(clean), id=row.id)
        change.audit_fields(
            ENTITY, row.id, document_record(row), new, scope=("meeting", row.meeting_id)
        )
        _fill_document(row, clean)
        change.uow.flush()
        return new


def delete_document(services: Services, document_id: int) -> None:
    with services.change() as change:
        row = change.uow.require(DocumentRow, document_id, "document")
        ensure_editable(change.uow, row.meeting_id)
        change.audit(ENTITY, row.id, "delete", old=row.title, scope=("meeting", row.meeting_id))
        change.uow.delete(row)
        change.uow.flush()


def get_document(services: Services, document_id: int) -> Document:
    with services.read() as uow:
        return document_record(uow.require(DocumentRow, document_id, "document"))


def list_documents(
    services: Services, meeting_id: int | None = None, dialogue_id: int | None = None
) -> list[Document]:
    """Documents of one meeting, of every meeting of a dialogue, or of all; in the order the
    meetings took place, then by date with undated documents last."""
    with services.read() as uow:
        return [document_record(row) for row in documents_of(uow, meeting_id, dialogue_id)]
