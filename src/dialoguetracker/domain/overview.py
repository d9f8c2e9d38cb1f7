"""A dialogue at a glance, as records: what the overview shows, read by the services
(:mod:`dialoguetracker.services.overview`) or, for the first screen, by
:mod:`dialoguetracker.store.first_screen`; both hand out these same records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialoguetracker.domain.compliance import Average, ComplianceLine, Period
from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.domain.records import Commitment, Dialogue, Meeting, Party, Side
from dialoguetracker.domain.staleness import STALE_MONTHS

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
    stale_total: int = 0
    """Open commitments with no news for ``stale_months`` months (see
    :mod:`~dialoguetracker.domain.staleness`)."""
    stale_months: int = STALE_MONTHS
    compliance_periods: tuple[Period, ...] = ()
    """The last complete period between rounds and the current one, those there are."""
    compliance: tuple[ComplianceLine, ...] = ()
    """Each side's average in those periods, for the sides scored in them."""

    def average(self, period: Period, side: str) -> Average:
        """A side's average in one of ``compliance_periods``; no count when not scored."""
        for line in self.compliance:
            if line.period == period and line.side == side:
                return line.average
        return Average(0)

    @property
    def sides(self) -> tuple[Side, ...]:
        """Every side a commitment can have: each party in order, then joint, then any owner
        found in the counts that is no longer a party of the dialogue."""
        known: list[Side] = [party.code for party in self.parties]
        known.append(JOINT)
        extra = [owner for owner in self.counts.by_owner() if owner not in known]
        return (*known, *sorted(extra))
