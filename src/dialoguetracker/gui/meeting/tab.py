"""What the meeting editor asks of each of its tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dialoguetracker.domain.enums import RecordState
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.context import AppContext


class MeetingTab(QWidget):
    """A tab shows one meeting (or none). While the meeting's record is final it shows the
    record read-only; the editor hands it the meeting again after every change."""

    title = ""
    """Source text of the tab's label, translated in the ``MeetingTab`` context."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None

    @property
    def locked(self) -> bool:
        """Shown read-only: a final record, or a login that may change nothing."""
        if self.context.read_only:
            return True
        return self.meeting is not None and self.meeting.record is RecordState.FINAL

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.reload()

    def reload(self) -> None:
        """Read what the tab shows afresh from the services."""

    def on_changed(self, kinds: frozenset[str]) -> None:
        """Refresh when a change touched what the tab shows."""
