"""GUI fixtures: the real main window on a real store file, offscreen, with settings kept in a
temporary file so no test reads or writes the user's own."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.operations import Operations
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services
from dialoguetracker.store.engine import open_store
from moments import TEST_NOW

SAMPLE_LOADED_AT = TEST_NOW - timedelta(hours=2)
"""The sample is loaded the morning the tests' day begins, as a new user would load it."""


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A store holding the sample dialogue, made once and copied for each test."""
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    shutil.copyfile(migrated_template, path)
    store = open_store(path)
    load_sample(Services(store, actor="sample", clock=lambda: SAMPLE_LOADED_AT))
    store.close()
    return path


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.user_name = "Test User"
    return settings


@pytest.fixture
def make_window(
    qtbot: QtBot, tmp_path: Path, sample_template: Path, app_settings: AppSettings
) -> Iterator[Callable[..., MainWindow]]:
    """``make_window()`` opens the main window on a copy of the sample store;
    ``make_window(path)`` on the store at ``path``."""
    stores = []

    def make(path: Path | None = None) -> MainWindow:
        if path is None:
            path = tmp_path / "sample.db"
            shutil.copyfile(sample_template, path)
        store = open_store(path)
        stores.append(store)
        services = Services(store, actor=app_settings.user_name)
        context = AppContext(services, Operations(), QUndoStack(), app_settings)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()
