"""What a briefing and a meeting record hold, as plain data, before any PDF is drawn.

The services fill these from the store for one audience (everything the audience may not see
is already left out); the report renderer turns them into pages and decides nothing about
content. Texts are the user's own, unescaped: escaping is the renderer's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from dialoguetracker.domain.briefing_format import DEFAULT_MARKING as DEFAULT_MARKING
from dialoguetracker.domain.briefing_format import BriefingFormat as BriefingFormat
from dialoguetracker.domain.compliance import ComplianceSummary
from dialoguetracker.domain.enums import Audience, CommitmentStatus, DocumentKind, Presence, Role
from dialoguetracker.domain.records import When


@dataclass(frozen=True)
class BriefingOptions:
    """The same options in the GUI dialog and on the command line.

    ``our_side`` is the party whose officials are briefed; by default the dialogue's first
    party. ``reproducible`` fixes dates and ids inside the PDF so the same store and options
    give a byte-identical file.
    """

    dialogue_id: int | None = None
    meeting_id: int | None = None
    since: date | None = None
    until: date | None = None
    topic_ids: frozenset[int] = frozenset()
    format: BriefingFormat = BriefingFormat.FULL
    language: str = "en"
    marking: str = DEFAULT_MARKING
    audience: Audience = Audience.INTERNAL
    include_notes: bool = True
    our_side: str | None = None
    prepared_by: str = ""
    reproducible: bool = False


@dataclass(frozen=True)
class PartyName:
    code: str
    name: str


@dataclass(frozen=True)
class MeetingHeader:
    id: int
    title: str
    start: When
    end: When | None
    location: str | None
    format: str | None
    host: str | None
    status: str
    record: str


@dataclass(frozen=True)
class Participant:
    name: str
    party: str
    organization: str | None
    title: str | None
    role: Role
    presence: Presence
    pronunciation: str | None
    biography: str | None


@dataclass(frozen=True)
class AgendaPoint:
    """An agenda item as the briefing shows it; the preparation fields are empty for any
    audience but internal, and notes/outcome are empty when their handling is above it."""

    position: int
    title: str
    topic: str | None
    lead: str | None
    presenter: str | None
    minutes: int | None
    notes: str | None
    outcome: str | None
    points_to_make: tuple[str, ...] = ()
    their_position: str | None = None
    our_response: str | None = None


@dataclass(frozen=True)
class CommitmentLine:
    id: int
    text: str
    topic: str | None
    owner: str
    status: CommitmentStatus
    due: date | None
    overdue: bool
    latest_update: str | None = None
    latest_update_on: date | None = None
    no_news_since: date | None = None
    """For a stale open commitment, its last news (its latest update the audience may read,
    else the day it was recorded); None for the others."""


@dataclass(frozen=True)
class StatusMove:
    commitment: str
    on: date
    old: CommitmentStatus | None
    new: CommitmentStatus
    reason: str | None


@dataclass(frozen=True)
class DueMove:
    commitment: str
    on: date
    old: date | None
    new: date
    reason: str | None


@dataclass(frozen=True)
class SinceLastRound:
    """Rebuilt from the update history between the last round and the briefing date."""

    since: date | None
    status_moves: tuple[StatusMove, ...] = ()
    new_commitments: tuple[CommitmentLine, ...] = ()
    closed_commitments: tuple[CommitmentLine, ...] = ()
    due_moves: tuple[DueMove, ...] = ()


@dataclass(frozen=True)
class Scorecard:
    """Per side: closed on or before the due date, closed after it, still open, overdue."""

    side: str
    on_time: int
    late: int
    open: int
    overdue: int


@dataclass(frozen=True)
class TopicHistory:
    topic: str
    meetings: tuple[tuple[date, str], ...]
    open: int
    closed: int


@dataclass(frozen=True)
class StatusCount:
    status: CommitmentStatus
    side: str
    count: int


@dataclass(frozen=True)
class Attachment:
    kind: DocumentKind
    title: str
    date: date | None
    language: str | None
    url: str | None


@dataclass(frozen=True)
class LastRound:
    title: str
    start: When
    summary: str | None
    outcomes: tuple[tuple[str, str], ...] = ()
    """(agenda item title, outcome) pairs the audience may see."""


@dataclass(frozen=True)
class BriefingData:
    options: BriefingOptions
    generated: datetime
    dialogue: str
    dialogue_short: str | None
    framework: str | None
    parties: tuple[PartyName, ...]
    our_side: str
    meeting: MeetingHeader | None
    purpose: str = ""
    objectives: tuple[str, ...] = ()
    their_objectives: tuple[str, ...] = ()
    their_asks: tuple[str, ...] = ()
    press_line: str | None = None
    agenda: tuple[AgendaPoint, ...] = ()
    last_round: LastRound | None = None
    since_last_round: SinceLastRound = field(default_factory=lambda: SinceLastRound(None))
    open_by_topic: tuple[tuple[str, tuple[CommitmentLine, ...]], ...] = ()
    scorecards: tuple[Scorecard, ...] = ()
    topic_history: tuple[TopicHistory, ...] = ()
    chart: tuple[StatusCount, ...] = ()
    compliance: ComplianceSummary | None = None
    """Each side's compliance in the period since the last round, overall and by topic,
    from the assessments the audience may see (its one period); None when there are none."""
    counterpart_delegation: tuple[Participant, ...] = ()
    our_delegation: tuple[Participant, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    past_planned: MeetingHeader | None = None
    """When no meeting is briefed for: the latest meeting still marked planned although its
    date has passed, which the reader should know was not taken as the next round."""


@dataclass(frozen=True)
class MeetingRecordData:
    """One meeting's record (minutes): delegations with attendance, agenda with notes and
    outcomes, commitments made and reviewed at it, and its documents."""

    options: BriefingOptions
    generated: datetime
    dialogue: str
    parties: tuple[PartyName, ...]
    meeting: MeetingHeader
    summary: str | None
    delegations: tuple[tuple[PartyName, tuple[Participant, ...]], ...]
    agenda: tuple[AgendaPoint, ...]
    commitments_made: tuple[CommitmentLine, ...]
    commitments_reviewed: tuple[tuple[CommitmentLine, str, date], ...]
    """(commitment, the update's note, its date) for each update recorded at the meeting."""
    documents: tuple[Attachment, ...]
