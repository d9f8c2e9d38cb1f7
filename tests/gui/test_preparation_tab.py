"""The Preparation tab as staff use it before a round: the brief and the points to make, saved
field by field, undoable, and locked with the record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from meeting_fixtures import *  # noqa: F403 (its fixtures: make_tab, tab_context, the meetings)
from meeting_fixtures import refresh
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.records import Meeting, MeetingDraft
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.meeting.preparation_tab import PreparationTab
from dialoguetracker.gui.widgets.text_fields import CommittingTextEdit
from dialoguetracker.services.agenda import get_agenda_item, list_agenda
from dialoguetracker.services.briefs import get_brief
from dialoguetracker.services.meetings import create_meeting, finalize_record

MakeTab = Callable[[type[PreparationTab], int], PreparationTab]


def retype(qtbot: QtBot, editor: CommittingTextEdit, text: str) -> None:
    """Select everything in the field, type ``text`` over it and commit with Ctrl+Return."""
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_tab_is_marked_internal_and_shows_the_brief_and_agenda(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext
) -> None:
    tab = make_tab(PreparationTab, planned_meeting.id)
    assert not tab.grab().isNull()
    assert tab.banner.isVisible() and tab.banner.text().startswith("INTERNAL")
    assert tab.banner.objectName() == "internalBanner"
    assert PreparationTab.title == "Preparation (internal)"
    brief = get_brief(tab_context.services, planned_meeting.id)
    assert brief is not None
    assert tab.brief_editors["purpose"].toPlainText() == brief.purpose
    assert tab.brief_editors["objectives"].toPlainText().splitlines() == list(brief.objectives)
    assert len(tab.sections) == len(list_agenda(tab_context.services, planned_meeting.id)) == 8
    assert not tab.lock_notice.isVisible()
    assert tab.brief_editors["press_line"].accessibleName() == "Press line"


def test_a_field_is_saved_when_committed_and_undo_redo_round_trip(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services, stack = tab_context.services, tab_context.undo_stack
    before = get_brief(services, planned_meeting.id)
    assert before is not None
    tab = make_tab(PreparationTab, planned_meeting.id)
    retype(qtbot, tab.brief_editors["purpose"], "Agree the two-year work plan.")
    after = get_brief(services, planned_meeting.id)
    assert after is not None and after.purpose == "Agree the two-year work plan."
    assert after.objectives == before.objectives
    assert stack.count() == 1 and stack.undoText() == "Edit the purpose in the brief"

    stack.undo()
    assert get_brief(services, planned_meeting.id) == before
    assert tab.brief_editors["purpose"].toPlainText() == before.purpose
    stack.redo()
    assert get_brief(services, planned_meeting.id) == after
    assert tab.brief_editors["purpose"].toPlainText() == "Agree the two-year work plan."


def test_leaving_a_field_saves_it(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    tab = make_tab(PreparationTab, planned_meeting.id)
    press = tab.brief_editors["press_line"]
    press.setFocus()
    press.selectAll()
    qtbot.keyClicks(press, "No comment beyond the joint statement.")
    assert get_brief(tab_context.services, planned_meeting.id).press_line != (  # type: ignore[union-attr]
        "No comment beyond the joint statement."
    )
    qtbot.keyClick(press, Qt.Key.Key_Tab)  # the focus moves on: the edit is finished
    brief = get_brief(tab_context.services, planned_meeting.id)
    assert brief is not None and brief.press_line == "No comment beyond the joint statement."


def test_list_fields_take_one_item_per_line_and_drop_blank_lines(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    tab = make_tab(PreparationTab, planned_meeting.id)
    retype(qtbot, tab.brief_editors["their_asks"], "More training places\n\n  A named contact  ")
    brief = get_brief(tab_context.services, planned_meeting.id)
    assert brief is not None
    assert brief.their_asks == ("More training places", "A named contact")
    assert tab.brief_editors["their_asks"].toPlainText() == "More training places\nA named contact"
    stack = tab_context.undo_stack
    assert stack.undoText() == "Edit their likely asks in the brief"


def test_the_first_edit_creates_the_brief_and_undoing_it_removes_it(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services = tab_context.services
    meeting = create_meeting(
        services, MeetingDraft(planned_meeting.dialogue_id, "Virtual check-in", date(2027, 9, 1))
    )
    tab = make_tab(PreparationTab, meeting.id)
    assert get_brief(services, meeting.id) is None
    assert tab.brief_editors["purpose"].toPlainText() == ""
    retype(qtbot, tab.brief_editors["objectives"], "Fix the next round's date")
    brief = get_brief(services, meeting.id)
    assert brief is not None and brief.objectives == ("Fix the next round's date",)
    assert brief.purpose == ""
    retype(qtbot, tab.brief_editors["purpose"], "Keep the work moving between rounds.")

    tab_context.undo_stack.undo()
    assert get_brief(services, meeting.id) == brief
    tab_context.undo_stack.undo()
    assert get_brief(services, meeting.id) is None
    assert tab.brief_editors["objectives"].toPlainText() == ""
    tab_context.undo_stack.redo()
    assert get_brief(services, meeting.id) == brief


def test_points_to_make_position_and_response_of_an_agenda_item(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services = tab_context.services
    tab = make_tab(PreparationTab, planned_meeting.id)
    item = list_agenda(services, planned_meeting.id)[2]
    section = tab.sections[item.id]
    assert section.title().startswith("3. ")
    retype(qtbot, section.editors["points_to_make"], "Welcome the progress\nPropose a date")
    retype(qtbot, section.editors["our_response"], "We can host in the spring.")
    saved = get_agenda_item(services, item.id)
    assert saved.points_to_make == ("Welcome the progress", "Propose a date")
    assert saved.our_response == "We can host in the spring."
    assert saved.title == item.title and saved.planned_minutes == item.planned_minutes
    assert tab_context.undo_stack.undoText() == f"Edit our response for agenda item “{item.title}”"

    tab_context.undo_stack.undo()
    assert get_agenda_item(services, item.id).our_response == item.our_response
    tab_context.undo_stack.undo()
    assert get_agenda_item(services, item.id) == item
    assert section.editors["points_to_make"].toPlainText() == "\n".join(item.points_to_make)
    tab_context.undo_stack.redo()
    assert get_agenda_item(services, item.id).points_to_make == (
        "Welcome the progress",
        "Propose a date",
    )


def test_a_reload_keeps_what_the_user_is_typing(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    tab = make_tab(PreparationTab, planned_meeting.id)
    item = list_agenda(tab_context.services, planned_meeting.id)[0]
    position = tab.sections[item.id].editors["their_position"]
    position.setFocus()
    qtbot.keyClicks(position, "They will ask about")
    retype(qtbot, tab.brief_editors["purpose"], "A new purpose.")  # announces a change
    assert position.toPlainText() == "They will ask about"
    assert tab.sections[item.id].editors["their_position"] is position


def test_a_text_the_store_refuses_is_shown_at_its_field(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext
) -> None:
    services = tab_context.services
    before = get_brief(services, planned_meeting.id)
    tab = make_tab(PreparationTab, planned_meeting.id)
    purpose = tab.brief_editors["purpose"]
    purpose.setPlainText("Bad \x00 byte")
    purpose.finish()
    assert tab.brief_errors.marked_field() == "purpose"
    assert tab.brief_errors.message.text() == "contains a NUL character"
    assert get_brief(services, planned_meeting.id) == before
    assert tab_context.undo_stack.count() == 0
    purpose.setPlainText("Fixed")
    purpose.finish()
    assert tab.brief_errors.marked_field() is None
    assert get_brief(services, planned_meeting.id).purpose == "Fixed"  # type: ignore[union-attr]


def test_a_final_record_is_read_only(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services = tab_context.services
    finalize_record(services, planned_meeting.id)
    before = get_brief(services, planned_meeting.id)
    tab = make_tab(PreparationTab, planned_meeting.id)
    assert tab.locked and tab.lock_notice.isVisible()
    assert all(editor.isReadOnly() for editor in tab.brief_editors.values())
    section = next(iter(tab.sections.values()))
    assert all(editor.isReadOnly() for editor in section.editors.values())
    retype(qtbot, tab.brief_editors["purpose"], "Changed after the fact")
    tab.save_brief_field("purpose")
    assert get_brief(services, planned_meeting.id) == before
    assert tab_context.undo_stack.count() == 0
    assert not tab.grab().isNull()


def test_reopening_the_record_makes_the_tab_editable_again(
    make_tab: MakeTab, final_meeting: Meeting, tab_context: AppContext
) -> None:
    from dialoguetracker.services.meetings import reopen_record

    tab = make_tab(PreparationTab, final_meeting.id)
    assert tab.brief_editors["purpose"].isReadOnly()
    assert tab.brief_editors["objectives"].placeholderText() == ""
    reopen_record(tab_context.services, final_meeting.id)
    refresh(tab)
    assert not tab.locked and not tab.lock_notice.isVisible()
    assert not tab.brief_editors["purpose"].isReadOnly()
    assert tab.brief_editors["objectives"].placeholderText() == "One per line"
