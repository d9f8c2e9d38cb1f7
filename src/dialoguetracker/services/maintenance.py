"""The ``check`` use case: the database's own integrity checks, then ours."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.rules import Step, current_state
from dialoguetracker.services.context import Services
from dialoguetracker.store.maintenance import integrity_problems
from dialoguetracker.store.models import CommitmentRow, CommitmentUpdateRow


def check_store(services: Services) -> list[str]:
    """Every problem found, in plain words; an empty list means the store is sound."""
    problems = integrity_problems(services.store)
    if problems:
        return problems
    return _history_problems(services)


def _history_problems(services: Services) -> list[str]:
    """A commitment's current status must be the one its history leads to."""
    problems = []
    with services.read() as uow:
        steps: dict[int, list[Step]] = defaultdict(list)
        for update in uow.all(CommitmentUpdateRow, "on_date"):
            steps[update.commitment_id].append(_step(update))
        for row in uow.all(CommitmentRow):
            status, due = current_state(
                CommitmentStatus(row.initial_status), row.initial_due_date, steps[row.id]
            )
            if (status.value, due) != (row.status, row.due_date):
                problems.append(
                    f"commitment {row.id}: stored as {row.status} (due {_day(row.due_date)}) "
                    f"but its history leads to {status.value} (due {_day(due)})"
                )
    return problems


def _step(update: CommitmentUpdateRow) -> Step:
    return Step(
        update.id,
        update.on_date,
        None if update.status is None else CommitmentStatus(update.status),
        update.due_date,
    )


def _day(value: date | None) -> str:
    return "none" if value is None else value.isoformat()
