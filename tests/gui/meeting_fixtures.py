"""Fixtures for testing a meeting editor tab on its own, as the editor shell would host it:
the tab built on an AppContext over a copy of the sample store, given its meeting with
``set_meeting``, and told of every change through ``on_changed``.

A test module takes the fixtures with ``from meeting_fixtures import *``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import RecordState
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.operations import Operations
from dialoguetracker.services import Services
from dialoguetracker.services.meetings import get_meeting, list_meetings
from dialoguetracker.store.engine import open_store
from moments import TEST_NOW

TODAY = TEST_NOW
"""The day the sample was loaded, after every update in it, so a new update is the newest in
its history."""

TabT = TypeVar("TabT", bound=MeetingTab)

__all__ = ["final_meeting", "make_tab", "planned_meeting", "tab_context"]
"""The fixtures, for ``from meeting_fixtures import *`` (names imported one by one would be
shadowed by the test functions' parameters, which linters report)."""


@pytest.fixture
def tab_context(
    tmp_path: Path, sample_template: Path, app_settings: AppSettings
) -> Iterator[AppContext]:
    path = tmp_path / "tabs.db"
    shutil.copyfile(sample_template, path)
    store = open_store(path)
    services = Services(store, actor=app_settings.user_name, clock=lambda: TODAY)
    yield AppContext(services, Operations(), QUndoStack(), app_settings)
    store.close()


def _meeting(context: AppContext, record: RecordState) -> Meeting:
    return next(m for m in list_meetings(context.services) if m.record is record)


@pytest.fixture
def planned_meeting(tab_context: AppContext) -> Meeting:
    """The sample's next round: planned, record draft, with a brief and eight agenda items."""
    return _meeting(tab_context, RecordState.DRAFT)


@pytest.fixture
def final_meeting(tab_context: AppContext) -> Meeting:
    """The sample's first round: held, record final, with the joint statement in two languages."""
    return _meeting(tab_context, RecordState.FINAL)


@pytest.fixture
def make_tab(qtbot: QtBot, tab_context: AppContext) -> Callable[[type[TabT], int], TabT]:
    """``make_tab(PreparationTab, meeting_id)``: the tab shown, on that meeting."""

    def make(tab_class: type[TabT], meeting_id: int) -> TabT:
        tab = tab_class(tab_context)
        qtbot.addWidget(tab)
        tab_context.operations.changed.connect(tab.on_changed)  # as the editor shell does
        tab.set_meeting(get_meeting(tab_context.services, meeting_id))
        tab.resize(1100, 750)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()  # shortcuts and focus changes need the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
        return tab

    return make


def refresh(tab: MeetingTab) -> None:
    """What the shell does after a change to the meeting itself: hand the tab its meeting."""
    assert tab.meeting is not None
    tab.set_meeting(get_meeting(tab.context.services, tab.meeting.id))
