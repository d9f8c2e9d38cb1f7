"""Errors a user can act on. Each carries the field (or JSON path) it is about."""

from __future__ import annotations

from datetime import UTC, datetime

from dialoguetracker.domain.record_kinds import kind_noun
from dialoguetracker.domain.words import translate


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
        super().__init__(
            translate("Errors", "{field}: {problem}").format(field=field, problem=problem)
        )
        self.field = field
        self.problem = problem


class NotFoundError(DialogueTrackerError):
    """A record asked for by id that the store does not hold."""

    def __init__(self, kind: str, record_id: int | str) -> None:
        super().__init__(no_record(kind, record_id))
        self.kind = kind
        self.record_id = record_id


def no_record(kind: str, record_id: int | str) -> str:
    """``no meeting with id 7``: what :class:`NotFoundError` says, also said as the problem of
    a field that names a record the store does not hold."""
    return translate("Errors", "no {kind} with id {record_id}").format(
        kind=kind_noun(kind), record_id=record_id
    )


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

    def __init__(self, path: object, outcome: str | None = None) -> None:
        if outcome is None:
            outcome = translate("Errors", "nothing was saved")
        super().__init__(
            translate(
                "Errors",
                "the disk holding {path} is full; {outcome} (free some space and try again)",
            ).format(
                path=path,
                outcome=outcome,
            )
        )
        self.path = path
        self.outcome = outcome


class NotPermittedError(StoreError):
    """The server refused the login what it asked: its role on the store does not allow it."""


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
        noun = kind_noun(kind)
        if name:
            label = translate("Errors", "{kind} '{name}'").format(kind=noun, name=name)
        elif record_id is None:
            label = translate("Errors", "this {kind}").format(kind=noun)
        else:
            label = translate("Errors", "{kind} {record_id}").format(kind=noun, record_id=record_id)
        if actor is not None and at is not None:
            # The store keeps UTC; SQLite hands it back without a zone.
            moment = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
            stamp = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
            message = translate(
                "Errors",
                "{record} was changed by {actor} at {stamp} since you opened it; "
                "reload it to see the change",
            ).format(
                record=label,
                actor=actor,
                stamp=stamp,
            )
        elif actor is not None:
            message = translate(
                "Errors",
                "{record} was changed by {actor} since you opened it; reload it to see the change",
            ).format(
                record=label,
                actor=actor,
            )
        else:
            message = translate(
                "Errors",
                "{record} was changed by someone else since you opened it; "
                "reload it to see the change",
            ).format(
                record=label,
            )
        super().__init__(message)
        self.kind = kind
        self.record_id = record_id
        self.name = name
        self.actor = actor
        self.at = at
