"""Adding a record undoably: undo deletes it, unless other records have come to refer to it.

When the store refuses the deletion the record stays, the user is told why in plain words,
and the command leaves the undo stack (made obsolete), so the stack never claims a state the
store is not in and a later redo cannot add the record a second time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.errors import ConflictError
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.undo import perform

T = TypeVar("T")


def add_undoably(
    context: AppContext,
    text: str,
    create: Callable[[], T],
    delete: Callable[[T], object],
    changes: Iterable[str],
    refused: Callable[[str], None],
) -> T:
    """Create now (a ValidationError reaches the caller); undo deletes what was created."""
    stack = context.undo_stack

    def undo(record: T) -> None:
        try:
            delete(record)
        except ConflictError as error:
            refused(
                filled(
                    QCoreApplication.translate("People", "“%1” cannot be undone: %2"),
                    text,
                    str(error),
                )
            )
            command = stack.command(stack.index() - 1)  # the command being undone
            if command is not None:
                command.setObsolete(True)

    return perform(stack, context.operations, text, create, undo, changes)
