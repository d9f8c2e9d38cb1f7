"""A dialogue at a glance: meetings held, the next round and its agenda, commitments counted
by status and owner, the short lists of what is overdue and what falls due soon, and each
side's compliance in the last complete period and the current one.

Counting is done by the store (one grouped query); the two lists are ordinary commitment
pages with a limit, so the overview costs the same on a dialogue of ten commitments as on
one of a hundred thousand. The whole overview is read in one unit of work, so its figures,
lists and next round all describe the store at one moment, and it costs one transaction.
"""

from __future__ import annotations

from dataclasses import replace

from dialoguetracker.domain.compliance import last_periods, period_lines
from dialoguetracker.domain.enums import JOINT, CommitmentStatus, MeetingStatus
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.domain.overview import (
    LIST_LIMIT,
    SOON_DAYS,
    AgendaLine,
    CommitmentCount,
    CommitmentCounts,
    DialogueOverview,
)
from dialoguetracker.services.assessments import dialogue_periods
from dialoguetracker.services.commitments import commitment_page, commitment_total
from dialoguetracker.services.context import Services
from dialoguetracker.services.dialogues import dialogue_record
from dialoguetracker.services.directory import party_record
from dialoguetracker.services.meetings import meeting_record
from dialoguetracker.services.sides import side_of
from dialoguetracker.store import overview_queries
from dialoguetracker.store.assessment_queries import period_side_totals
from dialoguetracker.store.models import (
    AgendaItemRow,
    DialogueRow,
    PartyRow,
    TopicRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

__all__ = [
    "LIST_LIMIT",
    "SOON_DAYS",
    "AgendaLine",
    "CommitmentCount",
    "CommitmentCounts",
    "DialogueOverview",
    "commitment_counts",
    "dialogue_overview",
]


def commitment_counts(services: Services, dialogue_id: int) -> CommitmentCounts:
    """A dialogue's commitments counted by owner and status, in one grouped query."""
    with services.read() as uow:
        return _counts(uow, dialogue_id)


def _counts(uow: UnitOfWork, dialogue_id: int) -> CommitmentCounts:
    uow.require(DialogueRow, dialogue_id, "dialogue")
    rows = overview_queries.commitment_counts(uow, dialogue_id)
    cells = tuple(
        CommitmentCount(
            JOINT if row.joint else row.party_code or "", CommitmentStatus(row.status), row.number
        )
        for row in rows
    )
    return CommitmentCounts(cells)


def _agenda(uow: UnitOfWork, meeting_id: int) -> tuple[AgendaLine, ...]:
    rows = uow.all(AgendaItemRow, "position", meeting_id=meeting_id)
    topics: dict[int, str] = {}
    lines = []
    for row in rows:
        topic = None
        if row.topic_id is not None:
            if row.topic_id not in topics:
                found = uow.get(TopicRow, row.topic_id)
                topics[row.topic_id] = "" if found is None else found.name
            topic = topics[row.topic_id] or None
        lines.append(
            AgendaLine(
                item_id=row.id,
                position=row.position,
                title=row.title,
                topic=topic,
                lead=side_of(uow, row.lead_party_id, row.lead_joint),
                planned_minutes=row.planned_minutes,
            )
        )
    return tuple(lines)


def dialogue_overview(
    services: Services,
    dialogue_id: int,
    soon_days: int = SOON_DAYS,
    limit: int = LIST_LIMIT,
    stale_months: int | None = None,
) -> DialogueOverview:
    """The overview of one dialogue as of the services' today, in one read; stale after
    ``stale_months`` months without news (by default the services' own setting)."""
    today = services.today()
    overdue = CommitmentFilter(dialogue_id=dialogue_id, overdue_only=True, sort=CommitmentSort.DUE)
    soon = CommitmentFilter(dialogue_id=dialogue_id, open_only=True).due_within(today, soon_days)
    months = services.stale_months if stale_months is None else stale_months
    stale = CommitmentFilter(dialogue_id=dialogue_id, stale_months=months)
    with services.read() as uow:
        row = uow.require(DialogueRow, dialogue_id, "dialogue")
        parties = tuple(
            party_record(uow.require(PartyRow, member.party_id, "party")) for member in row.members
        )
        by_status = overview_queries.meeting_status_counts(uow, dialogue_id)
        last_row = overview_queries.last_held_meeting(uow, dialogue_id)
        next_row = overview_queries.next_planned_meeting(uow, dialogue_id, today)
        past_row, past_total = overview_queries.past_planned_meetings(uow, dialogue_id, today)
        shown = last_periods(dialogue_periods(uow, dialogue_id))
        totals = period_side_totals(uow, dialogue_id, [period.start for period in shown])
        return DialogueOverview(
            dialogue=dialogue_record(row),
            parties=parties,
            today=today,
            meetings_held=by_status.get(MeetingStatus.HELD.value, 0),
            meetings_planned=by_status.get(MeetingStatus.PLANNED.value, 0),
            last_held=None if last_row is None else meeting_record(uow, last_row),
            next_meeting=None if next_row is None else meeting_record(uow, next_row),
            next_agenda=() if next_row is None else _agenda(uow, next_row.id),
            past_planned=None if past_row is None else meeting_record(uow, past_row),
            past_planned_total=past_total,
            counts=_counts(uow, dialogue_id),
            overdue=tuple(commitment_page(uow, replace(overdue, limit=limit), today)),
            overdue_total=commitment_total(uow, overdue, today),
            due_soon=tuple(commitment_page(uow, replace(soon, limit=limit), today)),
            due_soon_total=commitment_total(uow, soon, today),
            soon_days=soon_days,
            stale_total=commitment_total(uow, stale, today),
            stale_months=months,
            compliance_periods=shown,
            compliance=period_lines(shown, totals),
        )
