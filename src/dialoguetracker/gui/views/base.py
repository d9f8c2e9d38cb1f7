"""What every view of the main window offers the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from dialoguetracker.gui.context import AppContext


class View(QWidget):
    """A page of the main window. It shows the current dialogue's records, refreshes when a
    change it cares about is announced, and asks the window to open records that live
    elsewhere through ``open_requested``."""

    key: ClassVar[str] = ""
    title: ClassVar[str] = ""
    """Source text of the view's name, translated in the ``View`` context."""

    open_requested = Signal(str, int)
    """(kind, id): e.g. ("meeting", 12) or ("commitment", 40)."""

    context: AppContext
    """The open store's services; absent only on a view made for the first screen (see
    :meth:`~dialoguetracker.gui.main_window.MainWindow.preview`), which reads nothing."""

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogue_id: int | None = None
        self.setObjectName(f"{self.key}View")
        if context is not None:
            self.context = context
            context.operations.changed.connect(self.on_changed)

    def offer_no_edits(self) -> None:
        """The login may change nothing: take away this view's ways to edit (the server
        would refuse the writes anyway; the window should not offer them)."""

    @classmethod
    def display_name(cls) -> str:
        return QCoreApplication.translate("View", cls.title)

    def set_dialogue(self, dialogue_id: int | None) -> None:
        self.dialogue_id = dialogue_id
        self.reload()

    def show_all_dialogues(self) -> None:
        """*All dialogues* was chosen in the navigator. A view of one dialogue at a time
        then shows none (and says to choose one); a view across them overrides this."""
        self.set_dialogue(None)

    def reload(self) -> None:
        """Read what the view shows afresh from the services."""

    def on_changed(self, kinds: frozenset[str]) -> None:
        """Refresh what ``kinds`` touched; the default reloads when the store changed."""
        if "store" in kinds:
            self.reload()

    def open_record(self, record_id: int) -> None:
        """Show one record of this view's kind (selected, scrolled to)."""

    def start_new(self, kind: str) -> None:
        """Start a new record of ``kind`` ("meeting", "commitment") where this view shows it."""
