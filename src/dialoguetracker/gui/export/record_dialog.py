"""Export meeting record…: one meeting's record (the minutes) with a live preview.

The meeting is fixed by the editor the dialog was opened from; the options are the shared
ones (language, marking, audience, notes). Period and topics do not narrow a record. Besides
Save…, Send… saves the PDF and opens an e-mail draft to the participants with it attached
(:mod:`.sending`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from dialoguetracker.domain.briefing import BriefingOptions
from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.export.dialog import ExportDialog
from dialoguetracker.gui.export.jobs import Job, meeting_record_job
from dialoguetracker.gui.export.saving import PDF, ask_save_path, suggested_path, with_pdf_suffix
from dialoguetracker.gui.export.sending import open_in_mail_program, write_record_mail
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import count_text, span_text
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
        self.send_button = QPushButton(self.tr("Send…"), self)
        self.send_button.setObjectName("exportSend")
        self.send_button.setToolTip(
            self.tr(
                "Save the PDF previewed, recorded in the store, and open an e-mail draft to the "
                "participants the audience allows, with it attached, in your mail program"
            )
        )
        self.send_button.setAutoDefault(False)
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(lambda: self.send())
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.ready_buttons.append(self.send_button)
        self.ask_send_path = ask_save_path
        """Asks for the PDF to send; tests replace it so no native dialog opens."""
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

    # -- sending ---------------------------------------------------------------------------

    def send(self) -> Path | None:
        """Save the previewed PDF (recorded), write the e-mail draft beside it and open it in
        the mail program; returns the draft's path."""
        if self.built is None:
            return None
        chosen = self.ask_send_path(
            self, self.tr("Save the record to send"), suggested_path(self.file_stem())
        )
        if not chosen:
            return None
        path = with_pdf_suffix(chosen)
        if path.suffix.lower() != PDF:
            self._save_failed(
                filled(
                    self.tr("%1: the e-mail carries the PDF record; name a .pdf file"), str(path)
                )
            )
            return None
        built = self.built
        if self.save_to(path) is None:
            return None
        try:
            mail, recipients = write_record_mail(self.context.services, built, path)
        except DialogueTrackerError as error:
            self._mail_failed(said(error))
            return None
        except OSError as error:
            self._mail_failed(f"{path.with_suffix('.eml')}: {error.strerror or error}")
            return None
        lines = [
            filled(
                self.tr("Saved %1 and wrote the e-mail draft %2 to %3"),
                str(path),
                str(mail),
                count_text(recipients.count, self.tr("%n recipient"), self.tr("%n recipients")),
            )
        ]
        if recipients.without_address:
            names = "; ".join(recipients.without_address)
            lines.append(filled(self.tr("No e-mail address on file for %1"), names))
        if not open_in_mail_program(mail):
            lines.append(filled(self.tr("Open %1 in your mail program to send it"), str(mail)))
        self.status.setText("\n".join(lines))
        self.context.operations.message.emit(lines[0])
        return mail

    def _mail_failed(self, message: str) -> None:
        self.error.setText(filled(self.tr("The e-mail draft was not written: %1"), message))
        self.error.show()

    def file_stem(self) -> str:
        if self.meeting is None:
            return "meeting-record"
        return f"meeting-record-{self.meeting.start.isoformat()[:10]}"
