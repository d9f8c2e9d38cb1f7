"""The meeting's Documents tab: its outcome documents, their fields and their text.

Adding, editing and deleting are undoable and refused while the record is final. Making a
commitment from a clause of a document's text stays possible then: a commitment is not part of
the meeting's record (the services lock documents, not the commitments that quote them).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.enums import DocumentKind, Handling
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Document, DocumentDraft
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.meeting.document_form import DocumentForm
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.operations import DOCUMENTS, MEETINGS, STORE
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.widgets.clause_commitment import show_problem
from dialoguetracker.gui.widgets.confirm import Confirm, ask
from dialoguetracker.gui.widgets.document_list import DocumentList
from dialoguetracker.gui.widgets.document_text import DocumentTextPane
from dialoguetracker.gui.widgets.labels import mark_banner
from dialoguetracker.services.document_sources import commitments_quoting, restore_document
from dialoguetracker.services.documents import (
    create_document,
    delete_document,
    get_document,
    list_documents,
    update_document,
)

DOCUMENT, COMMITMENT, MEETING = RecordKind.DOCUMENT, RecordKind.COMMITMENT, RecordKind.MEETING


class DocumentsTab(MeetingTab):
    title = str(QT_TRANSLATE_NOOP("MeetingTab", "Documents"))

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, confirm: Confirm = ask
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("documentsTab")
        self.confirm = confirm
        self.editing = context.editing
        self.documents: dict[int, Document] = {}
        self.lock_notice = mark_banner(QLabel(self), internal=False)
        self.lock_notice.setObjectName("lockNotice")
        self.lock_notice.setText(
            self.tr(
                "The meeting's record is final: its documents are read-only. You can still "
                "make a commitment from a clause of their text."
            )
        )
        self.lock_notice.hide()
        self.add_button = QPushButton(self.tr("&Add document"), self)
        self.add_button.setObjectName("addDocument")
        self.add_button.setToolTip(self.tr("Add an outcome document to the meeting"))
        self.add_button.clicked.connect(self.add_document)
        self.delete_button = QPushButton(self.tr("&Delete document"), self)
        self.delete_button.setObjectName("deleteDocument")
        self.delete_button.setToolTip(self.tr("Delete the selected document (Del; undoable)"))
        self.delete_button.clicked.connect(self.delete_document)
        self.empty = QLabel(
            self.tr(
                "No outcome documents yet. Add the joint statement, readout, fact sheet or "
                "minutes with Add document."
            ),
            self,
        )
        self.empty.setObjectName("noDocuments")
        self.empty.setWordWrap(True)
        self.list = DocumentList(self)
        self.list.current_document_changed.connect(self._show_document)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_document)
        self.form = DocumentForm(self)
        self.form.committed.connect(self.save_field)
        self.text_pane = DocumentTextPane(context, self)
        self.text_pane.text_edited.connect(lambda: self.save_field("text"))
        message = QLabel(self)
        message.setObjectName("documentMessage")
        self.errors = FieldErrors({**self.form.fields, "text": self.text_pane.editor}, message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.form)
        left_layout.addWidget(message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("documentsTabSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.text_pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 670])
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_notice)
        layout.addWidget(self.splitter, 1)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        meeting = self.meeting
        documents = (
            [] if meeting is None else list_documents(self.context.services, meeting_id=meeting.id)
        )
        self.documents = {document.id: document for document in documents}
        self.list.set_documents(documents)
        if self.list.current_document_id() is None and documents:
            self.list.select(documents[0].id)
        self.empty.setVisible(meeting is not None and not documents)
        self.lock_notice.setVisible(self.locked)
        self.add_button.setEnabled(meeting is not None and not self.locked)
        self._update_actions()

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {DOCUMENTS, MEETINGS, STORE}:
            self.reload()

    def current_document(self) -> Document | None:
        document_id = self.list.current_document_id()
        return None if document_id is None else self.documents.get(document_id)

    def _show_document(self, document_id: int | None) -> None:
        document = None if document_id is None else self.documents.get(document_id)
        if document_id is not None and document is None:
            return
        self.errors.clear()
        meeting = self.meeting
        start = meeting.start if meeting is not None else None
        fallback = start.date() if isinstance(start, datetime) else start
        self.form.show_document(document, fallback)
        self.form.set_read_only(self.locked)
        self.text_pane.set_document(
            document, None if meeting is None else meeting.dialogue_id, editable=not self.locked
        )
        self._update_actions()

    def _update_actions(self) -> None:
        self.delete_button.setEnabled(self.current_document() is not None and not self.locked)

    # -- editing ---------------------------------------------------------------------------

    def save_field(self, field: str) -> None:
        document = self.current_document()
        if document is None or self.locked:
            return
        if field == "text":
            new: object = self.text_pane.editor.value()
        else:
            new = self.form.value(field)
        old = getattr(document, field)
        if new == old:
            self._saved(field)
            return
        services, first_id = self.context.services, document.id
        text = filled(
            self.tr("Change %1 of document “%2”"), self._field_name(field), document.title
        )
        try:
            result = self.context.editing.change_field(
                text,
                lambda: get_document(services, self.editing.current(DOCUMENT, first_id)),
                lambda changed: update_document(services, changed.id, changed),
                field,
                old,
                new,
            )
        except DialogueTrackerError as error:
            show_problem(self.errors, error)
            return
        assert isinstance(result, Document)
        self.documents[result.id] = result
        self._saved(field)

    def _saved(self, field: str) -> None:
        self.errors.clear()
        if field == "text":
            self.text_pane.editor.mark_saved()
        else:
            self.form.saved(field)

    def _field_name(self, field: str) -> str:
        names = {
            "kind": self.tr("the kind"),
            "title": self.tr("the title"),
            "date": self.tr("the date"),
            "language": self.tr("the language"),
            "url": self.tr("the URL"),
            "handling": self.tr("the handling"),
            "text": self.tr("the text"),
        }
        return names[field]

    def add_document(self) -> Document | None:
        meeting = self.meeting
        if meeting is None or self.locked:
            return None
        start = meeting.start
        draft = DocumentDraft(
            meeting_id=meeting.id,
            kind=DocumentKind.JOINT_STATEMENT,
            title=self.tr("New document"),
            date=start.date() if isinstance(start, datetime) else start,
            handling=Handling.PUBLIC,
        )
        services, editing = self.context.services, self.editing
        try:
            document = editing.create(
                DOCUMENT,
                filled(self.tr("Add document to “%1”"), meeting.title),
                lambda: create_document(
                    services,
                    replace(draft, meeting_id=editing.current(MEETING, draft.meeting_id)),
                ),
                lambda document_id: delete_document(services, document_id),
            )
        except DialogueTrackerError as error:
            show_problem(self.errors, error)
            return None
        self.reload()
        self.list.select(document.id)
        self.form.title.setFocus()
        self.form.title.selectAll()
        return document

    def delete_document(self) -> None:
        document = self.current_document()
        if document is None or self.locked:
            return
        quoting = commitments_quoting(self.context.services, document.id)
        if not quoting:
            self._delete(document, [])
            return
        question = self.tr(
            "%n commitment(s) quote this document as their source. Deleting it keeps their "
            "clause but drops the link to the document; Undo restores both.",
            "",
            len(quoting),
        )
        self.confirm(
            self, question, self.tr("Delete document"), lambda: self._delete(document, quoting)
        )

    def _delete(self, document: Document, quoting: list[int]) -> None:
        services, editing = self.context.services, self.editing

        def recreate() -> Document:
            meeting_id = editing.current(MEETING, document.meeting_id)
            return restore_document(
                services,
                replace(document, meeting_id=meeting_id),
                [editing.current(COMMITMENT, commitment_id) for commitment_id in quoting],
            )

        try:
            editing.delete(
                DOCUMENT,
                document.id,
                filled(self.tr("Delete document “%1”"), document.title),
                lambda document_id: delete_document(services, document_id),
                recreate,
            )
        except DialogueTrackerError as error:
            show_problem(self.errors, error)
            return
        self.reload()
