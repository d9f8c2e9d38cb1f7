"""Every change the Commitments view makes: one service call each, undoable, announced.

Progress updates are append-only, so undoing one never deletes it: the undo asks the services
for its compensating update (:func:`~dialoguetracker.services.commitment_updates.undo_update`,
the same as the meeting's Review tab), which puts the status and due date back as they were
before — the history and the audit trail show both. An edit of what a commitment says is
undone by writing the old text back; a new commitment is undone by removing it again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import (
    Commitment,
    CommitmentDraft,
    CommitmentUpdate,
    CommitmentUpdateDraft,
)
from dialoguetracker.gui.commitments.compensation import Done, compensate
from dialoguetracker.gui.commitments.labels import short_text
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.editing import its_version
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import status_word
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import (
    create_commitment,
    delete_commitment,
    get_commitment,
    update_commitment,
)


class CommitmentActions(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def _version_left(self, _written: object, commitment_id: int) -> int:
        """Appending an update may raise the commitment's version: read what it left."""
        return get_commitment(self.context.services, commitment_id).version

    def today(self) -> date:
        return self.context.services.today()

    def update_day(self, commitment: Commitment) -> date:
        """Today, or the day the commitment was recorded if that is still to come."""
        today = self.today()
        recorded = commitment.recorded_on
        return recorded if recorded is not None and recorded > today else today

    # -- progress updates (append-only) ----------------------------------------------------

    def change_status(
        self, commitment: Commitment, status: CommitmentStatus, reason: str | None = None
    ) -> CommitmentUpdate:
        note = filled(
            self.tr("Status changed from %1 to %2"),
            status_word(commitment.status),
            status_word(status),
        )
        draft = CommitmentUpdateDraft(
            commitment.id, self.update_day(commitment), note, status=status, reason=reason
        )
        return self.add_update(commitment, draft)

    def add_update(self, commitment: Commitment, draft: CommitmentUpdateDraft) -> CommitmentUpdate:
        """Append ``draft`` to the history; raises the service's ValidationError unchanged.

        Version-checked like every write (a change someone else made in between is refused
        with a StaleRecordError rather than built upon); the undo appends the services'
        compensating update."""
        services = self.context.services

        def redo(commitment_id: int, expected: int | None) -> Done:
            before = get_commitment(services, commitment_id)
            meeting_id = draft.meeting_id
            if meeting_id is not None:
                meeting_id = self.context.editing.current(RecordKind.MEETING, meeting_id)
            here = replace(draft, commitment_id=commitment_id, meeting_id=meeting_id)
            return before, record_update(services, here, expected)

        _before, update = self.context.editing.change_checked(
            RecordKind.COMMITMENT,
            commitment.id,
            commitment.version,
            self._update_text(commitment, draft),
            redo,
            lambda done, _commitment_id, expected: compensate(services, done, expected),
            self._version_left,
        )
        return update

    def _update_text(self, commitment: Commitment, draft: CommitmentUpdateDraft) -> str:
        name = short_text(commitment.text)
        if draft.status is not None and draft.due is None:
            text = self.tr("Change status of commitment “%1” to %2")
            return filled(text, name, status_word(draft.status))
        if draft.due is not None and draft.status is None:
            text = self.tr("Move due date of commitment “%1” to %2")
            return filled(text, name, draft.due.isoformat())
        return filled(self.tr("Add progress update to commitment “%1”"), name)

    # -- commitments -----------------------------------------------------------------------

    def create(
        self,
        draft: CommitmentDraft,
        status: CommitmentStatus = CommitmentStatus.AGREED,
        due: date | None = None,
    ) -> Commitment:
        services = self.context.services
        return self.context.editing.create(
            RecordKind.COMMITMENT,
            filled(self.tr("New commitment “%1”"), short_text(draft.text)),
            lambda: create_commitment(services, draft, status, due),
            lambda commitment_id: delete_commitment(services, commitment_id),
        )

    def edit(self, before: Commitment, draft: CommitmentDraft) -> Commitment:
        """Write what the commitment says; undo writes ``before`` back, each write
        version-checked."""
        services = self.context.services

        def write(commitment_id: int, expected: int | None, what: CommitmentDraft) -> Commitment:
            return update_commitment(services, commitment_id, what, expected or 0)

        return self.context.editing.change_checked(
            RecordKind.COMMITMENT,
            before.id,
            before.version,
            filled(self.tr("Edit commitment “%1”"), short_text(before.text)),
            lambda commitment_id, expected: write(commitment_id, expected, draft),
            lambda _after, commitment_id, expected: write(commitment_id, expected, before),
            its_version,
        )
