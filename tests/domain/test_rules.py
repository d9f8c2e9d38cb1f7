from __future__ import annotations

from datetime import date
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.records import CommitmentUpdate
from dialoguetracker.domain.rules import (
    Step,
    current_state,
    due_as_of,
    needs_reason,
    status_as_of,
)

S = CommitmentStatus
RECORDED = date(2022, 8, 10)

HISTORY = [
    Step(3, date(2023, 1, 15), S.COMPLETED),
    Step(1, date(2022, 10, 1), S.IN_PROGRESS, date(2023, 1, 31)),
    Step(2, date(2022, 12, 1), None, date(2023, 3, 31)),
    Step(5, date(2023, 2, 1), S.DEFERRED),
    Step(4, date(2023, 2, 1), S.IN_PROGRESS),
]


@pytest.mark.parametrize(
    ("on", "status", "due"),
    [
        (date(2022, 8, 9), None, None),
        (date(2022, 8, 10), S.AGREED, date(2022, 12, 31)),
        (date(2022, 10, 1), S.IN_PROGRESS, date(2023, 1, 31)),
        (date(2022, 12, 15), S.IN_PROGRESS, date(2023, 3, 31)),
        (date(2023, 1, 15), S.COMPLETED, date(2023, 3, 31)),
        (date(2023, 2, 1), S.DEFERRED, date(2023, 3, 31)),
    ],
)
def test_the_state_on_a_date_replays_the_updates_up_to_it(
    on: date, status: CommitmentStatus | None, due: date | None
) -> None:
    assert status_as_of(S.AGREED, RECORDED, HISTORY, on) == status
    assert due_as_of(date(2022, 12, 31), RECORDED, HISTORY, on) == due


def test_same_day_updates_are_ordered_by_id_not_by_position() -> None:
    on = date(2023, 2, 1)
    assert status_as_of(S.AGREED, RECORDED, HISTORY, on) is S.DEFERRED
    assert status_as_of(S.AGREED, RECORDED, list(reversed(HISTORY)), on) is S.DEFERRED


def test_without_a_recorded_date_the_commitment_always_existed() -> None:
    assert status_as_of(S.PROPOSED, None, [], date(1900, 1, 1)) is S.PROPOSED
    assert due_as_of(date(2023, 1, 1), None, [], date(1900, 1, 1)) == date(2023, 1, 1)


def test_update_records_are_history_steps() -> None:
    updates = [CommitmentUpdate(1, date(2023, 1, 1), "Done", status=S.COMPLETED, id=9)]
    assert status_as_of(S.AGREED, RECORDED, updates, date(2023, 1, 1)) is S.COMPLETED
    assert current_state(S.AGREED, None, updates) == (S.COMPLETED, None)


def test_the_current_state_is_after_every_update() -> None:
    assert current_state(S.AGREED, date(2022, 12, 31), HISTORY) == (S.DEFERRED, date(2023, 3, 31))
    assert current_state(S.PROPOSED, None, []) == (S.PROPOSED, None)


steps = st.lists(
    st.builds(
        Step,
        id=st.integers(1, 10_000),
        on=st.dates(date(2022, 1, 1), date(2023, 12, 31)),
        status=st.none() | st.sampled_from(S),
        due=st.none() | st.dates(date(2022, 1, 1), date(2024, 12, 31)),
    ),
    max_size=12,
    unique_by=lambda step: step.id,
)


@given(steps, st.randoms(use_true_random=False), st.dates(date(2022, 1, 1), date(2024, 1, 1)))
def test_the_order_updates_are_entered_in_never_matters(
    history: list[Step], shuffler: Random, on: date
) -> None:
    shuffled = list(history)
    shuffler.shuffle(shuffled)
    initial, first_due = S.AGREED, date(2023, 6, 30)
    assert status_as_of(initial, None, shuffled, on) == status_as_of(initial, None, history, on)
    assert due_as_of(first_due, None, shuffled, on) == due_as_of(first_due, None, history, on)
    assert current_state(initial, first_due, shuffled) == current_state(initial, first_due, history)
    last = max((step.on for step in history), default=on)
    latest = max(on, last)
    assert current_state(initial, first_due, history) == (
        status_as_of(initial, None, history, latest),
        due_as_of(first_due, None, history, latest),
    )


@pytest.mark.parametrize(
    ("status", "verb"),
    [(S.DEFERRED, "deferring"), (S.DROPPED, "dropping"), (S.REFERRED, "referring")],
)
def test_deferring_dropping_and_referring_need_a_reason(
    status: CommitmentStatus, verb: str
) -> None:
    why = needs_reason(S.IN_PROGRESS, None, status, None)
    assert why is not None and why.startswith(verb)
    assert needs_reason(status, None, status, None) is None


@pytest.mark.parametrize("status", [S.PROPOSED, S.AGREED, S.IN_PROGRESS, S.COMPLETED, None])
def test_other_status_moves_need_none(status: CommitmentStatus | None) -> None:
    assert needs_reason(S.DEFERRED, date(2023, 1, 1), status, None) is None


def test_only_moving_an_existing_due_date_needs_a_reason() -> None:
    moved = needs_reason(S.AGREED, date(2023, 1, 1), None, date(2023, 2, 1))
    assert moved == "moving the due date from 2023-01-01 to 2023-02-01 needs a reason"
    assert needs_reason(S.AGREED, date(2023, 1, 1), None, date(2023, 1, 1)) is None
    assert needs_reason(S.AGREED, None, None, date(2023, 1, 1)) is None
    assert needs_reason(S.AGREED, date(2023, 1, 1), S.COMPLETED, None) is None
