"""The commitment register: its rows as a spreadsheet holds them, and as the Commitments view
first shows it.

:class:`Register` is read by :mod:`dialoguetracker.store.first_screen` before the services are
loaded; the view shows it until the services read the same again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialoguetracker.domain.enums import CommitmentStatus, Handling
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


@dataclass(frozen=True)
class RegisterRow:
    """One commitment as a line of the register a spreadsheet holds: the names of what it
    points at, and its latest progress update."""

    dialogue: str
    number: int | str
    text: str
    status: CommitmentStatus
    owner: str
    topic: str | None
    due: date | None
    latest_note: str | None
    latest_on: date | None
    meeting: str | None
    handling: Handling
