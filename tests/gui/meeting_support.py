"""Helpers the meeting screens' tests share: the sample's two meetings, and the editor opened
on one of them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.views.meeting_editor import MeetingEditor
from dialoguetracker.services.meetings import list_meetings


def sample_meetings(window: MainWindow) -> tuple[Meeting, Meeting]:
    """The sample's first round (held, final, 2022) and second (planned, draft, 2027)."""
    dialogue = window.navigator.current_dialogue()
    first, second = list_meetings(window.context.services, dialogue)
    return first, second


def open_editor(window: MainWindow, qtbot: QtBot, meeting_id: int) -> MeetingEditor:
    window.open_record("meeting", meeting_id)
    editor = window.current_view()
    assert isinstance(editor, MeetingEditor)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return editor


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def undo_texts(window: MainWindow) -> list[str]:
    stack = window.context.undo_stack
    return [stack.text(index) for index in range(stack.count())]
