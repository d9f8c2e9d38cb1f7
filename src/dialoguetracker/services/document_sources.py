"""What the Documents screens ask beside the documents themselves: which commitments quote a
document (and linking them again when a deleted document comes back), and the newest progress
update of each commitment on a page."""

from __future__ import annotations

from collections.abc import Collection

from dialoguetracker.domain.records import CommitmentUpdate, Document, DocumentDraft
from dialoguetracker.services.commitment_updates import update_record
from dialoguetracker.services.context import Services
from dialoguetracker.services.documents import add_document
from dialoguetracker.store.latest_update_queries import latest_update_rows
from dialoguetracker.store.models import CommitmentRow, DocumentRow


def commitments_quoting(services: Services, document_id: int) -> list[int]:
    """Ids of the commitments whose source is the document, in id order. Deleting the
    document leaves their clause without its document, so the GUI asks first and its undo
    links them again."""
    with services.read() as uow:
        uow.require(DocumentRow, document_id, "document")
        return [row.id for row in uow.all(CommitmentRow, source_document_id=document_id)]


def restore_document(
    services: Services, document: DocumentDraft, quoting: Collection[int]
) -> Document:
    """Put a deleted document back and make it the source of the commitments that quoted it,
    as one change (the undo of a deletion must not stop half-way). A commitment deleted or
    given another source meanwhile is left as it is."""
    with services.change() as change:
        again = add_document(change, document)
        for commitment_id in sorted(quoting):
            row = change.uow.get(CommitmentRow, commitment_id)
            if row is None or row.source_document_id is not None:
                continue
            change.audit("commitment", row.id, "update", "source_document_id", None, again.id)
            row.source_document_id = again.id
        change.uow.flush()
        return again


def latest_updates(
    services: Services, commitment_ids: Collection[int]
) -> dict[int, CommitmentUpdate]:
    """Commitment id -> its newest update (by date, then as entered); none for commitments
    without updates."""
    with services.read() as uow:
        rows = latest_update_rows(uow, commitment_ids)
        return {commitment_id: update_record(row) for commitment_id, row in rows.items()}
