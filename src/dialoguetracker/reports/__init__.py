"""PDF reports: the briefing and the meeting record, drawn with ReportLab.

ReportLab is heavy and only needed when a PDF is built, so this module imports nothing from it:
the two entry points below load the renderers on first call, and start-up (the command line,
the GUI) never pays for ReportLab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialoguetracker.domain.briefing import BriefingData, MeetingRecordData

__all__ = ["render_briefing", "render_meeting_record"]


def render_briefing(data: BriefingData) -> bytes:
    """The briefing PDF for ``data``, as bytes (see :mod:`.briefing_pdf`)."""
    from dialoguetracker.reports.briefing_pdf import render_briefing as render

    return render(data)


def render_meeting_record(data: MeetingRecordData) -> bytes:
    """The meeting-record PDF for ``data``, as bytes (see :mod:`.minutes_pdf`)."""
    from dialoguetracker.reports.minutes_pdf import render_meeting_record as render

    return render(data)
