"""Starting the application: the store opened in a window, refusals shown, the user's name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.app import WindowOpener, ask_user_name
from dialoguetracker.gui.app_settings import AppSettings


def test_the_opener_shows_the_store_and_remembers_it(
    qtbot: QtBot, app_settings: AppSettings, sample_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "office.db"
    shutil.copyfile(sample_template, path)
    opener = WindowOpener(app_settings)
    opener.switch(str(path))
    assert opener.window is not None
    qtbot.addWidget(opener.window)
    assert opener.window.windowTitle() == "Dialogue Tracker — office.db"
    assert opener.window.store_label.toolTip() == str(path)
    assert app_settings.recent_stores[0] == str(path)
    assert opener.window.context.services.actor == "Test User"
    opener.window.context.services.store.close()


def test_a_file_that_is_not_a_store_is_refused_in_a_message_and_left_alone(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "minutes.db"
    path.write_text("not a database")
    opener = WindowOpener(app_settings)
    opener.switch(str(path))
    assert opener.window is None
    assert shown == [f"{path} is not a Dialogue Tracker store (not a SQLite database)"]
    assert path.read_text() == "not a database"


def test_the_users_name_is_asked_once_and_kept(
    app_settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*_args: object, **_kwargs: object) -> tuple[str, bool]:
        asked.append("asked")
        return "  Ana Pérez  ", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    app_settings.user_name = ""
    assert ask_user_name(app_settings) == "Ana Pérez"
    assert ask_user_name(app_settings) == "Ana Pérez"
    assert asked == ["asked"]
