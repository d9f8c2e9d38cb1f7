"""Reports: the briefing and the meeting record, as PDFs drawn with ReportLab and as Word
drafts written with python-docx.

Both libraries are heavy and only needed when a file is made, so this module imports nothing
from them: the entry points below load the writers on first call, and start-up (the command
line, the GUI) never pays for either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialoguetracker.domain.briefing import BriefingData, MeetingRecordData
    from dialoguetracker.reports.lengths import MeasuredBriefing

__all__ = [
    "render_briefing",
    "render_briefing_docx",
    "render_briefing_measured",
    "render_meeting_record",
    "render_meeting_record_docx",
]


def render_briefing(data: BriefingData) -> bytes:
    """The briefing PDF for ``data``, as bytes (see :mod:`.briefing_pdf`)."""
    from dialoguetracker.reports.briefing_pdf import render_briefing as render

    return render(data)


def render_briefing_measured(data: BriefingData) -> MeasuredBriefing:
    """The briefing PDF with the sections that run too long (see :mod:`.lengths`)."""
    from dialoguetracker.reports.briefing_pdf import render_briefing_measured as render

    return render(data)


def render_meeting_record(data: MeetingRecordData) -> bytes:
    """The meeting-record PDF for ``data``, as bytes (see :mod:`.minutes_pdf`)."""
    from dialoguetracker.reports.minutes_pdf import render_meeting_record as render

    return render(data)


def render_briefing_docx(data: BriefingData) -> bytes:
    """The briefing as a Word draft, as bytes (see :mod:`.briefing_docx`)."""
    from dialoguetracker.reports.briefing_docx import render_briefing_docx as render

    return render(data)


def render_meeting_record_docx(data: MeetingRecordData) -> bytes:
    """The meeting record as a Word draft, as bytes (see :mod:`.minutes_docx`)."""
    from dialoguetracker.reports.minutes_docx import render_meeting_record_docx as render

    return render(data)
