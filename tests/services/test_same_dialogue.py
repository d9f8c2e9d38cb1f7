"""Whatever points at a topic, meeting or document of another dialogue is refused in the same
words, naming the field at fault: "<kind> <id or name> belongs to another dialogue"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from commitment_world import World, build_world

from dialoguetracker.domain.briefing import BriefingOptions
from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import AgendaItemDraft
from dialoguetracker.services import Services, agenda, commitments
from dialoguetracker.services.briefing_data import briefing_data
from dialoguetracker.services.commitment_updates import change_status
from dialoguetracker.services.meeting_record_data import meeting_record_data
from dialoguetracker.services.validation import check_same_dialogue

Attempt = Callable[[Services, World], object]


def _commitment(services: Services, world: World) -> int:
    draft = world.draft(meeting_id=world.first_meeting)
    return commitments.create_commitment(services, draft).id


ATTEMPTS: dict[str, tuple[Attempt, str, str]] = {
    "commitment topic": (
        lambda s, w: commitments.create_commitment(s, w.draft(topic_id=w.other_topic)),
        "topic",
        "topic 'Cybercrime'",
    ),
    "commitment meeting": (
        lambda s, w: commitments.create_commitment(s, w.draft(meeting_id=w.other_meeting)),
        "meeting",
        "meeting {other_meeting}",
    ),
    "commitment source": (
        lambda s, w: commitments.create_commitment(
            s, w.draft(source_document_id=w.other_statement)
        ),
        "source_document",
        "document 'U.S.-Canada readout'",
    ),
    "update meeting": (
        lambda s, w: change_status(
            s,
            _commitment(s, w),
            CommitmentStatus.IN_PROGRESS,
            date(2023, 1, 15),
            "Reviewed",
            meeting_id=w.other_meeting,
        ),
        "meeting",
        "meeting {other_meeting}",
    ),
    "agenda topic": (
        lambda s, w: agenda.create_agenda_item(
            s, AgendaItemDraft(w.first_meeting, "Crime", topic_id=w.other_topic)
        ),
        "topic",
        "topic 'Cybercrime'",
    ),
    "briefing meeting": (
        lambda s, w: briefing_data(
            s, BriefingOptions(dialogue_id=w.dialogue, meeting_id=w.other_meeting)
        ),
        "meeting",
        "meeting {other_meeting}",
    ),
    "briefing topics": (
        lambda s, w: briefing_data(
            s, BriefingOptions(dialogue_id=w.dialogue, topic_ids=frozenset({w.other_topic}))
        ),
        "topics",
        "topic 'Cybercrime'",
    ),
    "meeting record": (
        lambda s, w: meeting_record_data(s, w.other_meeting, BriefingOptions(w.dialogue)),
        "meeting",
        "meeting {other_meeting}",
    ),
}


@pytest.mark.parametrize("attempt", ATTEMPTS)
def test_a_record_of_another_dialogue_is_refused_in_one_wording(
    services: Services, attempt: str
) -> None:
    world = build_world(services)
    call, field, record = ATTEMPTS[attempt]

    with pytest.raises(ValidationError) as raised:
        call(services, world)

    assert raised.value.field == field
    named = record.format(other_meeting=world.other_meeting)
    assert raised.value.problem == f"{named} belongs to another dialogue"


def test_the_check_names_the_record_by_id_or_quoted_name() -> None:
    check_same_dialogue("meeting", "meeting", 7, 1, 1)  # the same dialogue: nothing to say
    refusals = []
    for named, of_dialogue in ((7, 2), ("Crime", 2), ("Readout", None)):
        with pytest.raises(ValidationError) as raised:
            check_same_dialogue("field", "kind", named, of_dialogue, 1)
        refusals.append(str(raised.value))
    assert refusals == [
        "field: kind 7 belongs to another dialogue",
        "field: kind 'Crime' belongs to another dialogue",
        "field: kind 'Readout' belongs to another dialogue",
    ]
