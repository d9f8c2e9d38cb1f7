"""Light queries for the Commitments view: where a commitment falls in a sorted list, and the
meetings and documents a form offers as choices (ids and titles, not whole records).

The list position reuses the very conditions and ordering of
:func:`dialoguetracker.store.queries.commitment_page`, so a position found here is the row the
page query puts the commitment on.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.store.models import (
    CommitmentRow,
    DocumentRow,
    MeetingRow,
)
from dialoguetracker.store.queries import _conditions, _sorted
from dialoguetracker.store.unit_of_work import UnitOfWork


def commitment_ids(uow: UnitOfWork, flt: CommitmentFilter, today: date) -> list[int]:
    """The ids the filter lets through, in the order of its sort, ignoring its paging.

    Only ids travel, so even a hundred thousand of them is one cheap index scan."""
    statement = _sorted(select(CommitmentRow.id).where(*_conditions(flt, today)), flt)
    return [int(row_id) for row_id in uow.session.scalars(statement)]


def meeting_choices(uow: UnitOfWork, dialogue_id: int, limit: int) -> list[tuple[int, str, date]]:
    """(id, title, start date) of a dialogue's meetings, newest first, at most ``limit``."""
    statement = (
        select(MeetingRow.id, MeetingRow.title, MeetingRow.start_date)
        .where(MeetingRow.dialogue_id == dialogue_id)
        .order_by(MeetingRow.start_date.desc(), MeetingRow.id.desc())
        .limit(limit)
    )
    return [
        (int(row_id), str(title), start) for row_id, title, start in uow.session.execute(statement)
    ]


def meeting_choice(uow: UnitOfWork, meeting_id: int) -> tuple[int, str, date] | None:
    statement = select(MeetingRow.id, MeetingRow.title, MeetingRow.start_date).where(
        MeetingRow.id == meeting_id
    )
    row = uow.session.execute(statement).first()
    return None if row is None else (int(row[0]), str(row[1]), row[2])


def document_choices(
    uow: UnitOfWork, dialogue_id: int, limit: int
) -> list[tuple[int, str, date | None]]:
    """(id, title, date) of the documents of a dialogue's meetings, newest meeting first."""
    statement = (
        select(DocumentRow.id, DocumentRow.title, DocumentRow.issued_on)
        .join(MeetingRow, MeetingRow.id == DocumentRow.meeting_id)
        .where(MeetingRow.dialogue_id == dialogue_id)
        .order_by(MeetingRow.start_date.desc(), DocumentRow.id.desc())
        .limit(limit)
    )
    return [
        (int(row_id), str(title), issued)
        for row_id, title, issued in uow.session.execute(statement)
    ]
