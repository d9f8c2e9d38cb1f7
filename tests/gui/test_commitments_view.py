"""The Commitments view as a user drives it: the sample dialogue's commitments, filters,
status changes in place, progress updates in two keystrokes, new and edited commitments,
undo and redo through the services, and a store too large to load at once.

The window's services use the real clock, so what counts as overdue is asked of the
services rather than written into the tests.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from commitment_store import generated_store
from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Commitment, CommitmentDraft
from dialoguetracker.gui.commitments.commitment_dialog import CommitmentDialog
from dialoguetracker.gui.commitments.reason_dialog import ReasonDialog
from dialoguetracker.gui.commitments.status_delegate import StatusCombo
from dialoguetracker.gui.commitments.table_model import (
    MARK_ROLE,
    PAGE_SIZE,
    Column,
)
from dialoguetracker.gui.commitments.table_view import MIN_TEXT_WIDTH
from dialoguetracker.gui.commitments.update_dialog import UpdateDialog
from dialoguetracker.gui.find_dialog import HIT_ROLE
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.operations import COMMITMENTS, MEETINGS, PEOPLE
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.services import Services
from dialoguetracker.services.audit import history
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import (
    count_commitments,
    create_commitment,
    get_commitment,
    list_commitments,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# -- helpers -------------------------------------------------------------------------------


def open_view(window: MainWindow) -> CommitmentsView:
    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    return view


def services_of(view: CommitmentsView) -> Services:
    return view.context.services


def shown_ids(view: CommitmentsView) -> list[int]:
    model = view.model
    return [model.commitment(row).id for row in range(model.rowCount())]  # type: ignore[union-attr]


def by_text(view: CommitmentsView, start: str) -> Commitment:
    found = [
        c
        for c in list_commitments(services_of(view), CommitmentFilter(dialogue_id=view.dialogue_id))
        if c.text.startswith(start)
    ]
    assert len(found) == 1, start
    return found[0]


def click_row(qtbot: QtBot, view: CommitmentsView, commitment_id: int, column: Column) -> None:
    row = view.model.row_of(commitment_id)
    assert row is not None
    view.table.scrollTo(view.model.index(row, column))
    rect = view.table.visualRect(view.model.index(row, column))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected() is not None and view.selected().id == commitment_id  # type: ignore[union-attr]


def choose(qtbot: QtBot, box: QComboBox, data: object) -> None:
    """Pick an item the way a keyboard user does: focus the box, then arrow to it."""
    box.setFocus()
    target = box.findData(data)
    assert target >= 0, data
    while box.currentIndex() != target:
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def dialog_of(view: CommitmentsView, kind: type) -> object:
    dialog = view.controller.dialog
    assert isinstance(dialog, kind), dialog
    assert dialog.isVisible()
    return dialog


def wait_active(qtbot: QtBot, dialog: QWidget) -> None:
    """Shortcuts such as Ctrl+Enter reach a dialog once its window is active."""
    qtbot.waitUntil(dialog.isActiveWindow)


def wait_rows(qtbot: QtBot, view: CommitmentsView, count: int) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() == count, timeout=3000)


# -- showing and filtering -----------------------------------------------------------------


def test_the_view_lists_the_sample_commitments_with_their_count(
    window: MainWindow,
) -> None:
    view = open_view(window)
    assert view.model.rowCount() == 10
    assert view.filters.count.text() == "10 commitments"
    assert not view.grab().isNull()  # paints every cell: errors in data() surface here
    first = view.selected()
    assert first is not None, "the first row is selected, so Ctrl+U has a subject"
    assert view.detail.body_text().startswith(first.text)
    assert "Joint Statement" in view.detail.body_text()  # the source document
    assert "Commitment" in view.detail.heading.text()


def test_overdue_rows_are_those_the_services_call_overdue(window: MainWindow) -> None:
    view = open_view(window)
    today = services_of(view).today()
    overdue = {
        c.id
        for c in list_commitments(services_of(view), CommitmentFilter(dialogue_id=view.dialogue_id))
        if c.is_overdue(today)
    }
    marked = {
        view.model.commitment(row).id  # type: ignore[union-attr]
        for row in range(view.model.rowCount())
        if view.model.index(row, Column.DUE).data(MARK_ROLE) == "overdue"
    }
    assert marked == overdue
    for row in range(view.model.rowCount()):
        index = view.model.index(row, Column.DUE)
        if index.data(MARK_ROLE) == "overdue":
            assert "Overdue" in index.data()


def test_each_filter_narrows_the_rows_in_the_store(window: MainWindow, qtbot: QtBot) -> None:
    view = open_view(window)
    filters = view.filters
    choose(qtbot, filters.status, "completed")
    assert [get_commitment(services_of(view), i).status for i in shown_ids(view)] == [
        CommitmentStatus.COMPLETED
    ]
    assert filters.count.text() == "1 commitment"
    choose(qtbot, filters.status, "open")
    assert len(shown_ids(view)) == 9  # all but the completed one
    choose(qtbot, filters.status, None)

    choose(qtbot, filters.owner, "US")
    assert shown_ids(view) == []  # every sample commitment is joint
    assert filters.count.text() == "0 commitments"
    choose(qtbot, filters.owner, "joint")
    assert len(shown_ids(view)) == 10

    topic = filters.topic.findText("Multilateral cyber agenda")
    choose(qtbot, filters.topic, filters.topic.itemData(topic))
    assert len(shown_ids(view)) == 3

    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(view)) == 10
    assert filters.is_clear()


def test_typing_in_the_search_box_filters_after_a_pause(window: MainWindow, qtbot: QtBot) -> None:
    view = open_view(window)
    qtbot.keyClicks(view.filters.text, "canada")
    assert view.model.rowCount() == 10  # not on every keystroke
    wait_rows(qtbot, view, 1)
    assert view.selected() is not None and "Canada" in view.selected().text  # type: ignore[union-attr]
    view.filters.text.clear()
    qtbot.keyClick(view.filters.text, Qt.Key.Key_Return)  # Enter applies at once
    assert view.model.rowCount() == 10


def test_overdue_only_and_due_within_match_the_services(window: MainWindow, qtbot: QtBot) -> None:
    view = open_view(window)
    services = services_of(view)
    base = CommitmentFilter(dialogue_id=view.dialogue_id)
    qtbot.mouseClick(view.filters.overdue, Qt.MouseButton.LeftButton)
    overdue = list_commitments(
        services, CommitmentFilter(dialogue_id=view.dialogue_id, overdue_only=True)
    )
    assert shown_ids(view) == [c.id for c in overdue]
    assert all(
        view.model.index(row, Column.DUE).data(MARK_ROLE) == "overdue"
        for row in range(view.model.rowCount())
    )
    qtbot.mouseClick(view.filters.overdue, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.filters.due_within, Qt.MouseButton.LeftButton)
    view.filters.days.setValue(4000)
    expected = list_commitments(services, base.due_within(services.today(), 4000))
    assert shown_ids(view) == [c.id for c in expected]


def test_only_changes_to_commitments_refresh_the_table_and_the_selection_stays(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    target = by_text(view, "Share information")
    click_row(qtbot, view, target.id, Column.TEXT)
    with qtbot.assertNotEmitted(view.model.modelReset):
        view.context.operations.announce({PEOPLE})
    with qtbot.waitSignal(view.model.modelReset):
        view.context.operations.announce({COMMITMENTS})
    assert view.selected() is not None and view.selected().id == target.id  # type: ignore[union-attr]


# -- status in place -----------------------------------------------------------------------


def test_a_status_chosen_in_the_table_is_saved_undone_and_redone(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Reinforce coordination")
    assert target.status is CommitmentStatus.AGREED
    click_row(qtbot, view, target.id, Column.STATUS)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.findChild(StatusCombo, "statusEditor")
    assert editor is not None and editor.currentData() == "agreed"
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # in progress: only moves the choice
    assert get_commitment(services, target.id).status is CommitmentStatus.AGREED
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # completed
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(
        lambda: get_commitment(services, target.id).status is CommitmentStatus.COMPLETED
    )
    row = view.model.row_of(target.id)
    assert view.model.index(row, Column.STATUS).data() == "Completed"  # type: ignore[arg-type]
    stack = view.context.undo_stack
    assert stack.undoText() == (
        "Change status of commitment “Reinforce coordination on initiatives focused o…” "
        "to completed"
    )

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert get_commitment(services, target.id).status is CommitmentStatus.AGREED
    notes = [update.note for update in list_updates(services, target.id)]
    assert notes == [
        "Status changed from agreed to completed",
        "Undone: Status changed from agreed to completed",
    ]
    assert "Undone: Status changed" in view.detail.history_text()
    trail = [(e.field, e.old, e.new) for e in history(services, "commitment", target.id)]
    assert ("status", "agreed", "completed") in trail
    assert ("status", "completed", "agreed") in trail

    redo = window.findChild(QAction, "redo")
    qtbot.keyClick(window, redo.shortcut()[0].key(), redo.shortcut()[0].keyboardModifiers())
    assert get_commitment(services, target.id).status is CommitmentStatus.COMPLETED
    assert len(list_updates(services, target.id)) == 3


def test_deferring_asks_for_the_reason_first(window: MainWindow, qtbot: QtBot) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Improve cooperation")
    click_row(qtbot, view, target.id, Column.TEXT)
    menu = view.context_menu()
    assert menu is not None
    deferred = menu.findChild(QWidget, "statusMenu").findChild(  # type: ignore[union-attr]
        type(menu.actions()[0]), "status_deferred"
    )
    deferred.trigger()
    dialog = dialog_of(view, ReasonDialog)
    assert isinstance(dialog, ReasonDialog)
    assert dialog.prompt.text() == "Deferring a commitment needs a reason."
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.focusWidget() is dialog.reason_edit  # typing goes to the reason at once
    assert get_commitment(services, target.id).status is CommitmentStatus.IN_PROGRESS
    qtbot.keyClicks(dialog.reason_edit, "Waiting for the new budget year")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    now = get_commitment(services, target.id)
    assert now.status is CommitmentStatus.DEFERRED
    assert list_updates(services, target.id)[-1].reason == "Waiting for the new budget year"


def test_cancelling_the_reason_changes_nothing(window: MainWindow, qtbot: QtBot) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Continue to promote")
    view.controller.request_status(target, CommitmentStatus.DROPPED)
    dialog = dialog_of(view, ReasonDialog)
    assert isinstance(dialog, ReasonDialog)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert get_commitment(services, target.id).status is CommitmentStatus.AGREED
    assert list_updates(services, target.id) == []
    assert view.context.undo_stack.count() == 0


def test_undoing_a_move_out_of_deferred_gives_the_undo_reason(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Coordinate with Canada")
    assert target.status is CommitmentStatus.DEFERRED
    asked: list[str] = []
    view.controller.ask_reason = lambda title, prompt, submit: asked.append(prompt)
    view.controller.request_status(target, CommitmentStatus.COMPLETED)
    assert asked == []  # completing needs no reason
    view.context.undo_stack.undo()
    last = list_updates(services, target.id)[-1]
    assert last.status is CommitmentStatus.DEFERRED
    assert last.reason == "Undo of an update recorded in error"
    assert last.note.startswith("Undone: ")
    assert get_commitment(services, target.id).status is CommitmentStatus.DEFERRED


def test_an_injected_reason_asker_is_used_for_dropping(window: MainWindow) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Continue dialogue")

    def answer(_title: str, prompt: str, submit: Callable[[str], object]) -> None:
        assert prompt == "Dropping a commitment needs a reason."
        submit("Superseded by the trilateral track")

    view.controller.ask_reason = answer
    view.controller.request_status(target, CommitmentStatus.DROPPED)
    assert get_commitment(services, target.id).status is CommitmentStatus.DROPPED


# -- progress updates ----------------------------------------------------------------------


def test_a_progress_update_takes_two_keystrokes_and_ctrl_enter(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Advance technical coordination")
    click_row(qtbot, view, target.id, Column.TEXT)
    before = len(list_updates(services, target.id))
    qtbot.keyClick(view.table, Qt.Key.Key_U, CTRL)
    dialog = dialog_of(view, UpdateDialog)
    assert isinstance(dialog, UpdateDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)
    qtbot.keyClicks(dialog.note, "CERTs exchanged contact lists")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    updates = list_updates(services, target.id)
    assert len(updates) == before + 1
    assert updates[-1].note == "CERTs exchanged contact lists"
    assert updates[-1].handling is Handling.INTERNAL
    assert "CERTs exchanged contact lists" in view.detail.history_text()
    assert view.context.undo_stack.undoText().startswith("Add progress update to commitment")

    view.context.undo_stack.undo()
    notes = [update.note for update in list_updates(services, target.id)]
    assert notes[-1] == "Undone: CERTs exchanged contact lists"
    assert "Undone: CERTs exchanged contact lists" in view.detail.history_text()


def test_enter_on_a_row_or_on_the_panel_opens_the_update(window: MainWindow, qtbot: QtBot) -> None:
    view = open_view(window)
    target = by_text(view, "Continue bilateral training")
    click_row(qtbot, view, target.id, Column.TEXT)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = dialog_of(view, UpdateDialog)
    assert isinstance(dialog, UpdateDialog) and dialog.commitment.id == target.id
    dialog.reject()
    view.detail.setFocus()
    qtbot.keyClick(view.detail, Qt.Key.Key_Return)
    assert isinstance(view.controller.dialog, UpdateDialog)
    view.controller.dialog.reject()


def test_an_empty_note_is_shown_at_its_field_and_nothing_is_written(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Continue bilateral training")
    before = list_updates(services, target.id)
    dialog = view.controller.new_update(target)
    wait_active(qtbot, dialog)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.errors.marked_field() == "note"
    assert list_updates(services, target.id) == before
    assert view.context.undo_stack.count() == 0
    assert not dialog.grab().isNull()


def test_moving_the_due_date_needs_a_reason_and_undo_moves_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Increase bilateral cooperation")
    assert target.due is not None
    click_row(qtbot, view, target.id, Column.TEXT)
    qtbot.mouseClick(view.detail.move_due, Qt.MouseButton.LeftButton)
    dialog = dialog_of(view, UpdateDialog)
    assert isinstance(dialog, UpdateDialog)
    wait_active(qtbot, dialog)
    assert dialog.move_due.isChecked()
    dialog.due.setDate(dialog.due.date().addMonths(6))
    assert dialog.reason_hint.text() == "Moving the due date needs a reason."
    qtbot.keyClicks(dialog.note, "Second workshop postponed")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.errors.marked_field() == "reason"
    assert get_commitment(services, target.id).due == target.due
    qtbot.keyClicks(dialog.reason, "Host agency reorganised")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    moved = get_commitment(services, target.id).due
    assert moved is not None and moved > target.due
    assert view.context.undo_stack.undoText().startswith("Move due date of commitment")
    view.context.undo_stack.undo()
    assert get_commitment(services, target.id).due == target.due
    assert list_updates(services, target.id)[-1].reason == "Undo of an update recorded in error"


# -- new and edited commitments ------------------------------------------------------------


def test_ctrl_shift_c_records_a_new_commitment_and_undo_removes_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    services = services_of(view)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | SHIFT)
    dialog = dialog_of(view, CommitmentDialog)
    assert isinstance(dialog, CommitmentDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and dialog.errors.marked_field() == "text"

    qtbot.keyClicks(dialog.text, "Hold a tabletop exercise on ransomware")
    choose(qtbot, dialog.owner, "MX")
    choose(
        qtbot, dialog.topic, dialog.topic.itemData(dialog.topic.findText("Cybercrime prevention"))
    )
    choose(qtbot, dialog.status, "proposed")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    total = count_commitments(services, CommitmentFilter(dialogue_id=view.dialogue_id))
    assert total == 11
    created = view.selected()
    assert created is not None and created.text == "Hold a tabletop exercise on ransomware"
    assert (created.owner, created.status) == ("MX", CommitmentStatus.PROPOSED)
    assert view.filters.count.text() == "11 commitments"

    view.context.undo_stack.undo()
    with pytest.raises(NotFoundError):
        get_commitment(services, created.id)
    assert view.model.rowCount() == 10
    view.context.undo_stack.redo()
    assert count_commitments(services, CommitmentFilter(dialogue_id=view.dialogue_id)) == 11


def test_editing_the_text_and_handling_is_undone_by_writing_the_old_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    services = services_of(view)
    target = by_text(view, "Continue strengthening")
    click_row(qtbot, view, target.id, Column.TEXT)
    qtbot.keyClick(view.table, Qt.Key.Key_E, CTRL)
    dialog = dialog_of(view, CommitmentDialog)
    assert isinstance(dialog, CommitmentDialog)
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "Strengthen cooperation for a secure cyberspace")
    choose(qtbot, dialog.handling, "internal")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    edited = get_commitment(services, target.id)
    assert edited.text == "Strengthen cooperation for a secure cyberspace"
    assert edited.handling is Handling.INTERNAL
    assert edited.status == target.status and edited.leads == target.leads
    row = view.model.row_of(target.id)
    handling = view.model.index(row, Column.HANDLING)  # type: ignore[arg-type]
    assert handling.data() == "Internal"
    assert handling.data(Qt.ItemDataRole.DecorationRole) is not None
    assert view.detail.handling.text() == "Internal" and view.detail.handling_icon.isVisible()
    assert not view.grab().isNull()

    view.context.undo_stack.undo()
    restored = get_commitment(services, target.id)
    assert (restored.text, restored.handling) == (target.text, target.handling)
    trail = [(e.field, e.new) for e in history(services, "commitment", target.id)]
    assert ("text", target.text) in trail


# -- opening a record ----------------------------------------------------------------------


def test_open_record_clears_a_filter_that_hides_the_commitment(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    target = by_text(view, "Share information")
    choose(qtbot, view.filters.status, "agreed")
    assert target.id not in shown_ids(view)
    window.show_view("overview")
    window.open_record("commitment", target.id)
    assert window.current_view() is view
    assert view.filters.is_clear()
    assert view.selected() is not None and view.selected().id == target.id  # type: ignore[union-attr]


# -- a large store -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    return generated_store(migrated_template, tmp_path_factory.mktemp("large") / "t.db", 1000)


@pytest.fixture
def large_window(
    make_window: Callable[..., MainWindow], large_template: Path, tmp_path: Path
) -> MainWindow:
    path = tmp_path / "large.db"
    shutil.copyfile(large_template, path)
    return make_window(path)


def test_a_large_store_loads_one_page_and_more_as_the_user_scrolls(
    large_window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(large_window)
    assert view.filters.count.text() == f"{QLocale().toString(1000)} commitments"
    assert view.model.rowCount() == PAGE_SIZE
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_End, CTRL)
    qtbot.waitUntil(lambda: view.model.rowCount() > PAGE_SIZE, timeout=3000)
    assert not view.grab().isNull()


def test_a_header_click_sorts_every_row_in_the_store(
    large_window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(large_window)
    header = view.table.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    assert view.model.criteria is not None and not view.model.criteria.descending
    click(Column.DUE)  # the rows are already by due date: this turns the order round
    criteria = view.model.criteria
    assert criteria is not None and criteria.descending
    assert view.model.rowCount() == PAGE_SIZE
    services = services_of(view)
    latest = list_commitments(
        services, CommitmentFilter(dialogue_id=view.dialogue_id, limit=1, descending=True)
    )
    assert shown_ids(view)[0] == latest[0].id
    before = shown_ids(view)
    click(Column.TEXT)  # not a column the store sorts by: nothing moves
    assert shown_ids(view) == before
    assert header.sortIndicatorSection() == Column.DUE


def test_open_record_fetches_the_pages_down_to_a_far_commitment(
    large_window: MainWindow,
) -> None:
    view = open_view(large_window)
    services = services_of(view)
    far = list_commitments(
        services, CommitmentFilter(dialogue_id=view.dialogue_id, offset=900, limit=1)
    )[0]
    view.open_record(far.id)
    assert view.model.rowCount() >= 901
    assert view.model.rowCount() < 1000 or view.model.total == 1000
    assert view.selected() is not None and view.selected().id == far.id  # type: ignore[union-attr]
    assert view.table.currentIndex().row() == 900


# -- keyboard and accessibility ------------------------------------------------------------


def test_controls_have_accessible_names_and_a_tab_order(window: MainWindow) -> None:
    view = open_view(window)
    nameless = [
        widget.objectName() or type(widget).__name__
        for widget in view.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(view)
        and not (widget.accessibleName() or getattr(widget, "text", lambda: "")())
    ]
    assert nameless == []
    chain = []
    widget: QWidget = view.filters.text
    for _ in range(16):
        chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
    assert chain[:4] == ["filterText", "filterClear", "exportShown", "filterStatus"]
    assert "commitmentsTable" in chain


def test_an_invalid_index_has_no_data(window: MainWindow) -> None:
    view = open_view(window)
    assert view.model.data(QModelIndex()) is None


def test_find_opens_a_commitment_or_an_update_in_this_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    target = by_text(view, "Coordinate with Canada")
    window.show_view("overview")
    window.show_find()
    finder = window.find_dialog
    assert finder is not None
    qtbot.keyClicks(finder.query, "Canada")
    finder.run_search()
    hits = {}
    for group in range(finder.results.topLevelItemCount()):
        for child in range(finder.results.topLevelItem(group).childCount()):
            item = finder.results.topLevelItem(group).child(child)
            hits.setdefault(item.data(0, HIT_ROLE)[0], item)
    assert {"commitment", "update"} <= hits.keys()
    for kind in ("commitment", "update"):
        window.show_view("overview")
        finder.results.setCurrentItem(hits[kind])
        qtbot.keyClick(finder.results, Qt.Key.Key_Return)
        assert window.current_view() is view
        assert view.selected() is not None and view.selected().id == target.id  # type: ignore[union-attr]


def test_a_refused_status_change_is_shown_in_the_view(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_view(window)
    target = by_text(view, "Share information")

    def refuse(*_args: object) -> None:
        raise ValidationError("on", "is before the commitment was recorded (2030-01-01)")

    monkeypatch.setattr(view.controller.actions, "change_status", refuse)
    view.controller.request_status(target, CommitmentStatus.IN_PROGRESS)
    assert view.message.isVisible()
    assert "before the commitment was recorded" in view.message.text()
    assert get_commitment(services_of(view), target.id).status is CommitmentStatus.COMPLETED


def test_new_commitment_without_a_dialogue_says_so(window: MainWindow) -> None:
    view = open_view(window)
    view.set_dialogue(None)
    assert view.model.rowCount() == 0
    assert view.filters.count.text() == "0 commitments"
    view.start_new("commitment")
    assert view.controller.dialog is None
    assert view.message.text() == "Choose a dialogue first."
    view.start_new("meeting")  # not this view's kind: nothing happens
    assert view.controller.dialog is None


def test_the_context_menu_offers_every_status_with_the_current_one_checked(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    target = by_text(view, "Continue bilateral training")
    click_row(qtbot, view, target.id, Column.TEXT)
    menu = view.context_menu()
    assert menu is not None
    statuses = [
        action for action in menu.findChildren(QAction) if action.objectName().startswith("status_")
    ]
    assert len(statuses) == len(CommitmentStatus)
    checked = [action.objectName() for action in statuses if action.isChecked()]
    assert checked == ["status_in_progress"]
    assert not menu.grab().isNull()


def test_a_hidden_view_reads_its_rows_again_only_when_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    target = by_text(view, "Reinforce coordination")
    window.show_view("overview")
    with qtbot.assertNotEmitted(view.model.modelReset):
        view.controller.actions.change_status(target, CommitmentStatus.IN_PROGRESS)
        view.context.operations.announce({MEETINGS})
    with qtbot.waitSignal(view.model.modelReset):
        window.show_view("commitments")
    row = view.model.row_of(target.id)
    assert row is not None
    assert view.model.index(row, Column.STATUS).data() == "In progress"


def test_redoing_a_status_change_reaches_a_commitment_redo_re_created_under_a_new_id(
    window: MainWindow,
) -> None:
    """New commitment, status change; undo both, redo both: the creation's redo brings the
    commitment back under a new id, and the status change lands on it, not on the old id."""
    view = open_view(window)
    services = services_of(view)
    assert view.dialogue_id is not None
    actions = view.controller.actions
    first = actions.create(CommitmentDraft(view.dialogue_id, "Exchange liaison officers", "US"))
    create_commitment(services, CommitmentDraft(view.dialogue_id, "A later one", "MX"))
    actions.change_status(first, CommitmentStatus.IN_PROGRESS)
    stack = window.context.undo_stack

    stack.undo()
    stack.undo()
    assert [c for c in list_commitments(services, CommitmentFilter()) if c.id == first.id] == []
    stack.redo()
    stack.redo()

    again = by_text(view, "Exchange liaison officers")
    assert again.id != first.id
    assert again.status is CommitmentStatus.IN_PROGRESS
    assert stack.index() == stack.count() == 2  # nothing refused or dropped


def test_the_text_fills_the_room_left_and_stays_readable_in_a_narrow_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    table, header = view.table, view.table.horizontalHeader()

    def shown_width() -> int:
        return sum(
            header.sectionSize(column)
            for column in range(header.count())
            if not header.isSectionHidden(column)
        )

    window.resize(1900, 900)
    qtbot.waitUntil(lambda: shown_width() == table.viewport().width())  # no gap, no scrolling
    wide = table.columnWidth(Column.TEXT)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: table.columnWidth(Column.TEXT) == MIN_TEXT_WIDTH)
    assert shown_width() > table.viewport().width() and wide > MIN_TEXT_WIDTH  # it scrolls
