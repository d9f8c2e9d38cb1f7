"""Saving a previewed PDF: ask where, write the file whole, record it in the store.

The file is written whole (:func:`dialoguetracker.files.write_whole`); a file the store cannot
record is removed again, so no copy circulates that ``dialoguetracker verify`` would disown.
A name ending in ``.docx`` saves an editable Word draft of the same data instead, which is
never recorded; any other extension is refused rather than written in another format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from dialoguetracker.files import write_whole
from dialoguetracker.gui.file_dialogs import ask_file

if TYPE_CHECKING:
    from dialoguetracker.domain.provenance import ExportRecord
    from dialoguetracker.gui.export.jobs import BuiltPdf
    from dialoguetracker.services.context import Services

AskPath = Callable[[QWidget, str, str], str]
"""(parent, caption, suggested path) → the path chosen, or an empty string to cancel."""

PDF, DOCX = ".pdf", ".docx"
REPORT_SUFFIXES = (PDF, DOCX)


def ask_save_path(parent: QWidget, caption: str, suggested: str, file_filter: str = "") -> str:
    """The platform's save dialog; PDF files unless ``file_filter`` names others."""
    pdf_files = QCoreApplication.translate("ExportDialog", "PDF files (*.pdf);;All files (*)")
    return ask_file(parent, caption, file_filter or pdf_files, save=True, start=suggested)


def ask_report_path(parent: QWidget, caption: str, suggested: str) -> str:
    """The platform's save dialog for a report: a PDF, or an editable Word draft."""
    files = QCoreApplication.translate(
        "ExportDialog", "PDF files (*.pdf);;Word documents, editable drafts (*.docx);;All files (*)"
    )
    return ask_save_path(parent, caption, suggested, files)


def suggested_path(stem: str, suffix: str = ".pdf") -> str:
    """``stem`` + ``suffix`` in the user's documents folder, the stem reduced to safe
    characters and cut to a length every file system takes."""
    safe = re.sub(r"[^\w.-]+", "-", stem, flags=re.UNICODE).strip("-.")[:80] or "export"
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    return str(Path(folder) / f"{safe}{suffix}")


def with_pdf_suffix(path: str) -> Path:
    """The path typed, with ``.pdf`` added when the name has no extension."""
    target = Path(path)
    return target if target.suffix else target.with_name(target.name + ".pdf")


def save_built(services: Services, built: BuiltPdf, path: Path) -> ExportRecord:
    """Write ``built`` to ``path`` and record it; the file is removed if recording fails."""
    from dialoguetracker.services.provenance import record_export

    write_whole(path, built.pdf)
    try:
        return record_export(
            services, built.kind, built.options, built.pdf, path.name, meeting_id=built.meeting_id
        )
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def save_draft(built: BuiltPdf, path: Path) -> None:
    """Write the Word draft of the data ``built`` was drawn from; it is not recorded."""
    from dialoguetracker.domain.briefing import BriefingData, MeetingRecordData
    from dialoguetracker.reports import render_briefing_docx, render_meeting_record_docx

    data = built.data
    if isinstance(data, BriefingData):
        document = render_briefing_docx(data)
    elif isinstance(data, MeetingRecordData):
        document = render_meeting_record_docx(data)
    else:  # a PDF built without its data cannot be drafted again
        raise TypeError("no data to write a Word draft from")
    write_whole(path, document)
