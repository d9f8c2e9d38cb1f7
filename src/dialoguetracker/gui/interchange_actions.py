"""File-menu actions that move records in and out of the store: importing and exporting
interchange JSON, and exporting the calendar.

Each asks for a file, then runs the same services the command line uses off the GUI thread
(:func:`~dialoguetracker.gui.long_task.start`), with a progress dialog and Cancel: a cancelled
import is rolled back whole, a cancelled export writes no file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.progress import Progress
from dialoguetracker.domain.words import translate
from dialoguetracker.files import write_whole
from dialoguetracker.gui.file_dialogs import ask_file
from dialoguetracker.gui.import_words import calendar_summary, import_summary
from dialoguetracker.gui.long_task import LongTask, start
from dialoguetracker.gui.operations import EVERYTHING
from dialoguetracker.gui.placeholders import filled

if TYPE_CHECKING:
    from dialoguetracker.gui.main_window import MainWindow
    from dialoguetracker.services.import_report import ImportReport

# Marked for lupdate here, translated where shown.
JSON_FILTER = str(QT_TRANSLATE_NOOP("StoreActions", "Interchange JSON (*.json);;All files (*)"))
CALENDAR_FILTER = str(QT_TRANSLATE_NOOP("StoreActions", "iCalendar files (*.ics);;All files (*)"))


def _file_bytes(path: str) -> bytes:
    """The file's bytes, or one plain sentence saying why they cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise DialogueTrackerError(
            translate("Errors", "{path}: {reason}").format(path=path, reason=error.strerror)
        ) from error


def import_file(window: MainWindow) -> LongTask | None:
    from dialoguetracker.interop.interchange_read import read_interchange
    from dialoguetracker.services.interchange_import import import_interchange

    path = ask_file(
        window,
        QCoreApplication.translate("StoreActions", "Import"),
        QCoreApplication.translate("StoreActions", JSON_FILTER),
        save=False,
    )
    if not path:
        return None
    services = window.context.services

    def imported(progress: Progress) -> ImportReport:
        return import_interchange(services, read_interchange(_file_bytes(path)), progress)

    def done(report: object) -> None:
        from dialoguetracker.services.import_report import ImportReport

        window.context.undo_stack.clear()
        window.context.operations.announce(EVERYTHING)
        if isinstance(report, ImportReport):
            window.statusBar().showMessage(import_summary(report), 8000)

    return start(
        window,
        filled(QCoreApplication.translate("StoreActions", "Importing %1…"), path),
        imported,
        done,
        cancelled_text=QCoreApplication.translate(
            "StoreActions", "Import cancelled: the store was left exactly as it was."
        ),
    )


def export_file(window: MainWindow) -> LongTask | None:
    from dialoguetracker.interop.interchange_write import write_interchange
    from dialoguetracker.services.interchange_export import export_interchange

    path = ask_file(
        window,
        QCoreApplication.translate("StoreActions", "Export"),
        QCoreApplication.translate("StoreActions", JSON_FILTER),
        save=True,
    )
    if not path:
        return None
    services = window.context.services

    def exported(progress: Progress) -> Path:
        text = write_interchange(export_interchange(services, Audience.INTERNAL, progress))
        return _write(Path(path), text, progress)

    return _exporting(window, Path(path), exported)


def export_calendar(window: MainWindow) -> LongTask | None:
    """The meetings and due dates of the dialogue shown, as an iCalendar file for Outlook,
    Apple or Google Calendar (the ``calendar`` command's file)."""
    from dialoguetracker.interop.calendar_ics import calendar_ics
    from dialoguetracker.services.calendar import calendar_data
    from dialoguetracker.services.dialogues import get_dialogue

    path = ask_file(
        window,
        QCoreApplication.translate("StoreActions", "Export calendar"),
        QCoreApplication.translate("StoreActions", CALENDAR_FILTER),
        save=True,
    )
    if not path:
        return None
    services = window.context.services
    dialogue_id = window.navigator.current_dialogue()
    target = Path(path) if Path(path).suffix else Path(path + ".ics")

    def exported(progress: Progress) -> Path:
        dialogue = None if dialogue_id is None else get_dialogue(services, dialogue_id)
        return _write(target, calendar_ics(calendar_data(services, dialogue), progress), progress)

    return _exporting(window, target, exported)


def dialogue_and_file(
    window: MainWindow, no_dialogue: str, title: str, file_filter: str
) -> tuple[int, str] | None:
    """The dialogue shown and the file to import into it, or None: no dialogue is chosen
    (``no_dialogue`` says which to choose) or the user closed the file dialog."""
    dialogue_id = window.navigator.current_dialogue()
    if dialogue_id is None:
        window.show_refusal(no_dialogue)
        return None
    path = ask_file(window, title, file_filter, save=False)
    return (dialogue_id, path) if path else None


def import_calendar(window: MainWindow) -> LongTask | None:
    """Invitations from Outlook, Google or Thunderbird as planned meetings of the dialogue
    shown; the same invitation again updates its meeting (see
    :mod:`dialoguetracker.services.calendar_import`)."""
    from dialoguetracker.interop.calendar_read import read_invitations
    from dialoguetracker.services.calendar_import import CalendarImportReport, import_invitations

    chosen = dialogue_and_file(
        window,
        QCoreApplication.translate("StoreActions", "Choose the dialogue the meetings belong to."),
        QCoreApplication.translate("StoreActions", "Import calendar invitations"),
        QCoreApplication.translate("StoreActions", CALENDAR_FILTER),
    )
    if chosen is None:
        return None
    dialogue_id, path = chosen
    services = window.context.services

    def imported(_progress: Progress) -> CalendarImportReport:
        return import_invitations(services, dialogue_id, read_invitations(_file_bytes(path)))

    def done(report: object) -> None:
        window.context.operations.announce(EVERYTHING)
        if isinstance(report, CalendarImportReport):
            window.statusBar().showMessage(calendar_summary(report), 8000)

    return start(
        window,
        filled(QCoreApplication.translate("StoreActions", "Importing %1…"), path),
        imported,
        done,
        cancellable=False,
    )


def _exporting(window: MainWindow, target: Path, task: Callable[[Progress], Path]) -> LongTask:
    def done(_written: object) -> None:
        window.statusBar().showMessage(
            filled(QCoreApplication.translate("StoreActions", "Exported to %1"), str(target)),
            5000,
        )

    return start(
        window,
        filled(QCoreApplication.translate("StoreActions", "Exporting to %1…"), str(target)),
        task,
        done,
        cancelled_text=QCoreApplication.translate(
            "StoreActions", "Export cancelled; no file was written."
        ),
    )


def _write(path: Path, content: str | bytes, progress: Progress) -> Path:
    """Write an export whole, unless it was cancelled meanwhile: then no file at all."""
    progress(1, 1)  # the last chance to cancel before the file appears
    write_whole(path, content)
    return path
