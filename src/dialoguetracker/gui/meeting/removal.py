"""Deleting a meeting from the editor: a question that names what goes with it, then one
undoable step whose undo puts the meeting back whole (see
:mod:`dialoguetracker.services.meeting_removal`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.editing import Editing
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
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


def question(snapshot: MeetingSnapshot) -> str:
    """What the user is asked: the meeting, what goes with it, what loses its link."""
    parts = [
        count_text(
            len(snapshot.attendance),
            QCoreApplication.translate("MeetingRemoval", "%n delegation member"),
            QCoreApplication.translate("MeetingRemoval", "%n delegation members"),
        ),
        count_text(
            len(snapshot.agenda),
            QCoreApplication.translate("MeetingRemoval", "%n agenda item"),
            QCoreApplication.translate("MeetingRemoval", "%n agenda items"),
        ),
        count_text(
            len(snapshot.documents),
            QCoreApplication.translate("MeetingRemoval", "%n document"),
            QCoreApplication.translate("MeetingRemoval", "%n documents"),
        ),
    ]
    if snapshot.brief is not None:
        parts.insert(0, QCoreApplication.translate("MeetingRemoval", "its brief"))
    text = filled(
        QCoreApplication.translate("MeetingRemoval", "Delete the meeting “%1” with %2?"),
        snapshot.meeting.title,
        ", ".join(parts),
    )
    if snapshot.linked_commitments:
        text += " " + count_text(
            snapshot.linked_commitments,
            QCoreApplication.translate(
                "MeetingRemoval", "%n commitment keeps its text but no longer names the meeting."
            ),
            QCoreApplication.translate(
                "MeetingRemoval", "%n commitments keep their text but no longer name the meeting."
            ),
        )
    return (
        text
        + " "
        + QCoreApplication.translate("MeetingRemoval", "Undo (Ctrl+Z) brings everything back.")
    )


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
    confirm(
        parent,
        question(snapshot),
        QCoreApplication.translate("MeetingRemoval", "Delete meeting"),
        agreed,
    )


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
            RecordKind.MEETING,
            meeting.id,
            filled(
                QCoreApplication.translate("MeetingRemoval", "Delete meeting “%1”"), meeting.title
            ),
            delete,
            recreate,
        )
    except DialogueTrackerError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("MeetingRemoval", "Delete meeting"), said(error)
        )
        return False
    return True
