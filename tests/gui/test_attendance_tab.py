"""The delegations at a meeting: grouped by side with the head first, people added from the
picker or typed in new, role and presence changed, people removed — every step undoable."""

from __future__ import annotations

from datetime import date

from meeting_support import focus, open_editor, sample_meetings, undo_texts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import Presence, Role
from dialoguetracker.domain.records import MeetingDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.attendance_tab import NAME, ROLE, AttendanceTab
from dialoguetracker.services.attendance import list_attendance
from dialoguetracker.services.directory import get_person, list_people
from dialoguetracker.services.meetings import create_meeting


def attendance_tab(window: MainWindow, qtbot: QtBot, meeting_id: int) -> AttendanceTab:
    editor = open_editor(window, qtbot, meeting_id)
    tab = editor.tab(AttendanceTab)
    assert isinstance(tab, AttendanceTab)
    editor.tabs.setCurrentWidget(tab)
    return tab


def listed(window: MainWindow, meeting_id: int) -> list[tuple[str, Role, Presence]]:
    services = window.context.services
    return [
        (get_person(services, row.person_id).name, row.role, row.presence)
        for row in list_attendance(services, meeting_id)
    ]


def empty_meeting(window: MainWindow) -> int:
    dialogue = window.navigator.current_dialogue()
    assert dialogue is not None
    draft = MeetingDraft(dialogue, "Experts' call", date(2026, 5, 4))
    meeting = create_meeting(window.context.services, draft)
    window.context.operations.announce({"meetings"})
    return meeting.id


def test_delegations_are_grouped_by_side_with_the_head_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = attendance_tab(window, qtbot, second.id)
    tree = tab.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [g.text(NAME) for g in groups if g is not None] == [
        "United States (US)",
        "Mexico (MX)",
    ]
    for group in groups:
        assert group is not None and group.childCount() >= 1
        head = group.child(0)
        assert head is not None and head.text(ROLE) == "Head of delegation"
        assert head.font(NAME).bold()
    assert groups[0] is not None and groups[0].childCount() == 3
    assert not tab.grab().isNull()


