"""A dialogue at a glance: meetings held, the next round and its agenda, commitments counted
by status and owner, and the short lists of what is overdue and what falls due soon.

Counting is done by the store (one grouped query); the two lists are ordinary commitment
pages with a limit, so the overview costs the same on a dialogue of ten commitments as on
one of a hundred thousand. The whole overview is read in one unit of work, so its figures,
lists and next round all describe the store at one moment, and it costs one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, MeetingStatus
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.domain.records import Commitment, Dialogue, Meeting, Party, Side
from dialoguetracker.services.commitments import commitment_page, commitment_total
from dialoguetracker.services.context import Services
from dialoguetracker.services.dialogues import dialogue_record
from dialoguetracker.services.directory import party_record
from dialoguetracker.services.meetings import meeting_record
from dialoguetracker.services.sides import side_of
from dialoguetracker.store import overview_queries
from dialoguetracker.store.models import (
    AgendaItemRow,
    DialogueRow,
    PartyRow,
    TopicRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork

SOON_DAYS = 30
"""How far ahead "due soon" looks, in days."""

LIST_LIMIT = 50
"""At most this many commitments in each of the overview's lists; the rest are counted."""


@dataclass(frozen=True)
class CommitmentCount:
    owner: Side
    status: CommitmentStatus
    count: int


@dataclass(frozen=True)
class CommitmentCounts:
    """The cells of an owner × status table; cells that would be zero are absent."""

    cells: tuple[CommitmentCount, ...] = ()

    @property
    def total(self) -> int:
        return sum(cell.count for cell in self.cells)

    @property
    def open(self) -> int:
        return sum(cell.count for cell in self.cells if not cell.status.is_closed)

    def count(self, owner: Side | None = None, status: CommitmentStatus | None = None) -> int:
        """Commitments of one owner, one status, both, or (with neither) all of them."""
        return sum(
            cell.count
            for cell in self.cells
            if (owner is None or cell.owner == owner) and (status is None or cell.status == status)
        )

    def by_status(self) -> dict[CommitmentStatus, int]:
        """Every status in its natural order, with zero where none are in it."""
        return {status: self.count(status=status) for status in CommitmentStatus}

    def by_owner(self) -> dict[Side, int]:
        """Owners that hold at least one commitment, in the order first met."""
        totals: dict[Side, int] = {}
        for cell in self.cells:
            totals[cell.owner] = totals.get(cell.owner, 0) + cell.count
        return totals


@dataclass(frozen=True)
class AgendaLine:
    """One item of the next meeting's agenda, with its topic's name read alongside."""

    item_id: int
    position: int
    title: str
    topic: str | None = None
    lead: Side | None = None
    planned_minutes: int | None = None


@dataclass(frozen=True)
class DialogueOverview:
    dialogue: Dialogue
    parties: tuple[Party, ...]
    """The dialogue's parties, in the dialogue's order."""
    today: date
    meetings_held: int
    meetings_planned: int
    last_held: Meeting | None
    next_meeting: Meeting | None
    next_agenda: tuple[AgendaLine, ...]
    past_planned: Meeting | None
    """The latest meeting still marked planned although its date has passed."""
    past_planned_total: int
    counts: CommitmentCounts
    overdue: tuple[Commitment, ...]
    overdue_total: int
    due_soon: tuple[Commitment, ...]
    due_soon_total: int
    soon_days: int = SOON_DAYS

    @property
    def sides(self) -> tuple[Side, ...]:
        """Every side a commitment can have: each party in order, then joint, then any owner
        found in the counts that is no longer a party of the dialogue."""
        known: list[Side] = [party.code for party in self.parties]
        known.append(JOINT)
        extra = [owner for owner in self.counts.by_owner() if owner not in known]
        return (*known, *sorted(extra))


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
    services: Services, dialogue_id: int, soon_days: int = SOON_DAYS, limit: int = LIST_LIMIT
) -> DialogueOverview:
    """The overview of one dialogue as of the services' today, in one read."""
    today = services.today()
    overdue = CommitmentFilter(dialogue_id=dialogue_id, overdue_only=True, sort=CommitmentSort.DUE)
    soon = CommitmentFilter(dialogue_id=dialogue_id, open_only=True).due_within(today, soon_days)
    with services.read() as uow:
        row = uow.require(DialogueRow, dialogue_id, "dialogue")
        parties = tuple(
            party_record(uow.require(PartyRow, member.party_id, "party")) for member in row.members
        )
        by_status = overview_queries.meeting_status_counts(uow, dialogue_id)
        last_row = overview_queries.last_held_meeting(uow, dialogue_id)
        next_row = overview_queries.next_planned_meeting(uow, dialogue_id, today)
        past_row, past_total = overview_queries.past_planned_meetings(uow, dialogue_id, today)
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
        )
