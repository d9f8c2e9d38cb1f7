"""*File ▸ Import commitments from a spreadsheet…*: an Excel or CSV register into the
dialogue shown, through the column-mapping step (:mod:`~dialoguetracker.gui.column_mapping_dialog`).

The import itself runs as every import does, off the GUI thread in one transaction; what it
brought is said in the status bar, and the views show the new commitments.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.progress import Progress
from dialoguetracker.gui.interchange_actions import dialogue_and_file
from dialoguetracker.gui.long_task import LongTask, start
from dialoguetracker.gui.operations import EVERYTHING
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said

if TYPE_CHECKING:
    from dialoguetracker.gui.main_window import MainWindow
    from dialoguetracker.services.spreadsheet_import import RegisterImportReport

SPREADSHEET_FILTER = str(
    QT_TRANSLATE_NOOP(
        "StoreActions", "Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"
    )
)


def import_spreadsheet(window: MainWindow) -> LongTask | None:
    from dialoguetracker.gui.column_mapping_dialog import ColumnMappingDialog
    from dialoguetracker.interop.spreadsheet_read import read_register
    from dialoguetracker.interop.spreadsheet_write import spreadsheet_kind
    from dialoguetracker.services.dialogues import get_dialogue
    from dialoguetracker.services.spreadsheet_import import import_register

    chosen = dialogue_and_file(
        window,
        QCoreApplication.translate(
            "StoreActions", "Choose the dialogue the commitments belong to."
        ),
        QCoreApplication.translate("StoreActions", "Import commitments from a spreadsheet"),
        QCoreApplication.translate("StoreActions", SPREADSHEET_FILTER),
    )
    if chosen is None:
        return None
    dialogue_id, path = chosen
    services = window.context.services
    kind = spreadsheet_kind(path)
    try:
        if kind is None:
            raise DialogueTrackerError(
                filled(
                    QCoreApplication.translate(
                        "StoreActions", "%1: choose an Excel workbook (.xlsx) or a CSV file."
                    ),
                    path,
                )
            )
        table = read_register(Path(path).read_bytes(), kind)
        dialogue = get_dialogue(services, dialogue_id)
    except DialogueTrackerError as error:
        window.show_refusal(f"{Path(path).name}: {said(error.message)}")
        return None
    except OSError as error:
        window.show_refusal(f"{path}: {error.strerror or error}")
        return None
    mapping = ColumnMappingDialog(window, services, dialogue_id, dialogue.name, path, table)
    if mapping.exec() != QDialog.DialogCode.Accepted:
        return None
    columns, valid_rows_only = mapping.columns(), mapping.valid_rows_only

    def imported(_progress: Progress) -> RegisterImportReport:
        return import_register(
            services, dialogue_id, table, columns, valid_rows_only=valid_rows_only
        )

    def done(report: object) -> None:
        window.context.operations.announce(EVERYTHING)
        describe = getattr(report, "describe", None)
        if describe is not None:
            window.statusBar().showMessage(said(describe()), 10000)

    return start(
        window,
        filled(QCoreApplication.translate("StoreActions", "Importing %1…"), path),
        imported,
        done,
        cancellable=False,
    )
