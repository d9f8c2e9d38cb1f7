"""Undo and redo for every edit, through the services like any edit.

An undo is itself a change: it runs a service call (restoring the old values, or appending a
compensating progress update, since updates are append-only), so the audit trail records it.
The first ``redo`` is run by :func:`perform` before the command is pushed, because an error
raised inside ``QUndoStack.push`` would not reach the caller to be shown at the field. A later
undo or redo that the store refuses is dropped from the stack and reported through
``Operations.refused``, since nothing raised inside ``QUndoStack.undo`` reaches a caller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.gui.operations import Operations
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said

T = TypeVar("T")


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        operations: Operations,
        redo: Callable[[], object],
        undo: Callable[[], object],
        written: frozenset[str],
    ) -> None:
        super().__init__(text)
        self._operations = operations
        self._redo, self._undo = redo, undo
        self._written = written
        """The kinds of record the step wrote when it was done, refreshed when a refusal
        means someone else changed them."""
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._guarded(self._redo, QT_TRANSLATE_NOOP("ServiceCommand", "Could not redo “%1”: %2"))

    def undo(self) -> None:
        self._guarded(self._undo, QT_TRANSLATE_NOOP("ServiceCommand", "Could not undo “%1”: %2"))

    def _guarded(self, step: Callable[[], object], refusal: object) -> None:
        """Run a step; if the store refuses it (the record changed under us, was locked or
        deleted), drop the command — the stack no longer describes the store — and say why.
        An obsolete command is removed by QUndoStack as soon as this returns."""
        try:
            self._operations.run(step)
        except DialogueTrackerError as error:
            self.setObsolete(True)
            self._operations.announce(self._written)  # show the store as it now is
            message = QCoreApplication.translate("ServiceCommand", str(refusal))
            self._operations.refused.emit(filled(message, self.text(), said(error)))


def perform(
    stack: QUndoStack,
    operations: Operations,
    text: str,
    redo: Callable[[], T],
    undo: Callable[[T], object],
) -> T:
    """Run ``redo`` now (errors reach the caller), then make it undoable.

    ``undo`` receives what ``redo`` returned the first time (e.g. the created record), and a
    later redo refreshes that value, so undo after redo after undo keeps working.
    """
    result, written = operations.run_telling(redo, text)
    holder: list[T] = [result]

    def again() -> None:
        holder[0] = redo()

    stack.push(ServiceCommand(text, operations, again, lambda: undo(holder[0]), written))
    return result


class KnownVersions:
    """The version each meeting and commitment had after this window's own last write to it.

    Every undo and redo is checked against it, so a change someone else made since — in
    another copy of the program, or on the shared server — is refused rather than overwritten;
    the user's own successive steps pass, since each write records the version it left. A
    record re-created under a new id (undo and redo of its creation) is not known yet, and its
    next write is not checked.
    """

    def __init__(self) -> None:
        self._versions: dict[tuple[RecordKind, int], int] = {}

    def expected(self, kind: RecordKind, record_id: int) -> int | None:
        """The version to check a write of the record against; None checks nothing."""
        return self._versions.get((kind, record_id)) or None

    def saw(self, kind: RecordKind, record_id: int, version: int) -> None:
        """This window wrote the record, which is now at ``version``."""
        self._versions[(kind, record_id)] = version


class RecordIds:
    """Where records that undo and redo re-created live now, per kind of record.

    A record that an undo deletes and a redo creates again comes back with a new id; every
    command looks its record up here when it runs, so older commands on the stack still
    reach it."""

    def __init__(self) -> None:
        self._moved: dict[tuple[RecordKind, int], int] = {}

    def current(self, kind: RecordKind, record_id: int) -> int:
        seen = {record_id}
        while (kind, record_id) in self._moved:
            record_id = self._moved[(kind, record_id)]
            if record_id in seen:
                break
            seen.add(record_id)
        return record_id

    def moved(self, kind: RecordKind, old: int, new: int) -> None:
        """``old`` was deleted and the same record came back as ``new``."""
        self._moved.pop((kind, new), None)
        if old != new:
            self._moved[(kind, old)] = new

    def fresh(self, kind: RecordKind, record_id: int) -> None:
        """A newly created record owns its id, whatever that id meant before."""
        self._moved.pop((kind, record_id), None)


class UndoBook:
    """What the undo stack of one window must remember beside its commands: where records
    re-created by undo and redo live now, and the version each record had after this
    window's own last write. One per window, held by its :class:`~.context.AppContext`."""

    def __init__(self) -> None:
        self.ids = RecordIds()
        self.versions = KnownVersions()
