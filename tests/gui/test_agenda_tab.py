"""The agenda as staff edit it: items moved with Alt+Up / Alt+Down and by dragging, added,
deleted and edited, every step undoable, internal items marked, nothing movable when final."""

from __future__ import annotations

import pytest
from meeting_support import focus, open_editor, sample_meetings, undo_texts
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.errors import RecordLockedError
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.agenda_model import HANDLING, TITLE
from dialoguetracker.gui.meeting.agenda_tab import AgendaTab
from dialoguetracker.services.agenda import list_agenda, move_agenda_item

ALT = Qt.KeyboardModifier.AltModifier


def agenda_tab(window: MainWindow, qtbot: QtBot, meeting_id: int) -> AgendaTab:
    editor = open_editor(window, qtbot, meeting_id)
    tab = editor.tab(AgendaTab)
    assert isinstance(tab, AgendaTab)
    editor.tabs.setCurrentWidget(tab)
    return tab


def titles(window: MainWindow, meeting_id: int) -> list[str]:
    return [item.title for item in list_agenda(window.context.services, meeting_id)]


def test_the_agenda_lists_items_in_order_with_internal_ones_marked(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, second.id)
    model = tab.model
    assert model.rowCount() == 8
    assert [model.index(r, TITLE).data() for r in range(8)] == titles(window, second.id)
    cell = model.index(0, HANDLING)
    assert cell.data() == "INTERNAL"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "our side only" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.form.internal_mark.isVisibleTo(tab)
    assert "345 min" in tab.total.text()
    assert not tab.grab().isNull()


def test_alt_up_and_alt_down_move_the_selected_item_and_undo_moves_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, second.id)
    before = titles(window, second.id)
    tab.select_row(2)
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, ALT)
    after_up = titles(window, second.id)
    assert after_up[1] == before[2] and after_up[2] == before[1]
    assert tab.current_item() is not None and tab.current_item().title == before[2]  # type: ignore[union-attr]
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, ALT)
    assert titles(window, second.id)[0] == before[2]
    assert not tab.up_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, ALT)
    assert titles(window, second.id) == after_up
    assert undo_texts(window) == [
        f"Move agenda item “{before[2]}” up",
        f"Move agenda item “{before[2]}” up",
        f"Move agenda item “{before[2]}” down",
    ]
    stack = window.context.undo_stack
    for _ in range(3):
        stack.undo()
    assert titles(window, second.id) == before
    positions = [item.position for item in list_agenda(window.context.services, second.id)]
    assert positions == list(range(1, 9))
    stack.redo()
    assert titles(window, second.id) == after_up


def test_dropping_a_dragged_row_moves_the_item_there(window: MainWindow, qtbot: QtBot) -> None:
    _first, second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, second.id)
    before = titles(window, second.id)
    model = tab.model
    dragged = model.mimeData([model.index(0, TITLE)])
    assert model.canDropMimeData(dragged, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    # Dropped between the fourth and fifth rows, as the view reports a drop there.
    handled = model.dropMimeData(dragged, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert handled is False  # the view must not remove the row itself
    assert titles(window, second.id) == [*before[1:4], before[0], *before[4:]]
    assert undo_texts(window) == [f"Move agenda item “{before[0]}” to position 4"]
    # Dropped onto the last row: it takes that row's place.
    dragged = model.mimeData([model.index(1, TITLE)])
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, model.index(7, TITLE))
    assert titles(window, second.id)[-1] == before[2]
    window.context.undo_stack.undo()
    window.context.undo_stack.undo()
    assert titles(window, second.id) == before


def test_an_item_added_is_titled_in_place_and_undo_removes_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, second.id)
    before = titles(window, second.id)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.form.title.hasFocus()
    qtbot.keyClicks(tab.form.title, "Cyber diplomacy and norms")
    qtbot.keyClick(tab.form.title, Qt.Key.Key_Return)
    assert titles(window, second.id) == [*before, "Cyber diplomacy and norms"]
    assert undo_texts(window) == [
        "Add agenda item “New agenda item”",
        "Change title of agenda item “New agenda item”",
    ]
    stack = window.context.undo_stack
    stack.undo()
    stack.undo()
    assert titles(window, second.id) == before
    stack.redo()
    stack.redo()  # the title change reaches the item re-created under a new id
    assert titles(window, second.id) == [*before, "Cyber diplomacy and norms"]


