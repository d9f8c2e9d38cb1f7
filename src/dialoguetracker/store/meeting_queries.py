"""Meeting queries that the unit of work's equality filters cannot express: date ranges,
and documents reached through their meeting's dialogue.

Orderings spell out where NULLs go because SQLite and PostgreSQL disagree by default, and a
list must read the same whichever store a user opens.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import func, select

from dialoguetracker.store.models import DocumentRow, MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def meetings_between(
    uow: UnitOfWork,
    dialogue_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[MeetingRow]:
    """Meetings whose start date lies in ``[since, until]`` (either end open), by start date,
    then wall time with date-only meetings first, then id."""
    statement = select(MeetingRow)
    if dialogue_id is not None:
        statement = statement.where(MeetingRow.dialogue_id == dialogue_id)
    if since is not None:
        statement = statement.where(MeetingRow.start_date >= since)
    if until is not None:
        statement = statement.where(MeetingRow.start_date <= until)
    statement = statement.order_by(
        MeetingRow.start_date, MeetingRow.start_time.asc().nulls_first(), MeetingRow.id
    )
    return list(uow.session.scalars(statement))


def documents_of(
    uow: UnitOfWork, meeting_id: int | None = None, dialogue_id: int | None = None
) -> list[DocumentRow]:
    """Documents in the order their meetings took place, then by issue date (undated last)."""
    statement = select(DocumentRow).join(MeetingRow, DocumentRow.meeting_id == MeetingRow.id)
    if meeting_id is not None:
        statement = statement.where(DocumentRow.meeting_id == meeting_id)
    if dialogue_id is not None:
        statement = statement.where(MeetingRow.dialogue_id == dialogue_id)
    statement = statement.order_by(
        MeetingRow.start_date,
        MeetingRow.id,
        DocumentRow.issued_on.asc().nulls_last(),
        DocumentRow.id,
    )
    return list(uow.session.scalars(statement))


def meeting_years(uow: UnitOfWork, dialogue_id: int) -> list[tuple[int, int]]:
    """(year, number of meetings) for a dialogue, newest year first, so a navigator can show
    the years at once and fetch a year's meetings only when it is opened."""
    year = func.extract("year", MeetingRow.start_date)
    statement = (
        select(year, func.count())
        .where(MeetingRow.dialogue_id == dialogue_id)
        .group_by(year)
        .order_by(year.desc())
    )
    return [(int(found), int(count)) for found, count in uow.session.execute(statement)]


def meeting_titles(uow: UnitOfWork, meeting_ids: Collection[int]) -> dict[int, str]:
    """Meeting id -> title, for the ids given (a batch's, not a whole store's)."""
    if not meeting_ids:
        return {}
    statement = select(MeetingRow.id, MeetingRow.title).where(MeetingRow.id.in_(list(meeting_ids)))
    return {int(row_id): str(title) for row_id, title in uow.session.execute(statement)}
