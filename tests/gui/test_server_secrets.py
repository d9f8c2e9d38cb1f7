"""A password written into a server's URL is never shown or kept: not in the window's title,
status bar or recent stores, not in the settings file, not in a message of the command line
(the throwaway cluster trusts local connections, so any password opens it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.app import WindowOpener
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.store_actions import fill_recent
from postgres_server import SUPERUSER, PostgresServer

SECRET = "s3cret-Pa55"


@pytest.fixture
def url_with_password(postgres_server: PostgresServer) -> Iterator[str]:
    with postgres_server.new_database() as url:
        yield url.replace(f"//{SUPERUSER}@", f"//{SUPERUSER}:{SECRET}@", 1)


def test_the_window_and_the_settings_never_hold_the_password(
    qtbot: QtBot, url_with_password: str, app_settings: AppSettings, tmp_path: Path
) -> None:
    opener = WindowOpener(app_settings)
    opener.switch(url_with_password)
    window = opener.window
    assert window is not None
    qtbot.addWidget(window)
    try:
        label = window.store_label
        shown = [
            window.windowTitle(),
            label.text(),
            label.toolTip(),
            label.accessibleName(),
            window.statusBar().currentMessage(),
        ]
        menu = QMenu(window)
        fill_recent(window, menu)
        shown += [action.text() for action in menu.actions()]
        app_settings.sync()
        kept = (tmp_path / "settings.ini").read_text(encoding="utf-8")
        assert "127.0.0.1" in " ".join(shown) and "127.0.0.1" in kept  # the server is named
        assert [(n, text) for n, text in enumerate(shown) if SECRET in text] == []
        assert SECRET not in kept
        assert app_settings.recent_stores[0] == url_with_password.replace(f":{SECRET}", "")
    finally:
        window.context.services.store.close()
