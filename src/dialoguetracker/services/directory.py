"""The directory of who sits at the table: parties, their organizations, and their people.

One module for the three because they are kept together: an organization belongs to a party,
a person to a party and maybe an organization, and each refuses what the others would break.
"""

from __future__ import annotations

from dialoguetracker.domain.errors import ValidationError, no_record
from dialoguetracker.domain.records import (
    Organization,
    OrganizationDraft,
    Party,
    PartyDraft,
    Person,
    PersonDraft,
)
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.sides import party_code, party_id
from dialoguetracker.services.validation import check_text, require_text
from dialoguetracker.store.models import OrganizationRow, PartyRow, PersonRow
from dialoguetracker.store.unit_of_work import UnitOfWork

# -- parties -------------------------------------------------------------------------------


def party_record(row: PartyRow) -> Party:
    return Party(code=row.code, name=row.name, language=row.language, id=row.id)


def _check_party(uow: UnitOfWork, draft: PartyDraft, row_id: int | None) -> None:
    code = require_text("code", draft.code)
    if code != code.strip() or " " in code:
        raise ValidationError(
            "code",
            translate("Errors", "must be one word without spaces: {code!r}").format(code=code),
        )
    require_text("name", draft.name)
    check_text("language", draft.language)
    other = uow.find(PartyRow, code=code)
    if other is not None and other.id != row_id:
        raise ValidationError(
            "code", translate("Errors", "party code {code!r} is already in use").format(code=code)
        )


def add_party(change: Change, draft: PartyDraft) -> Party:
    _check_party(change.uow, draft, None)
    row = PartyRow(code=draft.code, name=draft.name, language=draft.language)
    change.uow.add(row)
    change.uow.flush()
    change.audit("party", row.id, "create", new=draft.code)
    return party_record(row)


def create_party(services: Services, draft: PartyDraft) -> Party:
    with services.change() as change:
        return add_party(change, draft)


def update_party(services: Services, party_id_: int, draft: PartyDraft) -> Party:
    with services.change() as change:
        row = change.uow.require(PartyRow, party_id_, "party")
        _check_party(change.uow, draft, row.id)
        change.audit_fields("party", row.id, party_record(row), Party(**vars(draft), id=row.id))
        row.code, row.name, row.language = draft.code, draft.name, draft.language
        return party_record(row)


def delete_party(services: Services, party_id_: int) -> None:
    with services.change() as change:
        row = change.uow.require(PartyRow, party_id_, "party")
        change.audit("party", row.id, "delete", old=row.code)
        change.uow.delete(row)
        change.uow.flush()


def get_party(services: Services, party_id_: int) -> Party:
    with services.read() as uow:
        return party_record(uow.require(PartyRow, party_id_, "party"))


def list_parties(services: Services) -> list[Party]:
    with services.read() as uow:
        return [party_record(row) for row in uow.all(PartyRow, "code")]


# -- organizations -------------------------------------------------------------------------


def organization_record(uow: UnitOfWork, row: OrganizationRow) -> Organization:
    return Organization(party=party_code(uow, row.party_id) or "", name=row.name, id=row.id)


def _check_organization(uow: UnitOfWork, draft: OrganizationDraft, row_id: int | None) -> int:
    owner = party_id(uow, draft.party, "party")
    name = require_text("name", draft.name)
    other = uow.find(OrganizationRow, party_id=owner, name=name)
    if other is not None and other.id != row_id:
        raise ValidationError(
            "name",
            translate("Errors", "{party} already has an organization named {name!r}").format(
                party=draft.party,
                name=name,
            ),
        )
    return owner


def add_organization(change: Change, draft: OrganizationDraft) -> Organization:
    owner = _check_organization(change.uow, draft, None)
    row = OrganizationRow(party_id=owner, name=draft.name)
    change.uow.add(row)
    change.uow.flush()
    change.audit("organization", row.id, "create", new=draft.name)
    return organization_record(change.uow, row)


def create_organization(services: Services, draft: OrganizationDraft) -> Organization:
    with services.change() as change:
        return add_organization(change, draft)


