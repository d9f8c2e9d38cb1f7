"""Adding parties, organizations and people: open the form, add undoably, show the result.

The forms are opened with ``open()`` (nothing waits on them). Undoing an addition deletes the
record again; when other records refer to it by then, the store refuses, the window says why
and the step leaves the undo stack, like every refused undo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Organization, Party
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.people.add_dialogs import (
    AddDialog,
    AddOrganizationDialog,
    AddPartyDialog,
    AddPersonDialog,
)
from dialoguetracker.gui.people.tree import ORGANIZATION, PARTY, PERSON, PeopleTree
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.services import directory


class HasId(Protocol):
    @property
    def id(self) -> int: ...


DialogT = TypeVar("DialogT", bound=AddDialog)


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
        services = self.view.context.services
        dialog = AddPartyDialog(self.view.tree)
        return self._open_adding(
            dialog,
            PARTY,
            lambda draft: filled(self.tr("Add party %1"), draft.code),
            lambda draft: directory.create_party(services, draft),
            lambda party_id: directory.delete_party(services, party_id),
        )

    def add_organization(self) -> AddDialog:
        services = self.view.context.services
        dialog = AddOrganizationDialog(self.view.parties, self._selected_party(), self.view.tree)
        return self._open_adding(
            dialog,
            ORGANIZATION,
            lambda draft: filled(self.tr("Add organization %1"), draft.name),
            lambda draft: directory.create_organization(services, draft),
            lambda organization_id: directory.delete_organization(services, organization_id),
        )

    def add_person(self) -> AddDialog:
        view, services = self.view, self.view.context.services
        dialog = AddPersonDialog(
            view.parties,
            view.organizations,
            self._selected_party(),
            view.tree.organization_of(view.tree.current_key()),
            view.tree,
        )
        return self._open_adding(
            dialog,
            PERSON,
            lambda draft: filled(self.tr("Add person %1"), draft.name),
            lambda draft: directory.create_person(services, draft),
            lambda person_id: directory.delete_person(services, person_id),
        )

    def _open_adding(
        self,
        dialog: DialogT,
        kind: RecordKind,
        text: Callable[[Any], str],
        create: Callable[[Any], HasId],
        delete: Callable[[int], object],
    ) -> DialogT:
        """Open the form; its submit adds the record undoably and shows it in the tree."""
        view = self.view

        def submit() -> None:
            draft = dialog.draft()  # type: ignore[attr-defined]
            made = view.context.editing.create(kind, text(draft), lambda: create(draft), delete)
            view.select_record(kind, made.id)

        dialog.submit = submit
        self._open(dialog)
        return dialog
