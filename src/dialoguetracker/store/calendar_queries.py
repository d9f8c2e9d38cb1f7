"""The due dates a calendar shows, read in one query: a calendar of a ministry's commitments
is tens of thousands of lines, and whole commitment records (with their leads) are not needed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.store.models import CommitmentRow
from dialoguetracker.store.unit_of_work import UnitOfWork

OPEN = [status.value for status in CommitmentStatus if not status.is_closed]


def open_due_dates(
    uow: UnitOfWork, dialogue_id: int | None, handlings: Sequence[str]
) -> list[tuple[int, int, str, date]]:
    """(id, dialogue, text, due) of each open commitment with a due date, by due date, then id."""
    statement = (
        select(
            CommitmentRow.id, CommitmentRow.dialogue_id, CommitmentRow.text, CommitmentRow.due_date
        )
        .where(
            CommitmentRow.due_date.is_not(None),
            CommitmentRow.status.in_(OPEN),
            CommitmentRow.handling.in_(list(handlings)),
        )
        .order_by(CommitmentRow.due_date, CommitmentRow.id)
    )
    if dialogue_id is not None:
        statement = statement.where(CommitmentRow.dialogue_id == dialogue_id)
    rows = uow.session.execute(statement)
    return [(row[0], row[1], row[2], row[3]) for row in rows if row[3] is not None]
