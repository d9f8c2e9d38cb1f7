"""Deleting a meeting from the editor: the question names what goes with it, the meeting goes
in one step, Ctrl+Z brings it back whole (and older steps on its parts still undo), a final
record cannot be deleted."""

from __future__ import annotations

from collections.abc import Callable

from meeting_support import open_editor, sample_meetings, undo_texts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.records import AgendaItemDraft, MeetingDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.views.meeting_editor import MeetingEditor
from dialoguetracker.services.agenda import create_agenda_item, list_agenda
from dialoguetracker.services.meetings import create_meeting, get_meeting, list_meetings

Asked = list[tuple[str, str]]


def answering_yes(editor: MeetingEditor) -> Asked:
    asked: Asked = []

    def confirm(_parent: object, question: str, yes: str, proceed: Callable[[], None]) -> None:
        asked.append((question, yes))
        proceed()

    editor.confirm = confirm
    return asked


def titles(window: MainWindow) -> list[str]:
    return [m.title for m in list_meetings(window.context.services)]


def test_a_meeting_is_deleted_after_the_question_and_undo_brings_it_back_whole(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    services = window.context.services
    agenda = [(i.position, i.title) for i in list_agenda(services, second.id)]
    editor = open_editor(window, qtbot, second.id)
    asked = answering_yes(editor)

    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)

    [(question, yes)] = asked
    assert yes == "Delete meeting"
    assert question.startswith(f"Delete the meeting “{second.title}” with its brief, ")
    assert f"{len(agenda)} agenda items" in question
    assert question.endswith("Undo (Ctrl+Z) brings everything back.")
    assert second.title not in titles(window)
    assert editor.meeting is None and editor.pages.currentWidget() is editor.empty
    assert undo_texts(window) == [f"Delete meeting “{second.title}”"]

    window.context.undo_stack.undo()

    assert second.title in titles(window)
    assert editor.meeting is not None and editor.meeting.title == second.title
    assert [(i.position, i.title) for i in list_agenda(services, editor.meeting.id)] == agenda
    assert window.refusal_box is None

    window.context.undo_stack.redo()
    assert second.title not in titles(window)


def test_an_agenda_item_added_before_the_deletion_can_still_be_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    from dialoguetracker.gui.meeting.agenda_edits import AgendaEdits

    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    AgendaEdits(window.context).add(second.id)
    answering_yes(editor)
    editor.ask_delete()
    # A colleague adds a meeting with agenda items meanwhile, taking the freed ids.
    services = window.context.services
    other = create_meeting(services, MeetingDraft(second.dialogue_id, "Experts call", second.start))
    for title in ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"):
        create_agenda_item(services, AgendaItemDraft(other.id, title))
    stack = window.context.undo_stack

    stack.undo()  # the meeting comes back, its agenda item under a new id
    stack.undo()  # …and the item added earlier goes again

    assert window.refusal_box is None
    assert editor.meeting is not None
    assert "New agenda item" not in [i.title for i in list_agenda(services, editor.meeting.id)]
    assert len(list_agenda(services, other.id)) == 9  # the colleague's items are untouched


def test_a_final_record_cannot_be_deleted(window: MainWindow, qtbot: QtBot) -> None:
    first, _second = sample_meetings(window)
    editor = open_editor(window, qtbot, first.id)
    asked = answering_yes(editor)

    assert not editor.delete_button.isEnabled()
    assert editor.delete_button.toolTip() == "Reopen the record to delete the meeting"
    assert editor.ask_delete() is False and editor.delete_meeting() is False
    assert asked == []
    assert get_meeting(window.context.services, first.id).title == first.title


def test_a_meeting_deleted_by_a_colleague_meanwhile_is_reported_not_a_traceback(
    window: MainWindow, qtbot: QtBot
) -> None:
    from dialoguetracker.services.meeting_removal import remove_meeting

    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    remove_meeting(window.context.services, second.id)  # as another program would
    asked = answering_yes(editor)

    with qtbot.waitSignal(window.context.operations.message) as said:
        assert editor.ask_delete() is False

    assert said.args == [f"no meeting with id {second.id}"]
    assert asked == []
    assert editor.meeting is None
