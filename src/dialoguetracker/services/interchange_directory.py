"""Importing the file's organizations and people in sets.

An office's file lists hundreds of people; added one at a time through
:func:`~dialoguetracker.services.directory.add_person` each costs two natural-key queries, a
party lookup, an ORM flush and an audit row of its own. Here what the store holds already is
read in one query per kind, the new entries are checked with the same rules as the directory's
(the name required, every text storable, a person's organization of the person's party) and
written with one statement per kind, with the same audit entries.

The reader has refused an organization or person listed twice and any party code the file does
not define; the parties themselves were added before, one by one (a file has a handful).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.interchange import OrganizationData, PersonData
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import AuditEntry, Change
from dialoguetracker.services.import_report import located
from dialoguetracker.services.validation import check_text, require_text
from dialoguetracker.store import queries
from dialoguetracker.store.models import OrganizationRow, PersonRow


@dataclass
class Directory:
    """Where the file's organizations and people are in the store, and what was added."""

    organizations: dict[str, int] = field(default_factory=dict)
    """File id → store id."""
    people: dict[str, int] = field(default_factory=dict)
    """File id → store id."""
    person_names: dict[int, str] = field(default_factory=dict)
    added_organizations: int = 0
    added_people: int = 0
    kept: int = 0


def import_directory(
    change: Change,
    organizations: Sequence[OrganizationData],
    people: Sequence[PersonData],
    step: Callable[[], None],
) -> Directory:
    """Map every organization and person of the file to the store, adding those it lacks;
    ``step`` hears of each entry done."""
    uow = change.uow
    parties = queries.party_ids(uow)
    directory = Directory()
    held = queries.organizations_by_key(uow)
    new: list[tuple[OrganizationData, int]] = []
    for organization in organizations:
        try:
            owner = _party(parties, organization.party)
            name = require_text("name", organization.name)
        except DialogueTrackerError as error:
            raise located(error, organization.path) from None
        found = held.get((owner, name))
        if found is None:
            new.append((organization, owner))
        else:
            directory.organizations[organization.id] = found
            directory.kept += 1
        step()
    ids = uow.insert_returning_ids(
        OrganizationRow, [{"party_id": owner, "name": data.name} for data, owner in new]
    )
    for (data, _owner), row_id in zip(new, ids, strict=True):
        directory.organizations[data.id] = row_id
    directory.added_organizations = len(new)
    _audit(change, "organization", [data.name for data, _owner in new], ids)
    _add_people(change, people, parties, directory, step)
    return directory


def _add_people(
    change: Change,
    people: Sequence[PersonData],
    parties: dict[str, int],
    directory: Directory,
    step: Callable[[], None],
) -> None:
    uow = change.uow
    held = queries.people_by_key(uow)
    owners = queries.organization_parties(uow)
    new: list[tuple[PersonData, dict[str, object]]] = []
    for person in people:
        try:
            owner = _party(parties, person.party)
            name = require_text("name", person.name)
            found = held.get((owner, name))
            row = None if found is not None else _person_row(person, owner, directory, owners)
        except DialogueTrackerError as error:
            raise located(error, person.path) from None
        if found is None:
            assert row is not None
            new.append((person, row))
        else:
            directory.people[person.id] = found
            directory.person_names[found] = person.name
            directory.kept += 1
        step()
    ids = uow.insert_returning_ids(PersonRow, [row for _person, row in new])
    for (data, _row), row_id in zip(new, ids, strict=True):
        directory.people[data.id] = row_id
        directory.person_names[row_id] = data.name
    directory.added_people = len(new)
    _audit(change, "person", [data.name for data, _row in new], ids)


def _party(parties: dict[str, int], code: str) -> int:
    found = parties.get(code)
    if found is None:
        raise ValidationError(
            "party", translate("Errors", "unknown party code {code!r}").format(code=code)
        )
    return found


def _person_row(
    person: PersonData, owner: int, directory: Directory, owners: dict[int, int]
) -> dict[str, object]:
    """A new person's row, checked as :func:`~dialoguetracker.services.directory.add_person`
    checks a person typed in."""
    for name in ("title", "contact", "pronunciation", "biography"):
        check_text(name, getattr(person, name))
    organization = None
    if person.organization is not None:
        organization = directory.organizations[person.organization]
        if owners.get(organization, owner) != owner:
            raise ValidationError(
                "organization",
                translate("Errors", "{organization!r} does not belong to {party}").format(
                    organization=person.organization,
                    party=person.party,
                ),
            )
    return {
        "name": person.name,
        "party_id": owner,
        "organization_id": organization,
        "title": person.title,
        "contact": person.contact,
        "pronunciation": person.pronunciation,
        "biography": person.biography,
    }


def _audit(change: Change, entity: str, names: list[str], ids: list[int]) -> None:
    entries: list[AuditEntry] = [
        (entity, row_id, "create", None, None, name, None)
        for name, row_id in zip(names, ids, strict=True)
    ]
    change.audit_many(entries)
