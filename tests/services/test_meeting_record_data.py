"""One meeting's record (the minutes), gathered from real stores for each audience."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest
from briefing_world import RECORD_COUNTERPART, RECORD_INTERNAL, MarkerWorld, marker_world

from dialoguetracker.domain.briefing import BriefingOptions, MeetingRecordData
from dialoguetracker.domain.enums import JOINT, Audience, CommitmentStatus, Presence, Role
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.records import AttendanceDraft, PartyDraft, PersonDraft
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services
from dialoguetracker.services.attendance import create_attendance
from dialoguetracker.services.briefing_data import meeting_record_data
from dialoguetracker.services.dialogues import find_dialogue
from dialoguetracker.services.directory import create_party, create_person
from dialoguetracker.services.meetings import list_meetings

S = CommitmentStatus


def _record(services: Services, meeting_id: int, **options: object) -> MeetingRecordData:
    return meeting_record_data(services, meeting_id, BriefingOptions(**options))  # type: ignore[arg-type]


def _found(data: MeetingRecordData, words: frozenset[str]) -> set[str]:
    text = repr(asdict(data))
    return {word for word in words if word in text}


@pytest.fixture
def sample_meetings(services: Services) -> list[int]:
    load_sample(services)
    dialogue = find_dialogue(services, "Cyber WG")
    assert dialogue is not None
    return [meeting.id for meeting in list_meetings(services, dialogue.id)]


def test_the_sample_first_round_record(services: Services, sample_meetings: list[int]) -> None:
    data = _record(services, sample_meetings[0])

    assert data.meeting.title.startswith("First bilateral cyber dialogue")
    assert data.dialogue == "U.S.-Mexico Working Group on Cyber Issues"
    assert data.summary is not None
    assert [party.code for party, _people in data.delegations] == ["US", "MX"]
    for _party, people in data.delegations:
        assert [person.role for person in people] == [Role.HEAD, Role.MEMBER]
        assert people[0].presence is Presence.PRESENT
    assert len(data.agenda) == 5
    assert all(point.outcome for point in data.agenda)
    assert len(data.commitments_made) == 10
    # As they stood when the round ended: all agreed, the trilateral meeting due end of 2022.
    assert {line.status for line in data.commitments_made} == {S.AGREED}
    assert {line.owner for line in data.commitments_made} == {JOINT}
    trilateral = [line for line in data.commitments_made if line.due is not None]
    assert [line.due for line in trilateral] == [date(2022, 12, 31)]
    ((line, note, on),) = data.commitments_reviewed
    assert line.id == trilateral[0].id
    assert note.startswith("Due date set to the end of 2022")
    assert on == date(2022, 8, 10)
    assert [document.language for document in data.documents] == ["en", "es"]


def test_a_record_never_carries_the_preparation(
    services: Services, sample_meetings: list[int]
) -> None:
    planned = sample_meetings[1]

    internal = _record(services, planned)
    shared = _record(services, planned, audience=Audience.COUNTERPART)

    for data in (internal, shared):
        assert all(
            point.points_to_make == () and point.their_position is None for point in data.agenda
        )
        assert data.commitments_made == data.commitments_reviewed == data.documents == ()
    assert internal.agenda[1].notes is not None  # the review item's internal note
    assert shared.agenda[1].notes is None
    assert [party.code for party, _people in internal.delegations] == ["US", "MX"]


@pytest.fixture
def markers(services: Services) -> MarkerWorld:
    return marker_world(services)


def test_the_internal_record_holds_every_marker(services: Services, markers: MarkerWorld) -> None:
    data = _record(services, markers.round_one)

    assert _found(data, RECORD_INTERNAL) == RECORD_INTERNAL
    assert _found(data, RECORD_COUNTERPART) == RECORD_COUNTERPART
    assert [line.text for line in data.commitments_made] == [
        "cptcommitment",
        "pubdroppedcommitment",
        "pubcommitmentdone",
        "intcommitmentdone",
    ]
    shared = data.commitments_made[0]
    assert (shared.status, shared.due) == (S.AGREED, date(2022, 12, 1))  # later moved on
    assert [note for _line, note, _on in data.commitments_reviewed] == [
        "intreviewnote",
        "cptreviewnote",
    ]


@pytest.mark.parametrize("audience", [Audience.COUNTERPART, Audience.PUBLIC])
def test_no_internal_word_reaches_a_shared_record(
    services: Services, markers: MarkerWorld, audience: Audience
) -> None:
    data = _record(services, markers.round_one, audience=audience)

    assert _found(data, RECORD_INTERNAL) == set()
    expected = RECORD_COUNTERPART if audience is Audience.COUNTERPART else set()
    assert _found(data, RECORD_COUNTERPART) == expected
    assert data.summary is None
    assert [point.title for point in data.agenda] == ["Opening", "Crime"]
    assert [document.title for document in data.documents] == ["Joint statement"]
    made = {line.text for line in data.commitments_made}
    assert "intcommitmentdone" not in made
    assert ("cptcommitment" in made) is (audience is Audience.COUNTERPART)


def test_leaving_out_notes_keeps_outcomes(services: Services, markers: MarkerWorld) -> None:
    data = _record(services, markers.round_one, include_notes=False)

    assert all(point.notes is None for point in data.agenda)
    assert [point.outcome for point in data.agenda] == ["intoutcomeone", "cptoutcomeone"]


def test_delegations_follow_the_dialogue_then_outsiders(
    services: Services, markers: MarkerWorld
) -> None:
    create_party(services, PartyDraft("CA", "Canada"))
    observer = create_person(services, PersonDraft("Chloé Martin", "CA")).id
    create_attendance(
        services, AttendanceDraft(markers.round_one, observer, Role.OBSERVER, Presence.EXCUSED)
    )

    data = _record(services, markers.round_one)

    assert [(party.code, party.name) for party, _people in data.delegations] == [
        ("US", "United States"),
        ("MX", "Mexico"),
        ("CA", "Canada"),
    ]
    us, mx, ca = (people for _party, people in data.delegations)
    assert [person.name for person in us] == ["Alice Adams", "Bob Brown"]
    assert mx[0].pronunciation == "ma-REE-a" and mx[0].biography == "Diplomat."
    assert [(person.role, person.presence) for person in ca] == [(Role.OBSERVER, Presence.EXCUSED)]


def test_an_unknown_meeting_or_another_dialogue_is_refused(
    services: Services, markers: MarkerWorld
) -> None:
    with pytest.raises(NotFoundError):
        _record(services, 999)
    with pytest.raises(ValidationError) as raised:
        _record(services, markers.round_one, dialogue_id=markers.dialogue + 1)
    assert raised.value.field == "meeting"
