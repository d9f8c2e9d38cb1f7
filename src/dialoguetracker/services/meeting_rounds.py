"""Starting the next round of a dialogue from the last one.

The new meeting is a draft whose agenda repeats the previous round's items by title, topic
and lead — what a secretariat drafts from — and leaves out everything that belonged to that
round alone: notes, outcomes, presenters, timings and the preparation.
"""

from __future__ import annotations

from datetime import date

from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.domain.records import AgendaItemDraft, Meeting, MeetingDraft
from dialoguetracker.services.agenda import add_agenda_item, agenda_record
from dialoguetracker.services.context import Services
from dialoguetracker.services.meetings import add_meeting
from dialoguetracker.store.models import AgendaItemRow, MeetingRow


def start_next_round(
    services: Services, previous_meeting_id: int, title: str, start: date
) -> Meeting:
    """One transaction: a planned draft meeting of the same dialogue with the copied agenda."""
    with services.change() as change:
        previous = change.uow.require(MeetingRow, previous_meeting_id, "meeting")
        meeting = add_meeting(
            change,
            MeetingDraft(
                dialogue_id=previous.dialogue_id,
                title=title,
                start=start,
                status=MeetingStatus.PLANNED,
            ),
        )
        for row in change.uow.all(AgendaItemRow, "position", meeting_id=previous.id):
            item = agenda_record(change.uow, row)
            add_agenda_item(
                change,
                AgendaItemDraft(
                    meeting_id=meeting.id, title=item.title, topic_id=item.topic_id, lead=item.lead
                ),
            )
        return meeting
