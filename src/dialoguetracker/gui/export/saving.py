"""Saving a previewed PDF: ask where, write the file whole, record it in the store.

The file is written through a temporary file in the target's folder and then renamed, so a
reader never sees half a PDF; a file the store cannot record is removed again, so no copy
circulates that ``dialoguetracker verify`` would disown.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.provenance import ExportRecord
from dialoguetracker.gui.export.jobs import BuiltPdf
from dialoguetracker.services.context import Services
from dialoguetracker.services.provenance import record_export

AskPath = Callable[[QWidget, str, str], str]
"""(parent, caption, suggested path) → the path chosen, or an empty string to cancel."""


def ask_save_path(parent: QWidget, caption: str, suggested: str) -> str:
    """The platform's save dialog, for PDF files."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        caption,
        suggested,
        QCoreApplication.translate("ExportDialog", "PDF files (*.pdf);;All files (*)"),
    )
    return path


def suggested_path(stem: str) -> str:
    """``stem.pdf`` in the user's documents folder, the stem reduced to safe characters."""
    safe = re.sub(r"[^\w.-]+", "-", stem, flags=re.UNICODE).strip("-.") or "export"
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    return str(Path(folder) / f"{safe}.pdf")


def with_pdf_suffix(path: str) -> Path:
    """The path typed, with ``.pdf`` added when the name has no extension."""
    target = Path(path)
    return target if target.suffix else target.with_name(target.name + ".pdf")


def write_whole(path: Path, content: bytes) -> None:
    """Write through a temporary file beside ``path``, then rename it over ``path``."""
    if path.is_dir():
        raise ValidationError(str(path), "is a folder; name a file to write")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        Path(temporary).chmod(_ordinary_mode())  # mkstemp's 0600 would hide it from colleagues
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_built(services: Services, built: BuiltPdf, path: Path) -> ExportRecord:
    """Write ``built`` to ``path`` and record it; the file is removed if recording fails."""
    write_whole(path, built.pdf)
    try:
        return record_export(
            services, built.kind, built.options, built.pdf, path.name, meeting_id=built.meeting_id
        )
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _ordinary_mode() -> int:
    """The permissions a newly created file gets from the user's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
