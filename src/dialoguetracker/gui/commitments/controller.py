"""The Commitments view's behaviour: which dialog a gesture opens, asking for a reason when
the rule needs one, and handing the result to :class:`CommitmentActions`.

Dialogs open with ``open()`` and are kept in :attr:`CommitmentController.dialog` while open,
so nothing blocks and a test can fill them in. How a reason is asked is replaceable
(:attr:`CommitmentController.ask_reason`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from dialoguetracker.domain import rules
from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.errors import DialogueTrackerError, StaleRecordError
from dialoguetracker.domain.records import Commitment
from dialoguetracker.gui.commitments.actions import CommitmentActions
from dialoguetracker.gui.commitments.commitment_dialog import CommitmentDialog
from dialoguetracker.gui.commitments.labels import reason_prompt
from dialoguetracker.gui.commitments.reason_dialog import ReasonDialog
from dialoguetracker.gui.commitments.update_dialog import UpdateDialog
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import status_word
from dialoguetracker.services.commitment_lookup import document_choices, meeting_choices
from dialoguetracker.services.dialogues import get_dialogue, list_topics

ReasonAsker = Callable[[str, str, Callable[[str], object]], None]
"""(title, prompt, submit): ask for a reason and call ``submit(reason)``; a
:class:`ValidationError` that ``submit`` raises should be shown to the user."""


class CommitmentController(QObject):
    created = Signal(int)
    """A new commitment was saved: its id, so the view can select it."""
    failed = Signal(str)
    """A change made without a form was refused: the reason, for the view's message line."""
    stale = Signal(str)
    """A change made without a form was refused because someone else changed the commitment
    since it was shown: the message, for the view to show with an offer to reload."""

    def __init__(self, context: AppContext, view: QWidget) -> None:
        super().__init__(view)
        self.context = context
        self.view = view
        self.actions = CommitmentActions(context, self)
        self.dialog: QDialog | None = None
        self.ask_reason: ReasonAsker = self._reason_dialog

    # -- status in place -------------------------------------------------------------------

    def request_status(self, commitment: Commitment, status: CommitmentStatus) -> None:
        """Change the status now, or first ask why when the rule needs a reason."""
        if status == commitment.status:
            return
        if rules.needs_reason(commitment.status, commitment.due, status, None) is None:
            try:
                self.actions.change_status(commitment, status)
            except StaleRecordError as error:
                self.stale.emit(said(error))
            except DialogueTrackerError as error:
                self.failed.emit(said(error))
            return
        title = filled(self.tr("Change status to %1"), status_word(status))
        self.ask_reason(
            title,
            reason_prompt(status, moves_due=False),
            lambda reason: self.actions.change_status(commitment, status, reason),
        )

    def _reason_dialog(self, title: str, prompt: str, submit: Callable[[str], object]) -> None:
        dialog = ReasonDialog(title, prompt, self.view)
        dialog.submit = lambda: submit(dialog.reason())
        self._open(dialog)

    # -- dialogs ---------------------------------------------------------------------------

    def new_update(self, commitment: Commitment, *, move_due: bool = False) -> UpdateDialog:
        services = self.context.services
        meetings = meeting_choices(services, commitment.dialogue_id)
        dialog = UpdateDialog(commitment, meetings, self.actions.update_day(commitment), self.view)
        dialog.submit = lambda: self.actions.add_update(commitment, dialog.draft())
        if move_due:
            dialog.start_with_due()
        self._open(dialog)
        return dialog

    def new_commitment(self, dialogue_id: int) -> CommitmentDialog:
        dialog = self._commitment_dialog(dialogue_id, None)

        def submit() -> None:
            created = self.actions.create(
                dialog.draft(), dialog.starting_status(), dialog.starting_due()
            )
            self.created.emit(created.id)

        dialog.submit = submit
        self._open(dialog)
        return dialog

    def edit_commitment(self, commitment: Commitment) -> CommitmentDialog:
        dialog = self._commitment_dialog(commitment.dialogue_id, commitment)
        dialog.submit = lambda: self.actions.edit(commitment, dialog.draft())
        self._open(dialog)
        return dialog

    def _commitment_dialog(
        self, dialogue_id: int, commitment: Commitment | None
    ) -> CommitmentDialog:
        services = self.context.services
        include_meeting = None if commitment is None else commitment.meeting_id
        include_document = None if commitment is None else commitment.source_document_id
        return CommitmentDialog(
            dialogue_id,
            get_dialogue(services, dialogue_id).parties,
            list_topics(services, dialogue_id),
            meeting_choices(services, dialogue_id, include_meeting),
            document_choices(services, dialogue_id, include_document),
            services.today(),
            commitment,
            self.view,
        )

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
