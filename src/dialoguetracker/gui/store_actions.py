"""File-menu actions on the store itself: new, open, recent, backup, restore, check, About.

Each asks for a file with the platform's dialog, then calls the same services the command line
uses; a refusal is shown in one plain sentence and nothing is changed. Backup, restore and check
run off the GUI thread (:func:`~dialoguetracker.gui.long_task.start`): the window keeps
repainting, a progress dialog shows how far they have come, and Cancel stops them where they
can be stopped. Records in and out (interchange files, the calendar) are in
:mod:`.interchange_actions`.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from dialoguetracker import APP_NAME, __version__
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.progress import CancelledError, Progress
from dialoguetracker.domain.words import translate
from dialoguetracker.gui.file_dialogs import ask_file
from dialoguetracker.gui.long_task import LongTask, start
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import count_text

if TYPE_CHECKING:
    from dialoguetracker.gui.main_window import MainWindow

# Marked for lupdate here, translated where shown.
STORE_FILTER = str(
    QT_TRANSLATE_NOOP("StoreActions", "Dialogue Tracker stores (*.db *.sqlite);;All files (*)")
)


def _refuse(window: MainWindow, error: DialogueTrackerError) -> None:
    QMessageBox.warning(window, APP_NAME, said(error))


def new_store(window: MainWindow) -> None:
    path = ask_file(
        window,
        QCoreApplication.translate("StoreActions", "New store"),
        QCoreApplication.translate("StoreActions", STORE_FILTER),
        save=True,
    )
    if path:
        if Path(path).exists():
            _refuse(
                window,
                DialogueTrackerError(
                    filled(QCoreApplication.translate("StoreActions", "%1 already exists"), path)
                ),
            )
            return
        window.switch_store(path)


def open_store(window: MainWindow) -> None:
    path = ask_file(
        window,
        QCoreApplication.translate("StoreActions", "Open store"),
        QCoreApplication.translate("StoreActions", STORE_FILTER),
        save=False,
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


def backup(window: MainWindow) -> LongTask | None:
    from dialoguetracker.services.maintenance import backup as backup_store

    path = ask_file(
        window,
        QCoreApplication.translate("StoreActions", "Backup"),
        QCoreApplication.translate("StoreActions", STORE_FILTER),
        save=True,
    )
    if not path:
        return None
    services = window.context.services

    def done(_result: object) -> None:
        window.statusBar().showMessage(
            filled(QCoreApplication.translate("StoreActions", "Backup written to %1"), path), 5000
        )

    return start(
        window,
        filled(QCoreApplication.translate("StoreActions", "Writing the backup %1…"), path),
        lambda progress: backup_store(services, Path(path), progress),
        done,
        cancelled_text=QCoreApplication.translate(
            "StoreActions", "Backup cancelled; no file was written."
        ),
    )


def check(window: MainWindow) -> LongTask:
    """Run the integrity and consistency checks of ``dialoguetracker check`` and say what they
    found, in a box that does not block: the problems one a line, to copy into a ticket."""
    from dialoguetracker.services.maintenance import check_store

    services = window.context.services
    where = services.store.location.describe()

    def checked(progress: Progress) -> list[str]:
        try:
            return check_store(services, progress)
        except CancelledError:
            raise
        except DialogueTrackerError as error:
            return [error.message]

    return start(
        window,
        filled(QCoreApplication.translate("StoreActions", "Checking %1…"), where),
        checked,
        lambda problems: _show_check(window, where, problems),
        cancelled_text=QCoreApplication.translate("StoreActions", "Check cancelled."),
    )


def _show_check(window: MainWindow, where: str, problems: list[str]) -> None:
    box = QMessageBox(window)
    box.setObjectName("checkResult")
    box.setWindowTitle(QCoreApplication.translate("StoreActions", "Check store"))
    if problems:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            filled(
                count_text(
                    len(problems),
                    QCoreApplication.translate("StoreActions", "The check found %n problem in %1."),
                    QCoreApplication.translate(
                        "StoreActions", "The check found %n problems in %1."
                    ),
                ),
                where,
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "StoreActions",
                "Nothing was changed. Restore a backup from before the problem, or ask whoever "
                "changed the store outside this program; the details list each record.",
            )
        )
        box.setDetailedText("\n".join(said(problem) for problem in problems))
    else:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            filled(
                QCoreApplication.translate(
                    "StoreActions", "%1 passed every check; no problems found."
                ),
                where,
            )
        )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    window.check_box = box
    box.open()


def choose_backup(window: MainWindow) -> str:
    """Ask which backup to restore; an empty string if the user cancels."""
    location = window.context.services.store.location
    folder = str(location.path.parent) if location.path is not None else ""
    path = ask_file(
        window,
        QCoreApplication.translate("StoreActions", "Restore from a backup"),
        QCoreApplication.translate("StoreActions", STORE_FILTER),
        save=False,
        start=folder,
    )
    return path


def restore(
    window: MainWindow, choose: Callable[[MainWindow], str] = choose_backup
) -> LongTask | None:
    """Replace the open store with a backup the user picks, then reopen the window on it.

    The backup is checked before anything is touched, and the store it replaces is itself kept
    as a backup (both by the restore service, as for ``dialoguetracker restore``). It cannot be
    cancelled, and the dialog says so."""
    from dialoguetracker.services.maintenance import restore as restore_backup

    services = window.context.services
    path = choose(window)
    if not path:
        return None
    answer = QMessageBox.question(
        window,
        APP_NAME,
        filled(
            QCoreApplication.translate(
                "StoreActions",
                "Replace the store %1 with the backup %2?\n\n"
                "The store as it is now will be kept as a backup beside it.",
            ),
            services.store.location.describe(),
            path,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None

    def restored(_progress: Progress) -> Path | None:
        try:
            return restore_backup(services, Path(path))
        except (OSError, sqlite3.Error) as error:
            raise DialogueTrackerError(
                translate("Errors", "cannot restore {path}: {reason}").format(
                    path=path, reason=error
                )
            ) from error

    def done(saved: object) -> None:
        QMessageBox.information(
            window,
            APP_NAME,
            filled(QCoreApplication.translate("StoreActions", "Restored %1."), path)
            + (
                ""
                if not isinstance(saved, Path)
                else " "
                + filled(
                    QCoreApplication.translate(
                        "StoreActions", "The store it replaced is kept as %1."
                    ),
                    str(saved),
                )
            ),
        )
        window.context.undo_stack.clear()
        window.switch_store(services.store.location.describe())

    return start(
        window,
        filled(QCoreApplication.translate("StoreActions", "Restoring %1…"), path),
        restored,
        done,
        cancellable=False,
    )


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        filled(QCoreApplication.translate("StoreActions", "About %1"), APP_NAME),
        filled(
            QCoreApplication.translate(
                "StoreActions",
                "<h3>%1 %2</h3><p>The record of a bilateral dialogue: meetings, delegations, "
                "agenda topics and commitments, and briefings printed from it.</p>"
                "<p>Store: %3</p>",
            ),
            APP_NAME,
            __version__,
            html.escape(window.context.services.store.location.describe()),
        ),
    )
