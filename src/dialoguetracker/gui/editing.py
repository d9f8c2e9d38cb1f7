"""The one toolkit for undoable edits: change a field, change a record, create, delete.

One :class:`Editing` is held by each window's context (``context.editing``), and every feature
area edits through it. Every edit runs through :func:`dialoguetracker.gui.undo.perform`, so it
is one service call, on the undo stack, and announced with the kinds of record its audit
entries name, so the views showing them refresh (no caller lists them). A record that an undo
deletes and a redo creates again comes back with a new id; the window's ``RecordIds``
remembers the move, and every command looks its record up there when it runs, so older
commands on the stack still reach it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.gui.undo import perform

if TYPE_CHECKING:
    from dialoguetracker.gui.context import AppContext


class HasId(Protocol):
    @property
    def id(self) -> int: ...


class HasVersion(Protocol):
    @property
    def version(self) -> int: ...


T = TypeVar("T")
R = TypeVar("R", bound=HasId)


class Editing:
    """The undoable edit patterns: change, change one field, create, delete."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.ids = context.undo_book.ids
        self.versions = context.undo_book.versions

    def current(self, kind: RecordKind, record_id: int) -> int:
        """Where a record lives now, after undo and redo may have re-created it."""
        return self.ids.current(kind, record_id)

    def change(
        self,
        text: str,
        redo: Callable[[], T],
        undo: Callable[[T], object],
    ) -> T:
        return perform(self.context.undo_stack, self.context.operations, text, redo, undo)

    def change_field(
        self,
        text: str,
        read: Callable[[], T],
        write: Callable[[T], object],
        field: str,
        old: object,
        new: object,
    ) -> object:
        """Write ``new`` into ``field`` now (errors reach the caller) and push the undo step.

        Redo and undo each read the record afresh and write it back with only that field
        changed, so undoing one field never rolls back another field edited since (here or in
        another view)."""

        def put(value: object) -> object:
            return write(with_field(read(), field, value))

        return self.change(text, lambda: put(new), lambda _result: put(old))

    def change_checked(
        self,
        kind: RecordKind,
        record_id: int,
        shown_version: int,
        text: str,
        redo: Callable[[int, int | None], T],
        undo: Callable[[T, int, int | None], object],
        version_left: Callable[[object, int], int],
    ) -> T:
        """Change one record with every write checked against the version it should have,
        so a change someone else made in between (in another copy of the program, or on the
        shared server) is refused with their name rather than overwritten unseen.

        The first write is checked against ``shown_version``, the record as the user saw it;
        each later undo and redo against the version this window's own last write left, so
        the user's successive steps pass. ``redo`` and ``undo`` get where the record lives
        now (an undo may have re-created it under a new id) and the version to check;
        ``version_left`` reads the version a write left from what the step returned and the
        record's id (a progress update returns the update, not the commitment)."""
        shown = [shown_version]

        def expected(current: int) -> int | None:
            return shown.pop() if shown else self.versions.expected(kind, current)

        def run_redo() -> T:
            current = self.ids.current(kind, record_id)
            result = redo(current, expected(current))
            self.versions.saw(kind, current, version_left(result, current))
            return result

        def run_undo(result: T) -> None:
            current = self.ids.current(kind, record_id)
            undone = undo(result, current, self.versions.expected(kind, current))
            self.versions.saw(kind, current, version_left(undone, current))

        return self.change(text, run_redo, run_undo)

    def create(
        self,
        kind: RecordKind,
        text: str,
        create: Callable[[], R],
        delete: Callable[[int], object],
    ) -> R:
        """Create now; undo deletes the record, redo creates it again under a new id."""
        live: list[int] = []

        def redo() -> R:
            record = create()
            self.wrote(kind, record)
            if live:
                self.ids.moved(kind, live[0], record.id)
                live[0] = record.id
            else:
                self.ids.fresh(kind, record.id)
                live.append(record.id)
            return record

        def undo(_record: R) -> None:
            delete(self.ids.current(kind, live[0]))

        return self.change(text, redo, undo)

    def wrote(self, kind: RecordKind, record: HasId) -> None:
        """This window wrote the record outside a version-checked change (created it,
        finalized it): remember the version it left, so a later undo of this window's own
        is not taken for someone else's change. A re-created record may reuse a deleted
        row's id, whose version is history."""
        version = getattr(record, "version", 0)
        self.versions.saw(kind, record.id, version if isinstance(version, int) else 0)

    def delete(
        self,
        kind: RecordKind,
        record_id: int,
        text: str,
        delete: Callable[[int], object],
        recreate: Callable[[], HasId],
    ) -> None:
        """Delete now; undo creates the record again (``recreate`` returns it), redo deletes
        it again wherever it lives by then."""
        live = [record_id]

        def redo() -> None:
            delete(self.ids.current(kind, live[0]))

        def undo(_nothing: None) -> None:
            record = recreate()
            self.wrote(kind, record)
            self.ids.moved(kind, self.ids.current(kind, live[0]), record.id)
            live[0] = record.id

        self.change(text, redo, undo)


def its_version(written: object, _record_id: int) -> int:
    """The version a write left, for a service that returns the record it wrote."""
    return cast(HasVersion, written).version


def with_field(record: T, field: str, value: object) -> T:
    """The record with one field replaced (the field named at run time, as forms do)."""
    changes: dict[str, Any] = {field: value}
    changed: T = replace(cast(Any, record), **changes)
    return changed
