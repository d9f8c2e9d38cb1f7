"""Taking a progress update back: one compensating update, built by the services alone, so that
every screen that offers Undo leaves the same history behind.

The services' clock stands at 1 March 2023 (``FIXED_NOW``); the commitment was agreed at the
first meeting (10 August 2022) and is due at the end of 2022.
"""

from __future__ import annotations

from datetime import date

import pytest
from commitment_world import World, build_world

from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.domain.errors import ConflictError, StaleRecordError, ValidationError
from dialoguetracker.domain.records import Commitment, CommitmentUpdate, CommitmentUpdateDraft
from dialoguetracker.services import Services, commitments
from dialoguetracker.services.commitment_updates import list_updates, record_update, undo_update
from dialoguetracker.services.meeting_removal import remove_meeting, restore_meeting

AGREED, COMPLETED = CommitmentStatus.AGREED, CommitmentStatus.COMPLETED
DEFERRED, IN_PROGRESS = CommitmentStatus.DEFERRED, CommitmentStatus.IN_PROGRESS
TODAY = date(2023, 3, 1)
NOTE, REASON = "Undone: {}", "Undo of an update recorded in error"


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


@pytest.fixture
def commitment(services: Services, world: World) -> Commitment:
    return commitments.create_commitment(
        services, world.draft(meeting_id=world.first_meeting), due=date(2022, 12, 31)
    )


def record(services: Services, commitment: Commitment, **values: object) -> CommitmentUpdate:
    """Record an update of ``commitment`` made of ``values`` (a dated note by default)."""
    fields: dict[str, object] = {"on": date(2023, 2, 1), "note": "Progress"}
    fields.update(values)
    return record_update(services, CommitmentUpdateDraft(commitment.id, **fields))  # type: ignore[arg-type]


def take_back(services: Services, update: CommitmentUpdate, before: Commitment) -> CommitmentUpdate:
    return undo_update(services, update.id, before, NOTE.format(update.note), REASON)


def test_undoing_a_status_change_puts_the_status_back_today_at_the_same_meeting(
    services: Services, world: World, commitment: Commitment
) -> None:
    update = record(
        services,
        commitment,
        note="Finished early",
        status=COMPLETED,
        meeting_id=world.second_meeting,
        handling=Handling.COUNTERPART,
    )

    compensation = take_back(services, update, commitment)

    assert list_updates(services, commitment.id) == [update, compensation]
    assert compensation == CommitmentUpdate(
        commitment.id,
        TODAY,
        "Undone: Finished early",
        status=AGREED,
        due=None,
        reason=None,  # going back to agreed needs no reason
        meeting_id=world.second_meeting,
        handling=Handling.COUNTERPART,
        id=compensation.id,
    )
    now = commitments.get_commitment(services, commitment.id)
    assert (now.status, now.due) == (commitment.status, commitment.due)


def test_undoing_a_due_date_move_puts_the_date_back_with_the_reason(
    services: Services, commitment: Commitment
) -> None:
    update = record(services, commitment, due=date(2023, 6, 30), reason="Legislation")

    compensation = take_back(services, update, commitment)

    assert (compensation.status, compensation.due) == (None, date(2022, 12, 31))
    assert compensation.reason == REASON  # moving a due date needs one
    assert commitments.get_commitment(services, commitment.id).due == date(2022, 12, 31)


def test_undoing_a_move_out_of_deferred_defers_again_with_the_reason(
    services: Services, commitment: Commitment
) -> None:
    record(services, commitment, on=date(2023, 1, 10), status=DEFERRED, reason="Elections")
    deferred = commitments.get_commitment(services, commitment.id)
    update = record(services, commitment, status=IN_PROGRESS)

    compensation = take_back(services, update, deferred)

    assert (compensation.status, compensation.reason) == (DEFERRED, REASON)
    assert commitments.get_commitment(services, commitment.id).status is DEFERRED


def test_a_note_alone_is_taken_back_by_a_note_alone(
    services: Services, commitment: Commitment
) -> None:
    update = record(services, commitment, note="Call held")

    compensation = take_back(services, update, commitment)

    assert compensation.note == "Undone: Call held"
    assert (compensation.status, compensation.due, compensation.reason) == (None, None, None)
    assert commitments.get_commitment(services, commitment.id) == commitment


def test_an_update_dated_after_today_is_taken_back_on_its_own_date(
    services: Services, commitment: Commitment
) -> None:
    """Dated today, the compensation would sort before the update and take nothing back."""
    update = record(services, commitment, on=date(2023, 4, 1), status=COMPLETED)

    compensation = take_back(services, update, commitment)

    assert compensation.on == date(2023, 4, 1)
    assert list_updates(services, commitment.id) == [update, compensation]
    assert commitments.get_commitment(services, commitment.id).status is AGREED


def test_the_first_due_date_an_update_gave_cannot_be_taken_back(
    services: Services, world: World
) -> None:
    undated = commitments.create_commitment(services, world.draft(meeting_id=world.first_meeting))
    update = record(services, undated, due=date(2023, 6, 30))
    after = commitments.get_commitment(services, update.commitment_id)

    with pytest.raises(ConflictError, match="cannot be taken away"):
        take_back(services, update, undated)

    assert list_updates(services, undated.id) == [update]
    assert commitments.get_commitment(services, undated.id) == after


def test_undo_is_refused_when_someone_changed_the_commitment_since(
    services: Services, commitment: Commitment
) -> None:
    update = record(services, commitment, status=COMPLETED)
    seen = commitments.get_commitment(services, commitment.id).version
    record(services, commitment, note="Someone else reopened it", status=IN_PROGRESS)

    with pytest.raises(StaleRecordError):
        undo_update(services, update.id, commitment, "Undone", REASON, expected_version=seen)

    assert len(list_updates(services, commitment.id)) == 2
    assert commitments.get_commitment(services, commitment.id).status is IN_PROGRESS


def test_an_update_of_another_commitment_is_refused(
    services: Services, world: World, commitment: Commitment
) -> None:
    other = commitments.create_commitment(
        services, world.draft("Another", meeting_id=world.first_meeting)
    )
    update = record(services, other, status=COMPLETED)

    with pytest.raises(ValidationError) as raised:
        take_back(services, update, commitment)

    assert raised.value.field == "update"
    assert list_updates(services, other.id) == [update]


def test_the_meeting_link_is_the_one_the_store_holds_now(
    services: Services, world: World, commitment: Commitment
) -> None:
    """A meeting deleted and brought back since has a new id; the compensation follows it."""
    update = record(services, commitment, status=COMPLETED, meeting_id=world.second_meeting)
    back = restore_meeting(services, remove_meeting(services, world.second_meeting)).meeting
    assert back.id != world.second_meeting

    compensation = take_back(services, update, commitment)

    assert compensation.meeting_id == back.id
