"""What a calendar export holds: the dialogue's meetings and, if asked, the due dates of its open
commitments, with only what the audience may see."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from dialoguetracker.domain.enums import Audience, Handling
from dialoguetracker.domain.records import Dialogue, Meeting
from dialoguetracker.services.context import Services
from dialoguetracker.services.dialogues import list_dialogues
from dialoguetracker.services.meetings import list_meetings
from dialoguetracker.store.briefing_queries import last_change
from dialoguetracker.store.calendar_queries import open_due_dates


@dataclass(frozen=True)
class DueDate:
    """What a calendar shows of a commitment: its text on its due day."""

    commitment_id: int
    dialogue_id: int
    text: str
    due: date


@dataclass(frozen=True)
class CalendarData:
    dialogues: dict[int, Dialogue]
    meetings: list[Meeting]
    due: list[DueDate]
    stamp: datetime
    """When the store last changed: the calendar's DTSTAMP, so the same store exports the
    same file (a calendar program re-importing it sees no change where there was none)."""


def calendar_data(
    services: Services,
    dialogue: Dialogue | None = None,
    audience: Audience = Audience.INTERNAL,
    with_due_dates: bool = True,
) -> CalendarData:
    """Meetings of one dialogue (or all) by start, and open commitments with a due date. A
    meeting's summary stays only where its handling admits the audience; commitments above
    the audience are left out."""
    dialogues = {
        d.id: d for d in list_dialogues(services) if dialogue is None or d.id == dialogue.id
    }
    meetings = [
        m if m.summary is None or audience.admits(m.summary_handling) else replace(m, summary=None)
        for m in list_meetings(services, None if dialogue is None else dialogue.id)
    ]
    due: list[DueDate] = []
    with services.read() as uow:
        if with_due_dates:
            rows = open_due_dates(
                uow,
                None if dialogue is None else dialogue.id,
                [handling.value for handling in Handling if audience.admits(handling)],
            )
            due = [DueDate(*row) for row in rows]
        stamp = last_change(uow) or datetime(2000, 1, 1, tzinfo=UTC)
    return CalendarData(dialogues, meetings, due, stamp)
