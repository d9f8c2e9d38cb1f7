"""The Meetings view: the dialogue's meetings newest first, a period filter, opening a meeting
with Enter or a double click, a new meeting in one keystroke, and paging through many."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from meeting_support import focus, open_editor, sample_meetings, undo_texts
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import MeetingStatus, RecordState
from dialoguetracker.domain.records import MeetingDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.meeting_list_model import (
    DATE,
    PAGE,
    RECORD,
    STATUS,
    TITLE,
    MeetingListModel,
)
from dialoguetracker.gui.views.meeting_editor import MeetingEditor
from dialoguetracker.gui.views.meetings_view import MeetingsView
from dialoguetracker.services import Services
from dialoguetracker.services.agenda import list_agenda
from dialoguetracker.services.dialogues import list_dialogues
from dialoguetracker.services.meetings import add_meeting, get_meeting, list_meetings
from dialoguetracker.store.engine import open_store


def meetings_view(window: MainWindow) -> MeetingsView:
    view = window.show_view("meetings")
    assert isinstance(view, MeetingsView)
    return view


def shown_titles(view: MeetingsView) -> list[str]:
    model = view.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def choose_period(view: MeetingsView, data: object) -> None:
    view.period.setCurrentIndex(view.period.findData(data))


def test_the_sample_meetings_are_listed_newest_first(window: MainWindow) -> None:
    first, second = sample_meetings(window)
    view = meetings_view(window)
    assert shown_titles(view) == [second.title, first.title]
    model = view.model
    assert model.index(0, DATE).data() == "2 Feb 2027, 09:00–17:00 UTC−06:00"
    assert model.index(0, STATUS).data() == "Planned"
    assert model.index(1, STATUS).data() == "Held"
    assert model.index(1, RECORD).data() == "Final (locked)"
    assert view.count.text() == "Meetings: 2"
    assert not view.grab().isNull()


def test_the_period_filter_narrows_the_list(window: MainWindow) -> None:
    first, second = sample_meetings(window)
    view = meetings_view(window)
    choose_period(view, 2022)
    assert shown_titles(view) == [first.title]
    choose_period(view, "upcoming")
    assert shown_titles(view) == [second.title]
    choose_period(view, "past")
    assert shown_titles(view) == [first.title]
    choose_period(view, 2027)
    assert shown_titles(view) == [second.title]
    choose_period(view, "all")
    assert len(shown_titles(view)) == 2


def test_enter_and_a_double_click_open_the_meeting_in_the_editor(
    window: MainWindow, qtbot: QtBot
) -> None:
    first, second = sample_meetings(window)
    view = meetings_view(window)
    window.activateWindow()
    view.table.setCurrentIndex(view.model.index(1, TITLE))
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = window.current_view()
    assert isinstance(editor, MeetingEditor)
    assert editor.meeting is not None and editor.meeting.id == first.id

    view = meetings_view(window)
    rect = view.table.visualRect(view.model.index(0, TITLE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.current_view()
    assert isinstance(editor, MeetingEditor)
    assert editor.meeting is not None and editor.meeting.id == second.id


def test_ctrl_shift_m_logs_a_new_meeting_and_opens_it_and_undo_takes_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.context.services
    dialogue = window.navigator.current_dialogue()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = window.current_view()
    assert isinstance(editor, MeetingEditor) and editor.meeting is not None
    new = get_meeting(services, editor.meeting.id)
    assert (new.title, new.start, new.status, new.record) == (
        "New meeting",
        services.today(),
        MeetingStatus.PLANNED,
        RecordState.DRAFT,
    )
    assert len(list_meetings(services, dialogue)) == 3
    assert undo_texts(window) == ["Create meeting “New meeting”"]
    assert "New meeting" in shown_titles(meetings_view(window))
    window.context.undo_stack.undo()
    assert len(list_meetings(services, dialogue)) == 2
    assert "New meeting" not in shown_titles(meetings_view(window))
    window.context.undo_stack.redo()
    assert len(list_meetings(services, dialogue)) == 3
    window.open_record("meeting", editor.meeting_id or 0)
    assert editor.meeting is not None and editor.meeting.title == "New meeting"


def test_a_new_meeting_from_the_selected_previous_round(window: MainWindow, qtbot: QtBot) -> None:
    first, _second = sample_meetings(window)
    view = meetings_view(window)
    view.table.selectRow(1)
    qtbot.mouseClick(view.next_round_button, Qt.MouseButton.LeftButton)
    editor = window.current_view()
    assert isinstance(editor, MeetingEditor) and editor.meeting is not None
    services = window.context.services
    copied = [item.title for item in list_agenda(services, editor.meeting.id)]
    assert copied == [item.title for item in list_agenda(services, first.id)]
    assert undo_texts(window) == [f"Create meeting from previous round “{first.title}”"]


def test_many_meetings_are_read_a_page_at_a_time(
    make_window,
    qtbot: QtBot,
    tmp_path: Path,
    sample_template: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "many.db"
    path.write_bytes(sample_template.read_bytes())
    store = open_store(path)
    services = Services(store, actor="bench")
    dialogue = list_dialogues(services)[0].id
    with services.change() as change:
        for number in range(1, 1201):
            day = date(2000, 1, 1) + timedelta(days=number * 5)
            add_meeting(change, MeetingDraft(dialogue, f"Round {number}", day))
    store.close()

    window = make_window(path)
    view = meetings_view(window)
    model = view.model
    assert model.total == 1202
    assert model.rowCount() == PAGE
    second, first = shown_titles(view)[:2]
    assert "Second" in second and "First" in first  # 2027 and 2022, after them 2000-2016
    assert shown_titles(view)[2] == "Round 1200"
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    oldest = list_meetings(window.context.services, dialogue)[0]
    assert view.select_meeting(oldest.id)
    assert model.rowCount() == 1202
    assert view.table.currentIndex().row() == 1201
    view.grab()


def test_the_list_model_keeps_qt_model_rules(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    model = MeetingListModel(window.context.services)
    model.load(window.navigator.current_dialogue())
    qtmodeltester.check(model)


def test_an_editor_opened_on_a_meeting_follows_the_meetings_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    view = meetings_view(window)
    assert view.select_meeting(second.id)
    assert view.selected_meeting() is not None
    assert editor.meeting is not None and editor.meeting.id == second.id
