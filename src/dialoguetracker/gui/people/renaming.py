"""Correcting the name of a party or an organization, as one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.records import Organization, OrganizationDraft, Party, PartyDraft
from dialoguetracker.gui import operations as kinds
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.undo import perform
from dialoguetracker.services import directory


def rename(context: AppContext, record: Party | Organization, name: str) -> bool:
    """Give ``record`` its new name (False if it already has it); the service's
    ValidationError (empty, taken) reaches the caller, to be shown at the field."""
    if name == record.name:
        return False
    services = context.services
    write: Callable[[str], object]
    if isinstance(record, Party):
        party = record

        def write(to: str) -> object:
            return directory.update_party(
                services, party.id, PartyDraft(party.code, to, party.language)
            )

    else:
        office = record

        def write(to: str) -> object:
            return directory.update_organization(
                services, office.id, OrganizationDraft(office.party, to)
            )

    text = filled(
        QCoreApplication.translate("PeopleRenaming", "Rename %1 to %2"), record.name, name
    )
    perform(
        context.undo_stack,
        context.operations,
        text,
        lambda: write(name),
        lambda _done: write(record.name),
        {kinds.PARTIES},
    )
    return True