def test_role_and_presence_change_from_the_keyboard_and_undo(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = attendance_tab(window, qtbot, second.id)
    before = listed(window, second.id)
    group = tab.tree.topLevelItem(1)
    assert group is not None
    member = group.child(1)
    assert member is not None
    tab.tree.setCurrentItem(member)
    name = member.text(NAME)
    focus(qtbot, tab.presence)
    tab.presence.setCurrentIndex(tab.presence.findData(Presence.UNKNOWN.value) - 1)
    qtbot.keyClick(tab.presence, Qt.Key.Key_Up)
    assert tab.presence.currentData() == Presence.ABSENT.value
    focus(qtbot, tab.role)
    qtbot.keyClick(tab.role, Qt.Key.Key_Down)
    rows = {row[0]: row for row in listed(window, second.id)}
    assert rows[name][1:] == (Role.OBSERVER, Presence.ABSENT)
    assert undo_texts(window) == [f"Change presence of {name}", f"Change role of {name}"]
    window.context.undo_stack.undo()
    window.context.undo_stack.undo()
    assert listed(window, second.id) == before


def test_removing_someone_is_undone_with_their_role_and_presence(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = attendance_tab(window, qtbot, second.id)
    before = listed(window, second.id)
    group = tab.tree.topLevelItem(0)
    assert group is not None and group.child(0) is not None
    head = group.child(0)
    tab.tree.setCurrentItem(head)
    focus(qtbot, tab.tree)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert len(listed(window, second.id)) == len(before) - 1
    assert undo_texts(window) == [f"Remove {before[0][0]} from the delegation"]
    stack = window.context.undo_stack
    stack.undo()
    assert listed(window, second.id) == before
    stack.redo()
    stack.undo()
    assert listed(window, second.id) == before


def test_people_of_either_party_are_added_from_the_picker(window: MainWindow, qtbot: QtBot) -> None:
    meeting_id = empty_meeting(window)
    tab = attendance_tab(window, qtbot, meeting_id)
    everyone = list_people(window.context.services)
    assert tab.person.count() == len(everyone)
    parties_offered = {tab.person.itemText(i).split(" — ")[0] for i in range(tab.person.count())}
    assert parties_offered == {"US", "MX"}
    mexican = next(i for i in range(tab.person.count()) if tab.person.itemText(i).startswith("MX"))
    tab.person.setCurrentIndex(mexican)
    tab.new_role.setCurrentIndex(tab.new_role.findData(Role.HEAD.value))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    american = next(i for i in range(tab.person.count()) if tab.person.itemText(i).startswith("US"))
    tab.person.setCurrentIndex(american)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    rows = listed(window, meeting_id)
    assert [row[1] for row in rows] == [Role.HEAD, Role.HEAD]
    assert tab.person.count() == len(everyone) - 2
    assert [t.split(" to ")[0] for t in undo_texts(window)] == [
        "Add " + rows[1][0],
        "Add " + rows[0][0],
    ]
    window.context.undo_stack.undo()
    window.context.undo_stack.undo()
    assert listed(window, meeting_id) == []
    window.context.undo_stack.redo()
    assert len(listed(window, meeting_id)) == 1


def test_a_new_person_is_typed_in_and_undo_takes_them_away_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = attendance_tab(window, qtbot, second.id)
    services = window.context.services
    people_before = len(list_people(services))
    form = tab.new_person
    form.party.setCurrentIndex(form.party.findData("MX"))
    assert form.organization.count() > 1  # Mexico's organizations, and "No organization"
    form.organization.setCurrentIndex(1)
    focus(qtbot, form.name)
    qtbot.keyClicks(form.name, "Lucia Ramos")
    focus(qtbot, form.person_title)
    qtbot.keyClicks(form.person_title, "Cyber policy adviser")
    qtbot.keyClick(form.person_title, Qt.Key.Key_Return)
    people = {person.name: person for person in list_people(services)}
    assert "Lucia Ramos" in people
    lucia = people["Lucia Ramos"]
    assert (lucia.party, lucia.title) == ("MX", "Cyber policy adviser")
    assert lucia.organization_id is not None
    assert ("Lucia Ramos", Role.MEMBER, Presence.UNKNOWN) in listed(window, second.id)
    assert form.name.text() == ""
    assert undo_texts(window) == ["Add new person Lucia Ramos to the delegation"]
    stack = window.context.undo_stack
    stack.undo()
    assert len(list_people(services)) == people_before
    assert all(row[0] != "Lucia Ramos" for row in listed(window, second.id))
    stack.redo()
    assert ("Lucia Ramos", Role.MEMBER, Presence.UNKNOWN) in listed(window, second.id)


def test_a_new_person_without_a_name_is_refused_at_the_name_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = attendance_tab(window, qtbot, second.id)
    people_before = len(list_people(window.context.services))
    qtbot.mouseClick(tab.new_person.add_button, Qt.MouseButton.LeftButton)
    assert tab.new_person.errors.marked_field() == "name"
    assert tab.new_person.name.hasFocus()
    assert len(list_people(window.context.services)) == people_before
    assert undo_texts(window) == []


def test_a_final_meeting_delegation_cannot_change(window: MainWindow, qtbot: QtBot) -> None:
    first, _second = sample_meetings(window)
    tab = attendance_tab(window, qtbot, first.id)
    before = listed(window, first.id)
    group = tab.tree.topLevelItem(0)
    assert group is not None and group.child(0) is not None
    tab.tree.setCurrentItem(group.child(0))
    for widget in (tab.role, tab.presence, tab.remove_button, tab.add_button, tab.new_person):
        assert not widget.isEnabled()
    focus(qtbot, tab.tree)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert tab.remove_selected() is False
    assert tab.add_person(1) is None
    assert listed(window, first.id) == before
    assert undo_texts(window) == []
