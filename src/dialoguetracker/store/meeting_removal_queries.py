"""The commitments that point into a meeting, found without reading every commitment."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import or_, select

from dialoguetracker.store.models import CommitmentRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def commitments_pointing_into(
    uow: UnitOfWork, meeting_id: int, item_ids: Collection[int], document_ids: Collection[int]
) -> list[CommitmentRow]:
    """Commitments recorded at the meeting, at one of its agenda items, or quoting one of its
    documents, in id order."""
    conditions = [CommitmentRow.meeting_id == meeting_id]
    if item_ids:
        conditions.append(CommitmentRow.agenda_item_id.in_(sorted(item_ids)))
    if document_ids:
        conditions.append(CommitmentRow.source_document_id.in_(sorted(document_ids)))
    statement = select(CommitmentRow).where(or_(*conditions)).order_by(CommitmentRow.id)
    return list(uow.session.scalars(statement))
