"""Deleting a meeting from the editor: a question that names what goes with it, then one
undoable step whose undo puts the meeting back whole (see
:mod:`dialoguetracker.services.meeting_removal`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.meeting.editing import Editing
from dialoguetracker.gui.operations import (
    AGENDA,
    ATTENDANCE,
    BRIEFS,
    COMMITMENTS,
    DOCUMENTS,
    MEETINGS,
    UPDATES,
)
from dialoguetracker.gui.vocabulary import count_text
from dialoguetracker.gui.widgets.confirm import Confirm
from dialoguetracker.services.context import Services
from dialoguetracker.services.meeting_removal import (
    MeetingSnapshot,
    RestoredMeeting,
    meeting_snapshot,
    remove_meeting,
    restore_meeting,
)

CHANGES = frozenset({MEETINGS, AGENDA, ATTENDANCE, BRIEFS, DOCUMENTS, COMMITMENTS, UPDATES})


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingRemoval", text)


def question(snapshot: MeetingSnapshot) -> str:
    """What the user is asked: the meeting, what goes with it, what loses its link."""
    parts = [
        count_text(
            len(snapshot.attendance), _tr("%n delegation member"), _tr("%n delegation members")
        ),
        count_text(len(snapshot.agenda), _tr("%n agenda item"), _tr("%n agenda items")),
        count_text(len(snapshot.documents), _tr("%n document"), _tr("%n documents")),
    ]
    if snapshot.brief is not None:
        parts.insert(0, _tr("its brief"))
    text = (
        _tr("Delete the meeting “%1” with %2?")
        .replace("%1", snapshot.meeting.title)
        .replace("%2", ", ".join(parts))
    )
    if snapshot.linked_commitments:
        text += " " + count_text(
            snapshot.linked_commitments,
            _tr("%n commitment keeps its text but no longer names the meeting."),
            _tr("%n commitments keep their text but no longer name the meeting."),
        )
    return text + " " + _tr("Undo (Ctrl+Z) brings everything back.")


def ask_delete(
    parent: QWidget,
    services: Services,
    meeting: Meeting,
    confirm: Confirm,
    proceed: Callable[[], object],
) -> None:
    """Ask (naming what goes with the meeting); ``proceed`` deletes it if the user agrees."""

    def agreed() -> None:
        proceed()

    snapshot = meeting_snapshot(services, meeting.id)
    confirm(parent, question(snapshot), _tr("Delete meeting"), agreed)


def delete_meeting(parent: QWidget, editing: Editing, meeting: Meeting) -> bool:
    """One undoable step; redo deletes the meeting wherever undo put it back."""
    services = editing.context.services
    removed: list[MeetingSnapshot] = []

    def delete(meeting_id: int) -> None:
        removed[:] = [remove_meeting(services, meeting_id)]

    def recreate() -> RestoredMeeting:
        restored = restore_meeting(services, removed[0])
        for kind, old, new in restored.moved:
            editing.ids.moved(kind, editing.ids.current(kind, old), new)
        return restored

    try:
        editing.delete(
            "meeting",
            meeting.id,
            _tr("Delete meeting “%1”").replace("%1", meeting.title),
            delete,
            recreate,
            CHANGES,
        )
    except DialogueTrackerError as error:
        QMessageBox.warning(parent, _tr("Delete meeting"), str(error))
        return False
    return True
