"""Reading the audit trail. Entries are written by :class:`Change`, never edited."""

from __future__ import annotations

from dialoguetracker.domain.records import AuditEntry
from dialoguetracker.services.context import Services
from dialoguetracker.store.models import AuditRow


def history(services: Services, entity: str, entity_id: int) -> list[AuditEntry]:
    """Everything that happened to one record, oldest first."""
    with services.read() as uow:
        rows = uow.all(AuditRow, entity=entity, entity_id=entity_id)
        return [
            AuditEntry(
                id=row.id,
                at=row.at,
                actor=row.actor,
                entity=row.entity,
                entity_id=row.entity_id,
                action=row.action,
                field=row.field,
                old=row.old,
                new=row.new,
            )
            for row in rows
        ]
