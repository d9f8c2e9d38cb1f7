"""The one way the GUI changes data.

Every edit goes through :meth:`Operations.run`: the service call is one transaction; on
success ``changed`` announces which kinds of record moved, so each view refreshes only what it
shows (no view polls, none reloads everything). A rule the input broke comes back to the caller
as the service's :class:`ValidationError`, to be shown at the field; anything unexpected goes
to the application's error dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")

# The kinds of record a change can touch; views subscribe to the ones they show.
PARTIES, PEOPLE, DIALOGUES, TOPICS, MEETINGS = (
    "parties",
    "people",
    "dialogues",
    "topics",
    "meetings",
)
AGENDA, ATTENDANCE, BRIEFS, DOCUMENTS = "agenda", "attendance", "briefs", "documents"
COMMITMENTS, UPDATES, STORE = "commitments", "updates", "store"
EVERYTHING = frozenset(
    {PARTIES, PEOPLE, DIALOGUES, TOPICS, MEETINGS, AGENDA, ATTENDANCE, BRIEFS}
    | {DOCUMENTS, COMMITMENTS, UPDATES, STORE}
)


class Operations(QObject):
    changed = Signal(object)
    """Emitted with a frozenset of the kinds of record a successful change touched."""

    message = Signal(str)
    """A short, plain-words line for the status bar."""

    refused = Signal(str)
    """An undo or redo the store refused (someone else changed the record since, or locked
    it), in plain words; the main window shows it. The step is dropped from the stack."""

    def run(self, action: Callable[[], T], changes: Iterable[str], done: str = "") -> T:
        result = action()
        self.changed.emit(frozenset(changes))
        if done:
            self.message.emit(done)
        return result

    def announce(self, changes: Iterable[str]) -> None:
        """For changes made outside :meth:`run` (a store opened, an import finished)."""
        self.changed.emit(frozenset(changes))
