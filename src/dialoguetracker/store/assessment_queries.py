"""What compliance assessment reads: the dates of a dialogue's held rounds, which cut its time
into periods, and its assessments with the side and topic each is about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from dialoguetracker.store.models import (
    AssessmentRow,
    CommitmentRow,
    MeetingRow,
    PartyRow,
    TopicRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork


def held_round_dates(uow: UnitOfWork, dialogue_id: int) -> list[date]:
    statement = (
        select(MeetingRow.start_date)
        .where(MeetingRow.dialogue_id == dialogue_id, MeetingRow.status == "held")
        .distinct()
        .order_by(MeetingRow.start_date)
    )
    return list(uow.session.scalars(statement))


@dataclass(frozen=True)
class AssessmentLine:
    row: AssessmentRow
    side: str
    topic: str | None


def dialogue_assessments(uow: UnitOfWork, dialogue_id: int) -> list[AssessmentLine]:
    """Every assessment of the dialogue's commitments, in the order they were made."""
    statement = (
        select(AssessmentRow, PartyRow.code, TopicRow.name)
        .join(CommitmentRow, CommitmentRow.id == AssessmentRow.commitment_id)
        .join(PartyRow, PartyRow.id == AssessmentRow.party_id)
        .outerjoin(TopicRow, TopicRow.id == CommitmentRow.topic_id)
        .where(CommitmentRow.dialogue_id == dialogue_id)
        .order_by(AssessmentRow.id)
    )
    return [
        AssessmentLine(row, str(code), None if topic is None else str(topic))
        for row, code, topic in uow.session.execute(statement)
    ]


def commitment_assessments(uow: UnitOfWork, commitment_id: int) -> list[tuple[AssessmentRow, str]]:
    statement = (
        select(AssessmentRow, PartyRow.code)
        .join(PartyRow, PartyRow.id == AssessmentRow.party_id)
        .where(AssessmentRow.commitment_id == commitment_id)
        .order_by(AssessmentRow.id)
    )
    return [(row, str(code)) for row, code in uow.session.execute(statement)]
