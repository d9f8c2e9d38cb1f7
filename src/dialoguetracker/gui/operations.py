"""The one way the GUI changes data.

Every edit goes through :meth:`Operations.run`: the service call is one transaction; on
success ``changed`` announces which kinds of record moved, so each view refreshes only what it
shows (no view polls, none reloads everything). The kinds come from what the transaction wrote
to the audit trail (:func:`~dialoguetracker.services.context.watch_writes`), so a caller cannot
forget one. A rule the input broke comes back to the caller
as the service's :class:`ValidationError`, to be shown at the field; anything unexpected goes
to the application's error dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from dialoguetracker.services.context import Written

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
COMMITMENTS, UPDATES, EXPORTS, STORE = "commitments", "updates", "exports", "store"
EVERYTHING = frozenset(
    {PARTIES, PEOPLE, DIALOGUES, TOPICS, MEETINGS, AGENDA, ATTENDANCE, BRIEFS}
    | {DOCUMENTS, COMMITMENTS, UPDATES, EXPORTS, STORE}
)

SHOWN_AS = {
    "party": PARTIES,
    "organization": PARTIES,
    "person": PEOPLE,
    "dialogue": DIALOGUES,
    "topic": TOPICS,
    "meeting": MEETINGS,
    "agenda_item": AGENDA,
    "attendance": ATTENDANCE,
    "meeting_brief": BRIEFS,
    "document": DOCUMENTS,
    "commitment": COMMITMENTS,
    "commitment_update": UPDATES,
    "assessment": UPDATES,
    "briefing_export": EXPORTS,
}
"""The kind of record views subscribe to, for each entity the audit trail names (parties and
their organizations are shown together)."""

GOES_WITH = {
    "dialogue": EVERYTHING,
    "topic": frozenset({AGENDA, COMMITMENTS}),
    "meeting": frozenset({BRIEFS, ATTENDANCE, AGENDA, DOCUMENTS, COMMITMENTS, UPDATES, EXPORTS}),
    "agenda_item": frozenset({COMMITMENTS}),
    "party": frozenset({MEETINGS, AGENDA}),
    "organization": frozenset({PEOPLE}),
    "person": frozenset({AGENDA, COMMITMENTS}),
    "commitment": frozenset({UPDATES}),
    "document": frozenset({COMMITMENTS}),
}
"""What else a deletion (or its undoing) changes without an audit entry of its own: the rows
the store deletes with a record, or whose link to it it clears (its ``ON DELETE`` rules; a
test keeps this table in step with them)."""

CASCADING_ACTIONS = frozenset({"delete", "restore"})


def shown_kinds(written: Iterable[Written]) -> frozenset[str]:
    """What views must refresh after a change that wrote these audit entries."""
    kinds: set[str] = set()
    for entity, action in written:
        kinds.add(SHOWN_AS.get(entity, STORE))
        if action in CASCADING_ACTIONS:
            kinds |= GOES_WITH.get(entity, frozenset())
    return frozenset(kinds)


class Operations(QObject):
    changed = Signal(object)
    """Emitted with a frozenset of the kinds of record a successful change touched."""

    message = Signal(str)
    """A short, plain-words line for the status bar."""

    refused = Signal(str)
    """An undo or redo the store refused (someone else changed the record since, or locked
    it), in plain words; the main window shows it. The step is dropped from the stack."""

    def run(self, action: Callable[[], T], done: str = "") -> T:
        """Run a change; the views showing what it wrote refresh, the status bar says ``done``."""
        return self.run_telling(action, done)[0]

    def run_telling(self, action: Callable[[], T], done: str = "") -> tuple[T, frozenset[str]]:
        """:meth:`run`, also telling which kinds of record the change wrote."""
        from dialoguetracker.services.context import watch_writes

        with watch_writes() as written:
            result = action()
        kinds = shown_kinds(written)
        if kinds:
            self.changed.emit(kinds)
        if done:
            self.message.emit(done)
        return result, kinds

    def announce(self, changes: Iterable[str]) -> None:
        """For changes made outside :meth:`run` (a store opened, an import finished)."""
        self.changed.emit(frozenset(changes))
