"""Reading a record's audit trail: its own entries and those of its parts, oldest first."""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from dialoguetracker.store.models import (
    AgendaItemRow,
    AttendanceRow,
    AuditRow,
    DocumentRow,
    PersonRow,
)
from dialoguetracker.store.unit_of_work import UnitOfWork


def trail_rows(uow: UnitOfWork, entity: str, entity_id: int) -> list[AuditRow]:
    """Entries about the record itself and about its parts, interleaved by time."""
    statement = (
        select(AuditRow)
        .where(
            or_(
                and_(AuditRow.entity == entity, AuditRow.entity_id == entity_id),
                and_(AuditRow.scope == entity, AuditRow.scope_id == entity_id),
            )
        )
        .order_by(AuditRow.at, AuditRow.id)
    )
    return list(uow.session.scalars(statement))


def part_names(uow: UnitOfWork, parts: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The current name of each part that still exists: an agenda item's or a document's
    title, the person an attendance row is about."""
    names: dict[tuple[str, int], str] = {}

    def ids(kind: str) -> list[int]:
        return sorted(part_id for part_kind, part_id in parts if part_kind == kind)

    if agenda := ids("agenda_item"):
        rows = uow.session.execute(
            select(AgendaItemRow.id, AgendaItemRow.title).where(AgendaItemRow.id.in_(agenda))
        )
        names.update((("agenda_item", row_id), title) for row_id, title in rows)
    if documents := ids("document"):
        rows = uow.session.execute(
            select(DocumentRow.id, DocumentRow.title).where(DocumentRow.id.in_(documents))
        )
        names.update((("document", row_id), title) for row_id, title in rows)
    if attendance := ids("attendance"):
        rows = uow.session.execute(
            select(AttendanceRow.id, PersonRow.name)
            .join(PersonRow, PersonRow.id == AttendanceRow.person_id)
            .where(AttendanceRow.id.in_(attendance))
        )
        names.update((("attendance", row_id), name) for row_id, name in rows)
    return names
