"""Calendar invitations become planned meetings, once: the same file again changes nothing,
an updated invitation updates its planned meeting, a held meeting is left as it is, and the
program's own calendar export comes back as the same meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dialoguetracker.domain import clock
from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.domain.records import DialogueDraft, PartyDraft, PersonDraft
from dialoguetracker.interop.calendar_ics import calendar_ics
from dialoguetracker.interop.calendar_read import read_invitations
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services, dialogues, directory
from dialoguetracker.services.attendance import list_attendance
from dialoguetracker.services.calendar import calendar_data
from dialoguetracker.services.calendar_import import import_invitations
from dialoguetracker.services.meetings import list_meetings, update_meeting

CALENDARS = Path(__file__).parents[1] / "fixtures" / "calendars"


@pytest.fixture
def dialogue(services: Services) -> int:
    for code, name in (("US", "United States"), ("MX", "México")):
        directory.create_party(services, PartyDraft(code, name))
    directory.create_person(
        services, PersonDraft("John Doe", "US", contact="jdoe@state.gov, +1 202 555 0100")
    )
    directory.create_person(services, PersonDraft("Ana Ruiz", "MX"))
    return dialogues.create_dialogue(services, DialogueDraft("Cyber WG", ("US", "MX"))).id


def _all(name: str) -> list:  # type: ignore[type-arg]
    return read_invitations((CALENDARS / name).read_bytes())


def test_invitations_become_planned_meetings_once(services: Services, dialogue: int) -> None:
    invitations = _all("outlook.ics") + _all("google.ics") + _all("thunderbird.ics")
    first = import_invitations(services, dialogue, invitations)
    assert (first.created, first.updated, first.unchanged) == (4, 0, 0)
    assert first.recurring == ("Monthly points of contact check-in",)
    assert first.unknown_attendees == ("Someone Else",)
    meetings = list_meetings(services, dialogue)
    assert {m.status for m in meetings} == {MeetingStatus.PLANNED}
    round_two = next(m for m in meetings if m.title == "Segunda ronda del diálogo cibernético")
    people = {a.person_id for a in list_attendance(services, round_two.id)}
    assert len(people) == 2  # John Doe by his e-mail, Ana Ruiz by her name

    again = import_invitations(services, dialogue, invitations)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert len(list_meetings(services, dialogue)) == 4
    assert len(list_attendance(services, round_two.id)) == 2


def test_an_updated_invitation_updates_its_planned_meeting_not_a_held_one(
    services: Services, dialogue: int
) -> None:
    (call, _monthly) = _all("google.ics")
    (workshop,) = _all("thunderbird.ics")
    import_invitations(services, dialogue, [call, workshop])
    held = next(m for m in list_meetings(services, dialogue) if m.title.startswith("Technical"))
    update_meeting(services, held.id, replace(held, status=MeetingStatus.HELD))

    later = replace(call, start=datetime(2027, 4, 21, 14, tzinfo=UTC), end=None)
    moved = replace(workshop, title="Workshop, new title")
    report = import_invitations(services, dialogue, [later, moved])

    assert (report.updated, report.kept) == (1, ("Technical workshop on critical infrastructure",))
    by_title = {m.title: m for m in list_meetings(services, dialogue)}
    assert by_title["Preparatory call: incident response"].start == later.start
    assert "Workshop, new title" not in by_title


def test_the_program_s_own_calendar_comes_back_as_the_same_meetings(services: Services) -> None:
    with clock.frozen(datetime(2026, 12, 4, 19, 0, tzinfo=UTC)):
        load_sample(services)
    (sample,) = dialogues.list_dialogues(services)
    exported = calendar_ics(calendar_data(services, sample))
    empty = dialogues.create_dialogue(services, DialogueDraft("Copy", sample.parties)).id

    report = import_invitations(services, empty, read_invitations(exported))

    def shape(dialogue_id: int) -> list[tuple[object, ...]]:
        return [(m.title, m.start, m.end, m.location) for m in list_meetings(services, dialogue_id)]

    assert report.created == len(shape(sample.id)) > 0
    assert shape(empty) == shape(sample.id)
