"""The directory: parties, their organizations and their people, created, listed, edited
and audited."""

from __future__ import annotations

import pytest

from dialoguetracker.domain.errors import ConflictError, NotFoundError, ValidationError
from dialoguetracker.domain.records import OrganizationDraft, PartyDraft, PersonDraft
from dialoguetracker.services import Services, directory
from dialoguetracker.services.audit import history


def test_a_party_is_created_listed_and_audited(services: Services) -> None:
    created = directory.create_party(services, PartyDraft("MX", "Mexico", "es"))

    assert directory.list_parties(services) == [created]
    entries = history(services, "party", created.id)
    assert [(e.action, e.actor, e.new) for e in entries] == [("create", "tester", "MX")]


def test_party_codes_are_unique(services: Services) -> None:
    directory.create_party(services, PartyDraft("US", "United States"))
    with pytest.raises(ValidationError) as raised:
        directory.create_party(services, PartyDraft("US", "Another"))
    assert raised.value.field == "code"
    assert len(directory.list_parties(services)) == 1


def test_an_update_audits_each_changed_field(services: Services) -> None:
    party = directory.create_party(services, PartyDraft("US", "United States"))
    directory.update_party(services, party.id, PartyDraft("US", "United States of America", "en"))

    changes = [(e.field, e.old, e.new) for e in history(services, "party", party.id)[1:]]
    assert changes == [
        ("name", "United States", "United States of America"),
        ("language", None, "en"),
    ]


def test_a_person_must_belong_to_an_organization_of_their_own_party(services: Services) -> None:
    directory.create_party(services, PartyDraft("US", "United States"))
    directory.create_party(services, PartyDraft("MX", "Mexico"))
    sre = directory.create_organization(
        services, OrganizationDraft("MX", "Secretaría de Relaciones Exteriores")
    )
    with pytest.raises(ValidationError, match="does not belong to US"):
        directory.create_person(services, PersonDraft("Head of delegation", "US", sre.id))
    person = directory.create_person(services, PersonDraft("Head of delegation", "MX", sre.id))
    assert directory.get_person(services, person.id).organization_id == sre.id


def test_a_party_still_referred_to_cannot_be_deleted(services: Services) -> None:
    mx = directory.create_party(services, PartyDraft("MX", "Mexico"))
    directory.create_person(services, PersonDraft("Observer", "MX"))
    with pytest.raises(ConflictError, match="still refer"):
        directory.delete_party(services, mx.id)
    assert [p.code for p in directory.list_parties(services)] == ["MX"]
    assert [e.action for e in history(services, "party", mx.id)] == ["create"]


def test_text_with_a_nul_character_is_refused(services: Services) -> None:
    directory.create_party(services, PartyDraft("MX", "Mexico"))
    with pytest.raises(ValidationError, match="biography: contains a NUL character"):
        directory.create_person(services, PersonDraft("Ana", "MX", biography="a\x00b"))
    assert directory.list_people(services) == []


def test_names_in_any_script_are_kept_exactly(services: Services) -> None:
    directory.create_party(services, PartyDraft("GR", "Ελλάδα"))
    name = "Δημήτρης Παπαδόπουλος 🇬🇷 Ñoño عربى"
    person = directory.create_person(services, PersonDraft(name, "GR"))
    assert directory.get_person(services, person.id).name == name


def test_missing_records_are_named(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no person with id 42"):
        directory.get_person(services, 42)
