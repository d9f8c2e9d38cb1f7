"""A planned meeting whose date has passed does not silently drop out of sight: the overview,
the meetings list and the navigator say so and ask for it to be marked held or cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.meeting_list_model import STATUS, TITLE
from dialoguetracker.gui.navigator import ID_ROLE
from dialoguetracker.gui.views.meetings_view import ALL, MeetingsView
from dialoguetracker.gui.views.overview import OverviewView
from dialoguetracker.services.meetings import list_meetings, update_meeting

LATER = datetime(2031, 6, 1, 12, 0, tzinfo=UTC)
"""Years after the sample was loaded: its planned round (2 Feb 2027) is long past."""


@pytest.fixture
def later(window: MainWindow) -> MainWindow:
    """The sample, opened again in 2031 with its 2027 round never marked held."""
    window.context.services.clock = lambda: LATER
    window.navigator.reload()
    return window


def _overview(window: MainWindow) -> OverviewView:
    view = window.show_view("overview")
    assert isinstance(view, OverviewView)
    view.reload()
    return view


def _planned(window: MainWindow) -> int:
    (planned,) = [
        meeting
        for meeting in list_meetings(window.context.services, 1)
        if meeting.status is MeetingStatus.PLANNED
    ]
    return planned.id


def test_the_overview_names_the_past_round_and_opens_it(later: MainWindow, qtbot: QtBot) -> None:
    panel = _overview(later).next_meeting

    assert panel.past_label.isVisible()
    assert panel.past_label.text() == (
        "“(Illustrative) Second bilateral cyber dialogue” was planned for 2 Feb 2027, "
        "now past: mark it held or cancelled."
    )
    assert panel.empty.isVisible()
    assert panel.empty.text().startswith("No meeting is planned ahead.")
    with qtbot.waitSignal(panel.meeting_chosen) as chosen:
        qtbot.mouseClick(panel.past_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [_planned(later)]
    assert later.current_view().key == "meeting"


def test_marking_it_held_clears_the_note(later: MainWindow) -> None:
    services = later.context.services
    meeting_id = _planned(later)
    meeting = next(m for m in list_meetings(services, 1) if m.id == meeting_id)
    update_meeting(services, meeting_id, replace(meeting, status=MeetingStatus.HELD))

    panel = _overview(later).next_meeting

    assert not panel.past_label.isVisible()
    assert panel.past_id is None


def test_on_the_day_before_the_round_it_is_the_next_meeting_and_nothing_is_past(
    window: MainWindow,
) -> None:
    window.context.services.clock = lambda: datetime(2027, 2, 1, 12, 0, tzinfo=UTC)
    panel = _overview(window).next_meeting

    assert panel.meeting_id == _planned(window)
    assert not panel.past_label.isVisible()


def test_the_meetings_list_marks_its_status_with_a_warning(later: MainWindow) -> None:
    view = later.show_view("meetings")
    assert isinstance(view, MeetingsView)
    view.period.setCurrentIndex(view.period.findData(ALL))
    view.reload(keep_rows=False)
    rows = {
        view.model.index(row, TITLE).data(): view.model.index(row, STATUS)
        for row in range(view.model.rowCount())
    }

    planned = rows["(Illustrative) Second bilateral cyber dialogue"]
    assert planned.data() == "Planned, date passed"
    assert planned.data(Qt.ItemDataRole.ToolTipRole) == (
        "Planned for 2 Feb 2027, now past: mark it held or cancelled."
    )
    assert planned.data(Qt.ItemDataRole.DecorationRole) is not None
    held = rows["First bilateral cyber dialogue under the Bicentennial Framework"]
    assert held.data() == "Held"
    assert held.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_navigator_marks_the_meeting_too(later: MainWindow) -> None:
    dialogue = later.navigator.items.item(1)  # under All dialogues
    year = next(
        dialogue.child(row)
        for row in range(dialogue.rowCount())
        if dialogue.child(row).text().startswith("2027")
    )
    later.navigator.expand(year.index())
    meeting = year.child(0)

    assert meeting.data(ID_ROLE) == _planned(later)
    assert not meeting.icon().isNull()
    assert meeting.toolTip().endswith(
        "Planned for 2 Feb 2027, now past: mark it held or cancelled."
    )
    held_year = next(
        dialogue.child(row)
        for row in range(dialogue.rowCount())
        if dialogue.child(row).text().startswith("2022")
    )
    later.navigator.expand(held_year.index())
    assert held_year.child(0).icon().isNull()
