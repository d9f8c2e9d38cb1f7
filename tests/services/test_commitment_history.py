from __future__ import annotations

from datetime import date

import pytest
from commitment_world import World, build_world, selects_run

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.records import Commitment, CommitmentUpdateDraft
from dialoguetracker.services import Services, commitments
from dialoguetracker.services.audit import history
from dialoguetracker.services.commitment_updates import (
    change_status,
    list_updates,
    move_due_date,
    record_update,
    statuses_as_of,
)

AGREED, IN_PROGRESS = CommitmentStatus.AGREED, CommitmentStatus.IN_PROGRESS
COMPLETED, DEFERRED = CommitmentStatus.COMPLETED, CommitmentStatus.DEFERRED
DROPPED, PROPOSED = CommitmentStatus.DROPPED, CommitmentStatus.PROPOSED


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


@pytest.fixture
def commitment(services: Services, world: World) -> Commitment:
    """Agreed at the first meeting (10 August 2022), due at the end of 2022."""
    return commitments.create_commitment(
        services, world.draft(meeting_id=world.first_meeting), due=date(2022, 12, 31)
    )


def _unchanged(services: Services, commitment: Commitment) -> None:
    assert commitments.get_commitment(services, commitment.id) == commitment
    assert list_updates(services, commitment.id) == []
    assert [e.action for e in history(services, "commitment", commitment.id)] == ["create"]


@pytest.mark.parametrize(
    ("status", "verb"),
    [
        (CommitmentStatus.DEFERRED, "deferring"),
        (CommitmentStatus.DROPPED, "dropping"),
        (CommitmentStatus.REFERRED, "referring"),
    ],
)
def test_deferring_dropping_or_referring_needs_a_reason(
    services: Services, commitment: Commitment, status: CommitmentStatus, verb: str
) -> None:
    for reason in (None, "   "):
        with pytest.raises(ValidationError, match=f"reason: {verb} a commitment") as raised:
            change_status(services, commitment.id, status, date(2023, 2, 1), "Note", reason)
        assert raised.value.field == "reason"
    _unchanged(services, commitment)

    change_status(services, commitment.id, status, date(2023, 2, 1), "Note", "No budget")
    assert commitments.get_commitment(services, commitment.id).status is status
    audited = history(services, "commitment", commitment.id)[-1]
    assert (audited.field, audited.old, audited.new) == ("status", "agreed", status.value)


@pytest.mark.parametrize("status", [IN_PROGRESS, COMPLETED, PROPOSED])
def test_other_moves_need_no_reason(
    services: Services, commitment: Commitment, status: CommitmentStatus
) -> None:
    update = change_status(services, commitment.id, status, date(2023, 2, 1), "Moved on")
    assert update.reason is None
    assert commitments.get_commitment(services, commitment.id).status is status


def test_moving_the_due_date_needs_a_reason(services: Services, commitment: Commitment) -> None:
    draft = CommitmentUpdateDraft(commitment.id, date(2023, 1, 10), "Later", due=date(2023, 6, 30))
    with pytest.raises(ValidationError, match="from 2022-12-31 to 2023-06-30") as raised:
        record_update(services, draft)
    assert raised.value.field == "reason"
    _unchanged(services, commitment)

    update = move_due_date(
        services, commitment.id, date(2023, 6, 30), date(2023, 1, 10), "Waiting on legislation"
    )
    assert update.note == "Waiting on legislation"
    assert commitments.get_commitment(services, commitment.id).due == date(2023, 6, 30)
    audited = history(services, "commitment", commitment.id)[-1]
    assert (audited.field, audited.old, audited.new) == ("due", "2022-12-31", "2023-06-30")


def test_fixing_a_first_due_date_or_restating_it_needs_no_reason(
    services: Services, world: World
) -> None:
    undated = commitments.create_commitment(services, world.draft(meeting_id=world.first_meeting))
    for on in (date(2022, 9, 1), date(2022, 10, 1)):
        record_update(services, CommitmentUpdateDraft(undated.id, on, "Set", due=date(2023, 1, 1)))
    assert commitments.get_commitment(services, undated.id).due == date(2023, 1, 1)
    assert [u.reason for u in list_updates(services, undated.id)] == [None, None]


