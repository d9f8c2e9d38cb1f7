"""The Review of open commitments during a round: progress recorded against this meeting,
append-only even when undone, and allowed only while the meeting's record is a draft."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from meeting_fixtures import *  # noqa: F403 (its fixtures: make_tab, tab_context, the meetings)
from meeting_fixtures import TODAY
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Commitment, CommitmentDraft, Meeting
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.meeting.open_commitments_model import OpenCommitmentsModel
from dialoguetracker.gui.meeting.review_tab import ReviewTab
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import (
    count_commitments,
    create_commitment,
    get_commitment,
    list_commitments,
)

MakeTab = Callable[[type[ReviewTab], int], ReviewTab]


def open_commitments(context: AppContext, dialogue_id: int) -> list[Commitment]:
    return list_commitments(
        context.services, CommitmentFilter(dialogue_id=dialogue_id, open_only=True)
    )


def pick(tab: ReviewTab, status: CommitmentStatus, with_due: bool | None = None) -> Commitment:
    """Select (as a click would) the first listed commitment with this status."""
    for row in range(tab.model.rowCount()):
        commitment = tab.model.commitment(row)
        assert commitment is not None
        if commitment.status is status and (with_due is None or with_due == bool(commitment.due)):
            tab.table.setCurrentIndex(tab.model.index(row, OpenCommitmentsModel.STATUS))
            assert tab.form.commitment == commitment
            return commitment
    raise AssertionError(f"no {status} commitment listed")


def choose_status(tab: ReviewTab, status: CommitmentStatus) -> None:
    tab.form.status.setCurrentIndex(tab.form.status.findData(status))


def test_it_lists_the_dialogues_open_commitments_with_their_latest_update(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtmodeltester: ModelTester
) -> None:
    tab = make_tab(ReviewTab, planned_meeting.id)
    expected = open_commitments(tab_context, planned_meeting.dialogue_id)
    assert tab.model.total == tab.model.rowCount() == len(expected) == 9
    assert [tab.model.commitment(row) for row in range(9)] == expected
    assert tab.intro.text().startswith("9 open commitment")
    assert not tab.grab().isNull()
    qtmodeltester.check(tab.model)
    deferred = next(c for c in expected if c.status is CommitmentStatus.DEFERRED)
    row = tab.model.row_of(deferred.id)
    assert row is not None
    latest = tab.model.index(row, OpenCommitmentsModel.LATEST).data()
    assert latest.startswith("2022-12-15: ")
    due = tab.model.index(row, OpenCommitmentsModel.DUE).data()
    assert due == "2023-06-30 (overdue)"
    assert tab.model.index(row, OpenCommitmentsModel.DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert tab.model.index(row, OpenCommitmentsModel.OWNER).data() == "Joint"


def test_recording_progress_links_the_update_to_this_meeting_and_undo_compensates(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services, stack = tab_context.services, tab_context.undo_stack
    tab = make_tab(ReviewTab, planned_meeting.id)
    commitment = pick(tab, CommitmentStatus.IN_PROGRESS)
    history = list_updates(services, commitment.id)
    qtbot.keyClicks(tab.form.note, "Both sides reported the exercise held in May.")
    choose_status(tab, CommitmentStatus.COMPLETED)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)

    updates = list_updates(services, commitment.id)
    assert len(updates) == len(history) + 1
    recorded = updates[-1]
    assert recorded.note == "Both sides reported the exercise held in May."
    assert recorded.status is CommitmentStatus.COMPLETED
    assert recorded.meeting_id == planned_meeting.id
    assert recorded.on == TODAY.date()
    assert get_commitment(services, commitment.id).status is CommitmentStatus.COMPLETED
    assert tab.model.row_of(commitment.id) is None  # closed: it leaves the open list
    assert tab.model.total == 8
    assert tab.form.note.toPlainText() == ""
    assert stack.undoText().startswith("Record progress on commitment")

    stack.undo()
    updates = list_updates(services, commitment.id)
    assert updates[: len(history) + 1] == [*history, recorded]  # nothing deleted
    compensating = updates[-1]
    assert len(updates) == len(history) + 2
    assert compensating.note == f"Undone: {recorded.note}"
    assert compensating.status is CommitmentStatus.IN_PROGRESS
    assert compensating.meeting_id == planned_meeting.id
    assert get_commitment(services, commitment.id).status is CommitmentStatus.IN_PROGRESS
    assert tab.model.row_of(commitment.id) is not None

    stack.redo()
    assert len(list_updates(services, commitment.id)) == len(history) + 3
    assert get_commitment(services, commitment.id).status is CommitmentStatus.COMPLETED


def test_deferring_needs_a_reason_shown_at_the_field(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services = tab_context.services
    tab = make_tab(ReviewTab, planned_meeting.id)
    commitment = pick(tab, CommitmentStatus.AGREED)
    history = list_updates(services, commitment.id)
    assert not tab.form.reason_hint.isVisibleTo(tab)
    tab.form.note.setFocus()
    qtbot.keyClicks(tab.form.note, "Not reached this year.")
    choose_status(tab, CommitmentStatus.DEFERRED)
    assert tab.form.reason_hint.isVisibleTo(tab)
    assert "needs a reason" in tab.form.reason_hint.text()
    qtbot.keyClick(tab.form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.errors.marked_field() == "reason"
    assert list_updates(services, commitment.id) == history
    assert tab_context.undo_stack.count() == 0

    qtbot.keyClicks(tab.form.reason, "Budget cycle moved to next year.")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert tab.form.errors.marked_field() is None
    last = list_updates(services, commitment.id)[-1]
    assert last.status is CommitmentStatus.DEFERRED
    assert last.reason == "Budget cycle moved to next year."
    assert tab.model.row_of(commitment.id) is not None  # deferred is still open


def test_moving_the_due_date_and_undoing_it(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services, stack = tab_context.services, tab_context.undo_stack
    tab = make_tab(ReviewTab, planned_meeting.id)
    commitment = pick(tab, CommitmentStatus.IN_PROGRESS, with_due=True)
    old_due = commitment.due
    qtbot.keyClicks(tab.form.note, "New target agreed.")
    tab.form.due.check.click()
    tab.form.due.editor.setDate(QDate(2027, 3, 31))
    assert tab.form.reason_hint.isVisibleTo(tab)
    qtbot.keyClicks(tab.form.reason, "Waiting for the new framework.")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert get_commitment(services, commitment.id).due == date(2027, 3, 31)

    stack.undo()
    assert get_commitment(services, commitment.id).due == old_due
    last = list_updates(services, commitment.id)[-1]
    assert last.due == old_due and last.reason


def test_a_final_record_takes_no_review_updates_and_says_so(
    make_tab: MakeTab, final_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services = tab_context.services
    tab = make_tab(ReviewTab, final_meeting.id)
    assert tab.locked and tab.lock_notice.isVisible()
    assert "final" in tab.lock_notice.text()
    assert tab.model.rowCount() == 9  # still listed, for reading
    commitment = pick(tab, CommitmentStatus.AGREED)
    assert not tab.form.save_button.isEnabled() and not tab.form.note.isEnabled()
    history = list_updates(services, commitment.id)
    tab.form.note.setPlainText("Too late")
    assert tab.record() is None
    assert list_updates(services, commitment.id) == history
    assert not tab.grab().isNull()


def test_many_open_commitments_are_read_a_page_at_a_time(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services = tab_context.services
    for number in range(120):
        create_commitment(
            services,
            CommitmentDraft(planned_meeting.dialogue_id, f"Bulk commitment {number}", JOINT),
        )
    total = count_commitments(
        services, CommitmentFilter(dialogue_id=planned_meeting.dialogue_id, open_only=True)
    )
    monkeypatch.setattr(OpenCommitmentsModel, "page_size", 50)
    tab = make_tab(ReviewTab, planned_meeting.id)
    assert tab.model.total == total == 129
    assert tab.model.rowCount() == 50 and tab.model.canFetchMore()
    tab.model.fetchMore()
    assert tab.model.rowCount() == 100
    last = list_commitments(
        services,
        CommitmentFilter(dialogue_id=planned_meeting.dialogue_id, open_only=True, offset=128),
    )[0]
    assert tab.select_commitment(last.id)
    assert tab.model.rowCount() == 129 and not tab.model.canFetchMore()
    assert tab.form.commitment == last
