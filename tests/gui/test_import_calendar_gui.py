"""*File ▸ Import calendar invitations…* brings invitations into the dialogue shown, and the
navigator and views show the new meetings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from dialoguetracker.gui import interchange_actions
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.services.meetings import list_meetings

CALENDARS = Path(__file__).parents[1] / "fixtures" / "calendars"


def test_the_menu_imports_into_the_dialogue_shown(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogue = window.navigator.current_dialogue()
    assert dialogue is not None
    before = len(list_meetings(window.context.services, dialogue))
    years_before = _years(window)
    # the platform's file dialog, answered as a user would
    monkeypatch.setattr(
        interchange_actions, "ask_file", lambda *_args, **_kw: str(CALENDARS / "outlook.ics")
    )

    action = window.findChild(QAction, "importCalendar")
    assert action is not None
    action.trigger()
    task = window.long_task
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=20000)

    assert task.outcome == "done"
    assert len(list_meetings(window.context.services, dialogue)) == before + 1
    assert window.statusBar().currentMessage().startswith("1 meeting created;")
    assert _years(window) != years_before  # the navigator counts the new meeting


def _years(window: MainWindow) -> list[str]:
    first = window.navigator.items.item(1)  # the first dialogue, under All dialogues
    return [first.child(row).text() for row in range(first.rowCount())]
