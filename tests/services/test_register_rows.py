"""The register as a spreadsheet holds it: every commitment a filter lets through, in the
list's order across batches, with the names it points at and its latest update."""

from __future__ import annotations

from datetime import date

import pytest
from commitment_world import World, build_world

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.domain.records import CommitmentUpdateDraft
from dialoguetracker.services import Services, dialogues
from dialoguetracker.services import register_rows as register
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import create_commitment, list_commitments


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def test_rows_follow_the_list_and_carry_names_and_the_latest_update(
    services: Services, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register, "BATCH", 3)  # several batches, read after one another by key
    made = []
    for number in range(8):
        draft = world.draft(
            f"Commitment {number}",
            topic_id=world.cybercrime if number % 2 else None,
            meeting_id=world.first_meeting if number % 3 == 0 else None,
        )
        made.append(create_commitment(services, draft))
    record_update(services, CommitmentUpdateDraft(made[2].id, date(2023, 5, 1), "First step"))
    record_update(
        services,
        CommitmentUpdateDraft(
            made[2].id, date(2023, 6, 1), "Under way", status=CommitmentStatus.IN_PROGRESS
        ),
    )
    criteria = CommitmentFilter(
        dialogue_id=world.dialogue, sort=CommitmentSort.TOPIC, descending=True
    )

    rows = register.register_rows(services, criteria)

    listed = list_commitments(services, criteria)
    assert [row.number for row in rows] == [c.id for c in listed]
    dialogue = dialogues.get_dialogue(services, world.dialogue).name
    assert {row.dialogue for row in rows} == {dialogue}
    by_id = {row.number: row for row in rows}
    assert by_id[made[2].id].latest_note == "Under way"
    assert by_id[made[2].id].latest_on == date(2023, 6, 1)
    assert by_id[made[2].id].status == CommitmentStatus.IN_PROGRESS
    assert by_id[made[1].id].topic is not None and by_id[made[0].id].topic is None
    assert by_id[made[0].id].meeting is not None and by_id[made[1].id].meeting is None
    assert by_id[made[1].id].latest_note is None


def test_a_filter_that_lets_nothing_through_gives_no_rows(services: Services, world: World) -> None:
    criteria = CommitmentFilter(dialogue_id=world.dialogue, text="no such words")
    assert register.register_rows(services, criteria) == []
