"""Queries for the parts of a briefing and a meeting record that look back: the updates of a
period, the meetings a topic came up at, the round before, who attended, and what a meeting
reviewed.

Each is bounded by what it looks at (a period's activity, one meeting, a dialogue's topics and
meetings), never by the size of the whole store.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.store.briefing_queries import Scope, scope_conditions
from dialoguetracker.store.models import (
    AgendaItemRow,
    AttendanceRow,
    CommitmentRow,
    CommitmentUpdateRow,
    MeetingRow,
    OrganizationRow,
    PartyRow,
    PersonRow,
    TopicRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

# -- the history of a period ---------------------------------------------------------------


class HistoryStart(NamedTuple):
    id: int
    text: str
    initial_status: str
    initial_due: date | None
    recorded_on: date | None


class HistoryStep(NamedTuple):
    """An update that sets a status or a due date; ``on`` is named as the rules expect."""

    commitment_id: int
    id: int
    on: date
    status: str | None
    due: date | None
    reason: str | None
    note: str


def _admitted_steps(scope: Scope) -> list[ColumnElement[bool]]:
    update = CommitmentUpdateRow
    conditions: list[ColumnElement[bool]] = [
        update.handling.in_(scope.handlings),
        or_(update.status.is_not(None), update.due_date.is_not(None)),
    ]
    if scope.as_of is not None:
        conditions.append(update.on_date <= scope.as_of)
    return conditions


def _active_since(scope: Scope, from_day: date) -> ColumnElement[bool]:
    """The commitment has an update the audience may read, setting a status or due date,
    dated within the period."""
    update = aliased(CommitmentUpdateRow)
    conditions: list[ColumnElement[bool]] = [
        update.commitment_id == CommitmentRow.id,
        update.handling.in_(scope.handlings),
        or_(update.status.is_not(None), update.due_date.is_not(None)),
        update.on_date >= from_day,
    ]
    if scope.as_of is not None:
        conditions.append(update.on_date <= scope.as_of)
    return exists().where(and_(*conditions))


def period_history(
    uow: UnitOfWork, scope: Scope, from_day: date
) -> tuple[list[HistoryStart], list[HistoryStep]]:
    """The commitments in scope that moved during the period (from ``from_day`` to the
    scope's ``as_of``) through an update the audience may read, and every such readable
    update of theirs up to the end of the period, grouped by commitment in replay order.

    The earlier steps are there so the value before each move in the period can be replayed;
    the cost follows the period's activity, not the number of commitments.
    """
    active = _active_since(scope, from_day)
    starts_statement = (
        select(
            CommitmentRow.id,
            CommitmentRow.text,
            CommitmentRow.initial_status,
            CommitmentRow.initial_due_date,
            CommitmentRow.recorded_on,
        )
        .where(*scope_conditions(scope), active)
        .order_by(CommitmentRow.id)
    )
    starts = [
        HistoryStart(int(row_id), str(text), str(status), due, recorded)
        for row_id, text, status, due, recorded in uow.session.execute(starts_statement)
    ]
    update = CommitmentUpdateRow
    steps_statement = (
        select(
            update.commitment_id,
            update.id,
            update.on_date,
            update.status,
            update.due_date,
            update.reason,
            update.note,
        )
        .join(CommitmentRow, CommitmentRow.id == update.commitment_id)
        .where(*scope_conditions(scope), active, *_admitted_steps(scope))
        .order_by(update.commitment_id, update.on_date, update.id)
    )
    steps = [
        HistoryStep(int(commitment_id), int(step_id), on, status, due, reason, str(note))
        for commitment_id, step_id, on, status, due, reason, note in uow.session.execute(
            steps_statement
        )
    ]
    return starts, steps


# -- meetings ------------------------------------------------------------------------------


def last_held_before(
    uow: UnitOfWork,
    dialogue_id: int,
    before: MeetingRow | None,
    until: date | None,
) -> MeetingRow | None:
    """The held meeting that started last before ``before`` (another meeting on the same day
    counts as before it), and by ``until`` when given."""
    statement = select(MeetingRow).where(
        MeetingRow.dialogue_id == dialogue_id, MeetingRow.status == MeetingStatus.HELD.value
    )
    if before is not None:
        statement = statement.where(
            MeetingRow.start_date <= before.start_date, MeetingRow.id != before.id
        )
    if until is not None:
        statement = statement.where(MeetingRow.start_date <= until)
    statement = statement.order_by(
        MeetingRow.start_date.desc(),
        MeetingRow.start_time.desc().nulls_last(),
        MeetingRow.id.desc(),
    ).limit(1)
    return uow.session.scalars(statement).first()


class TopicMeeting(NamedTuple):
    topic_id: int
    topic: str
    start: date
    title: str


def topic_meetings(
    uow: UnitOfWork,
    dialogue_id: int,
    since: date | None,
    until: date | None,
    topic_ids: tuple[int, ...],
) -> list[TopicMeeting]:
    """For each topic, the held meetings whose agenda had it, oldest first, each once."""
    statement = (
        select(TopicRow.id, TopicRow.name, MeetingRow.start_date, MeetingRow.title, MeetingRow.id)
        .select_from(AgendaItemRow)
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .join(TopicRow, TopicRow.id == AgendaItemRow.topic_id)
        .where(
            MeetingRow.dialogue_id == dialogue_id,
            MeetingRow.status == MeetingStatus.HELD.value,
        )
        .distinct()
        .order_by(TopicRow.name, TopicRow.id, MeetingRow.start_date, MeetingRow.id)
    )
    if since is not None:
        statement = statement.where(MeetingRow.start_date >= since)
    if until is not None:
        statement = statement.where(MeetingRow.start_date <= until)
    if topic_ids:
        statement = statement.where(TopicRow.id.in_(topic_ids))
    return [
        TopicMeeting(int(topic_id), str(name), start, str(title))
        for topic_id, name, start, title, _meeting_id in uow.session.execute(statement)
    ]


class Attendee(NamedTuple):
    name: str
    party_id: int
    party_code: str
    party_name: str
    organization: str | None
    title: str | None
    role: str
    presence: str
    pronunciation: str | None
    biography: str | None


def attendees(uow: UnitOfWork, meeting_id: int) -> list[Attendee]:
    """Everyone listed for a meeting with their party and organization, in one join."""
    statement = (
        select(
            PersonRow.name,
            PartyRow.id,
            PartyRow.code,
            PartyRow.name,
            OrganizationRow.name,
            PersonRow.title,
            AttendanceRow.role,
            AttendanceRow.presence,
            PersonRow.pronunciation,
            PersonRow.biography,
        )
        .select_from(AttendanceRow)
        .join(PersonRow, PersonRow.id == AttendanceRow.person_id)
        .join(PartyRow, PartyRow.id == PersonRow.party_id)
        .outerjoin(OrganizationRow, OrganizationRow.id == PersonRow.organization_id)
        .where(AttendanceRow.meeting_id == meeting_id)
        .order_by(AttendanceRow.id)
    )
    return [
        Attendee(
            name=str(row[0]),
            party_id=int(row[1]),
            party_code=str(row[2]),
            party_name=str(row[3]),
            organization=row[4],
            title=row[5],
            role=str(row[6]),
            presence=str(row[7]),
            pronunciation=row[8],
            biography=row[9],
        )
        for row in uow.session.execute(statement)
    ]


class Review(NamedTuple):
    commitment_id: int
    note: str
    on: date


def reviewed_at(uow: UnitOfWork, meeting_id: int, handlings: tuple[str, ...]) -> list[Review]:
    """Updates recorded as reviewed at a meeting, both the update and its commitment being
    readable by the audience, in the order they happened."""
    update = CommitmentUpdateRow
    statement = (
        select(update.commitment_id, update.note, update.on_date)
        .join(CommitmentRow, CommitmentRow.id == update.commitment_id)
        .where(
            update.meeting_id == meeting_id,
            update.handling.in_(handlings),
            CommitmentRow.handling.in_(handlings),
        )
        .order_by(update.on_date, update.id)
    )
    return [
        Review(int(commitment_id), str(note), on)
        for commitment_id, note, on in uow.session.execute(statement)
    ]
