"""The service context: which store, who is acting, and what time it is.

Every change runs inside :meth:`Services.change`: one transaction, committed when the use
case returns and rolled back whole if it raises, with the audit entries written in the same
transaction as the rows they describe. What a committed change wrote, by kind of record, is
told to whoever watches the thread (:func:`watch_writes`): the application refreshes the views
that show those kinds, from the store's own account of the change rather than from a list
each caller keeps by hand.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from enum import Enum

from dialoguetracker.domain.clock import now as program_clock
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.staleness import STALE_MONTHS
from dialoguetracker.settings import default_actor
from dialoguetracker.store.engine import Store
from dialoguetracker.store.models import AuditRow
from dialoguetracker.store.unit_of_work import UnitOfWork


class _Watchers(threading.local):
    """The sets collecting what this thread's committed changes wrote (one per open watch)."""

    def __init__(self) -> None:
        self.open: list[set[Written]] = []


_WATCHERS = _Watchers()


AuditEntry = tuple[str, int, str, str | None, object, object, tuple[str, int] | None]
"""(entity, id, action, field, old, new, scope) of one change, for :meth:`Change.audit_many`."""

Written = tuple[str, str]
"""(entity, action) of an audit entry: ``("meeting", "delete")``, ``("agenda_item", "update")``."""


@contextmanager
def watch_writes() -> Iterator[set[Written]]:
    """Collect what changes committed by this thread write while the block runs: the
    (entity, action) pairs of their audit entries.

    Per thread, so a background import's writes are not taken for the edit the user makes
    meanwhile; a change rolled back adds nothing."""
    written: set[Written] = set()
    _WATCHERS.open.append(written)
    try:
        yield written
    finally:
        _WATCHERS.open.remove(written)


class _RehearsedError(Exception):
    """Thrown out of a rehearsed change's transaction, so that it rolls back."""


@dataclass
class Services:
    store: Store
    actor: str = field(default_factory=default_actor)
    clock: Callable[[], datetime] = field(default=program_clock)
    """What time it is: the program's one clock unless a caller gives its own."""
    rehearsal: bool = False
    """Every change is rolled back when done (``import --dry-run``, the checks before an
    import): the use cases run whole and their reports say what they would have done."""
    stale_months: int = STALE_MONTHS
    """Months without news after which an open commitment is stale, in the overviews and
    the briefing's background (the window sets it from Preferences)."""

    def __post_init__(self) -> None:
        if self.store.login is not None:
            # A server names who acts by the login it authenticated: a name the user typed
            # is a hint for a file of one's own, never a claim to a shared server.
            self.actor = self.store.login

    def readable(self, audience: Audience) -> Audience:
        """The audience an output may be for: a login that reads only counterpart and public
        material (see ``Store.shared_only``) makes nothing for the internal audience."""
        if self.store.shared_only and audience is Audience.INTERNAL:
            return Audience.COUNTERPART
        return audience

    @contextmanager
    def change(self) -> Iterator[Change]:
        try:
            with self.store.writing() as uow:
                change = Change(uow, self.actor, self.clock())
                yield change
                if self.rehearsal:
                    raise _RehearsedError
        except _RehearsedError:
            return  # rolled back: nothing was written, nobody is told
        for written in _WATCHERS.open:  # committed: tell who watches
            written.update(change.written)

    @contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        with self.store.reading() as uow:
            yield uow

    def today(self) -> date:
        return self.clock().astimezone().date()


@dataclass
class Change:
    """One user action in progress: its unit of work, its author and its moment."""

    uow: UnitOfWork
    actor: str
    at: datetime
    written: set[Written] = field(default_factory=set)
    """The (entity, action) pairs the change has audited so far."""

    def audit(
        self,
        entity: str,
        entity_id: int,
        action: str,
        field_name: str | None = None,
        old: object = None,
        new: object = None,
        *,
        scope: tuple[str, int] | None = None,
    ) -> None:
        """Record one change. ``scope`` names the record whose history this belongs to when
        the changed row is a part of it, since a deleted part can no longer say."""
        self.written.add((entity, action))
        self.uow.add(
            AuditRow(
                at=self.at.astimezone(UTC),  # SQLite keeps the wall time only: make it UTC's
                actor=self.actor,
                entity=entity,
                entity_id=entity_id,
                action=action,
                field=field_name,
                old=audit_text(old),
                new=audit_text(new),
                scope=None if scope is None else scope[0],
                scope_id=None if scope is None else scope[1],
            )
        )

    def audit_many(self, entries: Sequence[AuditEntry]) -> None:
        """Record many changes with one statement (a bulk import's): each entry is
        (entity, id, action, field, old, new, scope), as :meth:`audit` takes them. The
        entries are handed over column by column, so a bulk import's hundreds of thousands
        cost no dictionary each."""
        if not entries:
            return
        entities, ids, actions, fields_, olds, news, scopes = zip(*entries, strict=True)
        self.written.update(zip(entities, actions, strict=True))
        count = len(entities)
        columns: dict[str, Sequence[object]] = {
            "at": [self.at.astimezone(UTC)] * count,
            "actor": [self.actor] * count,
            "entity": entities,
            "entity_id": ids,
            "action": actions,
            "field": fields_,
            "old": list(map(audit_text, olds)),
            "new": list(map(audit_text, news)),
            "scope": [None if scope is None else scope[0] for scope in scopes],
            "scope_id": [None if scope is None else scope[1] for scope in scopes],
        }
        self.uow.insert_columns(AuditRow, columns)

    def audit_fields(
        self,
        entity: str,
        entity_id: int,
        old: object,
        new: object,
        *,
        scope: tuple[str, int] | None = None,
    ) -> int:
        """One entry per field that differs between two records of the same kind."""
        changed = 0
        for item in fields(old):  # type: ignore[arg-type]
            before, after = getattr(old, item.name), getattr(new, item.name)
            if before != after:
                self.audit(entity, entity_id, "update", item.name, before, after, scope=scope)
                changed += 1
        return changed


def audit_text(value: object) -> str | None:
    """How a value reads in the audit trail: enum words, ISO dates, lists joined."""
    if value is None:
        return None
    if type(value) is str:  # most of what is audited: a name, a note, a title
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return "; ".join(str(audit_text(item)) for item in value)
    return str(value)
