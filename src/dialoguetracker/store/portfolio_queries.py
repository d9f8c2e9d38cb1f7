"""Queries behind *All dialogues*: every dialogue's commitment figures counted by the database
in two grouped queries, and the planned meetings of every dialogue in date order.

A ministry's store holds a dozen dialogues and a hundred thousand commitments between them;
the portfolio needs four numbers a dialogue, so it asks for exactly those, never for rows.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, func, select

from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.store.models import CommitmentRow, MeetingRow
from dialoguetracker.store.staleness_queries import CLOSED, stale
from dialoguetracker.store.unit_of_work import UnitOfWork


class CommitmentFigures(NamedTuple):
    open: int
    overdue: int
    due_soon: int
    stale: int


def commitment_figures(
    uow: UnitOfWork, today: date, soon_until: date, stale_cutoff: date
) -> dict[int, CommitmentFigures]:
    """Dialogue id -> its open, overdue, due-soon (due from today to ``soon_until``) and
    stale (no news before ``stale_cutoff``) commitments; dialogues without any are absent.

    Four grouped counts, each over the rows its condition picks out and shaped for an index:
    open by status reads the ``(dialogue_id, status, id)`` index alone, due soon looks its
    few days up in the due-date index; overdue and stale read what they must."""
    row = CommitmentRow
    is_open = row.status.not_in(CLOSED)
    by_status = select(row.dialogue_id, row.status, func.count(row.id)).group_by(
        row.dialogue_id, row.status
    )
    opened: dict[int, int] = {}
    for dialogue_id, status, count in uow.session.execute(by_status):
        if status not in CLOSED:
            opened[int(dialogue_id)] = opened.get(int(dialogue_id), 0) + int(count)
    overdue = _per_dialogue(uow, is_open, row.due_date.is_not(None), row.due_date < today)
    soon = _per_dialogue(uow, is_open, row.due_date >= today, row.due_date <= soon_until)
    quiet = _per_dialogue(uow, stale(stale_cutoff))
    return {
        dialogue_id: CommitmentFigures(
            count,
            overdue.get(dialogue_id, 0),
            soon.get(dialogue_id, 0),
            quiet.get(dialogue_id, 0),
        )
        for dialogue_id, count in opened.items()
    }


def _per_dialogue(uow: UnitOfWork, *conditions: ColumnElement[bool]) -> dict[int, int]:
    """How many commitments of each dialogue meet every condition."""
    statement = (
        select(CommitmentRow.dialogue_id, func.count(CommitmentRow.id))
        .where(*conditions)
        .group_by(CommitmentRow.dialogue_id)
    )
    return {int(key): int(count) for key, count in uow.session.execute(statement)}


def _upcoming(today: date) -> tuple[ColumnElement[bool], ...]:
    """Planned and not yet over (one under way counts), as the overview's next round."""
    last_day = func.coalesce(MeetingRow.end_date, MeetingRow.start_date)
    return (MeetingRow.status == MeetingStatus.PLANNED, last_day >= today)


def upcoming_meetings(uow: UnitOfWork, today: date, limit: int) -> list[MeetingRow]:
    """The first ``limit`` planned meetings not yet over, of every dialogue, in the order
    the overview finds a dialogue's next round in (date, then time of day, untimed first)."""
    statement = (
        select(MeetingRow)
        .where(*_upcoming(today))
        .order_by(MeetingRow.start_date, MeetingRow.start_time.asc().nulls_first(), MeetingRow.id)
        .limit(limit)
    )
    return list(uow.session.scalars(statement))


def upcoming_total(uow: UnitOfWork, today: date) -> int:
    statement = select(func.count(MeetingRow.id)).where(*_upcoming(today))
    return int(uow.session.scalar(statement) or 0)
