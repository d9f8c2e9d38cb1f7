"""The next round drafted from the last, and a new person listed at a meeting in one step."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_scenario import WorkingGroup, plan_meeting, working_group

from dialoguetracker.domain.enums import JOINT, MeetingStatus, RecordState, Role
from dialoguetracker.domain.errors import RecordLockedError, ValidationError
from dialoguetracker.domain.records import AgendaItemDraft, AttendanceDraft, PersonDraft
from dialoguetracker.services import Services, agenda, attendance, directory, meetings
from dialoguetracker.services.audit import history
from dialoguetracker.services.delegations import add_new_person_to_meeting, withdraw_new_person
from dialoguetracker.services.meeting_rounds import start_next_round


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


def test_the_next_round_copies_titles_topics_and_leads_only(
    services: Services, wg: WorkingGroup
) -> None:
    previous = plan_meeting(services, wg)
    agenda.create_agenda_item(
        services,
        AgendaItemDraft(
            previous.id,
            "Ransomware",
            topic_id=wg.cybercrime_id,
            lead="US",
            presenter_id=wg.us_head_id,
            planned_minutes=30,
            notes="our view",
            outcome="agreed to share",
            points_to_make=("press for dates",),
        ),
    )
    agenda.create_agenda_item(services, AgendaItemDraft(previous.id, "Next steps", lead=JOINT))
    meetings.finalize_record(services, previous.id)

    new = start_next_round(services, previous.id, "Third plenary", date(2023, 3, 1))

    assert (new.title, new.start, new.status, new.record) == (
        "Third plenary",
        date(2023, 3, 1),
        MeetingStatus.PLANNED,
        RecordState.DRAFT,
    )
    items = agenda.list_agenda(services, new.id)
    assert [(i.title, i.topic_id, i.lead, i.position) for i in items] == [
        ("Ransomware", wg.cybercrime_id, "US", 1),
        ("Next steps", None, JOINT, 2),
    ]
    first = items[0]
    assert (first.notes, first.outcome, first.presenter_id, first.planned_minutes) == (
        None,
        None,
        None,
        None,
    )
    assert first.points_to_make == ()
    assert len(agenda.list_agenda(services, previous.id)) == 2


def test_a_new_person_is_created_and_listed_together_and_withdrawn_together(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    before = len(directory.list_people(services))
    person, listed = add_new_person_to_meeting(
        services, meeting.id, PersonDraft("Eva Ruiz", "MX", title="Analyst"), Role.OBSERVER
    )
    assert listed.person_id == person.id and listed.role is Role.OBSERVER
    assert len(directory.list_people(services)) == before + 1

    withdraw_new_person(services, listed.id)
    assert len(directory.list_people(services)) == before
    assert attendance.list_attendance(services, meeting.id) == []
    assert [e.action for e in history(services, "person", person.id)] == ["create", "delete"]


def test_nothing_is_half_written_when_the_meeting_is_final(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    meetings.finalize_record(services, meeting.id)
    before = len(directory.list_people(services))
    with pytest.raises(RecordLockedError):
        add_new_person_to_meeting(services, meeting.id, PersonDraft("Eva Ruiz", "MX"))
    meetings.reopen_record(services, meeting.id)
    with pytest.raises(ValidationError):
        add_new_person_to_meeting(services, meeting.id, PersonDraft(" ", "MX"))
    assert len(directory.list_people(services)) == before


def test_a_person_listed_elsewhere_is_not_withdrawn(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    other = plan_meeting(services, wg, "Other", date(2022, 9, 1))
    person, listed = add_new_person_to_meeting(services, meeting.id, PersonDraft("Eva", "MX"))
    attendance.create_attendance(services, AttendanceDraft(other.id, person.id))
    with pytest.raises(ValidationError, match="other meetings"):
        withdraw_new_person(services, listed.id)
    assert len(attendance.list_attendance(services, meeting.id)) == 1
