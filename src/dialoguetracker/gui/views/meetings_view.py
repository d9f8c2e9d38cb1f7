"""The Meetings view (being built: shows its name until its widgets land)."""

from __future__ import annotations

from dialoguetracker.gui.views.placeholder import PlaceholderView


class MeetingsView(PlaceholderView):
    key = "meetings"
    title = "Meetings"