def test_a_deleted_item_comes_back_whole_at_its_place(window: MainWindow, qtbot: QtBot) -> None:
    _first, second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, second.id)
    services = window.context.services
    original = list_agenda(services, second.id)[1]
    assert original.points_to_make and original.notes
    tab.select_row(1)
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert original.title not in titles(window, second.id)
    assert undo_texts(window) == [f"Delete agenda item “{original.title}”"]
    stack = window.context.undo_stack
    stack.undo()
    restored = list_agenda(services, second.id)[1]
    assert restored.title == original.title and restored.position == 2
    assert (restored.notes, restored.points_to_make, restored.their_position) == (
        original.notes,
        original.points_to_make,
        original.their_position,
    )
    stack.redo()
    stack.undo()
    assert list_agenda(services, second.id)[1].title == original.title


def test_edits_of_an_item_survive_its_deletion_being_undone(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, second.id)
    services = window.context.services
    tab.select_row(0)
    focus(qtbot, tab.form.notes)
    qtbot.keyClicks(tab.form.notes, "Keep it short.")
    focus(qtbot, tab.table)
    assert list_agenda(services, second.id)[0].notes == "Keep it short."
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    stack = window.context.undo_stack
    stack.undo()  # the item is back, under a new id
    stack.undo()  # and the notes edit still finds it
    assert list_agenda(services, second.id)[0].notes is None
    stack.redo()
    assert list_agenda(services, second.id)[0].notes == "Keep it short."


def test_fields_of_an_item_are_saved_from_the_form(window: MainWindow, qtbot: QtBot) -> None:
    _first, second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, second.id)
    services = window.context.services
    tab.select_row(0)
    form = tab.form
    focus(qtbot, form.handling)
    assert form.handling.currentData() == Handling.INTERNAL.value
    qtbot.keyClick(form.handling, Qt.Key.Key_Up)
    item = list_agenda(services, second.id)[0]
    assert item.handling is Handling.COUNTERPART
    assert not form.internal_mark.isVisibleTo(tab)
    assert tab.model.index(0, HANDLING).data() != "INTERNAL"
    focus(qtbot, form.minutes)
    form.minutes.selectAll()
    qtbot.keyClicks(form.minutes, "20")
    qtbot.keyClick(form.minutes, Qt.Key.Key_Return)
    focus(qtbot, form.topic)
    qtbot.keyClick(form.topic, Qt.Key.Key_Down)
    focus(qtbot, form.outcome)
    qtbot.keyClicks(form.outcome, "Opened on time.")
    focus(qtbot, form.title)
    item = list_agenda(services, second.id)[0]
    assert item.planned_minutes == 20
    assert item.topic_id is not None
    assert item.outcome == "Opened on time."
    assert len(undo_texts(window)) == 4
    for _ in range(4):
        window.context.undo_stack.undo()
    restored = list_agenda(services, second.id)[0]
    assert (restored.handling, restored.planned_minutes, restored.topic_id, restored.outcome) == (
        Handling.INTERNAL,
        15,
        None,
        None,
    )


def test_an_empty_title_is_refused_at_the_field(window: MainWindow, qtbot: QtBot) -> None:
    _first, second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, second.id)
    before = titles(window, second.id)
    tab.select_row(0)
    focus(qtbot, tab.form.title)
    tab.form.title.selectAll()
    qtbot.keyClick(tab.form.title, Qt.Key.Key_Delete)
    qtbot.keyClick(tab.form.title, Qt.Key.Key_Return)
    assert tab.errors.marked_field() == "title"
    assert titles(window, second.id) == before
    assert undo_texts(window) == []


def test_a_final_meeting_agenda_cannot_be_moved_or_changed(
    window: MainWindow, qtbot: QtBot
) -> None:
    first, _second = sample_meetings(window)
    tab = agenda_tab(window, qtbot, first.id)
    before = titles(window, first.id)
    assert tab.locked
    for button in (tab.add_button, tab.delete_button, tab.up_button, tab.down_button):
        assert not button.isEnabled()
    assert not tab.model.flags(tab.model.index(0, TITLE)) & Qt.ItemFlag.ItemIsDragEnabled
    tab.select_row(2)
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    dragged = tab.model.mimeData([tab.model.index(0, TITLE)])
    tab.model.dropMimeData(dragged, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert tab.step(1) is False and tab.move_to(tab.model.item(0).id, 3) is False
    assert tab.commit("title", "changed") is False
    assert titles(window, first.id) == before
    assert undo_texts(window) == []
    with pytest.raises(RecordLockedError):
        move_agenda_item(window.context.services, tab.model.item(0).id, 2)
    tab.grab()
