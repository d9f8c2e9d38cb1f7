"""The meeting's Preparation (internal) tab (being built)."""

from __future__ import annotations

from dialoguetracker.gui.meeting.tab import MeetingTab


class PreparationTab(MeetingTab):
    title = "Preparation (internal)"
