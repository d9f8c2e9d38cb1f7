"""Another copy of the program changes the meeting behind the editor's back: the editor's
save is refused with the other person's name, nothing is overwritten, and Reload shows theirs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from meeting_support import focus, open_editor, sample_meetings, undo_texts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Commitment, CommitmentUpdateDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.services import Services
from dialoguetracker.services.commitment_updates import change_status, list_updates
from dialoguetracker.services.commitments import get_commitment, list_commitments
from dialoguetracker.services.meetings import get_meeting, update_meeting
from dialoguetracker.store.engine import open_store

ANA_AT = datetime(2027, 3, 1, 10, 42, tzinfo=UTC)


@pytest.fixture
def other_program(window: MainWindow) -> Iterator[Services]:
    """Ana's copy of the program, with its own store object on the window's file."""
    path = window.context.services.store.location.path
    assert path is not None
    store = open_store(path)
    try:
        yield Services(store, actor="Ana Pérez", clock=lambda: ANA_AT)
    finally:
        store.close()


def commitments_view_on_an_agreed_one(window: MainWindow) -> tuple[CommitmentsView, Commitment]:
    """The Commitments view, and the first commitment in it whose status is agreed."""
    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    flt = CommitmentFilter(dialogue_id=view.dialogue_id)
    agreed = [
        commitment
        for commitment in list_commitments(view.context.services, flt)
        if commitment.status is CommitmentStatus.AGREED
    ]
    return view, agreed[0]


def test_a_save_over_someone_elses_change_is_refused_and_reload_shows_theirs(
    window: MainWindow, qtbot: QtBot, other_program: Services
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = editor.tab(DetailsTab)
    assert isinstance(tab, DetailsTab)
    assert tab.stale_banner.isHidden()

    theirs = get_meeting(other_program, second.id)
    update_meeting(other_program, second.id, replace(theirs, location="Washington"))

    focus(qtbot, tab.title_edit)
    tab.title_edit.selectAll()
    qtbot.keyClicks(tab.title_edit, "Renamed here")
    qtbot.keyClick(tab.title_edit, Qt.Key.Key_Return)

    assert not tab.stale_banner.isHidden()
    message = tab.stale_message.text()
    assert message.startswith(f"meeting '{second.title}' was changed by Ana Pérez at ")
    assert "2027-03-01 10:42 UTC" in message and "reload" in message
    stored = get_meeting(window.context.services, second.id)
    assert (stored.title, stored.location) == (second.title, "Washington")
    assert undo_texts(window) == []
    assert not window.grab().isNull()

    qtbot.mouseClick(tab.reload_button, Qt.MouseButton.LeftButton)
    assert tab.stale_banner.isHidden()
    assert tab.location.text() == "Washington"
    assert tab.title_edit.text() == second.title

    focus(qtbot, tab.title_edit)
    tab.title_edit.selectAll()
    qtbot.keyClicks(tab.title_edit, "Renamed here")
    qtbot.keyClick(tab.title_edit, Qt.Key.Key_Return)
    assert tab.stale_banner.isHidden()
    stored = get_meeting(other_program, second.id)
    assert (stored.title, stored.location) == ("Renamed here", "Washington")


def test_own_successive_saves_are_not_taken_for_someone_elses(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = editor.tab(DetailsTab)
    assert isinstance(tab, DetailsTab)
    for text in ("One", "Two"):
        focus(qtbot, tab.location)
        tab.location.selectAll()
        qtbot.keyClicks(tab.location, text)
        qtbot.keyClick(tab.location, Qt.Key.Key_Return)
        assert tab.stale_banner.isHidden()
        assert get_meeting(window.context.services, second.id).location == text
    window.context.undo_stack.undo()
    window.context.undo_stack.undo()
    assert get_meeting(window.context.services, second.id).location == second.location


def test_a_status_change_over_someone_elses_is_refused_in_the_commitments_view(
    window: MainWindow, other_program: Services
) -> None:
    view, shown = commitments_view_on_an_agreed_one(window)
    change_status(
        other_program,
        shown.id,
        CommitmentStatus.IN_PROGRESS,
        view.controller.actions.update_day(shown),  # the window's today, not Ana's clock
        "Started by Ana.",
    )

    view.controller.request_status(shown, CommitmentStatus.COMPLETED)

    assert view.message.isVisible() and view.reload_button.isVisible()
    assert "was changed by Ana Pérez at 2027-03-01 10:42 UTC" in view.message.text()
    stored = get_commitment(view.context.services, shown.id)
    assert stored.status is CommitmentStatus.IN_PROGRESS
    assert [u.note for u in list_updates(view.context.services, shown.id)][-1] == "Started by Ana."
    assert undo_texts(window) == []

    view.reload_button.click()
    assert not view.message.isVisible() and not view.reload_button.isVisible()
    [row] = [
        row
        for row in range(view.model.rowCount())
        if view.model.commitment(row).id == shown.id  # type: ignore[union-attr]
    ]
    reloaded = view.model.commitment(row)
    assert reloaded is not None and reloaded.status is CommitmentStatus.IN_PROGRESS
    view.controller.request_status(reloaded, CommitmentStatus.COMPLETED)
    assert not view.message.isVisible()
    assert get_commitment(other_program, shown.id).status is CommitmentStatus.COMPLETED


def test_undoing_an_edit_someone_else_has_since_built_on_is_refused_and_dropped(
    window: MainWindow, qtbot: QtBot, other_program: Services
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = editor.tab(DetailsTab)
    assert isinstance(tab, DetailsTab)
    focus(qtbot, tab.location)
    tab.location.selectAll()
    qtbot.keyClicks(tab.location, "Tlatelolco")
    qtbot.keyClick(tab.location, Qt.Key.Key_Return)
    assert undo_texts(window) == [f"Change place of meeting “{second.title}”"]

    theirs = get_meeting(other_program, second.id)
    update_meeting(other_program, second.id, replace(theirs, location="Washington"))
    window.context.undo_stack.undo()

    assert get_meeting(window.context.services, second.id).location == "Washington"
    box = window.refusal_box
    assert box is not None and box.isVisible()
    assert box.text().startswith(f"Could not undo “Change place of meeting “{second.title}””: ")
    assert "was changed by Ana Pérez at 2027-03-01 10:42 UTC" in box.text()
    assert undo_texts(window) == []  # the step no longer describes the store
    assert not window.context.undo_stack.canRedo()
    assert tab.location.text() == "Washington"  # the editor shows the store as it is


def test_undoing_a_status_change_after_someone_elses_is_refused(
    window: MainWindow, other_program: Services
) -> None:
    view, shown = commitments_view_on_an_agreed_one(window)
    day = view.controller.actions.update_day(shown)
    view.controller.request_status(shown, CommitmentStatus.IN_PROGRESS)
    change_status(other_program, shown.id, CommitmentStatus.COMPLETED, day, "Done, says Ana.")

    window.context.undo_stack.undo()

    stored = get_commitment(view.context.services, shown.id)
    assert stored.status is CommitmentStatus.COMPLETED
    assert [u.note for u in list_updates(view.context.services, shown.id)][-1] == "Done, says Ana."
    assert window.refusal_box is not None and "Ana Pérez" in window.refusal_box.text()
    assert undo_texts(window) == []


def test_own_successive_edits_undo_and_redo_without_a_refusal(
    window: MainWindow, qtbot: QtBot
) -> None:
    view, shown = commitments_view_on_an_agreed_one(window)
    view.controller.request_status(shown, CommitmentStatus.IN_PROGRESS)
    moved = get_commitment(view.context.services, shown.id)
    view.controller.request_status(moved, CommitmentStatus.COMPLETED)
    stack = window.context.undo_stack
    for step in (stack.undo, stack.undo, stack.redo, stack.redo):
        step()
    assert window.refusal_box is None
    assert get_commitment(view.context.services, shown.id).status is CommitmentStatus.COMPLETED


def test_undoing_the_first_due_date_is_refused_whole_not_done_halfway(
    window: MainWindow,
) -> None:
    view, shown = commitments_view_on_an_agreed_one(window)
    assert shown.due is None
    actions = view.controller.actions
    day = actions.update_day(shown)
    first_due = CommitmentUpdateDraft(
        shown.id, day, "Due date agreed", due=day.replace(year=day.year + 1)
    )
    actions.add_update(shown, first_due)
    notes = [u.note for u in list_updates(view.context.services, shown.id)]

    window.context.undo_stack.undo()

    stored = get_commitment(view.context.services, shown.id)
    assert stored.due == first_due.due
    assert [u.note for u in list_updates(view.context.services, shown.id)] == notes
    box = window.refusal_box
    assert box is not None and box.text().startswith("Could not undo “Move due date of commitment")
    assert "cannot be taken away by another update" in box.text()
    assert undo_texts(window) == []
