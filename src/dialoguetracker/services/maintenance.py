"""Whole-store use cases: ``check`` (the database's own integrity checks, then ours), and
backing up and restoring a store file.

Ours are the rules no constraint states: records that must belong together across tables
(:mod:`dialoguetracker.store.consistency_queries`) and each commitment's current status, which
must be the one its history leads to. A store whose pages are damaged is reported as such and
no further: what its rows say cannot be trusted.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.progress import Progress, no_progress
from dialoguetracker.domain.rules import Step, current_state
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Services
from dialoguetracker.store.consistency_queries import (
    commitment_states,
    commitment_steps,
    consistency_problems,
)
from dialoguetracker.store.maintenance import (
    DAMAGED,
    backup_store,
    integrity_problems,
    restore_store,
)


def check_store(services: Services, progress: Progress = no_progress) -> list[str]:
    """Every problem found, in plain words; an empty list means the store is sound.
    ``progress`` hears of the three passes: the file's pages, the links, the histories."""
    progress(0, 3)
    problems = integrity_problems(services.store)
    if any(problem.startswith(DAMAGED) for problem in problems):
        progress(3, 3)
        return problems
    progress(1, 3)
    with services.read() as uow:
        problems.extend(consistency_problems(uow))
    progress(2, 3)
    problems += _history_problems(services)
    progress(3, 3)
    return problems


def backup(services: Services, target: Path, progress: Progress = no_progress) -> None:
    """Copy the open store to ``target`` while it stays in use (store files only); a failed
    or cancelled copy leaves nothing behind."""
    backup_store(services.store, target, progress)


def restore(services: Services, source: Path) -> Path | None:
    """Replace the open store with the backup ``source``; returns where the store it replaced
    is kept. The store is closed first (no connection of ours stays on the file while it is
    replaced) and must be opened again afterwards. Cannot be cancelled: the copy is one
    transaction, and stopping it half-way would gain nothing."""
    services.store.close()
    return restore_store(services.store.location, source)


def _history_problems(services: Services) -> list[str]:
    """A commitment's current status must be the one its history leads to."""
    problems: list[str] = []
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
                    translate(
                        "Errors",
                        "commitment {commitment}: stored as {stored} (due {stored_due}) "
                        "but its history leads to {status} (due {due})",
                    ).format(
                        commitment=commitment_id,
                        stored=stored,
                        stored_due=_day(stored_due),
                        status=status.value,
                        due=_day(due),
                    )
                )
    return problems


def _day(value: date | None) -> str:
    return translate("Errors", "none") if value is None else value.isoformat()
