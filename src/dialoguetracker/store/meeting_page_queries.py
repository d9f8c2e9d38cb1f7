"""Meetings of a dialogue a page at a time, newest first, so a list of ten thousand meetings
reads only the rows on screen.

The order is start date, then wall time (a timed meeting before a date-only one on the same
day, as the later-known detail sorts first among the newest), then id, all descending; NULLs
are placed explicitly because SQLite and PostgreSQL disagree by default.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression

from dialoguetracker.store.models import MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def _conditions(
    dialogue_id: int, since: date | None, until: date | None
) -> list[ColumnElement[bool]]:
    conditions = [MeetingRow.dialogue_id == dialogue_id]
    if since is not None:
        conditions.append(MeetingRow.start_date >= since)
    if until is not None:
        conditions.append(MeetingRow.start_date <= until)
    return conditions


def _newest_first() -> tuple[UnaryExpression[Any], ...]:
    return (
        MeetingRow.start_date.desc(),
        MeetingRow.start_time.desc().nulls_last(),
        MeetingRow.id.desc(),
    )


def count_meetings(
    uow: UnitOfWork, dialogue_id: int, since: date | None = None, until: date | None = None
) -> int:
    statement = (
        select(func.count()).select_from(MeetingRow).where(*_conditions(dialogue_id, since, until))
    )
    return int(uow.session.scalar(statement) or 0)


def meeting_page(
    uow: UnitOfWork,
    dialogue_id: int,
    offset: int,
    limit: int,
    since: date | None = None,
    until: date | None = None,
) -> list[MeetingRow]:
    statement = (
        select(MeetingRow)
        .where(*_conditions(dialogue_id, since, until))
        .order_by(*_newest_first())
        .offset(max(offset, 0))
        .limit(max(limit, 0))
    )
    return list(uow.session.scalars(statement))


def meeting_rank(
    uow: UnitOfWork,
    dialogue_id: int,
    meeting_id: int,
    since: date | None = None,
    until: date | None = None,
) -> int | None:
    """Where the meeting stands in that order (0 for the newest), or None when the filter
    leaves it out, so a list can fetch up to it and scroll there."""
    ranked = (
        select(
            MeetingRow.id.label("id"),
            func.row_number().over(order_by=_newest_first()).label("rank"),
        )
        .where(*_conditions(dialogue_id, since, until))
        .subquery()
    )
    found = uow.session.scalar(select(ranked.c.rank).where(ranked.c.id == meeting_id))
    return None if found is None else int(found) - 1
