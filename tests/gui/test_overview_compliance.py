"""The Overview's compliance card: each side's average in the last complete period and the
current one, as a hand calculation gives them, with the periods' dates and the number assessed
said in words; a score given in the Compliance tab shows in the overview at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.compliance import AssessmentDraft
from dialoguetracker.domain.enums import JOINT, MeetingStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import DialogueDraft, MeetingDraft
from dialoguetracker.gui.commitments.table_model import Column
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.gui.views.overview import OverviewView
from dialoguetracker.services import dialogues
from dialoguetracker.services.assessments import assess
from dialoguetracker.services.commitments import list_commitments
from dialoguetracker.services.meetings import create_meeting

FIRST_ROUND, SECOND_ROUND = date(2022, 8, 10), date(2024, 3, 1)


def _scored(window: MainWindow) -> list[int]:
    """A second round held; three joint commitments scored in the first period: US +1, 0,
    -1 (average 0.00, 50%), MX +1, +1, 0 (+0.67, 83%); the US's first in the current one."""
    services = window.context.services
    (only,) = dialogues.list_dialogues(services)
    create_meeting(
        services, MeetingDraft(only.id, "Second round", SECOND_ROUND, status=MeetingStatus.HELD)
    )
    joint = [
        c.id
        for c in list_commitments(services, CommitmentFilter(dialogue_id=only.id))
        if c.owner == JOINT
    ][:3]
    for commitment, us, mx in zip(joint, (1, 0, -1), (1, 1, 0), strict=True):
        for side, score in (("US", us), ("MX", mx)):
            draft = AssessmentDraft(commitment, side, score, "statement", period_start=FIRST_ROUND)
            assess(services, draft)
    assess(services, AssessmentDraft(joint[0], "US", 1, "readout"))
    return joint


def _overview(window: MainWindow) -> OverviewView:
    view = window.show_view("overview")
    assert isinstance(view, OverviewView)
    view.reload()  # the scores above went in behind the window's back
    return view


def test_each_sides_average_in_the_last_and_current_period(window: MainWindow) -> None:
    _scored(window)
    card = _overview(window).compliance_card

    shown = {key: label.text() for key, label in card.cells.items()}
    assert shown == {
        (0, "US"): "0.00 (50%)",
        (0, "MX"): "+0.67 (83%)",
        (1, "US"): "+1.00 (100%)",
        (1, "MX"): "—",
    }
    assert card.cells[(0, "MX")].toolTip() == "3 commitments assessed"
    assert card.cells[(1, "MX")].toolTip() == "No commitment assessed"
    described = card.accessibleDescription().splitlines()
    assert "United States, Last period (10 Aug 2022 to 1 Mar 2024): 0.00 (50%)" in described
    assert "Mexico, Current (since 1 Mar 2024): —" in described
    assert card.note.isHidden()


def test_a_score_given_in_the_compliance_tab_shows_in_the_overview(
    window: MainWindow, qtbot: QtBot
) -> None:
    joint = _scored(window)
    _overview(window)
    commitments = window.show_view("commitments")
    assert isinstance(commitments, CommitmentsView)
    commitments.reload()
    row = commitments.model.row_of(joint[0])
    assert row is not None
    rect = commitments.table.visualRect(commitments.model.index(row, Column.TEXT))
    qtbot.mouseClick(commitments.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    commitments.detail.sides.setCurrentWidget(commitments.compliance)
    assert commitments.compliance.side.currentData() == "MX"  # the US is scored already
    commitments.compliance.evidence.setFocus()
    qtbot.keyClick(commitments.compliance.history, Qt.Key.Key_Minus)
    qtbot.keyClick(commitments.compliance.history, Qt.Key.Key_Return)

    overview = window.show_view("overview")  # read again because the change was announced
    assert isinstance(overview, OverviewView)
    assert overview.compliance_card.cells[(1, "MX")].text() == "−1.00 (0%)"


def test_a_dialogue_without_a_held_round_says_there_is_nothing_to_assess(
    window: MainWindow,
) -> None:
    made = dialogues.create_dialogue(
        window.context.services, DialogueDraft("New dialogue", ("US", "MX"))
    )
    view = _overview(window)
    view.set_dialogue(made.id)
    view.reload()

    card = view.compliance_card
    assert card.cells == {}
    assert card.note.text() == "No round held yet: nothing to assess."
    assert not card.note.isHidden() and card.table.isHidden()
