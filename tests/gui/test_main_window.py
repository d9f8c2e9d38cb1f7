"""The main window as a user first meets it: the sample dialogue, its views, its shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.navigator import ID_ROLE, KIND_ROLE


def test_the_navigator_shows_the_sample_dialogue_and_its_years(window: MainWindow) -> None:
    model = window.navigator.items
    assert [model.item(row).text() for row in range(model.rowCount())] == [
        "All dialogues",
        "Cyber WG",
    ]
    dialogue = model.item(1)
    years = [dialogue.child(row).text() for row in range(dialogue.rowCount())]
    assert years == ["2027 (1)", "2022 (1)"]


def test_opening_a_year_lists_its_meetings(window: MainWindow) -> None:
    year = window.navigator.items.item(1).child(1)
    window.navigator.expand(year.index())
    assert year.rowCount() == 1
    meeting = year.child(0)
    assert meeting.data(KIND_ROLE) == "meeting"
    assert "First bilateral cyber dialogue" in meeting.text()
    assert meeting.text().startswith("10 Aug")
    assert isinstance(meeting.data(ID_ROLE), int)


def test_ctrl_digits_and_ctrl_page_keys_move_between_views(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_view("overview")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "commitments"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "people"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view().key == "commitments"


def test_the_last_view_is_remembered_for_the_next_start(make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.show_view("people")
    first.close()
    second = make_window()
    assert second.current_view().key == "people"
