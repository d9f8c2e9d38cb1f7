"""The application as a login with less than every right on a shared server: a reader sees
every record, a banner saying why nothing can be changed, and no way to change anything; a
counterpart reader sees no internal material and is told so; an editor whose role was taken
away meanwhile is refused in one plain message, with nothing changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from meeting_support import focus, open_editor, sample_meetings
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import ServerRole
from dialoguetracker.domain.records import CommitmentUpdateDraft
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.commitments.table_model import Column
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.operations import Operations
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.meetings import get_meeting
from dialoguetracker.services.server_access import grant_role, revoke_role
from dialoguetracker.store.engine import open_store
from postgres_server import PostgresServer, url_of_a_new

Opener = Callable[[ServerRole], MainWindow]


@pytest.fixture
def server_url(postgres_server: PostgresServer) -> Iterator[str]:
    with postgres_server.new_database() as url:
        store = open_store(url)
        try:
            services = Services(store)
            load_sample(services)
            record_update(  # an internal note the counterpart must not see
                services, CommitmentUpdateDraft(1, date(2026, 11, 30), "canary internal note")
            )
        finally:
            store.close()
        yield url


@pytest.fixture
def open_as(
    qtbot: QtBot, server_url: str, app_settings: AppSettings, postgres_server: PostgresServer
) -> Iterator[Opener]:
    """``open_as(role)``: the window of a new login holding ``role``."""
    opened = []

    def make(role: ServerRole) -> MainWindow:
        name = f"The {role.value}"
        store = open_store(url_of_a_new(postgres_server, server_url, role, name))
        opened.append(store)
        context = AppContext(Services(store), Operations(), QUndoStack(), app_settings)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for store in opened:
        store.close()


def _action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_a_reader_sees_every_record_and_no_way_to_change_one(open_as: Opener, qtbot: QtBot) -> None:
    window = open_as(ServerRole.READER)
    login = window.context.services.store.login

    banner = window.access_banner
    assert banner is not None and banner.isVisible()
    assert banner.text.text() == (
        f"Your login {login} may read this store but not change it; ask an administrator of "
        "the store for the editor role to make changes."
    )
    for name in ("newMeeting", "newCommitment", "importInterchange", "restoreStore"):
        assert not _action(window, name).isEnabled(), name
    assert _action(window, "exportBriefing").isEnabled()  # reading is all there

    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    assert view.model.total == 10
    index = view.model.index(0, Column.STATUS)
    assert not (view.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert not view.detail.new_update.isVisible() and not view.detail.edit.isVisible()
    assert not view.compliance.save.isVisible()
    view.open_record(1)
    assert "canary internal note" in view.detail.history_text()

    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    details = editor.tab(DetailsTab)
    assert isinstance(details, DetailsTab)
    assert details.title_edit.isReadOnly() and details.location.isReadOnly()
    assert details.summary.isReadOnly()
    assert not editor.reopen_button.isVisible() and editor.send_button.isEnabled()  # records it


def test_a_counterpart_reader_sees_nothing_internal_and_is_told(open_as: Opener) -> None:
    window = open_as(ServerRole.COUNTERPART_READER)
    login = window.context.services.store.login

    assert window.access_banner is not None
    assert window.access_banner.text.text().startswith(
        f"Your login {login} reads only what is shared with the counterpart or public"
    )
    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    assert view.model.total == 10  # the sample's commitments are all public
    view.open_record(1)
    shown = view.detail.history_text()
    assert shown and "canary internal note" not in shown
    dialog = window.export_briefing()
    offered = [dialog.audience.itemData(row) for row in range(dialog.audience.count())]
    assert offered == ["counterpart", "public"]  # nothing it makes is internal
    dialog.close()


def test_an_editor_whose_role_was_taken_away_is_refused_in_one_message(
    open_as: Opener, qtbot: QtBot, server_url: str
) -> None:
    window = open_as(ServerRole.EDITOR)
    assert window.access_banner is None
    login = window.context.services.store.login
    assert login is not None
    owner = open_store(server_url)
    try:
        assert revoke_role(Services(owner), login) == [ServerRole.EDITOR]
        grant_role(Services(owner), login, ServerRole.READER)
    finally:
        owner.close()
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    details = editor.tab(DetailsTab)
    assert isinstance(details, DetailsTab)

    focus(qtbot, details.location)
    details.location.selectAll()
    qtbot.keyClicks(details.location, "Tlatelolco")
    qtbot.keyClick(details.location, Qt.Key.Key_Return)

    said = [
        label.text() for label in details.findChildren(QLabel) if "may not" in label.text()
    ]  # at the field, as any refusal of it
    assert len(said) == 1 and f"the login {login} may not change this" in said[0]
    assert "\n" not in said[0] and "ask an administrator of the store" in said[0]
    assert get_meeting(window.context.services, second.id).location == second.location
