"""Correcting the name of a party or an organization, as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Organization, OrganizationDraft, Party, PartyDraft
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.services import directory


def rename(context: AppContext, record: Party | Organization, name: str) -> bool:
    """Give ``record`` its new name (False if it already has it); the service's
    ValidationError (empty, taken) reaches the caller, to be shown at the field.

    Undo and redo read the record where it lives by then: deleting it and undoing the deletion
    brings it back under a new id, and this step still reaches it."""
    if name == record.name:
        return False
    services, editing = context.services, context.editing
    text = filled(
        QCoreApplication.translate("PeopleRenaming", "Rename %1 to %2"), record.name, name
    )
    if isinstance(record, Party):
        party_id = record.id
        editing.change_field(
            text,
            lambda: directory.get_party(services, editing.current(RecordKind.PARTY, party_id)),
            lambda party: directory.update_party(
                services, party.id, PartyDraft(party.code, party.name, party.language)
            ),
            "name",
            record.name,
            name,
        )
    else:
        office_id = record.id
        editing.change_field(
            text,
            lambda: directory.get_organization(
                services, editing.current(RecordKind.ORGANIZATION, office_id)
            ),
            lambda office: directory.update_organization(
                services, office.id, OrganizationDraft(office.party, office.name)
            ),
            "name",
            record.name,
            name,
        )
    return True