def update_organization(services: Services, row_id: int, draft: OrganizationDraft) -> Organization:
    with services.change() as change:
        row = change.uow.require(OrganizationRow, row_id, "organization")
        owner = _check_organization(change.uow, draft, row.id)
        new = Organization(**vars(draft), id=row.id)
        change.audit_fields("organization", row.id, organization_record(change.uow, row), new)
        row.party_id, row.name = owner, draft.name
        return new


def delete_organization(services: Services, row_id: int) -> None:
    with services.change() as change:
        row = change.uow.require(OrganizationRow, row_id, "organization")
        change.audit("organization", row.id, "delete", old=row.name)
        change.uow.delete(row)
        change.uow.flush()


def get_organization(services: Services, row_id: int) -> Organization:
    with services.read() as uow:
        return organization_record(uow, uow.require(OrganizationRow, row_id, "organization"))


def list_organizations(services: Services, party: str | None = None) -> list[Organization]:
    with services.read() as uow:
        if party is None:
            rows = uow.all(OrganizationRow, "name")
        else:
            rows = uow.all(OrganizationRow, "name", party_id=party_id(uow, party, "party"))
        return [organization_record(uow, row) for row in rows]


# -- people --------------------------------------------------------------------------------


def person_record(uow: UnitOfWork, row: PersonRow) -> Person:
    return Person(
        name=row.name,
        party=party_code(uow, row.party_id) or "",
        organization_id=row.organization_id,
        title=row.title,
        contact=row.contact,
        pronunciation=row.pronunciation,
        biography=row.biography,
        id=row.id,
    )


def _check_person(uow: UnitOfWork, draft: PersonDraft) -> int:
    require_text("name", draft.name)
    owner = party_id(uow, draft.party, "party")
    for name in ("title", "contact", "pronunciation", "biography"):
        check_text(name, getattr(draft, name))
    if draft.organization_id is not None:
        organization = uow.get(OrganizationRow, draft.organization_id)
        if organization is None:
            raise ValidationError("organization", no_record("organization", draft.organization_id))
        if organization.party_id != owner:
            raise ValidationError(
                "organization",
                translate("Errors", "{organization!r} does not belong to {party}").format(
                    organization=organization.name,
                    party=draft.party,
                ),
            )
    return owner


def _fill_person(row: PersonRow, draft: PersonDraft, owner: int) -> None:
    row.name, row.party_id, row.organization_id = draft.name, owner, draft.organization_id
    row.title, row.contact = draft.title, draft.contact
    row.pronunciation, row.biography = draft.pronunciation, draft.biography


def add_person(change: Change, draft: PersonDraft) -> Person:
    owner = _check_person(change.uow, draft)
    row = PersonRow()
    _fill_person(row, draft, owner)
    change.uow.add(row)
    change.uow.flush()
    change.audit("person", row.id, "create", new=draft.name)
    return person_record(change.uow, row)


def create_person(services: Services, draft: PersonDraft) -> Person:
    with services.change() as change:
        return add_person(change, draft)


def update_person(services: Services, row_id: int, draft: PersonDraft) -> Person:
    with services.change() as change:
        row = change.uow.require(PersonRow, row_id, "person")
        owner = _check_person(change.uow, draft)
        new = Person(**vars(draft), id=row.id)
        change.audit_fields("person", row.id, person_record(change.uow, row), new)
        _fill_person(row, draft, owner)
        return new


def delete_person(services: Services, row_id: int) -> None:
    with services.change() as change:
        row = change.uow.require(PersonRow, row_id, "person")
        change.audit("person", row.id, "delete", old=row.name)
        change.uow.delete(row)
        change.uow.flush()


def get_person(services: Services, row_id: int) -> Person:
    with services.read() as uow:
        return person_record(uow, uow.require(PersonRow, row_id, "person"))


def list_people(services: Services, party: str | None = None) -> list[Person]:
    with services.read() as uow:
        if party is None:
            rows = uow.all(PersonRow, "name")
        else:
            rows = uow.all(PersonRow, "name", party_id=party_id(uow, party, "party"))
        return [person_record(uow, row) for row in rows]
