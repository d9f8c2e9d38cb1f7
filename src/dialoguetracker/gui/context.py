"""What every window and view of one running application shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.editing import Editing
from dialoguetracker.gui.operations import Operations
from dialoguetracker.gui.undo import UndoBook
from dialoguetracker.services import Services


@dataclass
class AppContext:
    services: Services
    operations: Operations
    undo_stack: QUndoStack
    settings: AppSettings
    undo_book: UndoBook = field(default_factory=UndoBook)
    """What undo remembers beside the stack (records' new ids, versions last written)."""
    editing: Editing = field(init=False)
    """The one toolkit every feature area edits through."""

    def __post_init__(self) -> None:
        self.editing = Editing(self)
        self.services.stale_months = self.settings.stale_months

    @property
    def read_only(self) -> bool:
        """The server lets this login change nothing: the window offers no edit."""
        return self.services.store.read_only