def test_a_status_already_held_on_that_date_needs_no_new_reason(
    services: Services, commitment: Commitment
) -> None:
    change_status(services, commitment.id, DEFERRED, date(2023, 2, 1), "Paused", "Elections")
    change_status(services, commitment.id, DEFERRED, date(2023, 2, 10), "Still paused")
    with pytest.raises(ValidationError, match="deferring") as raised:
        change_status(services, commitment.id, DEFERRED, date(2022, 12, 1), "Back-dated pause")
    assert raised.value.field == "reason"
    assert [u.on for u in list_updates(services, commitment.id)] == [
        date(2023, 2, 1),
        date(2023, 2, 10),
    ]


def test_a_back_dated_update_cannot_make_the_current_state_wrong(
    services: Services, commitment: Commitment
) -> None:
    change_status(services, commitment.id, IN_PROGRESS, date(2023, 1, 15), "Started")
    move_due_date(services, commitment.id, date(2023, 6, 30), date(2023, 2, 1), "Legislation")
    change_status(services, commitment.id, COMPLETED, date(2023, 2, 20), "Done")
    audit_before = len(history(services, "commitment", commitment.id))

    record_update(
        services,
        CommitmentUpdateDraft(
            commitment.id,
            date(2022, 11, 1),
            "Entered late: work had started in the autumn",
            status=IN_PROGRESS,
            due=date(2023, 1, 31),
            reason="Agency reorganisation",
        ),
    )

    current = commitments.get_commitment(services, commitment.id)
    assert (current.status, current.due) == (COMPLETED, date(2023, 6, 30))
    assert len(history(services, "commitment", commitment.id)) == audit_before
    assert [u.on for u in list_updates(services, commitment.id)] == [
        date(2022, 11, 1),
        date(2023, 1, 15),
        date(2023, 2, 1),
        date(2023, 2, 20),
    ]
    assert statuses_as_of(services, date(2022, 12, 1)) == {commitment.id: IN_PROGRESS}


def test_updates_on_the_same_day_apply_in_the_order_entered(
    services: Services, commitment: Commitment
) -> None:
    same_day = date(2023, 2, 1)
    change_status(services, commitment.id, IN_PROGRESS, same_day, "Started")
    change_status(services, commitment.id, COMPLETED, same_day, "And finished")
    change_status(services, commitment.id, IN_PROGRESS, date(2023, 1, 31), "Earlier")

    assert commitments.get_commitment(services, commitment.id).status is COMPLETED
    assert statuses_as_of(services, same_day) == {commitment.id: COMPLETED}
    assert [u.note for u in list_updates(services, commitment.id)] == [
        "Earlier",
        "Started",
        "And finished",
    ]


def test_updates_once_written_never_change(services: Services, commitment: Commitment) -> None:
    first = change_status(services, commitment.id, IN_PROGRESS, date(2023, 1, 15), "Started")
    move_due_date(services, commitment.id, date(2023, 6, 30), date(2023, 2, 1), "Legislation")
    change_status(services, commitment.id, COMPLETED, date(2023, 2, 20), "Done")
    commitments.update_commitment(services, commitment.id, commitment, expected_version=0)

    assert list_updates(services, commitment.id)[0] == first
    updates_audited = history(services, "commitment_update", first.id)
    assert [(e.action, e.new) for e in updates_audited] == [("create", "Started")]


def test_an_update_dated_before_the_commitment_was_recorded_is_refused(
    services: Services, commitment: Commitment
) -> None:
    with pytest.raises(ValidationError, match="before the commitment was recorded") as raised:
        change_status(services, commitment.id, IN_PROGRESS, date(2022, 8, 9), "Too early")
    assert raised.value.field == "on"
    _unchanged(services, commitment)


