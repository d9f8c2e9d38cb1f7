"""Plain, immutable records that services take in and hand out.

Nothing here is bound to a database session: a record read in one call can be kept by a
widget, compared, or passed back in a later call. A *draft* holds what a user may edit; the
matching record adds the store id and anything derived.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

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
from dialoguetracker.domain.record_kinds import RecordKind

When = date | datetime
"""A meeting's start or end: a calendar date, or an aware datetime when the time is known."""

MAX_MINUTES = 10_000
"""The longest an agenda item may be planned for: about a week of sessions."""

Side = str
"""A party code (``US``, ``MX``) or :data:`~dialoguetracker.domain.enums.JOINT`."""


@dataclass(frozen=True)
class PartyDraft:
    code: str
    name: str
    language: str | None = None


@dataclass(frozen=True)
class Party(PartyDraft):
    id: int = 0


@dataclass(frozen=True)
class OrganizationDraft:
    party: str
    name: str


@dataclass(frozen=True)
class Organization(OrganizationDraft):
    id: int = 0


@dataclass(frozen=True)
class PersonDraft:
    name: str
    party: str
    organization_id: int | None = None
    title: str | None = None
    contact: str | None = None
    pronunciation: str | None = None
    biography: str | None = None


@dataclass(frozen=True)
class Person(PersonDraft):
    id: int = 0


@dataclass(frozen=True)
class DialogueDraft:
    name: str
    parties: tuple[str, ...]
    short_name: str | None = None
    framework: str | None = None
    description: str | None = None
    status: DialogueStatus = DialogueStatus.ACTIVE


@dataclass(frozen=True)
class Dialogue(DialogueDraft):
    id: int = 0


@dataclass(frozen=True)
class TopicDraft:
    dialogue_id: int
    name: str


@dataclass(frozen=True)
class Topic(TopicDraft):
    id: int = 0


@dataclass(frozen=True)
class MeetingDraft:
    dialogue_id: int
    title: str
    start: When
    end: When | None = None
    location: str | None = None
    format: MeetingFormat | None = None
    host: str | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    summary: str | None = None
    summary_handling: Handling = Handling.COUNTERPART

    @property
    def last_day(self) -> date:
        """The meeting's last day where it is held: its end's date, else its start's."""
        last = self.start if self.end is None else self.end
        return last.date() if isinstance(last, datetime) else last

    def planned_but_past(self, today: date) -> bool:
        """Still marked planned although its last day has passed: most likely held or called
        off and not yet marked so; it is no longer anybody's *next* meeting."""
        return self.status is MeetingStatus.PLANNED and self.last_day < today


@dataclass(frozen=True)
class Meeting(MeetingDraft):
    id: int = 0
    record: RecordState = RecordState.DRAFT
    version: int = field(default=0, compare=False)
    """The store's version of the row when this record was read; 0 when not known. Not
    compared: two reads of the same content are equal records whatever saves came between."""


@dataclass(frozen=True)
class MeetingBrief:
    """Our side's preparation for one meeting; internal unless marked otherwise."""

    meeting_id: int
    purpose: str = ""
    objectives: tuple[str, ...] = ()
    their_objectives: tuple[str, ...] = ()
    their_asks: tuple[str, ...] = ()
    press_line: str | None = None
    handling: Handling = Handling.INTERNAL


@dataclass(frozen=True)
class AttendanceDraft:
    meeting_id: int
    person_id: int
    role: Role = Role.MEMBER
    presence: Presence = Presence.UNKNOWN


@dataclass(frozen=True)
class Attendance(AttendanceDraft):
    id: int = 0


@dataclass(frozen=True)
class AgendaItemDraft:
    meeting_id: int
    title: str
    topic_id: int | None = None
    lead: Side | None = None
    presenter_id: int | None = None
    planned_minutes: int | None = None
    notes: str | None = None
    outcome: str | None = None
    handling: Handling = Handling.INTERNAL
    points_to_make: tuple[str, ...] = ()
    their_position: str | None = None
    our_response: str | None = None


@dataclass(frozen=True)
class AgendaItem(AgendaItemDraft):
    id: int = 0
    position: int = 0


@dataclass(frozen=True)
class Lead:
    """Who carries a commitment forward on one side."""

    organization_id: int
    person_id: int | None = None


@dataclass(frozen=True)
class CommitmentDraft:
    dialogue_id: int
    text: str
    owner: Side
    meeting_id: int | None = None
    agenda_item_id: int | None = None
    topic_id: int | None = None
    leads: tuple[Lead, ...] = ()
    source_document_id: int | None = None
    source_clause: str | None = None
    handling: Handling = Handling.COUNTERPART


@dataclass(frozen=True)
class Commitment(CommitmentDraft):
    """A commitment as it stands; status and due date change only through updates."""

    id: int = 0
    status: CommitmentStatus = CommitmentStatus.AGREED
    due: date | None = None
    recorded_on: date | None = None
    initial_status: CommitmentStatus = CommitmentStatus.AGREED
    initial_due: date | None = None
    version: int = field(default=0, compare=False)
    """The store's version of the row when this record was read; 0 when not known. Not
    compared: two reads of the same content are equal records whatever saves came between."""

    def is_overdue(self, today: date) -> bool:
        """Derived, never stored: past its due date and not closed."""
        return self.due is not None and self.due < today and not self.status.is_closed


@dataclass(frozen=True)
class CommitmentUpdateDraft:
    commitment_id: int
    on: date
    note: str
    status: CommitmentStatus | None = None
    due: date | None = None
    reason: str | None = None
    meeting_id: int | None = None
    handling: Handling = Handling.INTERNAL


@dataclass(frozen=True)
class CommitmentUpdate(CommitmentUpdateDraft):
    id: int = 0


@dataclass(frozen=True)
class DocumentDraft:
    meeting_id: int
    kind: DocumentKind
    title: str
    date: date | None = None
    language: str | None = None
    url: str | None = None
    text: str | None = None
    handling: Handling = Handling.PUBLIC


@dataclass(frozen=True)
class Document(DocumentDraft):
    id: int = 0


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int
    action: str
    field: str | None = None
    old: str | None = None
    new: str | None = None
    subject: str | None = None
    """The name of the part of a record the entry is about (an agenda item's title, the person
    an attendance row lists), when it comes from a record's history through that part."""


@dataclass(frozen=True)
class StoreSummary:
    """What a store holds, in numbers, for the command line and the status bar."""

    parties: int
    people: int
    dialogues: int
    meetings: int
    commitments: int
    open_commitments: int
    overdue_commitments: int
    documents: int
    dialogue_names: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SearchHit:
    """One record whose text holds the words searched for; ``kind`` says where it lives."""

    kind: RecordKind
    record_id: int
    title: str
