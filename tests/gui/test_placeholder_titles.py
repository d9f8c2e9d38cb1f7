"""A meeting titled with Qt's own placeholders, ``Talks on %2 and %1``, is shown as typed
everywhere: translated messages are filled in one pass, so a title never receives the next
value of the message it stands in."""

from __future__ import annotations

from collections.abc import Callable

from meeting_support import focus, open_editor, sample_meetings
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.meeting.meeting_list_model import TITLE as TITLE_COLUMN
from dialoguetracker.gui.navigator import KIND_ROLE
from dialoguetracker.gui.views.meetings_view import MeetingsView
from dialoguetracker.services.meetings import get_meeting

TITLE = "Talks on %2 and %1"


def navigator_meetings(window: MainWindow) -> list[str]:
    """Every meeting line of the navigator, each year opened as a user would."""
    navigator, lines = window.navigator, []
    for row in range(navigator.items.rowCount()):
        dialogue = navigator.items.item(row)
        for year_row in range(dialogue.rowCount()):
            year = dialogue.child(year_row)
            navigator.expand(year.index())
            lines += [
                year.child(child).text()
                for child in range(year.rowCount())
                if year.child(child).data(KIND_ROLE) == "meeting"
            ]
    return lines


def test_a_title_holding_placeholders_is_shown_as_typed(window: MainWindow, qtbot: QtBot) -> None:
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    details = editor.tab(DetailsTab)
    assert isinstance(details, DetailsTab)
    focus(qtbot, details.title_edit)
    details.title_edit.selectAll()
    qtbot.keyClicks(details.title_edit, TITLE)
    qtbot.keyClick(details.title_edit, Qt.Key.Key_Return)
    assert get_meeting(window.context.services, second.id).title == TITLE
    focus(qtbot, details.location)
    details.location.selectAll()
    qtbot.keyClicks(details.location, "SRE headquarters")
    focus(qtbot, details.title_edit)  # leaving the field saves it: an undo step named by title

    assert editor.header.title.text() == TITLE
    stack = window.context.undo_stack
    assert stack.undoText() == f"Change place of meeting “{TITLE}”"
    undo = window.findChild(QAction, "undo")
    assert isinstance(undo, QAction) and f"“{TITLE}”" in undo.text()
    assert any(line.endswith(f" · {TITLE}") for line in navigator_meetings(window))

    asked: list[str] = []

    def confirm(_parent: object, question: str, _yes: str, _proceed: Callable[[], None]) -> None:
        asked.append(question)  # and answer no

    editor.confirm = confirm
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    [question] = asked
    assert question.startswith(f"Delete the meeting “{TITLE}” with its brief, ")

    view = window.show_view("meetings")
    assert isinstance(view, MeetingsView)
    titles = [view.model.index(row, TITLE_COLUMN).data() for row in range(view.model.rowCount())]
    assert TITLE in titles
