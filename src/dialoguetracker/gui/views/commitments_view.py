"""The Commitments view (being built: shows its name until its widgets land)."""

from __future__ import annotations

from dialoguetracker.gui.views.placeholder import PlaceholderView


class CommitmentsView(PlaceholderView):
    key = "commitments"
    title = "Commitments"