def test_an_update_is_reviewed_only_at_a_meeting_of_its_dialogue(
    services: Services, world: World, commitment: Commitment
) -> None:
    with pytest.raises(ValidationError) as raised:
        change_status(
            services,
            commitment.id,
            IN_PROGRESS,
            date(2023, 1, 15),
            "Reviewed",
            meeting_id=world.other_meeting,
        )
    assert raised.value.field == "meeting"
    _unchanged(services, commitment)

    update = change_status(
        services,
        commitment.id,
        IN_PROGRESS,
        date(2023, 1, 15),
        "Reviewed",
        meeting_id=world.second_meeting,
    )
    assert list_updates(services, commitment.id) == [update]
    assert update.meeting_id == world.second_meeting


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"note": " "}, "note"), ({"status": "finished"}, "status"), ({"handling": "x"}, "handling")],
)
def test_a_malformed_update_is_refused_naming_the_field(
    services: Services, commitment: Commitment, changes: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {"commitment_id": commitment.id, "on": date(2023, 1, 1)}
    values["note"] = "Progress"
    values.update(changes)
    with pytest.raises(ValidationError) as raised:
        record_update(services, CommitmentUpdateDraft(**values))  # type: ignore[arg-type]
    assert raised.value.field == field
    _unchanged(services, commitment)


def test_an_update_of_an_unknown_commitment_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no commitment with id 7"):
        change_status(services, 7, COMPLETED, date(2023, 1, 1), "Done")


# -- the past rebuilt ----------------------------------------------------------------------


def test_statuses_are_rebuilt_at_several_past_dates(services: Services, world: World) -> None:
    first = commitments.create_commitment(services, world.draft(meeting_id=world.first_meeting))
    change_status(services, first.id, IN_PROGRESS, date(2022, 10, 1), "Started")
    change_status(services, first.id, COMPLETED, date(2023, 1, 15), "Done")
    second = commitments.create_commitment(
        services, world.draft(meeting_id=world.second_meeting), status=PROPOSED
    )
    change_status(services, second.id, AGREED, date(2023, 2, 1), "Agreed")
    elsewhere = commitments.create_commitment(
        services,
        world.draft(dialogue_id=world.other_dialogue, meeting_id=world.other_meeting),
    )
    change_status(services, elsewhere.id, DROPPED, date(2022, 12, 1), "Dropped", "Overtaken")
    today = commitments.create_commitment(services, world.draft())

    assert statuses_as_of(services, date(2022, 8, 9)) == {}
    assert statuses_as_of(services, date(2022, 8, 10)) == {first.id: AGREED}
    assert statuses_as_of(services, date(2022, 10, 1)) == {
        first.id: IN_PROGRESS,
        elsewhere.id: AGREED,
    }
    assert statuses_as_of(services, date(2023, 1, 15)) == {
        first.id: COMPLETED,
        second.id: PROPOSED,
        elsewhere.id: DROPPED,
    }
    assert statuses_as_of(services, date(2023, 3, 1), world.dialogue) == {
        first.id: COMPLETED,
        second.id: AGREED,
        today.id: AGREED,
    }
    assert statuses_as_of(services, date(2023, 3, 1), world.other_dialogue) == {
        elsewhere.id: DROPPED
    }


def test_rebuilding_the_past_takes_two_queries_whatever_the_number_of_commitments(
    services: Services, world: World
) -> None:
    made = []
    for number in range(12):
        created = commitments.create_commitment(
            services, world.draft(f"Commitment {number}", meeting_id=world.first_meeting)
        )
        change_status(services, created.id, IN_PROGRESS, date(2022, 9, 1), "Started")
        if number % 2:
            change_status(services, created.id, COMPLETED, date(2022, 11, 1), "Done")
        made.append(created.id)
    with selects_run(services) as selects:
        past = statuses_as_of(services, date(2022, 10, 1))
    assert len(selects) == 2
    assert past == dict.fromkeys(made, IN_PROGRESS)
    now = statuses_as_of(services, date(2023, 3, 1))
    assert now == {cid: commitments.get_commitment(services, cid).status for cid in made}
