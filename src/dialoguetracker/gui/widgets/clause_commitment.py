"""The short form that turns a quoted clause of a document into a commitment.

It opens under the document's text with the clause as the commitment's text and the joint side
as its owner; the user may reword the text, pick the owner and topic, and press *Create*. The
clause itself is kept verbatim as the commitment's source, and Undo deletes the commitment.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.enums import JOINT, Handling
from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Commitment, CommitmentDraft, Document
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import side_name
from dialoguetracker.gui.widgets.labels import handling_combo, select_data
from dialoguetracker.gui.widgets.text_fields import CommittingTextEdit
from dialoguetracker.services.commitments import create_commitment, delete_commitment
from dialoguetracker.services.dialogues import get_dialogue, list_topics
from dialoguetracker.services.directory import list_parties


@dataclass(frozen=True)
class ClauseSource:
    """Where the clause comes from: the document, and the dialogue and meeting it belongs to."""

    document: Document
    dialogue_id: int


def show_problem(errors: FieldErrors, error: DialogueTrackerError) -> None:
    """A rule broken at a field is shown there; any other refusal in the form's message line."""
    if isinstance(error, ValidationError):
        errors.show(error)
        return
    errors.clear()
    errors.message.setText(said(error))
    errors.message.show()


class ClauseCommitmentForm(QFrame):
    created = Signal(int)
    """The id of the commitment just created."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source: ClauseSource | None = None
        self.clause = ""
        self.setObjectName("clauseCommitmentForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(self.tr("<b>New commitment quoting this clause</b>"), self)
        self.quote = QLabel(self)
        self.quote.setObjectName("clauseQuote")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setStyleSheet("font-style: italic;")
        self.quote.setAccessibleName(self.tr("Quoted clause"))
        self.text = CommittingTextEdit(self, lines=3, grow_to=6)
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 6 + 16)
        self.text.setObjectName("clauseCommitmentText")
        self.text.setAccessibleName(self.tr("Commitment text"))
        self.owner = QComboBox(self)
        self.owner.setObjectName("clauseCommitmentOwner")
        self.owner.setAccessibleName(self.tr("Owner"))
        self.topic = QComboBox(self)
        self.topic.setObjectName("clauseCommitmentTopic")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.handling = handling_combo(self)
        self.handling.setObjectName("clauseCommitmentHandling")
        self.handling.setAccessibleName(self.tr("Handling"))
        self.create_button = QPushButton(self.tr("&Create commitment"), self)
        self.create_button.setObjectName("createClauseCommitment")
        self.create_button.setDefault(True)
        self.create_button.setToolTip(self.tr("Create the commitment (Ctrl+Return)"))
        self.create_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelClauseCommitment")
        self.cancel_button.clicked.connect(self.cancel)
        message = QLabel(self)
        message.setObjectName("clauseCommitmentMessage")
        self.errors = FieldErrors(
            {
                "text": self.text,
                "owner": self.owner,
                "topic": self.topic,
                "handling": self.handling,
            },
            message,
        )
        form = QFormLayout()
        form.addRow(self.tr("Quoted clause:"), self.quote)
        form.addRow(self.tr("Commitment &text:"), self.text)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("To&pic:"), self.topic)
        form.addRow(self.tr("&Handling:"), self.handling)
        for field in (self.text, self.owner, self.topic, self.handling):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(message)
        layout.addLayout(buttons)
        submit = QShortcut(QKeySequence("Ctrl+Return"), self)
        submit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        submit.activated.connect(self.submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        self.hide()

    def start(self, source: ClauseSource, clause: str) -> None:
        """Open the form for ``clause``, prefilled, with the focus in the commitment's text."""
        self.source, self.clause = source, clause
        self.errors.clear()
        self.quote.setText(f"“{clause}”")
        self.text.setPlainText(clause)
        self.text.mark_saved()
        self._fill_choices(source)
        self.show()
        self.text.setFocus()
        self.text.selectAll()

    def _fill_choices(self, source: ClauseSource) -> None:
        services = self.context.services
        names = {party.code: party.name for party in list_parties(services)}
        self.owner.clear()
        self.owner.addItem(side_name(JOINT), JOINT)
        for code in get_dialogue(services, source.dialogue_id).parties:
            self.owner.addItem(f"{names.get(code, code)} ({code})", code)
        self.owner.setCurrentIndex(0)
        self.topic.clear()
        self.topic.addItem(self.tr("(none)"), None)
        for topic in list_topics(services, source.dialogue_id):
            self.topic.addItem(topic.name, topic.id)
        # A commitment is shared with the counterpart unless its source is kept internal.
        internal = source.document.handling is Handling.INTERNAL
        select_data(self.handling, Handling.INTERNAL if internal else Handling.COUNTERPART)

    def draft(self) -> CommitmentDraft:
        assert self.source is not None
        document = self.source.document
        topic = self.topic.currentData()
        return CommitmentDraft(
            dialogue_id=self.source.dialogue_id,
            text=self.text.toPlainText().strip(),
            owner=str(self.owner.currentData()),
            meeting_id=document.meeting_id,
            topic_id=None if topic is None else int(topic),
            source_document_id=document.id,
            source_clause=self.clause,
            handling=Handling(self.handling.currentData()),
        )

    def submit(self) -> Commitment | None:
        if self.source is None or not self.isVisible():
            return None
        draft = self.draft()
        services = self.context.services
        title = self.source.document.title
        editing = self.context.editing

        def again() -> Commitment:
            # A redo may come after undo brought the document or meeting back under new ids.
            document_id, meeting_id = draft.source_document_id, draft.meeting_id
            return create_commitment(
                services,
                replace(
                    draft,
                    source_document_id=None
                    if document_id is None
                    else editing.current(RecordKind.DOCUMENT, document_id),
                    meeting_id=None
                    if meeting_id is None
                    else editing.current(RecordKind.MEETING, meeting_id),
                ),
            )

        try:
            commitment = editing.create(
                RecordKind.COMMITMENT,
                filled(self.tr("Create commitment from a clause of “%1”"), title),
                again,
                lambda commitment_id: delete_commitment(services, commitment_id),
            )
        except DialogueTrackerError as error:
            show_problem(self.errors, error)
            return None
        self.errors.clear()
        self.hide()
        self.source = None
        self.created.emit(commitment.id)
        return commitment

    def cancel(self) -> None:
        self.errors.clear()
        self.source = None
        self.hide()
