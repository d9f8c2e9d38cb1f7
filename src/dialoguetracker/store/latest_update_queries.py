"""The newest progress update of each of a page of commitments, in one query."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select

from dialoguetracker.store.models import CommitmentUpdateRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def latest_update_rows(
    uow: UnitOfWork, commitment_ids: Collection[int]
) -> dict[int, CommitmentUpdateRow]:
    """Commitment id -> its last update in history order (date, then as entered); commitments
    without updates are absent. Meant for a page of ids, not for a whole store."""
    if not commitment_ids:
        return {}
    statement = (
        select(CommitmentUpdateRow)
        .where(CommitmentUpdateRow.commitment_id.in_(list(commitment_ids)))
        .order_by(CommitmentUpdateRow.on_date, CommitmentUpdateRow.id)
    )
    latest: dict[int, CommitmentUpdateRow] = {}
    for row in uow.session.scalars(statement):
        latest[row.commitment_id] = row
    return latest
