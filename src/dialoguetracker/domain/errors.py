"""Errors a user can act on. Each carries the field (or JSON path) it is about."""

from __future__ import annotations

from datetime import UTC, datetime


class DialogueTrackerError(Exception):
    """Base of every error that is shown to a user as one line instead of a traceback."""

    exit_status = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DialogueTrackerError):
    """Input that breaks a rule; ``field`` names what is wrong so the GUI can mark it."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFoundError(DialogueTrackerError):
    """A record asked for by id that the store does not hold."""

    def __init__(self, kind: str, record_id: int | str) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class RecordLockedError(DialogueTrackerError):
    """A change to a meeting whose record is final; it must be reopened first."""


class StoreError(DialogueTrackerError):
    """The store cannot be opened, read or written (not a store, newer schema, read-only …)."""


class DiskFullError(StoreError):
    """The disk (or quota) holding a store or its backup has no room left.

    SQLite says ``database or disk is full`` or, when even its shared-memory file cannot grow,
    ``disk I/O error``; PostgreSQL says ``could not extend file``. None of those tells a user
    what to do, and the second sounds like a broken disk. Every such failure becomes this one
    error, naming the file, so the command line and the GUI say the same plain sentence. The
    write was refused whole (SQLite rolls the transaction back; the store file itself is never
    touched by a write that did not commit), so ``outcome`` says what did *not* happen.
    """

    def __init__(self, path: object, outcome: str = "nothing was saved") -> None:
        super().__init__(
            f"the disk holding {path} is full; {outcome} (free some space and try again)"
        )
        self.path = path
        self.outcome = outcome


class UsageError(DialogueTrackerError):
    """Wrong use of the command line."""

    exit_status = 2


class ConflictError(DialogueTrackerError):
    """A change the store's rules refuse: a duplicate, or a record others still refer to."""


class StaleRecordError(ConflictError):
    """A save refused because someone else changed the record since it was read.

    ``kind`` and ``record_id`` name the record (the id is None when only the store noticed,
    at the moment of writing); ``actor`` and ``at`` say who changed it last and when, if the
    audit trail knows.
    """

    def __init__(
        self,
        kind: str,
        record_id: int | None,
        name: str | None = None,
        actor: str | None = None,
        at: datetime | None = None,
    ) -> None:
        if name:
            label = f"{kind} '{name}'"
        else:
            label = f"this {kind}" if record_id is None else f"{kind} {record_id}"
        if actor is not None and at is not None:
            # The store keeps UTC; SQLite hands it back without a zone.
            moment = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
            stamp = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
            who = f"was changed by {actor} at {stamp}"
        elif actor is not None:
            who = f"was changed by {actor}"
        else:
            who = "was changed by someone else"
        super().__init__(f"{label} {who} since you opened it; reload it to see the change")
        self.kind = kind
        self.record_id = record_id
        self.name = name
        self.actor = actor
        self.at = at
