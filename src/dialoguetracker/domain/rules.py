"""The rules that rebuild a commitment's past from its history; pure, so that the services,
the briefing and the importer all read the same history the same way.

A commitment's state at any date is its initial state replayed through its append-only
updates in (date, id) order. The store keeps the current state in columns only so that lists
can filter in SQL; those columns are always recomputed with :func:`current_state`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.words import translate


class HistoryStep(Protocol):
    """What the rules need of an update; :class:`~dialoguetracker.domain.records.CommitmentUpdate`
    has it, and so does the lighter :class:`Step` built from a bulk query."""

    @property
    def id(self) -> int: ...

    @property
    def on(self) -> date: ...

    @property
    def status(self) -> CommitmentStatus | None: ...

    @property
    def due(self) -> date | None: ...


@dataclass(frozen=True)
class Step:
    id: int
    on: date
    status: CommitmentStatus | None = None
    due: date | None = None


_NEEDS_REASON = {
    CommitmentStatus.DEFERRED: translate("Errors", "deferring a commitment needs a reason"),
    CommitmentStatus.DROPPED: translate("Errors", "dropping a commitment needs a reason"),
    CommitmentStatus.REFERRED: translate("Errors", "referring a commitment needs a reason"),
}
"""Whole sentences, not a verb put into one: another language builds each differently."""


def _replayed(updates: Iterable[HistoryStep], on: date | None) -> list[HistoryStep]:
    """The updates in force at ``on`` (all when None), oldest first; the id breaks ties
    because two updates entered for the same day must still have one order."""
    chosen = [step for step in updates if on is None or step.on <= on]
    return sorted(chosen, key=lambda step: (step.on, step.id))


def _recorded_by(recorded_on: date | None, on: date) -> bool:
    return recorded_on is None or recorded_on <= on


def status_as_of(
    initial_status: CommitmentStatus,
    recorded_on: date | None,
    updates: Iterable[HistoryStep],
    on: date,
) -> CommitmentStatus | None:
    """The status on a date, or None when the commitment had not yet been recorded."""
    if not _recorded_by(recorded_on, on):
        return None
    status = initial_status
    for step in _replayed(updates, on):
        if step.status is not None:
            status = step.status
    return status


def due_as_of(
    initial_due: date | None,
    recorded_on: date | None,
    updates: Iterable[HistoryStep],
    on: date,
) -> date | None:
    """The due date on a date; None both before the commitment was recorded and while it
    had no due date, so ask :func:`status_as_of` to tell the two apart."""
    if not _recorded_by(recorded_on, on):
        return None
    due = initial_due
    for step in _replayed(updates, on):
        if step.due is not None:
            due = step.due
    return due


def current_state(
    initial_status: CommitmentStatus,
    initial_due: date | None,
    updates: Iterable[HistoryStep],
) -> tuple[CommitmentStatus, date | None]:
    """Status and due date after every update, whatever order the updates were entered in."""
    status, due = initial_status, initial_due
    for step in _replayed(updates, None):
        if step.status is not None:
            status = step.status
        if step.due is not None:
            due = step.due
    return status, due


def why_not_undoable(before_due: date | None, set_due: date | None) -> str | None:
    """Why an update cannot be undone by a compensating update, or None when it can.

    ``before_due`` is the due date before the update, ``set_due`` the one the update set (None
    when it set none). Updates set and move due dates but never take one away, so once an
    update has given a commitment its first due date no later update can bring back "no due
    date"; undoing it must be refused rather than done halfway.
    """
    if before_due is None and set_due is not None:
        return translate(
            "Errors",
            "the due date it gave the commitment cannot be taken away by another update "
            "(updates set and move due dates); record a new update to move it instead",
        )
    return None


def needs_reason(
    current_status: CommitmentStatus,
    current_due: date | None,
    new_status: CommitmentStatus | None,
    new_due: date | None,
) -> str | None:
    """Why an update must give a reason, or None when it need not.

    ``None`` for a new value means the update leaves it as it is. Setting a due date where
    there was none fixes it rather than moves it, so only a change of an existing date counts.
    """
    if new_status is not None and new_status != current_status and new_status.needs_reason:
        return _NEEDS_REASON[new_status]
    if new_due is not None and current_due is not None and new_due != current_due:
        return translate(
            "Errors", "moving the due date from {before} to {after} needs a reason"
        ).format(
            before=current_due.isoformat(),
            after=new_due.isoformat(),
        )
    return None
