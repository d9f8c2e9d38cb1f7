"""Export meeting record…: one meeting's record (the minutes) with a live preview.

The meeting is fixed by the editor the dialog was opened from; the options are the shared
ones (language, marking, audience, notes). Period and topics do not narrow a record.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget

from dialoguetracker.domain.briefing import BriefingOptions
from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.export.dialog import ExportDialog
from dialoguetracker.gui.export.jobs import Job, meeting_record_job
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import span_text
from dialoguetracker.services.meetings import get_meeting


class MeetingRecordExportDialog(ExportDialog):
    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("meetingRecordExportDialog")
        self.setWindowTitle(self.tr("Export meeting record"))
        self.setAccessibleName(self.tr("Export meeting record"))
        self.meeting: Meeting | None = None
        self.meeting_label = QLabel(self)
        self.meeting_label.setObjectName("exportMeetingName")
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setAccessibleName(self.tr("Meeting"))
        self.form.addRow(self.tr("Meeting:"), self.meeting_label)
        self.add_common_rows()
        self.chain_tab_order([])
        self.set_meeting(meeting_id)

    def set_meeting(self, meeting_id: int) -> None:
        """Export the record of ``meeting_id``; a meeting that cannot be read is reported
        in the dialog, and nothing is built."""
        try:
            self.meeting = get_meeting(self.context.services, meeting_id)
        except DialogueTrackerError as error:
            self.meeting = None
            self.meeting_label.setText("")
            self._failed(said(error))
            return
        self.meeting_label.setText(
            f"{self.meeting.title}\n{span_text(self.meeting.start, self.meeting.end)}"
        )
        self.options_changed()

    # -- ExportDialog ----------------------------------------------------------------------

    def options(self) -> BriefingOptions:
        if self.meeting is None:
            raise ValidationError("meeting", self.tr("no meeting to export"))
        return replace(
            self.common_options(),
            dialogue_id=self.meeting.dialogue_id,
            meeting_id=self.meeting.id,
        )

    def job(self, options: BriefingOptions) -> Job:
        assert options.meeting_id is not None
        return meeting_record_job(self.context.services, options.meeting_id, options)

    def file_stem(self) -> str:
        if self.meeting is None:
            return "meeting-record"
        return f"meeting-record-{self.meeting.start.isoformat()[:10]}"
