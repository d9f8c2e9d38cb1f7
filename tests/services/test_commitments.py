from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from commitment_world import World, build_world

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling
from dialoguetracker.domain.errors import NotFoundError, StaleRecordError, ValidationError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Lead
from dialoguetracker.services import Services, commitment_updates, commitments
from dialoguetracker.services.audit import history


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def _count(services: Services) -> int:
    return commitments.count_commitments(services, CommitmentFilter())


def test_a_commitment_is_created_read_back_and_audited(services: Services, world: World) -> None:
    draft = world.draft(
        "Designate points of contact for cybercrime cooperation",
        owner=JOINT,
        meeting_id=world.first_meeting,
        agenda_item_id=world.first_item,
        topic_id=world.cybercrime,
        leads=(Lead(world.state), Lead(world.sre, world.person)),
        source_document_id=world.statement,
        source_clause="Both delegations will designate points of contact.",
    )
    created = commitments.create_commitment(services, draft, due=date(2023, 6, 30))

    assert commitments.get_commitment(services, created.id) == created
    assert created.leads == (Lead(world.state), Lead(world.sre, world.person))
    assert (created.owner, created.status, created.due) == (
        JOINT,
        CommitmentStatus.AGREED,
        date(2023, 6, 30),
    )
    assert (created.initial_status, created.initial_due) == (created.status, created.due)
    assert created.handling is Handling.COUNTERPART
    entries = history(services, "commitment", created.id)
    assert [(e.action, e.actor, e.new) for e in entries] == [("create", "tester", draft.text)]


def test_recorded_on_defaults_to_the_meeting_start_else_today(
    services: Services, world: World
) -> None:
    from_meeting = commitments.create_commitment(
        services, world.draft(meeting_id=world.second_meeting)
    )
    without = commitments.create_commitment(services, world.draft())
    given = commitments.create_commitment(services, world.draft(), recorded_on=date(2022, 1, 2))

    assert from_meeting.recorded_on == date(2023, 1, 15)
    assert without.recorded_on == date(2023, 3, 1)
    assert given.recorded_on == date(2022, 1, 2)


def test_initial_state_may_differ_from_the_current_one_for_an_importer(
    services: Services, world: World
) -> None:
    created = commitments.create_commitment(
        services,
        world.draft(),
        status=CommitmentStatus.IN_PROGRESS,
        due=date(2023, 9, 1),
        initial_status=CommitmentStatus.PROPOSED,
        initial_due=date(2023, 5, 1),
    )
    stored = commitments.get_commitment(services, created.id)
    assert (stored.status, stored.due) == (CommitmentStatus.IN_PROGRESS, date(2023, 9, 1))
    assert (stored.initial_status, stored.initial_due) == (
        CommitmentStatus.PROPOSED,
        date(2023, 5, 1),
    )


