"""File-menu actions: stores, backups, interchange files, and the About box.

Each asks for a file with the platform's dialog, then calls the same services the command line
uses; a refusal is shown in one plain sentence and nothing is changed.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from dialoguetracker import APP_NAME, __version__
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.gui.operations import EVERYTHING

if TYPE_CHECKING:
    from dialoguetracker.gui.main_window import MainWindow

STORE_FILTER = "Dialogue Tracker stores (*.db *.sqlite);;All files (*)"
JSON_FILTER = "Interchange JSON (*.json);;All files (*)"


def _refuse(window: MainWindow, error: DialogueTrackerError) -> None:
    QMessageBox.warning(window, APP_NAME, str(error))


def new_store(window: MainWindow) -> None:
    path, _filter = QFileDialog.getSaveFileName(
        window, window.tr("New store"), "", window.tr(STORE_FILTER)
    )
    if path:
        if Path(path).exists():
            _refuse(
                window, DialogueTrackerError(window.tr("%1 already exists").replace("%1", path))
            )
            return
        window.switch_store(path)


def open_store(window: MainWindow) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        window, window.tr("Open store"), "", window.tr(STORE_FILTER)
    )
    if path:
        window.switch_store(path)


def fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    recent = window.context.settings.recent_stores
    for location in recent:
        action = menu.addAction(location)
        action.triggered.connect(lambda _checked=False, where=location: window.switch_store(where))
    if not recent:
        menu.addAction(window.tr("No recent stores")).setEnabled(False)


def backup(window: MainWindow) -> None:
    from dialoguetracker.store.maintenance import backup_store

    path, _filter = QFileDialog.getSaveFileName(
        window, window.tr("Backup"), "", window.tr(STORE_FILTER)
    )
    if not path:
        return
    try:
        backup_store(window.context.services.store, Path(path))
    except DialogueTrackerError as error:
        _refuse(window, error)
        return
    window.statusBar().showMessage(window.tr("Backup written to %1").replace("%1", path), 5000)


def import_file(window: MainWindow) -> None:
    from dialoguetracker.interop.interchange_read import read_interchange
    from dialoguetracker.services.interchange_import import import_interchange

    path, _filter = QFileDialog.getOpenFileName(
        window, window.tr("Import"), "", window.tr(JSON_FILTER)
    )
    if not path:
        return
    try:
        data = read_interchange(Path(path).read_bytes())
        report = import_interchange(window.context.services, data)
    except DialogueTrackerError as error:
        _refuse(window, error)
        return
    except OSError as error:
        _refuse(window, DialogueTrackerError(f"{path}: {error.strerror}"))
        return
    window.context.undo_stack.clear()
    window.context.operations.announce(EVERYTHING)
    window.statusBar().showMessage(report.describe(), 8000)


def export_file(window: MainWindow) -> None:
    from dialoguetracker.interop.interchange_write import write_interchange
    from dialoguetracker.services.interchange_export import export_interchange

    path, _filter = QFileDialog.getSaveFileName(
        window, window.tr("Export"), "", window.tr(JSON_FILTER)
    )
    if not path:
        return
    text = write_interchange(export_interchange(window.context.services, Audience.INTERNAL))
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        _refuse(window, DialogueTrackerError(f"{path}: {error.strerror}"))
        return
    window.statusBar().showMessage(window.tr("Exported to %1").replace("%1", path), 5000)


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        window.tr("About %1").replace("%1", APP_NAME),
        window.tr(
            "<h3>%1 %2</h3><p>The record of a bilateral dialogue: meetings, delegations, agenda "
            "topics and commitments, and briefings printed from it.</p><p>Store: %3</p>"
        )
        .replace("%1", APP_NAME)
        .replace("%2", __version__)
        .replace("%3", html.escape(window.context.services.store.location.describe())),
    )
