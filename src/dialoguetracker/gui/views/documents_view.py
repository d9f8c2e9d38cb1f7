"""The Documents view: every outcome document of the current dialogue, with its text.

It reads only: documents are added and edited on their meeting's Documents tab, which *Open
meeting* goes to. A clause of any document's text can be made into a commitment from here, as
from the tab, with the same pane.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Document, Meeting
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.operations import DOCUMENTS, MEETINGS, STORE
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.read_only import show_read_only
from dialoguetracker.gui.views.base import View
from dialoguetracker.gui.vocabulary import handling_name, kind_name
from dialoguetracker.gui.widgets.document_list import DocumentList
from dialoguetracker.gui.widgets.document_text import DocumentTextPane
from dialoguetracker.gui.widgets.labels import heading_label
from dialoguetracker.services.documents import get_document, list_documents
from dialoguetracker.services.meetings import get_meeting, list_meetings


class DocumentsView(View):
    key = "documents"
    title = "Documents"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.documents: dict[int, Document] = {}
        self.meeting_titles: dict[int, str] = {}
        self.last_commitment: int | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("documentsHeading")
        self.empty = QLabel(
            self.tr(
                "No outcome documents in this dialogue yet. Add them on a meeting's Documents tab."
            ),
            self,
        )
        self.empty.setObjectName("noDocuments")
        self.empty.setWordWrap(True)
        self.list = DocumentList(self, grouped=True)
        self.list.current_document_changed.connect(self._show_document)
        self.title_label = heading_label("documentTitle", self, scale=1.2)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel(self)
        self.facts.setObjectName("documentFacts")
        self.facts.setWordWrap(True)
        self.facts.setOpenExternalLinks(True)
        self.open_meeting = QPushButton(self.tr("Open &meeting"), self)
        self.open_meeting.setObjectName("openDocumentMeeting")
        self.open_meeting.setToolTip(self.tr("Edit the document on its meeting's Documents tab"))
        self.open_meeting.clicked.connect(self._open_meeting)
        self.open_commitment = QPushButton(self.tr("Open the new &commitment"), self)
        self.open_commitment.setObjectName("openCreatedCommitment")
        self.open_commitment.clicked.connect(self._open_commitment)
        self.open_commitment.hide()
        self.text_pane = DocumentTextPane(context, self)
        self.text_pane.commitment_created.connect(self._commitment_created)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_meeting)
        buttons.addWidget(self.open_commitment)
        buttons.addStretch(1)
        detail = QWidget(self)
        detail.setObjectName("documentDetail")
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.facts)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.text_pane, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("documentsSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        services = self.context.services
        if self.dialogue_id is None:
            documents, meetings = [], []
        else:
            documents = list_documents(services, dialogue_id=self.dialogue_id)
            meetings = list_meetings(services, self.dialogue_id) if documents else []
        self.documents = {document.id: document for document in documents}
        self.meeting_titles = {meeting.id: meeting.title for meeting in meetings}
        labels = {meeting.id: _meeting_label(meeting) for meeting in meetings}
        self.list.set_documents(documents, labels)
        if self.list.current_document_id() is None and documents:
            self.list.select(documents[0].id)
        self.heading.setText(
            self.tr("%n outcome document(s) of the dialogue", "", len(documents))
            if documents
            else self.tr("Outcome documents")
        )
        self.empty.setVisible(self.dialogue_id is not None and not documents)
        self.splitter.setVisible(bool(documents))

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {DOCUMENTS, MEETINGS, STORE}:
            self.reload()

    def offer_no_edits(self) -> None:
        show_read_only(self.text_pane)

    def open_record(self, record_id: int) -> None:
        """Select a document; one of another dialogue brings that dialogue's list here."""
        if record_id not in self.documents:
            try:
                document = get_document(self.context.services, record_id)
            except NotFoundError:
                return
            dialogue = get_meeting(self.context.services, document.meeting_id).dialogue_id
            if dialogue != self.dialogue_id:
                self.set_dialogue(dialogue)
        self.list.select(record_id)
        self.list.setFocus()

    def current_document(self) -> Document | None:
        document_id = self.list.current_document_id()
        return None if document_id is None else self.documents.get(document_id)

    def _show_document(self, document_id: int | None) -> None:
        document = None if document_id is None else self.documents.get(document_id)
        self.open_commitment.hide()
        self.open_meeting.setEnabled(document is not None)
        if document is None:
            self.title_label.clear()
            self.facts.clear()
            self.text_pane.set_document(None, None)
            return
        self.title_label.setText(document.title)
        facts = [kind_name(document.kind)]
        if document.date:
            facts.append(document.date.isoformat())
        if document.language:
            facts.append(document.language)
        facts.append(handling_name(document.handling))
        meeting = self.meeting_titles.get(document.meeting_id)
        if meeting:
            facts.append(filled(self.tr("meeting: %1"), meeting))
        text = " · ".join(_escape(fact) for fact in facts)
        url = document.url or ""
        if url.startswith(("http://", "https://")):
            text += f' · <a href="{_escape(url)}">{_escape(self.tr("published text"))}</a>'
        self.facts.setText(text)
        self.text_pane.set_document(document, self.dialogue_id, editable=False)

    def _open_meeting(self) -> None:
        document = self.current_document()
        if document is not None:
            self.open_requested.emit(RecordKind.MEETING, document.meeting_id)

    def _commitment_created(self, commitment_id: int) -> None:
        self.last_commitment = commitment_id
        self.open_commitment.show()

    def _open_commitment(self) -> None:
        if self.last_commitment is not None:
            self.open_requested.emit(RecordKind.COMMITMENT, self.last_commitment)


def _meeting_label(meeting: Meeting) -> str:
    start = meeting.start.date() if isinstance(meeting.start, datetime) else meeting.start
    return f"{start.isoformat()} · {meeting.title}"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
