"""The meeting editor's header: title, when and where, status, and the banner a final record
carries."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dialoguetracker.domain.enums import RecordState
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import format_name, meeting_status_name, span_text
from dialoguetracker.gui.widgets.labels import heading_label

LOCK_STYLE = (
    "background: #1f3a5f; color: white; font-weight: bold; padding: 6px; border-radius: 3px;"
)
DRAFT_STYLE = "font-weight: bold;"
FINAL_STYLE = "color: #1f3a5f; font-weight: bold;"


class MeetingHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingHeader")
        self.title = heading_label("meetingHeaderTitle", self, scale=1.4)
        self.when = QLabel(self)
        self.when.setObjectName("meetingHeaderWhen")
        self.when.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("meetingHeaderStatus")
        self.record = QLabel(self)
        self.record.setObjectName("meetingHeaderRecord")
        self.banner = QLabel(self)
        self.banner.setObjectName("lockBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(LOCK_STYLE)
        self.banner.setText(
            self.tr(
                "FINAL RECORD — locked. Every tab is read-only; reopen the record to change it "
                "(reopening is recorded in the audit trail)."
            )
        )
        self.banner.setAccessibleName(self.tr("This record is final and locked"))
        self.banner.hide()
        facts = QHBoxLayout()
        facts.addWidget(self.when, 1)
        facts.addWidget(self.status)
        facts.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addWidget(self.banner)

    def show_meeting(self, meeting: Meeting | None) -> None:
        if meeting is None:
            for widget in (self.title, self.when, self.status, self.record):
                widget.clear()
            self.banner.hide()
            return
        self.title.setText(meeting.title)
        parts = [span_text(meeting.start, meeting.end)]
        parts += [part for part in (meeting.location, format_name(meeting.format)) if part]
        if meeting.host:
            parts.append(filled(self.tr("hosted by %1"), meeting.host))
        self.when.setText(" · ".join(parts))
        self.status.setText(meeting_status_name(meeting.status))
        final = meeting.record is RecordState.FINAL
        self.record.setText(self.tr("Final record") if final else self.tr("Draft record"))
        self.record.setStyleSheet(FINAL_STYLE if final else DRAFT_STYLE)
        self.banner.setVisible(final)
