"""The meeting's Documents tab (being built)."""

from __future__ import annotations

from dialoguetracker.gui.meeting.tab import MeetingTab


class DocumentsTab(MeetingTab):
    title = "Documents"
