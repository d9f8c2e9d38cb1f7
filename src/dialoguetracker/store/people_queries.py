"""A person's meeting history: the meetings they were listed for, newest first, a page at a
time, so a delegate of twenty years' standing costs no more to open than a newcomer."""

from __future__ import annotations

from sqlalchemy import func, select

from dialoguetracker.store.models import AttendanceRow, DialogueRow, MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def attended_meetings(
    uow: UnitOfWork, person_id: int, offset: int = 0, limit: int | None = None
) -> list[tuple[AttendanceRow, MeetingRow, DialogueRow]]:
    """(attendance, meeting, dialogue) rows for one person, newest meeting first."""
    statement = (
        select(AttendanceRow, MeetingRow, DialogueRow)
        .join(MeetingRow, MeetingRow.id == AttendanceRow.meeting_id)
        .join(DialogueRow, DialogueRow.id == MeetingRow.dialogue_id)
        .where(AttendanceRow.person_id == person_id)
        .order_by(
            MeetingRow.start_date.desc(),
            MeetingRow.start_time.desc().nulls_last(),
            MeetingRow.id.desc(),
        )
    )
    if offset:
        statement = statement.offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return [(row[0], row[1], row[2]) for row in uow.session.execute(statement)]


def attended_count(uow: UnitOfWork, person_id: int) -> int:
    statement = select(func.count(AttendanceRow.id)).where(AttendanceRow.person_id == person_id)
    return int(uow.session.scalar(statement) or 0)
