"""A new commitment, or an edit of what one says: text, owner, topic, originating meeting,
handling and source (a document and the clause it quotes, or our paraphrase).

A new commitment also takes its starting status and due date; afterwards those change only
through progress updates, so the edit form shows them without offering them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling
from dialoguetracker.domain.records import Commitment, CommitmentDraft, Topic
from dialoguetracker.gui.commitments.choices import (
    combo,
    fill_handling,
    fill_records,
    fill_sides,
    fill_statuses,
    fill_topics,
    select_data,
)
from dialoguetracker.gui.commitments.form_dialog import FormDialog
from dialoguetracker.gui.commitments.update_dialog import date_edit, date_of
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import status_name
from dialoguetracker.services.commitment_lookup import Choice

STARTING_STATUSES = (
    CommitmentStatus.PROPOSED,
    CommitmentStatus.AGREED,
    CommitmentStatus.IN_PROGRESS,
)


class CommitmentDialog(FormDialog):
    def __init__(
        self,
        dialogue_id: int,
        parties: tuple[str, ...],
        topics: list[Topic],
        meetings: list[Choice],
        documents: list[Choice],
        today: date,
        commitment: Commitment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.dialogue_id = dialogue_id
        self.commitment = commitment
        self.setObjectName("commitmentDialog")
        self.setWindowTitle(
            self.tr("New commitment") if commitment is None else self.tr("Edit commitment")
        )
        self.text = self._text_edit("commitmentText", self.tr("Commitment text"))
        self.text.setPlaceholderText(self.tr("What the side undertakes to do"))
        self.owner = combo("commitmentOwner", self.tr("Owner side"), self)
        fill_sides(self.owner, parties)
        self.topic = combo("commitmentTopic", self.tr("Topic"), self)
        fill_topics(self.topic, topics, self.tr("No topic"))
        self.meeting = combo("commitmentMeeting", self.tr("Originating meeting"), self)
        fill_records(self.meeting, meetings, self.tr("Not from a meeting"))
        self.status = combo("commitmentStatus", self.tr("Starting status"), self)
        fill_statuses(self.status, STARTING_STATUSES)
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.has_due.setObjectName("commitmentHasDue")
        self.due = date_edit("commitmentDue", self.tr("Due date"), today + timedelta(90), self)
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.handling = combo("commitmentHandling", self.tr("Handling"), self)
        fill_handling(self.handling)
        self.document = combo("commitmentSourceDocument", self.tr("Source document"), self)
        fill_records(self.document, documents, self.tr("Our paraphrase (no document)"))
        self.clause = self._text_edit("commitmentSourceClause", self.tr("Source clause"))
        self.clause.setPlaceholderText(self.tr("The sentence of the document it quotes"))
        self.clause.setMaximumHeight(80)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Text:"), self.text), self.text)
        form.addRow(self._label(self.tr("&Owner:"), self.owner), self.owner)
        form.addRow(self._label(self.tr("To&pic:"), self.topic), self.topic)
        form.addRow(self._label(self.tr("&Meeting:"), self.meeting), self.meeting)
        if commitment is None:
            due_row = QHBoxLayout()
            due_row.addWidget(self.has_due)
            due_row.addWidget(self.due, 1)
            form.addRow(self._label(self.tr("&Status:"), self.status), self.status)
            form.addRow(self._label(self.tr("D&ue date:"), self.has_due), due_row)
        else:
            self.status.hide()
            self.has_due.hide()
            self.due.hide()
            state = QLabel(self._state_text(commitment), self)
            state.setObjectName("commitmentState")
            state.setWordWrap(True)
            form.addRow(self.tr("Status:"), state)
        form.addRow(self._label(self.tr("&Handling:"), self.handling), self.handling)
        form.addRow(self._label(self.tr("Source &document:"), self.document), self.document)
        form.addRow(self._label(self.tr("Source &clause:"), self.clause), self.clause)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.register_fields(
            {
                "text": self.text,
                "owner": self.owner,
                "topic": self.topic,
                "meeting": self.meeting,
                "agenda_item": self.meeting,
                "status": self.status,
                "due": self.due,
                "handling": self.handling,
                "source_document": self.document,
                "source_clause": self.clause,
            }
        )
        order: list[QWidget] = [self.text, self.owner, self.topic, self.meeting]
        if commitment is None:
            order += [self.status, self.has_due, self.due]
        order += [self.handling, self.document, self.clause, self.buttons]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._show(commitment)
        self.resize(660, self.sizeHint().height())
        self.text.setFocus()

    def _text_edit(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _state_text(self, commitment: Commitment) -> str:
        due = commitment.due.isoformat() if commitment.due else self.tr("no due date")
        return filled(
            self.tr("%1, %2 — changed through progress updates (Ctrl+U)"),
            status_name(commitment.status),
            due,
        )

    def _show(self, commitment: Commitment | None) -> None:
        if commitment is None:
            select_data(self.owner, JOINT)
            select_data(self.status, CommitmentStatus.AGREED.value)
            select_data(self.handling, Handling.COUNTERPART.value)
            return
        self.text.setPlainText(commitment.text)
        select_data(self.owner, commitment.owner)
        select_data(self.topic, commitment.topic_id)
        select_data(self.meeting, commitment.meeting_id)
        select_data(self.handling, commitment.handling.value)
        select_data(self.document, commitment.source_document_id)
        self.clause.setPlainText(commitment.source_clause or "")

    def draft(self) -> CommitmentDraft:
        """What the form says; an edit keeps the leads, and the agenda item while the
        originating meeting stays the same."""
        meeting = self.meeting.currentData()
        topic = self.topic.currentData()
        document = self.document.currentData()
        values = CommitmentDraft(
            dialogue_id=self.dialogue_id,
            text=self.text.toPlainText().strip(),
            owner=str(self.owner.currentData()),
            meeting_id=None if meeting is None else int(meeting),
            topic_id=None if topic is None else int(topic),
            source_document_id=None if document is None else int(document),
            source_clause=self.clause.toPlainText().strip() or None,
            handling=Handling(self.handling.currentData()),
        )
        if self.commitment is None:
            return values
        base = self.commitment
        agenda_item = base.agenda_item_id if values.meeting_id == base.meeting_id else None
        return replace(
            CommitmentDraft(**{name: getattr(base, name) for name in _DRAFT_FIELDS}),
            **{name: getattr(values, name) for name in _FORM_FIELDS},
            agenda_item_id=agenda_item,
        )

    def starting_status(self) -> CommitmentStatus:
        return CommitmentStatus(self.status.currentData())

    def starting_due(self) -> date | None:
        return date_of(self.due) if self.has_due.isChecked() else None


_FORM_FIELDS = (
    "text",
    "owner",
    "meeting_id",
    "topic_id",
    "source_document_id",
    "source_clause",
    "handling",
)
_DRAFT_FIELDS = (*_FORM_FIELDS, "dialogue_id", "agenda_item_id", "leads")
