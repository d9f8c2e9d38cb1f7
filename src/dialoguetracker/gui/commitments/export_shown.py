"""*Export as shown…*: the commitment register exactly as the filters and the sort show it,
every row, to an XLSX workbook or a CSV file (by the name's extension; none: a workbook), off
the window's thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dialoguetracker.gui.placeholders import filled

if TYPE_CHECKING:
    from dialoguetracker.domain.progress import Progress
    from dialoguetracker.gui.long_task import LongTask
    from dialoguetracker.gui.views.commitments_view import CommitmentsView


def ask_spreadsheet_path(parent: QWidget, caption: str, suggested: str) -> str:
    from dialoguetracker.gui.export.saving import ask_save_path

    spreadsheets = QCoreApplication.translate(
        "CommitmentsView", "Excel workbook (*.xlsx);;CSV, the register for any spreadsheet (*.csv)"
    )
    return ask_save_path(parent, caption, suggested, spreadsheets)


def export_shown(view: CommitmentsView) -> LongTask | None:
    """Ask where, then write the list in the background; None when there is nothing to write
    or the user chose no file. The audience is internal, unless the login may read only what
    is shared (a counterpart reader on a server), whose register is for the counterpart."""
    from PySide6.QtCore import QLocale

    from dialoguetracker.domain.enums import Audience
    from dialoguetracker.files import write_whole
    from dialoguetracker.gui.export.saving import suggested_path
    from dialoguetracker.gui.long_task import LongTask
    from dialoguetracker.interop import spreadsheet_write
    from dialoguetracker.services.register_rows import register_rows

    criteria = view.model.criteria
    if criteria is None:
        return None
    chosen = view.ask_export_path(
        view,
        QCoreApplication.translate("CommitmentsView", "Export commitments as shown"),
        suggested_path("commitments", ".xlsx"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    kind = spreadsheet_write.spreadsheet_kind(path.name)
    if kind is None:
        path, kind = path.with_name(path.name + ".xlsx"), "xlsx"
    services, language = view.context.services, QLocale().name().split("_")[0]
    audience = services.readable(Audience.INTERNAL)

    def written(progress: Progress) -> Path:
        rows = register_rows(services, criteria, progress)
        write = spreadsheet_write.register_workbook
        if kind == "csv":
            write = spreadsheet_write.register_csv
        write_whole(path, write(rows, audience, language))
        return path

    return LongTask(
        view,
        filled(
            QCoreApplication.translate("CommitmentsView", "Exporting the commitments shown to %1…"),
            str(path),
        ),
        written,
        lambda done: view.context.operations.message.emit(
            filled(
                QCoreApplication.translate(
                    "CommitmentsView", "Exported the commitments shown to %1"
                ),
                str(done),
            )
        ),
        cancelled_text=QCoreApplication.translate(
            "CommitmentsView", "Cancelled; no file was written."
        ),
        on_failed=view.failed,
    )