@pytest.mark.parametrize("owner", ["CA", "FR", ""])
def test_an_owner_outside_the_dialogue_is_refused(
    services: Services, world: World, owner: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        commitments.create_commitment(services, world.draft(owner=owner))
    assert raised.value.field == "owner"
    assert _count(services) == 0


def test_each_party_of_the_dialogue_may_own_a_commitment(services: Services, world: World) -> None:
    owners = [
        commitments.create_commitment(services, world.draft(owner=o)).owner for o in ("US", "MX")
    ]
    assert owners == ["US", "MX"]


def _refusals(world: World) -> list[tuple[dict[str, object], str]]:
    return [
        ({"text": "   "}, "text"),
        ({"topic_id": world.other_topic}, "topic"),
        ({"topic_id": 999}, "topic"),
        ({"meeting_id": world.other_meeting}, "meeting"),
        ({"meeting_id": 999}, "meeting"),
        ({"meeting_id": world.first_meeting, "agenda_item_id": world.second_item}, "agenda_item"),
        ({"agenda_item_id": world.first_item}, "agenda_item"),
        ({"agenda_item_id": 999, "meeting_id": world.first_meeting}, "agenda_item"),
        ({"leads": (Lead(world.state), Lead(999))}, "leads[1].organization"),
        ({"leads": (Lead(world.sre, 999),)}, "leads[0].person"),
        ({"source_document_id": world.other_statement}, "source_document"),
        ({"source_document_id": 999}, "source_document"),
        ({"source_clause": "a\x00b"}, "source_clause"),
        ({"handling": "secret"}, "handling"),
    ]


def test_a_draft_pointing_outside_its_dialogue_is_refused_naming_the_field(
    services: Services, world: World
) -> None:
    for changes, field in _refusals(world):
        with pytest.raises(ValidationError) as raised:
            commitments.create_commitment(services, world.draft(**changes))
        assert raised.value.field == field, changes
    assert _count(services) == 0


def test_a_commitment_of_an_unknown_dialogue_is_not_found(services: Services, world: World) -> None:
    with pytest.raises(NotFoundError, match="no dialogue with id 999"):
        commitments.create_commitment(services, world.draft(dialogue_id=999))


def test_an_edit_audits_each_changed_field_and_replaces_the_leads(
    services: Services, world: World
) -> None:
    created = commitments.create_commitment(services, world.draft(leads=(Lead(world.state),)))
    edited = world.draft(
        "Share points of contact within 30 days",
        owner="MX",
        topic_id=world.cybercrime,
        leads=(Lead(world.sre, world.person),),
        handling=Handling.PUBLIC,
    )
    updated = commitments.update_commitment(services, created.id, edited)

    assert commitments.get_commitment(services, created.id) == updated
    assert updated.leads == (Lead(world.sre, world.person),)
    changes = [(e.field, e.old, e.new) for e in history(services, "commitment", created.id)[1:]]
    assert [field for field, _old, _new in changes] == [
        "text",
        "owner",
        "topic_id",
        "leads",
        "handling",
    ]
    assert ("owner", "US", "MX") in changes
    assert ("handling", "counterpart", "public") in changes


def test_an_edit_cannot_touch_the_history_even_from_a_stale_record(
    services: Services, world: World
) -> None:
    created = commitments.create_commitment(services, world.draft(meeting_id=world.first_meeting))
    commitment_updates.change_status(
        services, created.id, CommitmentStatus.COMPLETED, date(2023, 2, 1), "Done"
    )
    stale = replace(created, text="Share points of contact (edited)")
    # The record carries the version it was read at, so the save is refused outright ...
    with pytest.raises(StaleRecordError, match="was changed by tester"):
        commitments.update_commitment(services, created.id, stale)
    assert commitments.get_commitment(services, created.id).text == created.text
    # ... and a caller that opts out of the check still cannot write the stale status back.
    updated = commitments.update_commitment(services, created.id, stale, expected_version=0)

    assert updated.status is CommitmentStatus.COMPLETED
    assert updated.text == "Share points of contact (edited)"


def test_a_commitment_cannot_move_to_another_dialogue(services: Services, world: World) -> None:
    created = commitments.create_commitment(services, world.draft())
    with pytest.raises(ValidationError) as raised:
        commitments.update_commitment(
            services, created.id, world.draft(dialogue_id=world.other_dialogue)
        )
    assert raised.value.field == "dialogue"
    assert commitments.get_commitment(services, created.id) == created


def test_a_refused_edit_leaves_the_commitment_as_it_was(services: Services, world: World) -> None:
    created = commitments.create_commitment(services, world.draft())
    with pytest.raises(ValidationError):
        commitments.update_commitment(services, created.id, world.draft(owner="CA"))
    assert commitments.get_commitment(services, created.id) == created
    assert [e.action for e in history(services, "commitment", created.id)] == ["create"]


def test_deleting_a_commitment_removes_its_history_and_is_audited(
    services: Services, world: World
) -> None:
    created = commitments.create_commitment(services, world.draft(meeting_id=world.first_meeting))
    commitment_updates.change_status(
        services, created.id, CommitmentStatus.IN_PROGRESS, date(2023, 2, 1), "Started"
    )
    commitments.delete_commitment(services, created.id)

    with pytest.raises(NotFoundError, match="no commitment with id"):
        commitments.get_commitment(services, created.id)
    with pytest.raises(NotFoundError):
        commitment_updates.list_updates(services, created.id)
    assert history(services, "commitment", created.id)[-1].action == "delete"
    assert commitment_updates.statuses_as_of(services, date(2023, 3, 1)) == {}
