"""Where a commitment sits in a sorted, filtered list, and the meetings and documents a
commitment form offers."""

from __future__ import annotations

from datetime import date

from commitment_world import build_world, meeting

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.services import Services, commitments
from dialoguetracker.services.commitment_lookup import (
    commitment_position,
    document_choices,
    meeting_choices,
)


def test_the_position_is_the_row_the_page_query_puts_it_on(services: Services) -> None:
    world = build_world(services)
    dues = [date(2023, 5, 1), None, date(2023, 1, 1), date(2024, 1, 1), date(2023, 5, 1)]
    for number, due in enumerate(dues):
        commitments.create_commitment(services, world.draft(f"Commitment {number}"), due=due)
    for sort in CommitmentSort:
        for descending in (False, True):
            flt = CommitmentFilter(dialogue_id=world.dialogue, sort=sort, descending=descending)
            listed = commitments.list_commitments(services, flt)
            for row, commitment in enumerate(listed):
                assert commitment_position(services, flt, commitment.id) == row


def test_a_commitment_the_filter_leaves_out_has_no_position(services: Services) -> None:
    world = build_world(services)
    made = commitments.create_commitment(services, world.draft(), status=CommitmentStatus.COMPLETED)
    open_only = CommitmentFilter(dialogue_id=world.dialogue, open_only=True)
    assert commitment_position(services, open_only, made.id) is None
    paged = CommitmentFilter(dialogue_id=world.dialogue, offset=5, limit=1)
    assert commitment_position(services, paged, made.id) == 0  # paging is ignored


def test_meeting_choices_are_newest_first_and_keep_an_older_one_asked_for(
    services: Services,
) -> None:
    world = build_world(services)
    third = meeting(services, world.dialogue, "Third meeting", date(2023, 6, 1))
    choices = meeting_choices(services, world.dialogue)
    assert [c.id for c in choices] == [third, world.second_meeting, world.first_meeting]
    assert choices[0].title == "Third meeting" and choices[0].on == date(2023, 6, 1)
    cut = meeting_choices(services, world.dialogue, include=world.first_meeting, limit=1)
    assert [c.id for c in cut] == [third, world.first_meeting]
    assert world.other_meeting not in [c.id for c in meeting_choices(services, world.dialogue)]


def test_document_choices_are_the_dialogues_own(services: Services) -> None:
    world = build_world(services)
    found = document_choices(services, world.dialogue)
    assert [(c.id, c.title) for c in found] == [(world.statement, "Joint statement")]
    assert [c.id for c in document_choices(services, world.dialogue, limit=0)] == []
    kept = document_choices(services, world.dialogue, include=world.statement, limit=0)
    assert [c.id for c in kept] == [world.statement]
