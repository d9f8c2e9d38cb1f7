"""What an import reports, and how a broken rule is named at the file's JSON path and key."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.progress import CancelledError


@dataclass
class ImportReport:
    added: Counter[str] = field(default_factory=Counter)
    kept: int = 0

    def describe(self) -> str:
        parts = [_counted(count, kind) for kind, count in self.added.items() if count]
        added = ", ".join(parts) if parts else "nothing new"
        return f"added {added}; {_counted(self.kept, 'records')} already in the store"


SINGULAR = {"parties": "party", "people": "person", "entries": "entry"}


def _counted(count: int, plural: str) -> str:
    if count != 1:
        return f"{count} {plural}"
    return f"1 {SINGULAR.get(plural, plural.removesuffix('s'))}"


FILE_KEYS = {
    "on": "date",
    "topic_id": "topic",
    "meeting_id": "meeting",
    "person_id": "person",
    "presenter_id": "presenter",
    "organization_id": "organization",
    "planned_minutes": "minutes",
    "source_document_id": "source.document",
    "source_clause": "source.clause",
    "recorded_on": "recorded",
}
"""Where a draft's field name differs from the key the file used for it."""


@contextmanager
def at_path(path: str) -> Iterator[None]:
    """Report a rule broken while writing an entry at that entry's JSON path and key."""
    try:
        yield
    except DialogueTrackerError as error:
        raise located(error, path) from None


def located(error: DialogueTrackerError, path: str) -> DialogueTrackerError:
    """The error to report for one raised at the entry at ``path``: what :func:`at_path`
    does, for the loops that run for each of 100,000 entries and would rather pay for a
    ``try`` (free until something raises) than for a context manager each time."""
    if isinstance(error, CancelledError):
        return error  # the user's doing, not the file's
    if isinstance(error, ValidationError):
        if error.field.startswith(path):
            return error
        key = FILE_KEYS.get(error.field, error.field)
        return ValidationError(f"{path}.{key}", error.problem)
    return ValidationError(path, str(error))
