"""The change history as staff see it: a meeting's History tab and a commitment's Change
history tab, read-only, updated after each edit, and saved as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from meeting_support import focus, open_editor, sample_meetings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot
from test_commitments_view import by_text, click_row, open_view

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.gui.commitments.table_model import Column
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.meeting.history_tab import HistoryTab
from dialoguetracker.gui.trail import TrailPanel
from dialoguetracker.gui.trail.model import TrailModel
from dialoguetracker.services.commitment_updates import change_status


def cells(panel: TrailPanel, row: int) -> list[str]:
    model = panel.model
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def test_a_meeting_edit_shows_at_the_top_of_its_history_tab(
    window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    history = editor.tab(HistoryTab)
    assert isinstance(history, HistoryTab)
    trail = history.trail
    loaded = trail.model.rowCount()
    assert loaded > 5  # the sample's load: the meeting, its delegations, agenda, brief
    assert {cells(trail, row)[TrailModel.WHO] for row in range(loaded)} == {"sample"}

    details = editor.tab(DetailsTab)
    assert isinstance(details, DetailsTab)
    focus(qtbot, details.location)
    details.location.selectAll()
    qtbot.keyClicks(details.location, "SRE headquarters")
    focus(qtbot, details.title_edit)

    assert trail.model.rowCount() == loaded + 1
    newest = cells(trail, 0)
    assert newest[TrailModel.WHO :] == [
        "Test User",
        "Meeting",
        "Changed location",
        second.location,
        "SRE headquarters",
    ]
    assert trail.summary.text().startswith(f"{loaded + 1} change")
    assert "the newest by Test User" in trail.summary.text()
    assert trail.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not trail.model.flags(trail.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_a_deleted_agenda_item_keeps_its_title_in_the_history(
    window: MainWindow, qtbot: QtBot
) -> None:
    from dialoguetracker.services.agenda import delete_agenda_item, list_agenda

    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    item = list_agenda(window.context.services, second.id)[-1]
    delete_agenda_item(window.context.services, item.id)
    editor.tab(HistoryTab).on_changed(frozenset({"agenda"}))

    trail = editor.tab(HistoryTab).trail  # type: ignore[attr-defined]
    newest = cells(trail, 0)
    assert newest[TrailModel.PART] == f"Agenda item “{item.title}”"
    assert newest[TrailModel.CHANGE] == "Deleted"


def test_the_history_is_saved_as_csv_where_the_user_chooses(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    trail = editor.tab(HistoryTab).trail  # type: ignore[attr-defined]
    asked: list[str] = []

    def ask(_parent: object, _caption: str, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "round-two")  # typed without an extension

    trail.ask_path = ask
    with qtbot.waitSignal(window.context.operations.message, timeout=20_000):
        task = trail.export()

    assert task is not None and task.outcome == "done"
    saved = tmp_path / "round-two.csv"
    assert Path(asked[0]).name.endswith("-history.csv")
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert len(rows) == trail.model.rowCount()
    assert rows[0]["record"] == "meeting" and rows[0]["record_id"] == str(second.id)
    assert rows[0]["action"] == "create" and rows[0]["actor"] == "sample"
    assert str(saved) in trail.status.text()


def test_a_history_that_cannot_be_written_says_why_and_leaves_no_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    trail = editor.tab(HistoryTab).trail  # type: ignore[attr-defined]
    target = tmp_path / "no such folder" / "history.csv"
    trail.ask_path = lambda *_args: str(target)

    task = trail.export()
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=20_000)
    assert task.outcome == "failed" and not task.isVisible()  # said under the table instead
    assert trail.status.isVisibleTo(trail)
    assert trail.status.text().startswith("The history was not saved:")
    assert "no such folder" in trail.status.text()
    assert not target.parent.exists()


def test_a_commitments_change_history_follows_the_selection_and_its_updates(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_view(window)
    target = by_text(view, "Reinforce coordination")
    click_row(qtbot, view, target.id, Column.TEXT)
    trail = view.trail
    assert trail.entity_id == target.id
    before = trail.model.rowCount()

    change_status(
        view.context.services,
        target.id,
        CommitmentStatus.IN_PROGRESS,
        view.model.today,
        "Work has started",
    )
    view.on_changed(frozenset({"commitments", "updates"}))
    qtbot.waitUntil(lambda: trail.model.rowCount() == before + 2)

    texts = [cells(trail, row)[TrailModel.PART :] for row in range(2)]
    assert texts == [
        ["Commitment", "Changed status", "Agreed", "In progress"],
        ["Progress update", "Created", "", "Work has started"],
    ]
    sides = view.detail.sides
    assert [sides.tabText(i) for i in range(sides.count())] == [
        "Progress updates",
        "Compliance",
        "Change history",
    ]


def test_the_history_is_filtered_by_any_word_in_a_row(window: MainWindow, qtbot: QtBot) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    details = editor.tab(DetailsTab)
    assert isinstance(details, DetailsTab)
    focus(qtbot, details.location)
    details.location.selectAll()
    qtbot.keyClicks(details.location, "Tlatelolco")
    focus(qtbot, details.title_edit)
    trail = editor.tab(HistoryTab).trail  # type: ignore[attr-defined]
    everything = trail.table.model().rowCount()

    qtbot.keyClicks(trail.filter, "TLATELOLCO")

    shown = trail.table.model()
    assert shown.rowCount() == 1
    assert shown.index(0, TrailModel.CHANGE).data() == "Changed location"
    trail.filter.clear()
    assert trail.table.model().rowCount() == everything > 1
