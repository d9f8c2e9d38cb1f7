"""The interchange document (format ``dialoguetracker``, version 1) as plain data.

The JSON reader in :mod:`dialoguetracker.interop` fills these after checking every value and
every file-local id; the interchange services write them to a store, or read a store into them
for export. Ids here are the file's own strings, never store ids. ``path`` is where an entry
stood in the file, so that a rule broken on import can be reported at its JSON path.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date

from dialoguetracker.domain.enums import (
    CommitmentStatus,
    DialogueStatus,
    DocumentKind,
    Handling,
    MeetingFormat,
    MeetingStatus,
    Presence,
    RecordState,
    Role,
)
from dialoguetracker.domain.records import When

FORMAT_NAME = "dialoguetracker"
FORMAT_VERSION = 1


def _path() -> str:
    return field(default="", compare=False)


@dataclass(frozen=True)
class PartyData:
    code: str
    name: str
    language: str | None = None
    path: str = _path()


@dataclass(frozen=True)
class OrganizationData:
    id: str
    party: str
    name: str
    path: str = _path()


@dataclass(frozen=True)
class PersonData:
    id: str
    name: str
    party: str
    organization: str | None = None
    title: str | None = None
    contact: str | None = None
    pronunciation: str | None = None
    biography: str | None = None
    path: str = _path()


@dataclass(frozen=True)
class TopicData:
    id: str
    name: str
    path: str = _path()


@dataclass(frozen=True)
class BriefData:
    purpose: str
    objectives: tuple[str, ...] = ()
    their_objectives: tuple[str, ...] = ()
    their_asks: tuple[str, ...] = ()
    press_line: str | None = None
    handling: Handling = Handling.INTERNAL
    path: str = _path()


@dataclass(frozen=True)
class ParticipantData:
    person: str
    role: Role = Role.MEMBER
    presence: Presence = Presence.UNKNOWN
    path: str = _path()


@dataclass(frozen=True)
class AgendaItemData:
    title: str
    topic: str | None = None
    lead: str | None = None
    presenter: str | None = None
    minutes: int | None = None
    notes: str | None = None
    outcome: str | None = None
    handling: Handling = Handling.INTERNAL
    points_to_make: tuple[str, ...] = ()
    their_position: str | None = None
    our_response: str | None = None
    path: str = _path()


@dataclass(frozen=True)
class DocumentData:
    id: str | None
    kind: DocumentKind
    title: str
    date: date | None = None
    language: str | None = None
    url: str | None = None
    text: str | None = None
    handling: Handling = Handling.PUBLIC
    path: str = _path()


@dataclass(frozen=True)
class MeetingData:
    id: str
    title: str
    start: When
    end: When | None = None
    location: str | None = None
    format: MeetingFormat | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    record: RecordState = RecordState.DRAFT
    host: str | None = None
    summary: str | None = None
    summary_handling: Handling = Handling.COUNTERPART
    brief: BriefData | None = None
    participants: tuple[ParticipantData, ...] = ()
    agenda: tuple[AgendaItemData, ...] = ()
    documents: tuple[DocumentData, ...] = ()
    path: str = _path()


@dataclass(frozen=True)
class LeadData:
    organization: str
    person: str | None = None
    path: str = _path()


@dataclass(frozen=True)
class SourceData:
    document: str | None
    clause: str | None
    path: str = _path()


@dataclass(frozen=True)
class UpdateData:
    date: dt.date
    note: str
    status: CommitmentStatus | None = None
    due: dt.date | None = None
    reason: str | None = None
    meeting: str | None = None
    handling: Handling = Handling.INTERNAL
    path: str = _path()


@dataclass(frozen=True)
class AssessmentData:
    """A compliance assessment (:mod:`dialoguetracker.domain.compliance`): ``period_end`` is
    the date of the held round that closes the period assessed, None for the current one."""

    side: str
    score: int
    evidence: str
    date: dt.date
    period_end: dt.date | None = None
    final: bool = False
    handling: Handling = Handling.INTERNAL
    by: str | None = None
    path: str = _path()


@dataclass(frozen=True)
class CommitmentData:
    """``status`` and ``due`` are the current values; ``initial_*`` and ``recorded`` are this
    program's extension keys, needed to rebuild the status at past dates."""

    id: str
    text: str
    owner: str
    status: CommitmentStatus
    topic: str | None = None
    meeting: str | None = None
    leads: tuple[LeadData, ...] = ()
    due: date | None = None
    source: SourceData | None = None
    handling: Handling = Handling.COUNTERPART
    updates: tuple[UpdateData, ...] = ()
    assessments: tuple[AssessmentData, ...] = ()
    recorded: date | None = None
    initial_status: CommitmentStatus | None = None
    initial_due: date | None = None
    path: str = _path()


@dataclass(frozen=True)
class DialogueData:
    id: str
    name: str
    parties: tuple[str, ...]
    short_name: str | None = None
    framework: str | None = None
    description: str | None = None
    status: DialogueStatus = DialogueStatus.ACTIVE
    topics: tuple[TopicData, ...] = ()
    meetings: tuple[MeetingData, ...] = ()
    commitments: tuple[CommitmentData, ...] = ()
    path: str = _path()


@dataclass(frozen=True)
class InterchangeData:
    parties: tuple[PartyData, ...] = ()
    organizations: tuple[OrganizationData, ...] = ()
    people: tuple[PersonData, ...] = ()
    dialogues: tuple[DialogueData, ...] = ()


def default_initial_status(data: CommitmentData) -> CommitmentStatus:
    """Without updates that change the status, it has always been the current one; with them,
    the starting point not written in the file is *agreed*, as for a commitment in a statement."""
    if any(update.status is not None for update in data.updates):
        return CommitmentStatus.AGREED
    return data.status


def default_initial_due(data: CommitmentData) -> date | None:
    if any(update.due is not None for update in data.updates):
        return None
    return data.due


def default_recorded(data: CommitmentData, meeting_start: date | None) -> date | None:
    """A commitment is taken to be recorded at its meeting, else with its first update."""
    if meeting_start is not None:
        return meeting_start
    return min((update.date for update in data.updates), default=None)
