"""Reading the audit trail. Entries are written by :class:`Change`, never edited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC

from dialoguetracker.domain.errors import NotFoundError, StaleRecordError, ValidationError
from dialoguetracker.domain.records import AuditEntry
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Services
from dialoguetracker.store.audit_queries import part_names, trail_rows
from dialoguetracker.store.login_queries import display_names
from dialoguetracker.store.models import AuditRow, CommitmentRow, MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def history(services: Services, entity: str, entity_id: int) -> list[AuditEntry]:
    """Everything that happened to one record, oldest first."""
    with services.read() as uow:
        names = display_names(uow)
        rows = uow.all(AuditRow, entity=entity, entity_id=entity_id)
        return [_entry(row, names) for row in rows]


HISTORY_RECORDS: dict[str, type[MeetingRow] | type[CommitmentRow]] = {
    "meeting": MeetingRow,
    "commitment": CommitmentRow,
}
"""The records whose history people open: each with the entries of its parts."""

NAMED_PARTS = ("agenda_item", "document", "attendance")


def record_history(services: Services, entity: str, entity_id: int) -> list[AuditEntry]:
    """A meeting's or a commitment's whole trail, oldest first: its own entries and those of
    its parts (agenda items, attendance, documents, brief, exported PDFs; progress updates),
    deleted parts included. A record deleted since still has its history."""
    model = HISTORY_RECORDS.get(entity)
    if model is None:
        raise ValidationError(
            "record",
            translate("Errors", "must be one of: {words}").format(words=", ".join(HISTORY_RECORDS)),
        )
    with services.read() as uow:
        rows = trail_rows(uow, entity, entity_id)
        if not rows and uow.get(model, entity_id) is None:
            raise NotFoundError(entity.replace("_", " "), entity_id)
        parts = _names_in_trail(rows)
        parts.update(part_names(uow, set(parts)))
        people = display_names(uow)
        return [
            _entry(
                row,
                people,
                None if row.entity == entity else parts.get((row.entity, row.entity_id)),
            )
            for row in rows
        ]


def _names_in_trail(rows: list[AuditRow]) -> dict[tuple[str, int], str]:
    """The last name each part had in the trail itself, which is all a deleted part has."""
    names: dict[tuple[str, int], str] = {}
    for row in rows:
        if row.entity not in NAMED_PARTS:
            continue
        key = (row.entity, row.entity_id)
        if row.action == "create" and row.new:
            names[key] = row.new
        elif row.action == "delete" and row.old:
            names[key] = row.old
        elif row.field == "title" and row.new:
            names[key] = row.new
        else:
            names.setdefault(key, "")
    return names


def _entry(row: AuditRow, people: dict[str, str], subject: str | None = None) -> AuditEntry:
    """``people``: logins' display names (see :func:`display_names`)."""
    return AuditEntry(
        id=row.id,
        at=row.at if row.at.tzinfo is not None else row.at.replace(tzinfo=UTC),
        actor=people.get(row.actor, row.actor),
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        field=row.field,
        old=row.old,
        new=row.new,
        subject=subject or None,
    )


def last_change(uow: UnitOfWork, entity: str, entity_id: int) -> AuditRow | None:
    """The newest audit entry of one record."""
    rows = uow.all(AuditRow, entity=entity, entity_id=entity_id)
    return rows[-1] if rows else None


def stale_error(uow: UnitOfWork, entity: str, entity_id: int, name: str) -> StaleRecordError:
    """The refusal of a save over someone else's change, naming who made it and when."""
    newest = last_change(uow, entity, entity_id)
    if newest is None:
        return StaleRecordError(entity, entity_id, _short(name))
    actor = display_names(uow).get(newest.actor, newest.actor)
    return StaleRecordError(entity, entity_id, _short(name), actor, newest.at)


def check_version(
    uow: UnitOfWork, entity: str, entity_id: int, name: str, expected: int | None, actual: int
) -> None:
    """Refuse a save made from a copy read at another version. ``expected`` None or 0 means
    the caller does not know the version it read (an older caller): nothing is checked."""
    if expected and expected != actual:
        raise stale_error(uow, entity, entity_id, name)


def _short(name: str, limit: int = 60) -> str:
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1] + "…"


def known_version(record: object, expected: int | None) -> int | None:
    """The version a save was made from: given outright, or carried by the record passed."""
    if expected is not None:
        return expected
    version = getattr(record, "version", None)
    return version if isinstance(version, int) else None


@contextmanager
def naming_stale(
    services: Services, entity: str, entity_id: int, name: Callable[[UnitOfWork], str]
) -> Iterator[None]:
    """Complete a refusal the store raised while writing (two sessions racing), which knows
    only the kind of record, with its name and who changed it."""
    try:
        yield
    except StaleRecordError as exc:
        if exc.record_id is not None:
            raise
        with services.read() as uow:
            raise stale_error(uow, entity, entity_id, name(uow)) from exc
