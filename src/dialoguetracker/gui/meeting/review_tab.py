"""The meeting's Review of open commitments tab (being built)."""

from __future__ import annotations

from dialoguetracker.gui.meeting.tab import MeetingTab


class ReviewTab(MeetingTab):
    title = "Review of open commitments"
