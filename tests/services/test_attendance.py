from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from meeting_scenario import WorkingGroup, plan_meeting, working_group

from dialoguetracker.domain.enums import Presence, Role
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import (
    AttendanceDraft,
    DialogueDraft,
    MeetingDraft,
    PartyDraft,
    PersonDraft,
)
from dialoguetracker.services import Services, attendance, dialogues, directory, meetings
from dialoguetracker.services.audit import history


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


def names(services: Services, meeting_id: int) -> list[str]:
    return [
        directory.get_person(services, row.person_id).name
        for row in attendance.list_attendance(services, meeting_id)
    ]


def test_delegations_are_listed_in_the_dialogues_party_order_heads_first(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    for person, role in (
        (wg.ca_observer_id, Role.OBSERVER),
        (wg.mx_member_id, Role.MEMBER),
        (wg.us_head_id, Role.COPIED),
        (wg.mx_head_id, Role.OBSERVER),
        (wg.us_member_id, Role.HEAD),
    ):
        attendance.create_attendance(services, AttendanceDraft(meeting.id, person, role))
    attendance.create_attendance(services, AttendanceDraft(meeting.id, wg.extra_mx_id))

    # The dialogue lists the United States first, then Mexico; Canada sits outside it.
    # Within a delegation the head comes first, then members, observers and those copied,
    # each by name whatever its capitals.
    assert names(services, meeting.id) == [
        "Bob Stone",
        "Alice Moreno",
        "ana Paz",
        "Diego Ortiz",
        "Carla Núñez",
        "Émile Tremblay",
    ]


def test_the_dialogues_party_order_decides_not_the_party_code(services: Services) -> None:
    for code, name in (("MX", "Mexico"), ("US", "United States")):
        directory.create_party(services, PartyDraft(code, name))
    wg = dialogues.create_dialogue(services, DialogueDraft("Grupo de Trabajo", ("MX", "US")))
    meeting = meetings.create_meeting(services, MeetingDraft(wg.id, "Ronda", date(2022, 8, 10)))
    us = directory.create_person(services, PersonDraft("Aaron Adams", "US"))
    mx = directory.create_person(services, PersonDraft("Zoe Zamora", "MX"))
    for person in (us, mx):
        attendance.create_attendance(services, AttendanceDraft(meeting.id, person.id))

    assert names(services, meeting.id) == ["Zoe Zamora", "Aaron Adams"]


def test_a_person_is_listed_once_per_meeting(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    first = attendance.create_attendance(
        services, AttendanceDraft(meeting.id, wg.mx_head_id, Role.HEAD)
    )

    with pytest.raises(ValidationError, match="Carla Núñez is already listed") as raised:
        attendance.create_attendance(services, AttendanceDraft(meeting.id, wg.mx_head_id))
    assert raised.value.field == "person"

    other = attendance.create_attendance(services, AttendanceDraft(meeting.id, wg.us_head_id))
    with pytest.raises(ValidationError) as raised:
        attendance.update_attendance(services, other.id, AttendanceDraft(meeting.id, wg.mx_head_id))
    assert raised.value.field == "person"

    assert attendance.list_attendance(services, meeting.id) == [other, first]


def test_presence_recorded_after_the_meeting_is_audited(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    row = attendance.create_attendance(services, AttendanceDraft(meeting.id, wg.mx_head_id))

    updated = attendance.update_attendance(
        services, row.id, AttendanceDraft(meeting.id, wg.mx_head_id, Role.HEAD, Presence.PRESENT)
    )

    assert attendance.get_attendance(services, row.id) == updated
    entries = history(services, "attendance", row.id)
    assert [(e.action, e.field, e.old, e.new) for e in entries] == [
        ("create", None, None, "Carla Núñez"),
        ("update", "role", "member", "head of delegation"),
        ("update", "presence", "unknown", "present"),
    ]


def test_unknown_people_and_roles_are_refused(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    with pytest.raises(ValidationError) as raised:
        attendance.create_attendance(services, AttendanceDraft(meeting.id, 999))
    assert raised.value.field == "person"
    for field, value in (("role", "chair"), ("presence", "late")):
        draft = AttendanceDraft(meeting.id, wg.mx_head_id, **{field: value})
        with pytest.raises(ValidationError) as raised:
            attendance.create_attendance(services, draft)
        assert raised.value.field == field
    assert attendance.list_attendance(services, meeting.id) == []


def test_removing_someone_from_the_list_is_audited(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    row = attendance.create_attendance(services, AttendanceDraft(meeting.id, wg.us_member_id))

    attendance.delete_attendance(services, row.id)

    assert attendance.list_attendance(services, meeting.id) == []
    entries = history(services, "attendance", row.id)
    assert [(e.action, e.old) for e in entries][-1] == ("delete", "Bob Stone")


def test_a_row_read_earlier_can_be_edited_and_handed_back(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    row = attendance.create_attendance(services, AttendanceDraft(meeting.id, wg.mx_head_id))

    attendance.update_attendance(services, row.id, replace(row, presence=Presence.EXCUSED))

    assert attendance.get_attendance(services, row.id).presence is Presence.EXCUSED
