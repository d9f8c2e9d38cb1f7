"""File-menu actions: stores, backups and restoring one, interchange files, the About box.

Each asks for a file with the platform's dialog, then calls the same services the command line
uses; a refusal is shown in one plain sentence and nothing is changed.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from dialoguetracker import APP_NAME, __version__
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.files import write_whole
from dialoguetracker.gui.operations import EVERYTHING
from dialoguetracker.gui.vocabulary import count_text

if TYPE_CHECKING:
    from dialoguetracker.gui.main_window import MainWindow

# Marked for lupdate here, translated where shown.
STORE_FILTER = str(
    QT_TRANSLATE_NOOP("StoreActions", "Dialogue Tracker stores (*.db *.sqlite);;All files (*)")
)
JSON_FILTER = str(QT_TRANSLATE_NOOP("StoreActions", "Interchange JSON (*.json);;All files (*)"))
CALENDAR_FILTER = str(QT_TRANSLATE_NOOP("StoreActions", "iCalendar files (*.ics);;All files (*)"))


def _refuse(window: MainWindow, error: DialogueTrackerError) -> None:
    QMessageBox.warning(window, APP_NAME, str(error))


def new_store(window: MainWindow) -> None:
    path, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("StoreActions", "New store"),
        "",
        QCoreApplication.translate("StoreActions", STORE_FILTER),
    )
    if path:
        if Path(path).exists():
            _refuse(
                window,
                DialogueTrackerError(
                    QCoreApplication.translate("StoreActions", "%1 already exists").replace(
                        "%1", path
                    )
                ),
            )
            return
        window.switch_store(path)


def open_store(window: MainWindow) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("StoreActions", "Open store"),
        "",
        QCoreApplication.translate("StoreActions", STORE_FILTER),
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
        menu.addAction(QCoreApplication.translate("StoreActions", "No recent stores")).setEnabled(
            False
        )


def backup(window: MainWindow) -> None:
    from dialoguetracker.store.maintenance import backup_store

    path, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("StoreActions", "Backup"),
        "",
        QCoreApplication.translate("StoreActions", STORE_FILTER),
    )
    if not path:
        return
    try:
        backup_store(window.context.services.store, Path(path))
    except DialogueTrackerError as error:
        _refuse(window, error)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("StoreActions", "Backup written to %1").replace("%1", path), 5000
    )


def check(window: MainWindow) -> QMessageBox:
    """Run the integrity and consistency checks of ``dialoguetracker check`` and say what they
    found, in a box that does not block: the problems one a line, to copy into a ticket."""
    from dialoguetracker.services.maintenance import check_store

    box = QMessageBox(window)
    box.setObjectName("checkResult")
    box.setWindowTitle(QCoreApplication.translate("StoreActions", "Check store"))
    where = window.context.services.store.location.describe()
    try:
        problems = check_store(window.context.services)
    except DialogueTrackerError as error:
        problems = [str(error)]
    if problems:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            count_text(
                len(problems),
                QCoreApplication.translate("StoreActions", "The check found %n problem in %1."),
                QCoreApplication.translate("StoreActions", "The check found %n problems in %1."),
            ).replace("%1", where)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "StoreActions",
                "Nothing was changed. Restore a backup from before the problem, or ask whoever "
                "changed the store outside this program; the details list each record.",
            )
        )
        box.setDetailedText("\n".join(problems))
    else:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            QCoreApplication.translate(
                "StoreActions", "%1 passed every check; no problems found."
            ).replace("%1", where)
        )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    window.check_box = box
    box.open()
    return box


def choose_backup(window: MainWindow) -> str:
    """Ask which backup to restore; an empty string if the user cancels."""
    location = window.context.services.store.location
    folder = str(location.path.parent) if location.path is not None else ""
    path, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("StoreActions", "Restore from a backup"),
        folder,
        QCoreApplication.translate("StoreActions", STORE_FILTER),
    )
    return path


def restore(window: MainWindow, choose: Callable[[MainWindow], str] = choose_backup) -> None:
    """Replace the open store with a backup the user picks, then reopen the window on it.

    The backup is checked before anything is touched, and the store it replaces is itself kept
    as a backup (both by :func:`restore_store`, as for ``dialoguetracker restore``)."""
    from dialoguetracker.store.maintenance import restore_store

    store = window.context.services.store
    path = choose(window)
    if not path:
        return
    answer = QMessageBox.question(
        window,
        APP_NAME,
        QCoreApplication.translate(
            "StoreActions",
            "Replace the store %1 with the backup %2?\n\n"
            "The store as it is now will be kept as a backup beside it.",
        )
        .replace("%1", store.location.describe())
        .replace("%2", path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    store.close()  # no connection of ours stays on the file while it is replaced
    try:
        saved = restore_store(store.location, Path(path))
    except DialogueTrackerError as error:
        _refuse(window, error)
        return
    except (OSError, sqlite3.Error) as error:
        _refuse(window, DialogueTrackerError(f"cannot restore {path}: {error}"))
        return
    QMessageBox.information(
        window,
        APP_NAME,
        QCoreApplication.translate("StoreActions", "Restored %1.").replace("%1", path)
        + (
            ""
            if saved is None
            else " "
            + QCoreApplication.translate(
                "StoreActions", "The store it replaced is kept as %1."
            ).replace("%1", str(saved))
        ),
    )
    window.context.undo_stack.clear()
    window.switch_store(store.location.describe())


def import_file(window: MainWindow) -> None:
    from dialoguetracker.interop.interchange_read import read_interchange
    from dialoguetracker.services.interchange_import import import_interchange

    path, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("StoreActions", "Import"),
        "",
        QCoreApplication.translate("StoreActions", JSON_FILTER),
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
        window,
        QCoreApplication.translate("StoreActions", "Export"),
        "",
        QCoreApplication.translate("StoreActions", JSON_FILTER),
    )
    if not path:
        return
    text = write_interchange(export_interchange(window.context.services, Audience.INTERNAL))
    _write(window, Path(path), text)


def export_calendar(window: MainWindow) -> None:
    """The meetings and due dates of the dialogue shown, as an iCalendar file for Outlook,
    Apple or Google Calendar (the ``calendar`` command's file)."""
    from dialoguetracker.interop.calendar_ics import calendar_ics
    from dialoguetracker.services.calendar import calendar_data
    from dialoguetracker.services.dialogues import get_dialogue

    path, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("StoreActions", "Export calendar"),
        "",
        QCoreApplication.translate("StoreActions", CALENDAR_FILTER),
    )
    if not path:
        return
    services = window.context.services
    dialogue_id = window.navigator.current_dialogue()
    dialogue = None if dialogue_id is None else get_dialogue(services, dialogue_id)
    target = Path(path) if Path(path).suffix else Path(path + ".ics")
    _write(window, target, calendar_ics(calendar_data(services, dialogue)))


def _write(window: MainWindow, path: Path, content: str | bytes) -> None:
    """Write an export whole, or say in one sentence why not."""
    try:
        write_whole(path, content)
    except DialogueTrackerError as error:
        _refuse(window, error)
        return
    except OSError as error:
        _refuse(window, DialogueTrackerError(f"{path}: {error.strerror or error}"))
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("StoreActions", "Exported to %1").replace("%1", str(path)), 5000
    )


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("StoreActions", "About %1").replace("%1", APP_NAME),
        QCoreApplication.translate(
            "StoreActions",
            "<h3>%1 %2</h3><p>The record of a bilateral dialogue: meetings, delegations, agenda "
            "topics and commitments, and briefings printed from it.</p><p>Store: %3</p>",
        )
        .replace("%1", APP_NAME)
        .replace("%2", __version__)
        .replace("%3", html.escape(window.context.services.store.location.describe())),
    )
