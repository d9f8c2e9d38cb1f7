"""Creating meetings as undoable steps: a new draft, or the next round from a previous one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.editing import Editing
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.services.meeting_rounds import start_next_round
from dialoguetracker.services.meetings import delete_meeting


def new_meeting_from_round(context: AppContext, editing: Editing, previous: Meeting) -> Meeting:
    """A planned draft dated today whose agenda repeats the previous round's titles, topics
    and leads; undo deletes it, redo makes it again."""
    services = context.services
    title = QCoreApplication.translate("MeetingRounds", "New meeting")
    previous_id = previous.id
    return editing.create(
        RecordKind.MEETING,
        filled(
            QCoreApplication.translate("MeetingRounds", "Create meeting from previous round “%1”"),
            previous.title,
        ),
        lambda: start_next_round(
            services, editing.current(RecordKind.MEETING, previous_id), title, services.today()
        ),
        lambda meeting_id: delete_meeting(services, meeting_id),
    )
