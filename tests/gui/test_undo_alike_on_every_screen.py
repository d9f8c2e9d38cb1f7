"""Undoing a progress update leaves the same store whichever screen it was undone from.

The same update — same commitment, note, status or due date, reason, date, meeting and
handling — is recorded on two copies of the sample store: once in the Commitments view (its
update dialog, with the meeting chosen as "reviewed at"), once in that meeting's Review tab.
Each is then undone with Undo, and the two histories must agree row for row, except the ids
the store gave them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import pytest
from meeting_fixtures import *  # noqa: F403 (its fixtures: make_tab, tab_context, the meetings)
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Commitment, CommitmentUpdate, Meeting
from dialoguetracker.gui.commitments.update_dialog import UpdateDialog
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.review_tab import ReviewTab
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.services import Services
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import get_commitment, list_commitments

NEW_DUE = date(2027, 3, 31)

MakeTab = Callable[[type[ReviewTab], int], ReviewTab]


@dataclass(frozen=True)
class Step:
    """An update as a user enters it, on the first open commitment with ``status``."""

    status: CommitmentStatus
    note: str
    new_status: CommitmentStatus | None = None
    moves_due: bool = False
    reason: str = ""


STEPS = [
    Step(
        CommitmentStatus.IN_PROGRESS, "Exercise held in May", new_status=CommitmentStatus.COMPLETED
    ),
    Step(CommitmentStatus.IN_PROGRESS, "New target agreed", moves_due=True, reason="New framework"),
    Step(CommitmentStatus.DEFERRED, "Work resumed", new_status=CommitmentStatus.IN_PROGRESS),
]


def target(services: Services, meeting: Meeting, step: Step) -> Commitment:
    """The same commitment on either copy of the sample (the copies share their ids)."""
    listed = list_commitments(
        services, CommitmentFilter(dialogue_id=meeting.dialogue_id, open_only=True)
    )
    return next(c for c in listed if c.status is step.status and (c.due or not step.moves_due))


def rows(services: Services, commitment_id: int) -> list[CommitmentUpdate]:
    """A commitment's updates as stored, every column but the id."""
    return [replace(update, id=0) for update in list_updates(services, commitment_id)]


def in_commitments_view(
    window: MainWindow, qtbot: QtBot, meeting: Meeting, step: Step
) -> Commitment:
    """Record the step with the view's update dialog, then undo it; the commitment."""
    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    commitment = target(view.context.services, meeting, step)
    dialog = view.controller.new_update(commitment)
    assert isinstance(dialog, UpdateDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)
    qtbot.keyClicks(dialog.note, step.note)
    if step.new_status is not None:
        dialog.status.setCurrentIndex(dialog.status.findData(step.new_status.value))
    if step.moves_due:
        dialog.move_due.setChecked(True)
        dialog.due.setDate(QDate(NEW_DUE.year, NEW_DUE.month, NEW_DUE.day))
    qtbot.keyClicks(dialog.reason, step.reason)
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(meeting.id))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    view.context.undo_stack.undo()
    return commitment


def in_review_tab(tab: ReviewTab, qtbot: QtBot, meeting: Meeting, step: Step) -> Commitment:
    """Record the step with the meeting's Review tab, then undo it; the commitment."""
    commitment = target(tab.context.services, meeting, step)
    assert tab.select_commitment(commitment.id)
    qtbot.keyClicks(tab.form.note, step.note)
    if step.new_status is not None:
        tab.form.status.setCurrentIndex(tab.form.status.findData(step.new_status))
    if step.moves_due:
        tab.form.due.check.click()
        tab.form.due.editor.setDate(QDate(NEW_DUE.year, NEW_DUE.month, NEW_DUE.day))
    qtbot.keyClicks(tab.form.reason, step.reason)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.form.errors.marked_field() is None
    tab.context.undo_stack.undo()
    return commitment


@pytest.mark.parametrize("step", STEPS, ids=["status", "due date", "out of deferred"])
def test_undoing_the_same_update_on_either_screen_leaves_the_same_rows(
    window: MainWindow,
    make_tab: MakeTab,
    tab_context: AppContext,
    planned_meeting: Meeting,
    qtbot: QtBot,
    step: Step,
) -> None:
    view_services = window.context.services
    view_history = list_updates(view_services, target(view_services, planned_meeting, step).id)

    from_view = in_commitments_view(window, qtbot, planned_meeting, step)
    tab = make_tab(ReviewTab, planned_meeting.id)
    from_tab = in_review_tab(tab, qtbot, planned_meeting, step)

    assert from_view == from_tab
    undone = rows(view_services, from_view.id)
    assert undone == rows(tab_context.services, from_tab.id)
    assert len(undone) == len(view_history) + 2  # the update and the one taking it back
    assert undone[-1].note == f"Undone: {step.note}"
    assert undone[-1].meeting_id == planned_meeting.id
    after = get_commitment(view_services, from_view.id)
    assert after == get_commitment(tab_context.services, from_tab.id)
    assert (after.status, after.due) == (from_view.status, from_view.due)
