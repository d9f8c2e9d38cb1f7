"""Queries behind a dialogue's overview: counts made by the database, never by loading rows.

A dialogue may hold a hundred thousand commitments; the overview needs how many there are by
owner and status, so it asks for exactly that in one GROUP BY and reads a few dozen numbers.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, func, select

from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.store.models import CommitmentRow, MeetingRow, PartyRow
from dialoguetracker.store.unit_of_work import UnitOfWork


class OwnerStatusCount(NamedTuple):
    """How many commitments one owner holds in one status; ``party_code`` is None exactly
    when ``joint`` is true."""

    party_code: str | None
    joint: bool
    status: str
    number: int


def commitment_counts(uow: UnitOfWork, dialogue_id: int) -> list[OwnerStatusCount]:
    """Commitments of a dialogue counted by owner and status, in one grouped query."""
    statement = (
        select(
            PartyRow.code,
            CommitmentRow.owner_joint,
            CommitmentRow.status,
            func.count(CommitmentRow.id),
        )
        .select_from(CommitmentRow)
        .outerjoin(PartyRow, PartyRow.id == CommitmentRow.owner_party_id)
        .where(CommitmentRow.dialogue_id == dialogue_id)
        .group_by(PartyRow.code, CommitmentRow.owner_joint, CommitmentRow.status)
        .order_by(
            PartyRow.code.asc().nulls_first(), CommitmentRow.owner_joint, CommitmentRow.status
        )
    )
    return [
        OwnerStatusCount(code, bool(joint), str(status), int(count))
        for code, joint, status, count in uow.session.execute(statement)
    ]


def meeting_status_counts(uow: UnitOfWork, dialogue_id: int) -> dict[str, int]:
    """How many of the dialogue's meetings are planned, held and cancelled."""
    statement = (
        select(MeetingRow.status, func.count(MeetingRow.id))
        .where(MeetingRow.dialogue_id == dialogue_id)
        .group_by(MeetingRow.status)
    )
    return {str(status): int(count) for status, count in uow.session.execute(statement)}


def last_held_meeting(uow: UnitOfWork, dialogue_id: int) -> MeetingRow | None:
    """The held meeting that started last (the latest time of day, then id, on a tie)."""
    statement = (
        select(MeetingRow)
        .where(MeetingRow.dialogue_id == dialogue_id, MeetingRow.status == MeetingStatus.HELD)
        .order_by(
            MeetingRow.start_date.desc(),
            MeetingRow.start_time.desc().nulls_last(),
            MeetingRow.id.desc(),
        )
        .limit(1)
    )
    return uow.session.scalars(statement).first()


def _last_day() -> ColumnElement[date]:
    """A meeting's last day: its end date, or its start date when it has no end."""
    return func.coalesce(MeetingRow.end_date, MeetingRow.start_date)


def next_planned_meeting(uow: UnitOfWork, dialogue_id: int, today: date) -> MeetingRow | None:
    """The first planned meeting not yet over (one under way counts); a planned meeting whose
    last day has passed is not the *next* one: see :func:`past_planned_meetings`."""
    statement = (
        select(MeetingRow)
        .where(
            MeetingRow.dialogue_id == dialogue_id,
            MeetingRow.status == MeetingStatus.PLANNED,
            _last_day() >= today,
        )
        .order_by(MeetingRow.start_date, MeetingRow.start_time.asc().nulls_first(), MeetingRow.id)
        .limit(1)
    )
    return uow.session.scalars(statement).first()


def past_planned_meetings(
    uow: UnitOfWork, dialogue_id: int, today: date
) -> tuple[MeetingRow | None, int]:
    """The latest meeting still marked planned although its last day has passed (most likely
    held, or called off, and not yet marked so), and how many such meetings there are."""
    past = (
        MeetingRow.dialogue_id == dialogue_id,
        MeetingRow.status == MeetingStatus.PLANNED,
        _last_day() < today,
    )
    latest = (
        select(MeetingRow)
        .where(*past)
        .order_by(
            MeetingRow.start_date.desc(), MeetingRow.start_time.desc().nulls_last(), MeetingRow.id
        )
        .limit(1)
    )
    count = select(func.count(MeetingRow.id)).where(*past)
    return uow.session.scalars(latest).first(), int(uow.session.scalar(count) or 0)
