"""Waiting for the File menu's long tasks, which run off the GUI thread."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dialoguetracker.gui.long_task import LongTask
from dialoguetracker.gui.main_window import MainWindow


def finished_task(qtbot: QtBot, window: MainWindow, timeout: int = 30_000) -> LongTask:
    """The File menu's long task just started, once it has ended (done, failed or
    cancelled); the event loop turns meanwhile, as it does for the user."""
    qtbot.waitUntil(
        lambda: window.long_task is not None and window.long_task.outcome is not None,
        timeout=timeout,
    )
    assert window.long_task is not None
    return window.long_task
