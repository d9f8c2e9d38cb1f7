"""The application on a store kept by a PostgreSQL server, as an office shares one: every view
opens, a meeting is edited field by field and its history shows it, Find ignores accents, a
status change is undone, and a change made by a colleague meanwhile is refused by name."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from meeting_support import focus, open_editor, sample_meetings
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from test_concurrent_edits_gui import commitments_view_on_an_agreed_one

from dialoguetracker.domain.enums import CommitmentStatus, ServerRole
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.meeting.history_tab import HistoryTab
from dialoguetracker.gui.operations import Operations
from dialoguetracker.gui.trail.model import TrailModel
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services
from dialoguetracker.services.commitments import get_commitment
from dialoguetracker.services.meetings import get_meeting, update_meeting
from dialoguetracker.store.engine import open_store
from postgres_server import PostgresServer, url_of_a_new

COLLEAGUE_AT = datetime(2027, 3, 2, 8, 15, tzinfo=UTC)


@pytest.fixture
def server_url(postgres_server: PostgresServer) -> Iterator[str]:
    with postgres_server.new_database() as url:
        store = open_store(url)
        try:
            load_sample(Services(store, actor="sample"))
        finally:
            store.close()
        yield url


@pytest.fixture
def server_window(
    qtbot: QtBot, server_url: str, app_settings: AppSettings, postgres_server: PostgresServer
) -> Iterator[MainWindow]:
    store = open_store(
        url_of_a_new(postgres_server, server_url, ServerRole.EDITOR, app_settings.user_name)
    )
    services = Services(store, actor="whatever the first start was told")
    window = MainWindow(AppContext(services, Operations(), QUndoStack(), app_settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()


@pytest.fixture
def colleague(server_url: str, postgres_server: PostgresServer) -> Iterator[Services]:
    store = open_store(url_of_a_new(postgres_server, server_url, ServerRole.EDITOR, "Luis Ortega"))
    try:
        yield Services(store, clock=lambda: COLLEAGUE_AT)
    finally:
        store.close()


def test_every_view_opens_on_a_server(server_window: MainWindow) -> None:
    for key in ("overview", "meetings", "commitments", "people", "documents"):
        view = server_window.show_view(key)
        assert not view.grab().isNull(), key
    assert server_window.store_label.text()  # the status bar names the server's database


def test_a_meeting_edited_on_a_server_shows_in_its_history(
    server_window: MainWindow, qtbot: QtBot
) -> None:
    _first, second = sample_meetings(server_window)
    editor = open_editor(server_window, qtbot, second.id)
    details = editor.tab(DetailsTab)
    assert isinstance(details, DetailsTab)
    focus(qtbot, details.location)
    details.location.selectAll()
    qtbot.keyClicks(details.location, "Tlatelolco")
    focus(qtbot, details.title_edit)

    services = server_window.context.services
    assert get_meeting(services, second.id).location == "Tlatelolco"
    trail = editor.tab(HistoryTab).trail  # type: ignore[attr-defined]
    newest = [trail.model.index(0, column).data() for column in range(TrailModel.WHO, 6)]
    assert newest == ["Test User", "Meeting", "Changed location", second.location, "Tlatelolco"]


def test_find_ignores_accents_on_a_server(server_window: MainWindow) -> None:
    server_window.show_find()
    finder = server_window.find_dialog
    assert finder is not None
    finder.query.setText("declaracion conjunta")
    finder.run_search()
    found = [
        finder.results.topLevelItem(group).child(child).text(0)
        for group in range(finder.results.topLevelItemCount())
        for child in range(finder.results.topLevelItem(group).childCount())
    ]
    assert any(text.startswith("Declaración conjunta") for text in found), found


def test_a_status_change_is_undone_and_a_colleagues_change_is_not_overwritten(
    server_window: MainWindow, qtbot: QtBot, colleague: Services
) -> None:
    view, shown = commitments_view_on_an_agreed_one(server_window)
    view.controller.request_status(shown, CommitmentStatus.IN_PROGRESS)
    services = server_window.context.services
    assert get_commitment(services, shown.id).status is CommitmentStatus.IN_PROGRESS
    server_window.context.undo_stack.undo()
    assert get_commitment(services, shown.id).status is CommitmentStatus.AGREED

    _first, second = sample_meetings(server_window)
    editor = open_editor(server_window, qtbot, second.id)
    details = editor.tab(DetailsTab)
    assert isinstance(details, DetailsTab)
    theirs = get_meeting(colleague, second.id)
    update_meeting(colleague, second.id, replace(theirs, location="Washington"))
    focus(qtbot, details.title_edit)
    details.title_edit.selectAll()
    qtbot.keyClicks(details.title_edit, "Renamed at the embassy")
    qtbot.keyClick(details.title_edit, Qt.Key.Key_Return)

    assert not details.stale_banner.isHidden()
    assert "was changed by Luis Ortega at 2027-03-02 08:15 UTC" in details.stale_message.text()
    stored = get_meeting(colleague, second.id)
    assert (stored.title, stored.location) == (second.title, "Washington")
