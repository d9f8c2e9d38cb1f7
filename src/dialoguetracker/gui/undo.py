"""Undo and redo for every edit, through the services like any edit.

An undo is itself a change: it runs a service call (restoring the old values, or appending a
compensating progress update, since updates are append-only), so the audit trail records it.
The first ``redo`` is run by :func:`perform` before the command is pushed, because an error
raised inside ``QUndoStack.push`` would not reach the caller to be shown at the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from dialoguetracker.gui.operations import Operations

T = TypeVar("T")


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        operations: Operations,
        redo: Callable[[], object],
        undo: Callable[[], object],
        changes: Iterable[str],
    ) -> None:
        super().__init__(text)
        self._operations = operations
        self._redo, self._undo = redo, undo
        self._changes = frozenset(changes)
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._operations.run(self._redo, self._changes)

    def undo(self) -> None:
        self._operations.run(self._undo, self._changes)


def perform(
    stack: QUndoStack,
    operations: Operations,
    text: str,
    redo: Callable[[], T],
    undo: Callable[[T], object],
    changes: Iterable[str],
) -> T:
    """Run ``redo`` now (errors reach the caller), then make it undoable.

    ``undo`` receives what ``redo`` returned the first time (e.g. the created record), and a
    later redo refreshes that value, so undo after redo after undo keeps working.
    """
    changes = frozenset(changes)
    result = operations.run(redo, changes, text)
    holder: list[T] = [result]

    def again() -> None:
        holder[0] = redo()

    stack.push(ServiceCommand(text, operations, again, lambda: undo(holder[0]), changes))
    return result
