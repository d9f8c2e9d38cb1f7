"""Whom a meeting's record is addressed to: the participants with an e-mail address in their
contact, and of those only the ones the audience lets the record go to — our delegation for an
internal record, the other delegation for a counterpart one, everyone for a public one."""

from __future__ import annotations

import pytest
from meeting_scenario import WorkingGroup, plan_meeting, working_group

from dialoguetracker.domain.enums import Audience, Role
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.recipients import Recipient, address_in
from dialoguetracker.domain.records import AttendanceDraft, PersonDraft
from dialoguetracker.services import Services, attendance, directory
from dialoguetracker.services.record_recipients import record_recipients

CONTACTS = {
    "us_head_id": "alice.moreno@state.gov; +1 202 555 0100",
    "us_member_id": "Desk: +1 202 555 0101 (no e-mail)",
    "mx_head_id": "mailto:carla.nunez@sre.gob.mx",
    "mx_member_id": "Diego <diego.ortiz@sre.gob.mx>, office 4",
    "ca_observer_id": "emile.tremblay@international.gc.ca",
    "extra_mx_id": "CARLA.NUNEZ@SRE.GOB.MX (shared inbox)",
}


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


@pytest.fixture
def meeting_id(services: Services, wg: WorkingGroup) -> int:
    meeting = plan_meeting(services, wg).id
    roles = {
        "us_head_id": Role.HEAD,
        "mx_head_id": Role.HEAD,
        "ca_observer_id": Role.OBSERVER,
        "mx_member_id": Role.COPIED,
    }
    for key, contact in CONTACTS.items():
        person_id = getattr(wg, key)
        person = directory.get_person(services, person_id)
        draft = PersonDraft(person.name, person.party, person.organization_id, contact=contact)
        directory.update_person(services, person_id, draft)
        role = roles.get(key, Role.MEMBER)
        attendance.create_attendance(services, AttendanceDraft(meeting, person_id, role))
    return meeting


def test_an_internal_record_goes_to_our_delegation_only(
    services: Services, meeting_id: int
) -> None:
    found = record_recipients(services, meeting_id, Audience.INTERNAL)

    assert found.to == (Recipient("Alice Moreno", "alice.moreno@state.gov", "US"),)
    assert found.cc == ()
    assert found.without_address == ("Bob Stone",)
    assert found.count == 1


def test_a_counterpart_record_goes_to_the_other_delegation_only(
    services: Services, meeting_id: int
) -> None:
    found = record_recipients(services, meeting_id, Audience.COUNTERPART)

    # Ana Paz shares the head of delegation's inbox: an address is written once. Diego is
    # copied for information; the Canadian observer is of no delegation at this table.
    assert found.to == (Recipient("Carla Núñez", "carla.nunez@sre.gob.mx", "MX"),)
    assert found.cc == (Recipient("Diego Ortiz", "diego.ortiz@sre.gob.mx", "MX"),)
    assert found.without_address == ()


def test_a_public_record_goes_to_everyone_listed(services: Services, meeting_id: int) -> None:
    found = record_recipients(services, meeting_id, Audience.PUBLIC)

    assert [person.address for person in found.to] == [
        "alice.moreno@state.gov",
        "carla.nunez@sre.gob.mx",
        "emile.tremblay@international.gc.ca",
    ]
    assert [person.name for person in found.cc] == ["Diego Ortiz"]
    assert found.without_address == ("Bob Stone",)


def test_our_side_may_be_the_other_party(services: Services, meeting_id: int) -> None:
    internal = record_recipients(services, meeting_id, Audience.INTERNAL, our_side="MX")
    counterpart = record_recipients(services, meeting_id, Audience.COUNTERPART, our_side="MX")

    assert {person.party for person in (*internal.to, *internal.cc)} == {"MX"}
    assert [person.name for person in counterpart.to] == ["Alice Moreno"]
    assert counterpart.without_address == ("Bob Stone",)
    with pytest.raises(ValidationError) as refused:
        record_recipients(services, meeting_id, Audience.INTERNAL, our_side="CA")
    assert refused.value.field == "our_side"


def test_a_meeting_with_nobody_listed_or_no_meeting(services: Services, wg: WorkingGroup) -> None:
    empty = plan_meeting(services, wg, "Empty round").id

    assert record_recipients(services, empty, Audience.PUBLIC).count == 0
    with pytest.raises(NotFoundError):
        record_recipients(services, 999, Audience.PUBLIC)


@pytest.mark.parametrize(
    ("contact", "address"),
    [
        ("ana.garcia@sre.gob.mx, +52 55 5555 0000", "ana.garcia@sre.gob.mx"),
        ("mailto:bob@state.gov", "bob@state.gov"),
        ("Write to x.y+briefs@example.org.", "x.y+briefs@example.org"),
        ("Ana <ana@x.mx>", "ana@x.mx"),
        ("office 4, tel 1@2", None),
        ("a..b@example.com", None),
        ("", None),
        (None, None),
    ],
)
def test_the_address_in_a_contact(contact: str | None, address: str | None) -> None:
    assert address_in(contact) == address
