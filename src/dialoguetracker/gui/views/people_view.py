"""The People & delegations view (being built: shows its name until its widgets land)."""

from __future__ import annotations

from dialoguetracker.gui.views.placeholder import PlaceholderView


class PeopleView(PlaceholderView):
    key = "people"
    title = "People & delegations"
