"""Light queries for the Commitments view: the meetings and documents a form offers as
choices (ids and titles, not whole records). Where a commitment falls in a sorted list is
:func:`dialoguetracker.store.commitment_page_queries.commitment_place`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from dialoguetracker.store.models import DocumentRow, MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork


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
