"""The *Compliance* tab of the Commitments view: a commitment is scored for the current period
in two keystrokes (the score's key, then Enter) with the latest progress note as evidence, each
side of a joint commitment in turn; three commitments scored for both sides in the GUI, after
a first period scored through the services, give the averages a hand calculation gives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.compliance import AssessmentDraft, Period
from dialoguetracker.domain.enums import JOINT, MeetingStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Commitment, MeetingDraft
from dialoguetracker.gui.commitments.table_model import Column
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.services import dialogues
from dialoguetracker.services.assessments import assess, compliance, list_assessments
from dialoguetracker.services.audit import record_history
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import list_commitments
from dialoguetracker.services.meetings import create_meeting

FIRST_ROUND, INTERSESSIONAL = date(2022, 8, 10), date(2024, 3, 1)


def _view(window: MainWindow) -> CommitmentsView:
    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    return view


def _selected_in_tab(window: MainWindow) -> tuple[CommitmentsView, Commitment]:
    """The view with its first commitment selected and the Compliance tab shown."""
    view = _view(window)
    commitment = view.selected()
    assert commitment is not None
    view.detail.sides.setCurrentWidget(view.compliance)
    return view, commitment


def _select(qtbot: QtBot, view: CommitmentsView, commitment_id: int) -> None:
    row = view.model.row_of(commitment_id)
    assert row is not None
    rect = view.table.visualRect(view.model.index(row, Column.TEXT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view.detail.sides.setCurrentWidget(view.compliance)


def _score(qtbot: QtBot, view: CommitmentsView, key: Qt.Key) -> None:
    """The two keystrokes: the score, then Enter, with the focus in the tab."""
    view.compliance.evidence.setFocus()
    qtbot.keyClick(view.compliance.history, key)
    qtbot.keyClick(view.compliance.history, Qt.Key.Key_Return)


def test_two_keystrokes_score_each_side_and_the_averages_are_the_hand_calculation(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.context.services
    (only,) = dialogues.list_dialogues(services)
    dialogue = only.id
    joint = [
        c.id
        for c in list_commitments(services, CommitmentFilter(dialogue_id=dialogue))
        if c.owner == JOINT
    ][:3]
    for commitment in joint:  # the first period, before the intersessional round
        for side in ("US", "MX"):
            draft = AssessmentDraft(commitment, side, 1, "first", period_start=FIRST_ROUND)
            assess(services, draft)
    create_meeting(
        services,
        MeetingDraft(dialogue, "Intersessional", INTERSESSIONAL, status=MeetingStatus.HELD),
    )
    view = _view(window)
    # US then MX for each: (+1, -1), (0, 0), (+1, 0)
    keys = [
        (Qt.Key.Key_1, Qt.Key.Key_Minus),
        (Qt.Key.Key_0, Qt.Key.Key_0),
        (Qt.Key.Key_1, Qt.Key.Key_0),
    ]
    for commitment, (us, mx) in zip(joint, keys, strict=True):
        _select(qtbot, view, commitment)
        assert view.compliance.side.currentData() == "US"
        _score(qtbot, view, us)
        assert view.compliance.side.currentData() == "MX"  # the next side is chosen
        _score(qtbot, view, mx)

    current = [a for a in list_assessments(services, joint[0]) if a.period.end is None]
    assert [(a.side, a.score) for a in current] == [("US", 1), ("MX", -1)]
    (latest_note,) = {a.evidence for a in current}
    assert latest_note == list_updates(services, joint[0])[-1].note  # the evidence offered
    summary = compliance(services, dialogue)
    shown = {(line.period, line.side): line.average.shown() for line in summary.by_side}
    first, now = Period(FIRST_ROUND, INTERSESSIONAL), Period(INTERSESSIONAL)
    assert shown == {
        (first, "MX"): "+1.00 (100%)",
        (first, "US"): "+1.00 (100%)",
        (now, "MX"): "-0.33 (33%)",  # (-1 + 0 + 0) / 3
        (now, "US"): "+0.67 (83%)",  # (1 + 0 + 1) / 3
    }
    shown_history = view.compliance.history.toPlainText()  # the last commitment: +1 and 0
    assert "+1 (interim)" in shown_history and "0 (interim)" in shown_history


def test_a_missing_evidence_is_said_and_nothing_is_written(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.context.services
    view, commitment = _selected_in_tab(window)
    view.compliance.evidence.clear()

    _score(qtbot, view, Qt.Key.Key_1)

    assert list_assessments(services, commitment.id) == []
    assert view.compliance.message.text() == "evidence: must not be empty"


def test_a_score_given_by_mistake_is_undone_and_redone_from_the_edit_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.context.services
    view, commitment = _selected_in_tab(window)
    side = view.compliance.side.currentData()

    _score(qtbot, view, Qt.Key.Key_Minus)
    (made,) = list_assessments(services, commitment.id)
    assert (made.side, made.score) == (side, -1)
    undo = window.findChild(QAction, "undo")
    assert undo is not None and undo.isEnabled()
    assert undo.text() == f"&Undo Commitment {commitment.id} assessed for {side}: −1"

    undo.trigger()

    assert list_assessments(services, commitment.id) == []
    assert "−1" not in view.compliance.history.toPlainText()
    trail = record_history(services, "commitment", commitment.id)
    assert [(entry.entity, entry.action) for entry in trail[-2:]] == [
        ("assessment", "create"),
        ("assessment", "delete"),
    ]

    window.context.undo_stack.redo()

    (again,) = list_assessments(services, commitment.id)
    assert (again.side, again.score, again.evidence) == (side, -1, made.evidence)
