"""``check`` finds the rules no constraint states, broken by raw SQL as another program could.

Every damage here is one a foreign key allows (the row pointed at exists, it is only the wrong
one), so the same statements break a SQLite and a PostgreSQL store alike.
"""

from __future__ import annotations

from datetime import date

import pytest
from commitment_world import World, build_world
from sqlalchemy import text

from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.domain.records import CommitmentUpdateDraft
from dialoguetracker.services import Services, commitment_updates, commitments
from dialoguetracker.services.maintenance import check_store


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def _damage(services: Services, statement: str, **values: object) -> None:
    with services.store.engine.begin() as connection:
        connection.execute(text(statement), values)


def _party(services: Services, code: str) -> int:
    with services.store.engine.connect() as connection:
        found = connection.execute(text("SELECT id FROM parties WHERE code = :c"), {"c": code})
        return int(found.scalar_one())


def _commitment(services: Services, world: World, **changes: object) -> int:
    return commitments.create_commitment(services, world.draft(**changes)).id


def test_a_sound_store_has_no_problems(services: Services, world: World) -> None:
    made = _commitment(
        services,
        world,
        meeting_id=world.first_meeting,
        agenda_item_id=world.first_item,
        topic_id=world.cybercrime,
        source_document_id=world.statement,
    )
    commitment_updates.record_update(
        services,
        CommitmentUpdateDraft(
            made,
            date(2023, 3, 1),
            "Reviewed",
            CommitmentStatus.AGREED,
            meeting_id=world.second_meeting,
        ),
    )

    assert check_store(services) == []


def test_an_agenda_item_of_another_meeting_is_reported(services: Services, world: World) -> None:
    made = _commitment(
        services, world, meeting_id=world.first_meeting, agenda_item_id=world.first_item
    )
    _damage(
        services,
        "UPDATE commitments SET agenda_item_id = :item WHERE id = :id",
        item=world.second_item,
        id=made,
    )

    assert check_store(services) == [
        f"commitment {made}: its agenda item {world.second_item} belongs to meeting "
        f"{world.second_meeting}, not to its meeting {world.first_meeting}"
    ]


def test_an_agenda_item_without_a_meeting_is_reported(services: Services, world: World) -> None:
    made = _commitment(
        services, world, meeting_id=world.first_meeting, agenda_item_id=world.first_item
    )
    _damage(services, "UPDATE commitments SET meeting_id = NULL WHERE id = :id", id=made)

    assert check_store(services) == [
        f"commitment {made}: its agenda item {world.first_item} belongs to meeting "
        f"{world.first_meeting}, but the commitment names no meeting"
    ]


def test_a_meeting_topic_and_source_of_another_dialogue_are_reported(
    services: Services, world: World
) -> None:
    made = _commitment(services, world, meeting_id=world.first_meeting)
    _damage(
        services,
        "UPDATE commitments SET meeting_id = :meeting, topic_id = :topic, "
        "source_document_id = :document WHERE id = :id",
        meeting=world.other_meeting,
        topic=world.other_topic,
        document=world.other_statement,
        id=made,
    )

    ours, theirs = world.dialogue, world.other_dialogue
    assert check_store(services) == [
        f"commitment {made}: its meeting {world.other_meeting} belongs to dialogue {theirs}, "
        f"not to its dialogue {ours}",
        f"commitment {made}: its topic {world.other_topic} belongs to dialogue {theirs}, "
        f"not to its dialogue {ours}",
        f"commitment {made}: its source document {world.other_statement} (of meeting "
        f"{world.other_meeting}) belongs to dialogue {theirs}, not to its dialogue {ours}",
    ]


def test_an_owner_host_and_lead_who_are_not_a_side_are_reported(
    services: Services, world: World
) -> None:
    canada = _party(services, "CA")
    made = _commitment(services, world)
    _damage(
        services, "UPDATE commitments SET owner_party_id = :p WHERE id = :id", p=canada, id=made
    )
    _damage(
        services,
        "UPDATE meetings SET host_party_id = :p WHERE id = :id",
        p=canada,
        id=world.first_meeting,
    )
    _damage(
        services,
        "UPDATE agenda_items SET lead_party_id = :p WHERE id = :id",
        p=canada,
        id=world.second_item,
    )

    d = world.dialogue
    assert check_store(services) == [
        f"meeting {world.first_meeting}: its host, party {canada} (CA), "
        f"is not one of dialogue {d}'s parties",
        f"agenda item {world.second_item} (meeting {world.second_meeting}): its lead, "
        f"party {canada} (CA), is not one of dialogue {d}'s parties",
        f"commitment {made}: its owner, party {canada} (CA), is not one of dialogue {d}'s parties",
    ]


def test_an_agenda_topic_and_an_update_meeting_of_another_dialogue_are_reported(
    services: Services, world: World
) -> None:
    made = _commitment(services, world, owner=JOINT)
    update = commitment_updates.record_update(
        services,
        CommitmentUpdateDraft(made, date(2023, 3, 1), "Reviewed", meeting_id=world.second_meeting),
    )
    _damage(
        services,
        "UPDATE agenda_items SET topic_id = :t WHERE id = :id",
        t=world.other_topic,
        id=world.first_item,
    )
    _damage(
        services,
        "UPDATE commitment_updates SET meeting_id = :m WHERE id = :id",
        m=world.other_meeting,
        id=update.id,
    )

    assert check_store(services) == [
        f"agenda item {world.first_item} (meeting {world.first_meeting}): its topic "
        f"{world.other_topic} belongs to dialogue {world.other_dialogue}, "
        f"not to the meeting's dialogue {world.dialogue}",
        f"update {update.id} of commitment {made}: its meeting {world.other_meeting} belongs "
        f"to dialogue {world.other_dialogue}, not to the commitment's dialogue {world.dialogue}",
    ]


def test_a_dialogue_left_with_one_party_is_reported(services: Services, world: World) -> None:
    _damage(
        services,
        "DELETE FROM dialogue_parties WHERE dialogue_id = :d AND party_id = :p",
        d=world.other_dialogue,
        p=_party(services, "CA"),
    )

    assert check_store(services) == [
        f"dialogue {world.other_dialogue}: has 1 party; a dialogue needs at least two"
    ]


def test_the_history_check_still_runs_beside_the_new_ones(services: Services, world: World) -> None:
    made = _commitment(services, world, owner=JOINT)
    _damage(services, "UPDATE commitments SET status = 'completed' WHERE id = :id", id=made)

    assert check_store(services) == [
        f"commitment {made}: stored as completed (due none) but its history leads to "
        "agreed (due none)"
    ]
