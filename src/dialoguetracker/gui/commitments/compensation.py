"""Taking back a progress update from any screen: the same compensating update, the same
words, whether the update was recorded in the Commitments view or in a meeting's Review tab."""

from __future__ import annotations

from dialoguetracker.domain.records import Commitment, CommitmentUpdate
from dialoguetracker.gui.commitments.labels import undo_note, undo_reason
from dialoguetracker.services import Services
from dialoguetracker.services.commitment_updates import undo_update

Done = tuple[Commitment, CommitmentUpdate]
"""What an update's redo hands its undo: the commitment as it was just before, and the update."""


def compensate(services: Services, done: Done, expected_version: int | None) -> CommitmentUpdate:
    """Append the services' compensating update for ``done``'s update."""
    before, update = done
    return undo_update(
        services, update.id, before, undo_note(update.note), undo_reason(), expected_version
    )
