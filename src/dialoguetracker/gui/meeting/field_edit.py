"""One field of a record changed as one undoable service call.

Redo and undo each read the record afresh and write it back with only that field changed, so
undoing one field never rolls back another field edited since (here or in another view).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, TypeVar

from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.undo import perform

R = TypeVar("R")


def edit_field(
    context: AppContext,
    text: str,
    read: Callable[[], R],
    write: Callable[[R], object],
    field: str,
    old: object,
    new: object,
    changes: Iterable[str],
) -> object:
    """Write ``new`` into ``field`` now (errors reach the caller) and push the undo step."""

    def put(value: object) -> object:
        record: Any = read()
        return write(replace(record, **{field: value}))

    return perform(
        context.undo_stack,
        context.operations,
        text,
        lambda: put(new),
        lambda _result: put(old),
        changes,
    )
