"""The Overview as a user sees it: figures, the next round, the chart and the short lists."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import JOINT
from dialoguetracker.domain.records import CommitmentDraft, DialogueDraft, PartyDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.overview.panels import ID_ROLE
from dialoguetracker.gui.views.overview import OverviewView
from dialoguetracker.services import Services, dialogues, directory
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.store.engine import open_store
from moments import TEST_NOW

TODAY = TEST_NOW
"""The day the sample was loaded: its round two months ahead, one commitment overdue since
2023, one for ten days, one falling due in eighteen."""


def overview_of(window: MainWindow) -> OverviewView:
    view = window.show_view("overview")
    assert isinstance(view, OverviewView)
    return view


@pytest.fixture
def view(window: MainWindow) -> OverviewView:
    """The overview of the sample dialogue, on the day it was loaded."""
    shown = overview_of(window)
    shown.reload()
    return shown


def _click(qtbot: QtBot, tree: QTreeWidget, row: int) -> None:
    item = tree.topLevelItem(row)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_headline_figures_count_meetings_open_and_overdue(view: OverviewView) -> None:
    assert view.heading.text() == "U.S.-Mexico Working Group on Cyber Issues"
    assert view.held_card.value.text() == "1"
    assert "10 Aug 2022" in view.held_card.detail.text()
    assert view.open_card.value.text() == "9"
    assert view.open_card.detail.text() == "of 10 recorded"
    assert view.overdue_card.value.text() == "2"
    assert view.overdue_card.accessibleName() == "Overdue: 2"


def test_the_next_meeting_is_shown_with_its_date_place_and_agenda(view: OverviewView) -> None:
    panel = view.next_meeting
    assert "Second bilateral cyber dialogue" in panel.title_label.text()
    assert "2 Feb 2027" in panel.details.text()
    assert "Mexico City" in panel.details.text()
    assert panel.agenda.topLevelItemCount() == 8
    assert panel.agenda.topLevelItem(0).text(0) == "1"
    assert panel.agenda.isVisibleTo(view)
    assert not panel.empty.isVisibleTo(view)
    assert "First bilateral cyber dialogue" in panel.last_label.text()


def test_the_chart_paints_commitments_by_owner_and_status(view: OverviewView) -> None:
    chart = view.chart
    bars = {bar.label: bar.total for bar in chart.bars}
    assert bars == {"United States": 0, "Mexico": 0, "Joint": 10}
    legend = {series.label: total for series, total in chart.legend_entries()}
    assert legend == {"Agreed": 5, "In progress": 3, "Completed": 1, "Deferred": 1}

    image = chart.grab()

    assert not image.isNull()
    assert image.width() > 200
    texts = chart.painted_texts
    for expected in ("Joint", "10", "5", "Agreed (5)", "In progress (3)", "Deferred (1)"):
        assert expected in texts
    assert "Joint: 10 (Agreed 5, In progress 3, Completed 1, Deferred 1)." in (
        chart.accessibleDescription()
    )


def test_the_overdue_list_holds_the_overdue_commitments_oldest_first(
    view: OverviewView,
) -> None:
    tree = view.overdue_list.tree
    assert tree.topLevelItemCount() == 2
    assert [tree.topLevelItem(row).text(0) for row in range(2)] == ["30 Jun 2023", "21 Nov 2026"]
    assert tree.topLevelItem(0).text(3) == "Deferred"
    assert view.overdue_list.title() == "Overdue (2)"
    soon = view.due_soon_list.tree
    assert [soon.topLevelItem(row).text(1) for row in range(soon.topLevelItemCount())] == [
        "in 18 days"
    ]
    assert not view.due_soon_list.empty.isVisibleTo(view)


def test_clicking_an_overdue_commitment_opens_it_in_the_commitments_view(
    window: MainWindow, view: OverviewView, qtbot: QtBot
) -> None:
    tree = view.overdue_list.tree
    wanted = int(tree.topLevelItem(1).data(0, ID_ROLE))

    with qtbot.waitSignal(view.open_requested) as opened:
        _click(qtbot, tree, 1)

    assert opened.args == ["commitment", wanted]
    assert window.current_view().key == "commitments"


def test_enter_on_a_listed_commitment_opens_it_too(view: OverviewView, qtbot: QtBot) -> None:
    tree = view.overdue_list.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == ["commitment", int(tree.topLevelItem(0).data(0, ID_ROLE))]


def test_the_next_meeting_opens_in_the_meeting_editor(
    window: MainWindow, view: OverviewView, qtbot: QtBot
) -> None:
    meeting_id = view.next_meeting.meeting_id
    with qtbot.waitSignal(view.open_requested) as opened:
        qtbot.mouseClick(view.next_meeting.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["meeting", meeting_id]
    assert window.current_view().key == "meeting"


def test_a_commitment_falling_due_soon_appears_when_announced(
    window: MainWindow, view: OverviewView
) -> None:
    services = window.context.services
    dialogue_id = view.dialogue_id
    assert dialogue_id is not None
    soon = TODAY.date() + timedelta(days=10)
    draft = CommitmentDraft(dialogue_id, "Exchange points of contact", JOINT)
    create_commitment(services, draft, due=soon)

    window.context.operations.announce({"commitments"})

    tree = view.due_soon_list.tree
    assert tree.topLevelItemCount() == 2
    assert [tree.topLevelItem(row).text(1) for row in range(2)] == ["in 10 days", "in 18 days"]
    assert view.open_card.value.text() == "10"
    assert "2 due within 30 days" in view.overdue_card.detail.text()


def test_only_changes_to_what_it_shows_reload_the_overview(
    view: OverviewView, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    reloads: list[int] = []
    monkeypatch.setattr(view, "reload", lambda: reloads.append(1))
    window.context.operations.announce({"people", "documents"})
    assert reloads == []
    window.context.operations.announce({"updates"})
    assert reloads == [1]


def _store_with(tmp_path: Path, template: Path, fill: Callable[[Services], None]) -> Path:
    path = tmp_path / "own.db"
    shutil.copyfile(template, path)
    store = open_store(path)
    try:
        fill(Services(store, actor="tester"))
    finally:
        store.close()
    return path


def test_a_dialogue_without_meetings_or_commitments_says_so(
    make_window: Callable[..., MainWindow], tmp_path: Path, migrated_template: Path
) -> None:
    def fill(services: Services) -> None:
        directory.create_party(services, PartyDraft("US", "United States"))
        directory.create_party(services, PartyDraft("CA", "Canada"))
        dialogues.create_dialogue(
            services, DialogueDraft("U.S.-Canada Cyber Dialogue", ("US", "CA"))
        )

    window = make_window(_store_with(tmp_path, migrated_template, fill))
    view = overview_of(window)

    assert view.pages.currentWidget() is view.content_scroll
    assert view.held_card.value.text() == "0"
    assert view.held_card.detail.text() == "None held yet"
    assert view.next_meeting.empty.isVisibleTo(view)
    assert "No meeting is planned" in view.next_meeting.empty.text()
    assert view.next_meeting.last_label.text() == "No meeting has been held yet."
    assert not view.next_meeting.last_button.isVisibleTo(view)
    for listing in (view.overdue_list, view.due_soon_list):
        assert listing.empty.isVisibleTo(view)
        assert "No commitments recorded yet" in listing.empty.text()
    view.chart.grab()
    assert view.chart.painted_texts == ["No commitments recorded yet."]


def test_a_store_without_any_dialogue_says_how_to_get_one(
    make_window: Callable[..., MainWindow], tmp_path: Path, migrated_template: Path
) -> None:
    window = make_window(_store_with(tmp_path, migrated_template, lambda _services: None))
    view = overview_of(window)

    assert view.pages.currentWidget() is view.empty
    assert "no dialogue yet" in view.empty.text()
    assert "Import" in view.empty.text()


def test_a_meeting_without_a_time_reads_as_a_date_alone(view: OverviewView) -> None:
    assert view.next_meeting.last_label.text().endswith(", 10 Aug 2022")


def test_the_chart_names_the_segment_under_the_pointer(view: OverviewView) -> None:
    chart = view.chart
    chart.grab()
    found = [
        chart.segment_at(QPointF(x, y))
        for x in range(0, chart.width(), 4)
        for y in range(0, chart.height(), 4)
    ]
    named = {(bar.label, series.label, value) for bar, series, value in filter(None, found)}
    assert ("Joint", "Agreed", 5) in named
    assert ("Joint", "Deferred", 1) in named
    assert all(bar == "Joint" for bar, _series, _value in named)
