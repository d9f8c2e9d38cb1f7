"""The ``check`` use case: the database's own integrity checks, then ours.

Ours are the rules no constraint states: records that must belong together across tables
(:mod:`dialoguetracker.store.consistency_queries`) and each commitment's current status, which
must be the one its history leads to. A store whose pages are damaged is reported as such and
no further: what its rows say cannot be trusted.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.rules import Step, current_state
from dialoguetracker.services.context import Services
from dialoguetracker.store.consistency_queries import (
    commitment_states,
    commitment_steps,
    consistency_problems,
)
from dialoguetracker.store.maintenance import DAMAGED, integrity_problems


def check_store(services: Services) -> list[str]:
    """Every problem found, in plain words; an empty list means the store is sound."""
    problems = integrity_problems(services.store)
    if any(problem.startswith(DAMAGED) for problem in problems):
        return problems
    with services.read() as uow:
        problems.extend(consistency_problems(uow))
    return problems + _history_problems(services)


def _history_problems(services: Services) -> list[str]:
    """A commitment's current status must be the one its history leads to."""
    problems = []
    with services.read() as uow:
        steps: dict[int, list[Step]] = defaultdict(list)
        for commitment_id, update_id, on_date, status, due_date in commitment_steps(uow):
            steps[commitment_id].append(
                Step(
                    update_id,
                    on_date,
                    None if status is None else CommitmentStatus(status),
                    due_date,
                )
            )
        for commitment_id, initial, initial_due, stored, stored_due in commitment_states(uow):
            status, due = current_state(
                CommitmentStatus(initial), initial_due, steps[commitment_id]
            )
            if (status.value, due) != (stored, stored_due):
                problems.append(
                    f"commitment {commitment_id}: stored as {stored} (due {_day(stored_due)}) "
                    f"but its history leads to {status.value} (due {_day(due)})"
                )
    return problems


def _day(value: date | None) -> str:
    return "none" if value is None else value.isoformat()
