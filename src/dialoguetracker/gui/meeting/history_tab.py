"""The meeting's History tab: every recorded change to the meeting and its parts.

The trail is read-only whether or not the record is final, and is read again after every
change anywhere in the meeting, so an edit made on another tab shows here at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout, QWidget

from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.trail import TrailPanel


class HistoryTab(MeetingTab):
    title = str(QT_TRANSLATE_NOOP("MeetingTab", "History"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("meetingHistoryTab")
        self.trail = TrailPanel(context, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.trail)

    def reload(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.trail.show_record("meeting", None)
        else:
            self.trail.show_record("meeting", meeting.id, meeting.title)

    def on_changed(self, kinds: frozenset[str]) -> None:
        self.reload()
