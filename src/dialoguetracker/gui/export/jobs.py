"""What the worker thread runs: gather the data through the services and render the PDF.

The data the PDF was drawn from travels with it, so a Word draft or the record's e-mail made
afterwards holds exactly what the preview showed, for the same audience.

A job is a plain callable with no widget in reach. Each service call opens its own short
session, so calling the services from the worker thread is safe (one call, one session).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dialoguetracker.domain.briefing import BriefingData, BriefingOptions, MeetingRecordData
from dialoguetracker.domain.provenance import ExportKind
from dialoguetracker.reports import render_briefing_measured, render_meeting_record
from dialoguetracker.reports.lengths import LongSection
from dialoguetracker.services.briefing_data import briefing_data, meeting_record_data
from dialoguetracker.services.context import Services
from dialoguetracker.services.provenance import page_count


@dataclass(frozen=True)
class BuiltPdf:
    """A PDF as built for the preview, with everything needed to record it once saved.

    ``meeting_id`` is the meeting the document turned out to be about (for a briefing on
    "the next planned meeting", the one the program chose), or None."""

    kind: ExportKind
    options: BriefingOptions
    pdf: bytes
    meeting_id: int | None
    data: BriefingData | MeetingRecordData | None = None
    """What the PDF was drawn from."""
    long_sections: tuple[LongSection, ...] = ()
    """The sections that run longer than a read-ahead allows."""

    @property
    def pages(self) -> int | None:
        return page_count(self.pdf)


Job = Callable[[], BuiltPdf]


def briefing_job(services: Services, options: BriefingOptions) -> Job:
    def build() -> BuiltPdf:
        data = briefing_data(services, options)
        measured = render_briefing_measured(data)
        meeting = None if data.meeting is None else data.meeting.id
        return BuiltPdf(
            ExportKind.BRIEFING, options, measured.pdf, meeting, data, measured.long_sections
        )

    return build


def meeting_record_job(services: Services, meeting_id: int, options: BriefingOptions) -> Job:
    def build() -> BuiltPdf:
        data = meeting_record_data(services, meeting_id, options)
        pdf = render_meeting_record(data)
        return BuiltPdf(ExportKind.MINUTES, options, pdf, meeting_id, data)

    return build
