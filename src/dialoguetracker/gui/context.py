"""What every window and view of one running application shares."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.operations import Operations
from dialoguetracker.services import Services


@dataclass
class AppContext:
    services: Services
    operations: Operations
    undo_stack: QUndoStack
    settings: AppSettings
