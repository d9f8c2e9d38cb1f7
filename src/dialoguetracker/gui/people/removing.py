"""Deleting the party, organization or person chosen in the directory, undoably.

The user is asked first; the store refuses to delete a record others still refer to (a
person listed in a delegation, a party with organizations or a dialogue), and that refusal is
shown in plain words with nothing changed. Undo creates the record again (under a new id the
undo history follows), so a person deleted by mistake comes back with every detail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import (
    Organization,
    OrganizationDraft,
    Party,
    PartyDraft,
    Person,
    PersonDraft,
)
from dialoguetracker.gui.people.adding import Directory
from dialoguetracker.gui.people.tree import ORGANIZATION, PARTY, PERSON
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.widgets.confirm import Confirm
from dialoguetracker.services import directory

Record = Party | Organization | Person


DraftT = TypeVar("DraftT", PartyDraft, OrganizationDraft, PersonDraft)


def _draft(kind: type[DraftT], record: object) -> DraftT:
    """The draft a record was made from: its own fields, without its id."""
    return kind(**{item.name: getattr(record, item.name) for item in fields(kind)})


class Removing:
    def __init__(self, view: Directory, people: Callable[[], dict[int, Person]]) -> None:
        self.view = view
        self.people = people
        self.editing = view.context.editing

    def current(self) -> tuple[RecordKind, Record] | None:
        """The record chosen in the tree, as the view last read it."""
        key = self.view.tree.current_key()
        if key is None:
            return None
        kind, record_id = key
        found: Record | None
        if kind == PARTY:
            found = next((p for p in self.view.parties if p.id == record_id), None)
        elif kind == ORGANIZATION:
            found = next((o for o in self.view.organizations if o.id == record_id), None)
        else:
            found = self.people().get(record_id)
        return None if found is None else (RecordKind(kind), found)

    def ask(self, confirm: Confirm) -> bool:
        chosen = self.current()
        if chosen is None:
            return False
        kind, record = chosen
        questions = {
            PARTY: QCoreApplication.translate("PeopleRemoval", "Delete the party “%1”?"),
            ORGANIZATION: QCoreApplication.translate(
                "PeopleRemoval", "Delete the organization “%1”?"
            ),
            PERSON: QCoreApplication.translate("PeopleRemoval", "Delete “%1” from the directory?"),
        }
        question = (
            filled(questions[kind], record.name)
            + " "
            + QCoreApplication.translate("PeopleRemoval", "Undo (Ctrl+Z) brings it back.")
        )
        confirm(
            self.view.tree,
            question,
            QCoreApplication.translate("PeopleRemoval", "Delete"),
            lambda: self.delete(kind, record),
        )
        return True

    def delete(self, kind: RecordKind, record: Record) -> None:
        services, editing = self.view.context.services, self.editing
        deleting: dict[str, Callable[[int], object]] = {
            PARTY: lambda record_id: directory.delete_party(services, record_id),
            ORGANIZATION: lambda record_id: directory.delete_organization(services, record_id),
            PERSON: lambda record_id: directory.delete_person(services, record_id),
        }

        def recreate() -> Record:
            if isinstance(record, Party):
                return directory.create_party(services, _draft(PartyDraft, record))
            if isinstance(record, Organization):
                return directory.create_organization(services, _draft(OrganizationDraft, record))
            draft = _draft(PersonDraft, record)
            if draft.organization_id is not None:
                organization = editing.current(ORGANIZATION, draft.organization_id)
                draft = replace(draft, organization_id=organization)
            return directory.create_person(services, draft)

        try:
            editing.delete(
                kind,
                record.id,
                filled(QCoreApplication.translate("PeopleRemoval", "Delete %1"), record.name),
                deleting[kind],
                recreate,
            )
        except DialogueTrackerError as error:
            self.view.show_refusal(
                filled(
                    QCoreApplication.translate("PeopleRemoval", "“%1” was not deleted: %2"),
                    record.name,
                    said(error),
                )
            )
