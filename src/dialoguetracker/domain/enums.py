"""The closed vocabularies of the domain.

Each enum's value is the exact word the interchange format and the store use, so that a value
read from a file, a database row or a command-line flag needs no translation table.
"""

from __future__ import annotations

from enum import StrEnum


class Handling(StrEnum):
    """Who may see a piece of text: ordered from most open to most closed."""

    PUBLIC = "public"
    COUNTERPART = "counterpart"
    INTERNAL = "internal"

    @property
    def rank(self) -> int:
        return _HANDLING_RANK[self]


_HANDLING_RANK = {Handling.PUBLIC: 0, Handling.COUNTERPART: 1, Handling.INTERNAL: 2}


class Audience(StrEnum):
    """Who an export is for; it leaves out every item whose handling is above it."""

    PUBLIC = "public"
    COUNTERPART = "counterpart"
    INTERNAL = "internal"

    def admits(self, handling: Handling) -> bool:
        return handling.rank <= Handling(self.value).rank


class DialogueStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    CONCLUDED = "concluded"


class MeetingFormat(StrEnum):
    IN_PERSON = "in-person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class RecordState(StrEnum):
    """A *final* record is locked until someone reopens it."""

    DRAFT = "draft"
    FINAL = "final"


class Role(StrEnum):
    HEAD = "head of delegation"
    MEMBER = "member"
    OBSERVER = "observer"
    COPIED = "copied"


class Presence(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    UNKNOWN = "unknown"


class CommitmentStatus(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DEFERRED = "deferred"
    DROPPED = "dropped"
    REFERRED = "referred"

    @property
    def is_closed(self) -> bool:
        """Closed commitments are never overdue and leave the open lists."""
        return self in _CLOSED

    @property
    def needs_reason(self) -> bool:
        """Moving a commitment into one of these states must say why."""
        return self in _NEEDS_REASON


_CLOSED = frozenset(
    {CommitmentStatus.COMPLETED, CommitmentStatus.DROPPED, CommitmentStatus.REFERRED}
)
_NEEDS_REASON = frozenset(
    {CommitmentStatus.DEFERRED, CommitmentStatus.DROPPED, CommitmentStatus.REFERRED}
)


class DocumentKind(StrEnum):
    JOINT_STATEMENT = "joint statement"
    READOUT = "readout"
    FACT_SHEET = "fact sheet"
    MINUTES = "minutes"


JOINT = "joint"
"""The side word for something both parties own or lead together."""


class ServerRole(StrEnum):
    """What a login may do on a store kept on a PostgreSQL server."""

    READER = "reader"
    """Reads everything."""
    COUNTERPART_READER = "counterpart-reader"
    """Reads only what is counterpart or public."""
    EDITOR = "editor"
    """Reads and writes; never the schema or the audit trail."""
    ADMIN = "admin"
    """Also upgrades the schema and reopens final records."""
