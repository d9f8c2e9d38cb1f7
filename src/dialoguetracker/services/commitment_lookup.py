"""Look-ups the Commitments view needs beside the paged list: where one commitment sits in
a sorted, filtered list (to scroll to it), and the choices its forms offer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialoguetracker.domain.filters import CommitmentFilter, SortKey
from dialoguetracker.services.context import Services
from dialoguetracker.store import commitment_lookup_queries as lookup
from dialoguetracker.store import commitment_page_queries as pages
from dialoguetracker.store.models import DocumentRow

MAX_CHOICES = 500
"""A form lists at most this many meetings or documents (the newest); one the record already
points at is always added."""


@dataclass(frozen=True)
class Choice:
    """One item a form offers: the record's id, its title and its date."""

    id: int
    title: str
    on: date | None = None


@dataclass(frozen=True)
class Place:
    """Where a commitment stands in a list: its row (from 0) and its key, from which the
    pages around it can be read without counting up to it again."""

    row: int
    key: SortKey


def commitment_place(services: Services, flt: CommitmentFilter, commitment_id: int) -> Place | None:
    """Where the filter's list shows the commitment, or None when the filter leaves it out.
    The filter's own paging is ignored."""
    with services.read() as uow:
        found = pages.commitment_place(uow, flt, services.today(), commitment_id)
    return None if found is None else Place(*found)


def commitment_position(
    services: Services, flt: CommitmentFilter, commitment_id: int
) -> int | None:
    """The row (from 0) on which the filter's list shows the commitment, or None when the
    filter leaves it out. The filter's own paging is ignored."""
    place = commitment_place(services, flt, commitment_id)
    return None if place is None else place.row


def meeting_choices(
    services: Services, dialogue_id: int, include: int | None = None, limit: int = MAX_CHOICES
) -> list[Choice]:
    """The dialogue's newest meetings, newest first, plus ``include`` if it is older."""
    with services.read() as uow:
        rows = lookup.meeting_choices(uow, dialogue_id, limit)
        if include is not None and all(row[0] != include for row in rows):
            extra = lookup.meeting_choice(uow, include)
            if extra is not None:
                rows.append(extra)
    return [Choice(row_id, title, start) for row_id, title, start in rows]


def document_choices(
    services: Services, dialogue_id: int, include: int | None = None, limit: int = MAX_CHOICES
) -> list[Choice]:
    """Documents of the dialogue's meetings, newest meeting first, plus ``include``."""
    with services.read() as uow:
        rows = lookup.document_choices(uow, dialogue_id, limit)
        if include is not None and all(row[0] != include for row in rows):
            document = uow.get(DocumentRow, include)
            if document is not None:
                rows.append((document.id, document.title, document.issued_on))
    return [Choice(row_id, title, issued) for row_id, title, issued in rows]
