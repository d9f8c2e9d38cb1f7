"""The commitment register as the Commitments view first shows it, as one record.

Read by :mod:`dialoguetracker.store.first_screen` before the services are loaded; the view
shows it until the services read the same again.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialoguetracker.domain.filters import CommitmentPage
from dialoguetracker.domain.records import CommitmentUpdate, Dialogue, Meeting, Topic


@dataclass(frozen=True)
class Register:
    """What the Commitments view first shows of a dialogue: its choices, the first page of
    its commitments with their keys, and the first one's updates, meeting and source."""

    dialogue: Dialogue
    topics: list[Topic]
    total: int
    page: CommitmentPage
    updates: list[CommitmentUpdate]
    meeting: Meeting | None
    source_title: str
