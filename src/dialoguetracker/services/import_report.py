"""What an import reports, and how a broken rule is named at the file's JSON path and key."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.progress import CancelledError
from dialoguetracker.domain.words import listed, translate


@dataclass
class ImportReport:
    added: Counter[str] = field(default_factory=Counter)
    kept: int = 0

    def describe(self) -> str:
        """``added 3 meetings, 10 commitments; 2 records already in the store``."""
        parts = [_counted(count, kind) for kind, count in self.added.items() if count]
        added = listed(parts) if parts else translate("Import", "nothing new")
        return translate("Import", "added {added}; {kept} already in the store").format(
            added=added,
            kept=_counted(self.kept, "records"),
        )


SINGULAR = {"parties": "party", "people": "person", "entries": "entry"}

NOUNS: dict[str, tuple[str, str]] = {
    "parties": (translate("Records", "party"), translate("Records", "parties")),
    "organizations": (
        translate("Records", "organization"),
        translate("Records", "organizations"),
    ),
    "people": (translate("Records", "person"), translate("Records", "people")),
    "dialogues": (translate("Records", "dialogue"), translate("Records", "dialogues")),
    "topics": (translate("Records", "topic"), translate("Records", "topics")),
    "meetings": (translate("Records", "meeting"), translate("Records", "meetings")),
    "briefs": (translate("Records", "brief"), translate("Records", "briefs")),
    "participants": (translate("Records", "participant"), translate("Records", "participants")),
    "agenda items": (translate("Records", "agenda item"), translate("Records", "agenda items")),
    "documents": (translate("Records", "document"), translate("Records", "documents")),
    "commitments": (translate("Records", "commitment"), translate("Records", "commitments")),
    "updates": (translate("Records", "update"), translate("Records", "updates")),
    "records": (translate("Records", "record"), translate("Records", "records")),
    "entries": (translate("Records", "entry"), translate("Records", "entries")),
}
"""The words an import counts its records in, singular and plural, by the report's key."""


def _counted(count: int, plural: str) -> str:
    """``3 meetings``, ``1 person``: a count of the records of a kind, named by its plural."""
    one, many = NOUNS.get(plural, (SINGULAR.get(plural, plural.removesuffix("s")), plural))
    return translate("Import", "{count} {things}").format(
        count=count, things=one if count == 1 else many
    )


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
    return ValidationError(path, error.message)
