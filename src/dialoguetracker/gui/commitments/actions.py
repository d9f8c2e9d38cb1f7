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
from dialoguetracker.domain.records import (
    Commitment,
    CommitmentDraft,
    CommitmentUpdate,
    CommitmentUpdateDraft,
)
from dialoguetracker.gui.commitments.compensation import Done, compensate
from dialoguetracker.gui.commitments.labels import short_text
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.operations import COMMITMENTS, UPDATES
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.record_kinds import RecordKind
from dialoguetracker.gui.undo import KnownVersions, perform
from dialoguetracker.gui.vocabulary import status_word
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import (
    create_commitment,
    delete_commitment,
    get_commitment,
    update_commitment,
)

HISTORY = frozenset({COMMITMENTS, UPDATES})


class CommitmentActions(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @property
    def versions(self) -> KnownVersions:
        return self.context.undo_book.versions

    def _current(self, commitment_id: int) -> int:
        """Where the commitment lives now: undoing and redoing its creation (here or from a
        document's clause) brings it back under a new id."""
        return self.context.editing.current(RecordKind.COMMITMENT, commitment_id)

    def _saw(self, commitment_id: int) -> None:
        """Note the version an update just left (appending one may raise it)."""
        version = get_commitment(self.context.services, commitment_id).version
        self.versions.saw(RecordKind.COMMITMENT, commitment_id, version)

    def _created(self, commitment: Commitment) -> Commitment:
        """A commitment created (again, by a redo) may reuse a deleted row's id; its version
        starts afresh."""
        self.versions.saw(RecordKind.COMMITMENT, commitment.id, commitment.version)
        return commitment

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

        The first run is checked against the version of ``commitment`` as shown, each undo
        and redo against the version this window's last write left, so a change someone
        else made in between is refused (StaleRecordError) rather than built upon."""
        services, shown = self.context.services, [commitment.version]

        def redo() -> Done:
            before = get_commitment(services, self._current(commitment.id))
            expected = (
                shown.pop() if shown else self.versions.expected(RecordKind.COMMITMENT, before.id)
            )
            meeting_id = draft.meeting_id
            if meeting_id is not None:
                meeting_id = self.context.editing.current(RecordKind.MEETING, meeting_id)
            here = replace(draft, commitment_id=before.id, meeting_id=meeting_id)
            update = record_update(services, here, expected)
            self._saw(before.id)
            return before, update

        def undo(done: Done) -> CommitmentUpdate:
            commitment_id = done[0].id
            expected = self.versions.expected(RecordKind.COMMITMENT, commitment_id)
            compensation = compensate(services, done, expected)
            self._saw(commitment_id)
            return compensation

        _before, update = perform(
            self.context.undo_stack,
            self.context.operations,
            self._update_text(commitment, draft),
            redo,
            undo,
            HISTORY,
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
            lambda: self._created(create_commitment(services, draft, status, due)),
            lambda commitment_id: delete_commitment(services, commitment_id),
            HISTORY,
        )

    def edit(self, before: Commitment, draft: CommitmentDraft) -> Commitment:
        """Write what the commitment says; undo writes ``before`` back. The first write is
        checked against the version ``before`` was read at, each undo and redo against the
        version this window's last write left (0: not checked)."""
        services, shown = self.context.services, [before.version]

        def write(what: CommitmentDraft) -> Commitment:
            commitment_id = self._current(before.id)
            expected = (
                shown.pop()
                if shown
                else self.versions.expected(RecordKind.COMMITMENT, commitment_id)
            )
            saved = update_commitment(services, commitment_id, what, expected or 0)
            self.versions.saw(RecordKind.COMMITMENT, saved.id, saved.version)
            return saved

        return perform(
            self.context.undo_stack,
            self.context.operations,
            filled(self.tr("Edit commitment “%1”"), short_text(before.text)),
            lambda: write(draft),
            lambda _after: write(before),
            {COMMITMENTS},
        )
