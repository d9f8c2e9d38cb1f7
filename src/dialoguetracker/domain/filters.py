"""What a list view asks for: plain values the store turns into one SQL query.

A view over a hundred thousand commitments pages through these, so every criterion here
must be expressible in SQL; nothing is filtered or sorted after the rows are loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from dialoguetracker.domain.enums import Audience, CommitmentStatus
from dialoguetracker.domain.records import Side


class CommitmentSort(StrEnum):
    """The columns a commitment list can be sorted by; ties always fall back to the id."""

    DUE = "due"
    STATUS = "status"
    OWNER = "owner"
    TOPIC = "topic"
    ID = "id"


@dataclass(frozen=True)
class CommitmentFilter:
    """Every criterion left at its default lets all commitments through.

    ``overdue_only`` is worked out against the day the query runs (due before today and not
    closed), because overdue is never stored. Commitments without a due date sort last in
    either direction, since "no date" is neither early nor late.
    """

    dialogue_id: int | None = None
    statuses: frozenset[CommitmentStatus] = frozenset()
    owner: Side | None = None
    topic_id: int | None = None
    meeting_id: int | None = None
    due_from: date | None = None
    due_until: date | None = None
    overdue_only: bool = False
    open_only: bool = False
    text: str | None = None
    audience: Audience | None = None
    sort: CommitmentSort = CommitmentSort.DUE
    descending: bool = False
    offset: int = 0
    limit: int | None = None

    def due_within(self, today: date, days: int) -> CommitmentFilter:
        """The same filter narrowed to commitments due between today and ``days`` from now."""
        return replace(self, due_from=today, due_until=today + timedelta(days=days))
