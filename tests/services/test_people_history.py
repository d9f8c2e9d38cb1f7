"""A person's meeting history, newest first and a page at a time."""

from __future__ import annotations

from datetime import date

import pytest
from commitment_world import build_world, insert

from dialoguetracker.domain.enums import MeetingStatus, Presence, Role
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.records import AttendanceDraft, PersonDraft
from dialoguetracker.services import Services, directory
from dialoguetracker.services.attendance import create_attendance
from dialoguetracker.services.people_history import count_person_meetings, person_meetings
from dialoguetracker.store.models import MeetingRow


def test_the_history_lists_meetings_newest_first_with_role_and_presence(
    services: Services,
) -> None:
    world = build_world(services)
    create_attendance(
        services, AttendanceDraft(world.first_meeting, world.person, Role.HEAD, Presence.PRESENT)
    )
    create_attendance(services, AttendanceDraft(world.second_meeting, world.person, Role.OBSERVER))
    create_attendance(services, AttendanceDraft(world.other_meeting, world.person))

    history = person_meetings(services, world.person)

    assert [(h.title, h.role, h.presence) for h in history] == [
        ("Second meeting", Role.OBSERVER, Presence.UNKNOWN),
        ("U.S.-Canada round", Role.MEMBER, Presence.UNKNOWN),
        ("First meeting", Role.HEAD, Presence.PRESENT),
    ]
    assert history[0].start == date(2023, 1, 15)
    assert history[0].status == MeetingStatus.HELD
    assert history[1].dialogue == "U.S.-Canada Dialogue"
    assert count_person_meetings(services, world.person) == 3


def test_a_long_history_comes_a_page_at_a_time(services: Services) -> None:
    world = build_world(services)
    for day in range(1, 26):
        meeting = insert(
            services,
            MeetingRow(
                dialogue_id=world.dialogue, title=f"Round {day}", start_date=date(2020, 1, day)
            ),
        )
        create_attendance(services, AttendanceDraft(meeting, world.person))

    first = person_meetings(services, world.person, offset=0, limit=10)
    rest = person_meetings(services, world.person, offset=20, limit=10)

    assert [h.title for h in first] == [f"Round {day}" for day in range(25, 15, -1)]
    assert [h.title for h in rest] == [f"Round {day}" for day in range(5, 0, -1)]
    assert count_person_meetings(services, world.person) == 25


def test_someone_who_attended_nothing_has_an_empty_history(services: Services) -> None:
    build_world(services)
    person = directory.create_person(services, PersonDraft("New colleague", "US"))
    assert person_meetings(services, person.id) == []
    assert count_person_meetings(services, person.id) == 0


def test_bad_pages_and_unknown_people_are_refused(services: Services) -> None:
    world = build_world(services)
    with pytest.raises(ValidationError):
        person_meetings(services, world.person, offset=-1)
    with pytest.raises(NotFoundError):
        person_meetings(services, 999)
