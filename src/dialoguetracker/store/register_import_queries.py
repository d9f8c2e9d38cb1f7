"""What importing a spreadsheet register needs to know of a dialogue, in a few light queries:
the commitments it already holds (their texts only), its meetings' titles and its topics."""

from __future__ import annotations

from sqlalchemy import select

from dialoguetracker.store.models import CommitmentRow, MeetingRow, TopicRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def commitment_texts(uow: UnitOfWork, dialogue_id: int) -> list[str]:
    statement = select(CommitmentRow.text).where(CommitmentRow.dialogue_id == dialogue_id)
    return [str(text) for text in uow.session.scalars(statement)]


def meeting_ids_by_title(uow: UnitOfWork, dialogue_id: int) -> dict[str, int]:
    """Each meeting title's meeting; of two meetings with one title, the later one."""
    statement = (
        select(MeetingRow.title, MeetingRow.id)
        .where(MeetingRow.dialogue_id == dialogue_id)
        .order_by(MeetingRow.start_date, MeetingRow.id)
    )
    return {str(title): int(row_id) for title, row_id in uow.session.execute(statement)}


def topic_ids_by_name(uow: UnitOfWork, dialogue_id: int) -> dict[str, int]:
    statement = select(TopicRow.name, TopicRow.id).where(TopicRow.dialogue_id == dialogue_id)
    return {str(name): int(row_id) for name, row_id in uow.session.execute(statement)}
