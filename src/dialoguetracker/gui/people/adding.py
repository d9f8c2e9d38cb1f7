"""Adding parties, organizations and people: open the form, add undoably, show the result.

The forms are opened with ``open()`` (nothing waits on them). Undoing an addition deletes the
record again; when other records refer to it by then, the directory shows the refusal.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject

from dialoguetracker.domain.records import Organization, Party
from dialoguetracker.gui import operations as kinds
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.people.add_dialogs import (
    AddDialog,
    AddOrganizationDialog,
    AddPartyDialog,
    AddPersonDialog,
)
from dialoguetracker.gui.people.tree import ORGANIZATION, PARTY, PERSON, PeopleTree
from dialoguetracker.gui.people.undoable import add_undoably
from dialoguetracker.services import parties as directory


class Directory(Protocol):
    """What adding needs of the view it works for."""

    context: AppContext
    parties: list[Party]
    organizations: list[Organization]
    tree: PeopleTree

    def select_record(self, kind: str, record_id: int) -> bool: ...

    def show_refusal(self, text: str) -> None: ...


class Adding(QObject):
    def __init__(self, view: Directory, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.dialog: AddDialog | None = None
        """The form open now, if any (tests fill it in)."""

    def _open(self, dialog: AddDialog) -> AddDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: AddDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _selected_party(self) -> str | None:
        party_id = self.view.tree.party_of(self.view.tree.current_key())
        return next((p.code for p in self.view.parties if p.id == party_id), None)

    def add_party(self) -> AddDialog:
        view, services = self.view, self.view.context.services
        dialog = AddPartyDialog(view.tree)

        def submit() -> None:
            draft = dialog.draft()
            party = add_undoably(
                view.context,
                self.tr("Add party %1").replace("%1", draft.code),
                lambda: directory.create_party(services, draft),
                lambda made: directory.delete_party(services, made.id),
                {kinds.PARTIES},
                view.show_refusal,
            )
            view.select_record(PARTY, party.id)

        dialog.submit = submit
        return self._open(dialog)

    def add_organization(self) -> AddDialog:
        view, services = self.view, self.view.context.services
        dialog = AddOrganizationDialog(view.parties, self._selected_party(), view.tree)

        def submit() -> None:
            draft = dialog.draft()
            organization = add_undoably(
                view.context,
                self.tr("Add organization %1").replace("%1", draft.name),
                lambda: directory.create_organization(services, draft),
                lambda made: directory.delete_organization(services, made.id),
                {kinds.PARTIES},
                view.show_refusal,
            )
            view.select_record(ORGANIZATION, organization.id)

        dialog.submit = submit
        return self._open(dialog)

    def add_person(self) -> AddDialog:
        view, services = self.view, self.view.context.services
        dialog = AddPersonDialog(
            view.parties,
            view.organizations,
            self._selected_party(),
            view.tree.organization_of(view.tree.current_key()),
            view.tree,
        )

        def submit() -> None:
            draft = dialog.draft()
            person = add_undoably(
                view.context,
                self.tr("Add person %1").replace("%1", draft.name),
                lambda: directory.create_person(services, draft),
                lambda made: directory.delete_person(services, made.id),
                {kinds.PEOPLE},
                view.show_refusal,
            )
            view.select_record(PERSON, person.id)

        dialog.submit = submit
        return self._open(dialog)
