"""Exporting PDFs from the application: the briefing and a meeting's record.

Each dialog shows the options beside a live preview (Qt's ``QPdfView``). The PDF is built off
the GUI thread (:mod:`.builder`), and the bytes saved are exactly the bytes previewed, written
whole and recorded in the store so that ``dialoguetracker verify`` recognises the file.
"""

from __future__ import annotations

from dialoguetracker.gui.export.briefing_dialog import BriefingExportDialog
from dialoguetracker.gui.export.record_dialog import MeetingRecordExportDialog

__all__ = ["BriefingExportDialog", "MeetingRecordExportDialog"]
