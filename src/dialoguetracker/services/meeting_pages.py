"""A dialogue's meetings a page at a time, newest first, for lists that must not read them
all: a count for the scroll bar, one page per call, and where a given meeting stands."""

from __future__ import annotations

from datetime import date

from dialoguetracker.domain.records import Meeting
from dialoguetracker.services.context import Services
from dialoguetracker.services.meetings import meeting_record
from dialoguetracker.store import meeting_page_queries as queries
from dialoguetracker.store.models import DialogueRow

MAX_PAGE = 1000
"""The most rows one call hands out, however many are asked for."""


def count_meetings(
    services: Services, dialogue_id: int, since: date | None = None, until: date | None = None
) -> int:
    """How many meetings of the dialogue start in ``[since, until]`` (both inclusive)."""
    with services.read() as uow:
        uow.require(DialogueRow, dialogue_id, "dialogue")
        return queries.count_meetings(uow, dialogue_id, since, until)


def meeting_page(
    services: Services,
    dialogue_id: int,
    offset: int,
    limit: int,
    since: date | None = None,
    until: date | None = None,
) -> list[Meeting]:
    """Meetings ``offset`` to ``offset + limit`` of the dialogue, newest first."""
    with services.read() as uow:
        uow.require(DialogueRow, dialogue_id, "dialogue")
        rows = queries.meeting_page(uow, dialogue_id, offset, min(limit, MAX_PAGE), since, until)
        return [meeting_record(uow, row) for row in rows]


def meeting_position(
    services: Services,
    dialogue_id: int,
    meeting_id: int,
    since: date | None = None,
    until: date | None = None,
) -> int | None:
    """The row (from 0) the meeting has in :func:`meeting_page`'s order, or None when it is
    not a meeting of the dialogue in that period."""
    with services.read() as uow:
        return queries.meeting_rank(uow, dialogue_id, meeting_id, since, until)


def latest_meeting(services: Services, dialogue_id: int) -> Meeting | None:
    """The dialogue's newest meeting by start, held or planned."""
    found = meeting_page(services, dialogue_id, 0, 1)
    return found[0] if found else None
