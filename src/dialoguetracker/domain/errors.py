"""Errors a user can act on. Each carries the field (or JSON path) it is about."""

from __future__ import annotations


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


class UsageError(DialogueTrackerError):
    """Wrong use of the command line."""

    exit_status = 2


class ConflictError(DialogueTrackerError):
    """A change the store's rules refuse: a duplicate, or a record others still refer to."""
