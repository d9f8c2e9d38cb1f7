"""Compliance in the Commitments view's table: a *Compliance* column with each side's latest
score, marked (an icon and the sides named in words) while a side is still to be scored for
the current period, and the filter *Not yet assessed* that the store applies, so scoring the
missing side in the Compliance tab takes the row off the filtered list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.compliance import AssessmentDraft
from dialoguetracker.domain.enums import JOINT, MeetingStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import MeetingDraft
from dialoguetracker.gui.commitments.table_model import Column
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.services import dialogues
from dialoguetracker.services.assessments import assess
from dialoguetracker.services.commitments import count_commitments, list_commitments
from dialoguetracker.services.meetings import create_meeting

FIRST_ROUND, SECOND_ROUND = date(2022, 8, 10), date(2024, 3, 1)
Role = Qt.ItemDataRole


def _joint_commitments(window: MainWindow) -> tuple[int, list[int]]:
    services = window.context.services
    (only,) = dialogues.list_dialogues(services)
    create_meeting(
        services, MeetingDraft(only.id, "Second round", SECOND_ROUND, status=MeetingStatus.HELD)
    )
    everything = list_commitments(services, CommitmentFilter(dialogue_id=only.id))
    return only.id, [c.id for c in everything if c.owner == JOINT]


def _view(window: MainWindow) -> CommitmentsView:
    """The view, read again: the scores above went in behind the window's back."""
    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    view.reload()
    return view


def _cell(view: CommitmentsView, commitment_id: int, role: int = Role.DisplayRole) -> object:
    row = view.model.row_of(commitment_id)
    assert row is not None
    return view.model.index(row, Column.COMPLIANCE).data(role)


def test_the_column_shows_each_sides_latest_score_and_marks_a_missing_one(
    window: MainWindow,
) -> None:
    _dialogue, joint = _joint_commitments(window)
    services = window.context.services
    assess(services, AssessmentDraft(joint[0], "US", 1, "readout"))
    assess(services, AssessmentDraft(joint[0], "MX", 0, "readout"))
    assess(services, AssessmentDraft(joint[1], "US", -1, "readout"))
    earlier = AssessmentDraft(joint[2], "MX", 0, "statement", period_start=FIRST_ROUND)
    assess(services, earlier)
    view = _view(window)

    assert view.model.headerData(Column.COMPLIANCE, Qt.Orientation.Horizontal) == "Compliance"
    assert _cell(view, joint[0]) == "US +1 · MX 0"
    done, to_do = (
        _cell(view, joint[0], Role.DecorationRole),
        _cell(view, joint[1], Role.DecorationRole),
    )
    assert isinstance(done, QIcon) and isinstance(to_do, QIcon)
    assert done.cacheKey() != to_do.cacheKey()
    assert str(_cell(view, joint[0], Role.ToolTipRole)).startswith("Assessed this period\n")
    assert _cell(view, joint[1]) == "US −1 · MX —"
    assert not to_do.isNull()
    hint = str(_cell(view, joint[1], Role.ToolTipRole))
    assert hint.splitlines() == [
        "Not yet assessed this period: MX",
        "US: −1 this period",
        "MX: never assessed",
    ]
    assert _cell(view, joint[1], Role.AccessibleTextRole) == hint
    assert _cell(view, joint[2]) == "US — · MX (0)"  # bracketed: an earlier period's
    assert str(_cell(view, joint[2], Role.ToolTipRole)).splitlines()[-1] == (
        "MX: 0 in an earlier period"
    )
    assert not view.table.isColumnHidden(Column.COMPLIANCE)


def test_not_yet_assessed_filters_in_the_store_and_scoring_takes_a_row_off(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialogue, joint = _joint_commitments(window)
    services = window.context.services
    assess(services, AssessmentDraft(joint[0], "US", 1, "readout"))
    view = _view(window)
    everything = view.model.total

    qtbot.mouseClick(view.filters.unassessed, Qt.MouseButton.LeftButton)

    flt = CommitmentFilter(dialogue_id=dialogue, unassessed_only=True)
    expected = count_commitments(services, flt)
    assert view.model.criteria is not None and view.model.criteria.unassessed_only
    assert 0 < view.model.total == expected < everything
    shown = [view.model.commitment(row) for row in range(view.model.rowCount())]
    assert [c.id for c in shown if c is not None] == [c.id for c in list_commitments(services, flt)]
    assert joint[0] in [c.id for c in shown if c is not None]  # MX is still to score

    row = view.model.row_of(joint[0])
    assert row is not None
    rect = view.table.visualRect(view.model.index(row, Column.TEXT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view.detail.sides.setCurrentWidget(view.compliance)
    assert view.compliance.side.currentData() == "MX"
    view.compliance.evidence.setFocus()
    qtbot.keyClick(view.compliance.history, Qt.Key.Key_0)
    qtbot.keyClick(view.compliance.history, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: view.model.total == expected - 1)
    assert view.model.row_of(joint[0]) is None
    view.filters.clear()
    assert view.model.total == everything
    assert _cell(view, joint[0]) == "US +1 · MX 0"


def test_columns_hidden_from_the_header_menu_stay_hidden_next_time(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    first = make_window()
    view = _view(first)
    menu = view.table.column_menu()
    names = [action.text() for action in menu.actions()]
    assert names == [
        "Status",
        "Owner",
        "Topic",
        "Due",
        "Handling",
        "No news since",
        "Compliance",
    ]  # the number and the text always stay
    text_width = view.table.columnWidth(Column.TEXT)

    for action in menu.actions():
        if action.text() in ("Handling", "No news since"):
            action.trigger()

    assert view.table.isColumnHidden(Column.HANDLING) and view.table.isColumnHidden(Column.NEWS)
    assert view.table.columnWidth(Column.TEXT) > text_width  # the text has the room
    later = make_window(tmp_path / "sample.db")
    again = _view(later).table
    assert again.isColumnHidden(Column.HANDLING) and again.isColumnHidden(Column.NEWS)
    assert not again.isColumnHidden(Column.COMPLIANCE)
    last = again.column_menu()
    for action in last.actions():
        if action.isChecked() and action.text() not in ("Compliance",):
            action.trigger()
    (only,) = [action for action in again.column_menu().actions() if action.isChecked()]
    assert only.text() == "Compliance" and not only.isEnabled()  # one column stays
