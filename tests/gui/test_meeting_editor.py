"""The meeting editor as staff use it: the header, the Details tab saved field by field with
undo, errors at the field, the lock of a final record, reopening, and the next round."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from meeting_support import focus, open_editor, sample_meetings, undo_texts
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import MeetingFormat, MeetingStatus, RecordState
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.agenda_tab import AgendaTab
from dialoguetracker.gui.meeting.attendance_tab import AttendanceTab
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.views.meeting_editor import MeetingEditor
from dialoguetracker.gui.widgets.labels import INTERNAL_COLOR
from dialoguetracker.services.agenda import list_agenda
from dialoguetracker.services.audit import history
from dialoguetracker.services.meetings import get_meeting

CST = timezone(timedelta(hours=-6))


def details(editor: object) -> DetailsTab:
    tab = editor.tab(DetailsTab)  # type: ignore[attr-defined]
    assert isinstance(tab, DetailsTab)
    return tab


def test_the_editor_shows_the_meeting_in_its_header_and_tabs(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    assert editor.header.title.text() == second.title
    assert "2 Feb 2027, 09:00–17:00 UTC−06:00" in editor.header.when.text()  # 60+ days on
    assert "Mexico City" in editor.header.when.text()
    assert editor.header.banner.isHidden()
    labels = [editor.tabs.tabText(i).replace("&", "") for i in range(editor.tabs.count())]
    assert labels[:3] == ["Details", "Attendance", "Agenda"]
    preparation = next(i for i, text in enumerate(labels) if text.startswith("Preparation"))
    assert "internal" in labels[preparation].lower()
    assert editor.tabs.tabBar().tabTextColor(preparation).name() == INTERNAL_COLOR
    tab = details(editor)
    assert tab.title_edit.text() == second.title
    assert tab.start.value() == second.start and tab.end.value() == second.end
    assert tab.location.text() == "Mexico City (illustrative)"
    assert tab.format.currentData() == MeetingFormat.IN_PERSON.value
    assert tab.host.currentData() == "MX"
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        assert not window.grab().isNull()


def test_a_title_typed_is_saved_on_enter_and_undone_and_redone(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    title = details(editor).title_edit
    focus(qtbot, title)
    title.selectAll()
    qtbot.keyClicks(title, "Second dialogue, Mexico City")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    services = window.context.services
    assert get_meeting(services, second.id).title == "Second dialogue, Mexico City"
    assert editor.header.title.text() == "Second dialogue, Mexico City"
    assert undo_texts(window) == [f"Change title of meeting “{second.title}”"]

    window.context.undo_stack.undo()
    assert get_meeting(services, second.id).title == second.title
    assert title.text() == second.title
    window.context.undo_stack.redo()
    assert get_meeting(services, second.id).title == "Second dialogue, Mexico City"
    actions = [(e.action, e.field) for e in history(services, "meeting", second.id)]
    assert actions[-3:] == [("update", "title")] * 3


def test_leaving_a_field_saves_it_and_an_unchanged_field_adds_no_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = details(editor)
    focus(qtbot, tab.title_edit)
    qtbot.keyClick(tab.title_edit, Qt.Key.Key_Return)
    assert undo_texts(window) == []
    focus(qtbot, tab.location)
    tab.location.selectAll()
    qtbot.keyClicks(tab.location, "SRE headquarters, Mexico City")
    focus(qtbot, tab.title_edit)
    services = window.context.services
    assert get_meeting(services, second.id).location == "SRE headquarters, Mexico City"
    focus(qtbot, tab.summary)
    qtbot.keyClicks(tab.summary, "Both delegations attended.")
    focus(qtbot, tab.title_edit)
    assert get_meeting(services, second.id).summary == "Both delegations attended."
    assert undo_texts(window) == [
        f"Change place of meeting “{second.title}”",
        f"Change summary of meeting “{second.title}”",
    ]


def test_choices_are_saved_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = details(editor)
    services = window.context.services
    focus(qtbot, tab.status)
    qtbot.keyClick(tab.status, Qt.Key.Key_Down)
    assert get_meeting(services, second.id).status is MeetingStatus.HELD
    focus(qtbot, tab.format)
    qtbot.keyClick(tab.format, Qt.Key.Key_Down)
    assert get_meeting(services, second.id).format is MeetingFormat.VIRTUAL
    window.context.undo_stack.undo()
    window.context.undo_stack.undo()
    meeting = get_meeting(services, second.id)
    assert (meeting.status, meeting.format) == (MeetingStatus.PLANNED, MeetingFormat.IN_PERSON)
    assert tab.status.currentData() == MeetingStatus.PLANNED.value


def test_an_end_before_the_start_is_shown_at_the_end_field_and_not_saved(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = details(editor)
    date_edit = tab.end.date
    focus(qtbot, date_edit)
    date_edit.selectAll()
    round_day = second.start.date() if isinstance(second.start, datetime) else second.start
    qtbot.keyClicks(date_edit, (round_day - timedelta(days=1)).isoformat())
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    assert tab.errors.marked_field() == "end"
    assert tab.errors.message.isVisibleTo(tab)
    assert "ends before it starts" in tab.errors.message.text()
    assert get_meeting(window.context.services, second.id).end == second.end
    assert undo_texts(window) == []
    tab.grab()

    date_edit.selectAll()
    qtbot.keyClicks(date_edit, (round_day + timedelta(days=1)).isoformat())
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    assert tab.errors.marked_field() is None
    saved = get_meeting(window.context.services, second.id).end
    assert saved == datetime.combine(round_day + timedelta(days=1), time(17), tzinfo=CST)


def test_a_time_zone_chosen_and_a_time_ticked_off_are_saved(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = details(editor)
    services = window.context.services
    zone = tab.start.zone
    eastern = zone.findData("zone:America/New_York")
    assert eastern >= 0
    focus(qtbot, zone)
    zone.setCurrentIndex(eastern - 1)
    qtbot.keyClick(zone, Qt.Key.Key_Down)
    start = get_meeting(services, second.id).start
    assert isinstance(start, datetime)
    assert start.utcoffset() == timedelta(hours=-5)  # winter time in New York on 2 February
    assert tab.start.zone.currentData() == "zone:America/New_York"

    qtbot.mouseClick(tab.end.timed, Qt.MouseButton.LeftButton)
    assert get_meeting(services, second.id).end == date(2027, 2, 2)
    window.context.undo_stack.undo()
    window.context.undo_stack.undo()
    assert get_meeting(services, second.id) == second


def test_finalizing_locks_every_tab_and_the_store(window: MainWindow, qtbot: QtBot) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    services = window.context.services
    assert get_meeting(services, second.id).record is RecordState.FINAL
    assert editor.header.banner.isVisibleTo(editor)
    assert editor.reopen_button.isVisibleTo(editor) and editor.finalize_button.isHidden()
    tab = details(editor)
    assert tab.title_edit.isReadOnly() and not tab.status.isEnabled()
    agenda = editor.tab(AgendaTab)
    assert isinstance(agenda, AgendaTab)
    assert not agenda.add_button.isEnabled() and agenda.form.title.isReadOnly()
    attendance = editor.tab(AttendanceTab)
    assert isinstance(attendance, AttendanceTab)
    assert not attendance.add_button.isEnabled() and not attendance.new_person.isEnabled()
    window.grab()

    focus(qtbot, tab.title_edit)
    qtbot.keyClicks(tab.title_edit, "changed anyway")
    qtbot.keyClick(tab.title_edit, Qt.Key.Key_Return)
    assert tab.commit("title", "changed anyway") is False
    assert get_meeting(services, second.id).title == second.title
    assert undo_texts(window) == [f"Finalize record of meeting “{second.title}”"]

    window.context.undo_stack.undo()
    assert get_meeting(services, second.id).record is RecordState.DRAFT
    assert not tab.title_edit.isReadOnly() and editor.header.banner.isHidden()


def test_reopening_asks_first_without_blocking_and_is_audited(
    window: MainWindow, qtbot: QtBot
) -> None:
    first, _second = sample_meetings(window)
    editor = open_editor(window, qtbot, first.id)
    services = window.context.services
    assert editor.header.banner.isVisibleTo(editor)

    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    box = editor.reopen_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert get_meeting(services, first.id).record is RecordState.FINAL

    qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
    box = editor.reopen_box
    assert box is not None
    confirm = next(b for b in box.buttons() if b.objectName() == "confirmReopen")
    confirm.click()
    assert get_meeting(services, first.id).record is RecordState.DRAFT
    entries = history(services, "meeting", first.id)
    assert (entries[-1].action, entries[-1].actor, entries[-1].old, entries[-1].new) == (
        "reopen",
        "Test User",
        "final",
        "draft",
    )
    assert not details(editor).title_edit.isReadOnly()
    assert editor.header.banner.isHidden()
    assert undo_texts(window) == [f"Reopen record of meeting “{first.title}”"]


def test_a_new_meeting_from_the_previous_round_copies_its_agenda(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    qtbot.mouseClick(editor.next_round_button, Qt.MouseButton.LeftButton)
    services = window.context.services
    assert editor.meeting is not None and editor.meeting.id != second.id
    new = editor.meeting
    assert (new.title, new.status, new.record) == (
        "New meeting",
        MeetingStatus.PLANNED,
        RecordState.DRAFT,
    )
    old_items = list_agenda(services, second.id)
    new_items = list_agenda(services, new.id)
    assert [(i.title, i.topic_id, i.lead) for i in new_items] == [
        (i.title, i.topic_id, i.lead) for i in old_items
    ]
    assert all(i.notes is None and i.outcome is None for i in new_items)
    assert any(i.notes for i in old_items)

    window.context.undo_stack.undo()
    assert editor.meeting is None and editor.empty.isVisibleTo(editor)
    window.context.undo_stack.redo()
    assert editor.meeting is not None and editor.meeting.title == "New meeting"
    assert len(list_agenda(services, editor.meeting.id)) == len(old_items)


def test_edits_of_a_new_meeting_survive_undoing_and_redoing_its_creation(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.new_meeting()
    editor = window.current_view()
    assert isinstance(editor, MeetingEditor) and editor.meeting is not None
    created = editor.meeting.id
    tab = details(editor)
    focus(qtbot, tab.title_edit)
    tab.title_edit.selectAll()
    qtbot.keyClicks(tab.title_edit, "Experts call on ransomware")
    qtbot.keyClick(tab.title_edit, Qt.Key.Key_Return)
    undo = window.findChild(QAction, "undo")
    redo = window.findChild(QAction, "redo")
    assert isinstance(undo, QAction) and isinstance(redo, QAction)
    assert undo.text().endswith("Change title of meeting “New meeting”")
    undo.trigger()
    undo.trigger()
    assert editor.meeting is None
    redo.trigger()
    redo.trigger()
    assert editor.meeting is not None
    assert editor.meeting.title == "Experts call on ransomware"
    assert tab.title_edit.text() == "Experts call on ransomware"
    assert (
        editor.meeting.id != created
        or get_meeting(window.context.services, created).title == "Experts call on ransomware"
    )


def test_typing_not_yet_saved_survives_an_undo_clicked_meanwhile(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = details(editor)
    assert tab.commit("location", "Tlatelolco")
    focus(qtbot, tab.summary)
    qtbot.keyClicks(tab.summary, "Draft summary in progress")
    window.context.undo_stack.undo()  # as the toolbar does: the summary keeps the focus
    services = window.context.services
    assert get_meeting(services, second.id).location == second.location
    assert tab.summary.toPlainText() == "Draft summary in progress"
    focus(qtbot, tab.title_edit)
    assert get_meeting(services, second.id).summary == "Draft summary in progress"
