"""What compliance assessment reads: the dates of a dialogue's held rounds, which cut its time
into periods, and its assessments with the side and topic each is about; and, for the
register, a page's latest scores and the "not yet assessed this period" rule in SQL."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import aliased

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.store.models import (
    AssessmentRow,
    CommitmentRow,
    DialoguePartyRow,
    MeetingRow,
    PartyRow,
    TopicRow,
)
from dialoguetracker.store.staleness_queries import CLOSED, last_news
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
    topic_id: int | None = None


def dialogue_assessments(uow: UnitOfWork, dialogue_id: int) -> list[AssessmentLine]:
    """Every assessment of the dialogue's commitments, in the order they were made."""
    statement = (
        select(AssessmentRow, PartyRow.code, TopicRow.name, TopicRow.id)
        .join(CommitmentRow, CommitmentRow.id == AssessmentRow.commitment_id)
        .join(PartyRow, PartyRow.id == AssessmentRow.party_id)
        .outerjoin(TopicRow, TopicRow.id == CommitmentRow.topic_id)
        .where(CommitmentRow.dialogue_id == dialogue_id)
        .order_by(AssessmentRow.id)
    )
    return [
        AssessmentLine(row, str(code), None if topic is None else str(topic), topic_id)
        for row, code, topic, topic_id in uow.session.execute(statement)
    ]


def commitment_assessments(uow: UnitOfWork, commitment_id: int) -> list[tuple[AssessmentRow, str]]:
    statement = (
        select(AssessmentRow, PartyRow.code)
        .join(PartyRow, PartyRow.id == AssessmentRow.party_id)
        .where(AssessmentRow.commitment_id == commitment_id)
        .order_by(AssessmentRow.id)
    )
    return [(row, str(code)) for row, code in uow.session.execute(statement)]


# -- the register --------------------------------------------------------------------------


def current_period_starts(uow: UnitOfWork, dialogue_ids: Collection[int]) -> dict[int, date]:
    """Dialogue id -> the day its current period began (its latest held round); dialogues
    that have held no round are absent."""
    if not dialogue_ids:
        return {}
    statement = (
        select(MeetingRow.dialogue_id, func.max(MeetingRow.start_date))
        .where(MeetingRow.dialogue_id.in_(sorted(set(dialogue_ids))), MeetingRow.status == "held")
        .group_by(MeetingRow.dialogue_id)
    )
    return {int(dialogue_id): day for dialogue_id, day in uow.session.execute(statement)}


def dialogue_sides(uow: UnitOfWork, dialogue_ids: Collection[int]) -> dict[int, list[str]]:
    """Dialogue id -> its parties' codes in the dialogue's order: a joint commitment's sides."""
    if not dialogue_ids:
        return {}
    statement = (
        select(DialoguePartyRow.dialogue_id, PartyRow.code)
        .join(PartyRow, PartyRow.id == DialoguePartyRow.party_id)
        .where(DialoguePartyRow.dialogue_id.in_(sorted(set(dialogue_ids))))
        .order_by(DialoguePartyRow.dialogue_id, DialoguePartyRow.position)
    )
    sides: dict[int, list[str]] = {}
    for dialogue_id, code in uow.session.execute(statement):
        sides.setdefault(int(dialogue_id), []).append(str(code))
    return sides


def latest_side_scores(
    uow: UnitOfWork, commitment_ids: Collection[int]
) -> dict[int, dict[str, tuple[int, date]]]:
    """Commitment id -> side -> (score, period start) of the side's latest assessment: of the
    newest period assessed, the last made."""
    if not commitment_ids:
        return {}
    statement = (
        select(
            AssessmentRow.commitment_id,
            PartyRow.code,
            AssessmentRow.score,
            AssessmentRow.period_start,
        )
        .join(PartyRow, PartyRow.id == AssessmentRow.party_id)
        .where(AssessmentRow.commitment_id.in_(sorted(set(commitment_ids))))
        .order_by(AssessmentRow.period_start, AssessmentRow.id)
    )
    latest: dict[int, dict[str, tuple[int, date]]] = {}
    for commitment_id, side, score, start in uow.session.execute(statement):
        latest.setdefault(int(commitment_id), {})[str(side)] = (int(score), start)
    return latest


def unassessed(commitment: Any = CommitmentRow) -> ColumnElement[bool]:
    """Due for scoring in its dialogue's current period and not yet scored then for some
    side it is assessed for: the rule of ``domain.compliance.due_this_period`` and
    ``LatestScores.unassessed`` as a condition the database applies."""
    held = aliased(MeetingRow)
    current = (
        select(func.max(held.start_date))
        .where(held.dialogue_id == commitment.dialogue_id, held.status == "held")
        .correlate(commitment)
        .scalar_subquery()
    )

    def scored(party_id: Any) -> ColumnElement[bool]:
        assessment = aliased(AssessmentRow)
        found = select(assessment.id).where(
            assessment.commitment_id == commitment.id,
            assessment.party_id == party_id,
            assessment.period_start >= current,
        )
        # the commitment is two queries out for a joint one's sides: named, not guessed
        return found.correlate_except(assessment).exists()

    member = aliased(DialoguePartyRow)
    some_side_missing = or_(
        and_(commitment.owner_party_id.is_not(None), ~scored(commitment.owner_party_id)),
        and_(
            commitment.owner_party_id.is_(None),
            select(member.id)
            .where(member.dialogue_id == commitment.dialogue_id, ~scored(member.party_id))
            .correlate_except(member)
            .exists(),
        ),
    )
    due = and_(
        current.is_not(None),
        commitment.status != CommitmentStatus.PROPOSED.value,
        or_(commitment.status.not_in(CLOSED), last_news(commitment) > current),
    )
    return and_(due, some_side_missing)


def period_side_totals(
    uow: UnitOfWork, dialogue_id: int, starts: Sequence[date]
) -> list[tuple[int, str, int, int]]:
    """(period index, side, how many, sum of scores) of the assessments that count in the
    dialogue's last periods, which begin on ``starts`` (consecutive, oldest first, the last
    the current one): per commitment, side and period the latest. Only those periods'
    assessments are read, and summed by the database, whatever the dialogue's history."""
    if not starts:
        return []

    def period(assessment: Any) -> Any:
        newest_first = list(enumerate(starts))[::-1]
        return case(*[(assessment.period_start >= day, index) for index, day in newest_first])

    made = aliased(AssessmentRow)
    latest = (
        select(func.max(made.id))
        .join(CommitmentRow, CommitmentRow.id == made.commitment_id)
        .where(CommitmentRow.dialogue_id == dialogue_id, made.period_start >= starts[0])
        .group_by(made.commitment_id, made.party_id, period(made))
    )
    bucket = period(AssessmentRow)
    statement = (
        select(bucket, PartyRow.code, func.count(AssessmentRow.id), func.sum(AssessmentRow.score))
        .join(PartyRow, PartyRow.id == AssessmentRow.party_id)
        .where(AssessmentRow.id.in_(latest))
        .group_by(bucket, PartyRow.code)
        .order_by(bucket, PartyRow.code)
    )
    return [
        (int(index), str(side), int(count), int(total))
        for index, side, count, total in uow.session.execute(statement)
    ]
