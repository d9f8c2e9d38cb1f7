"""The Documents view of the main window: every outcome document of the dialogue, its text,
and a clause of it made into a commitment."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import JOINT, DocumentKind, Handling
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import DialogueDraft, DocumentDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.operations import DOCUMENTS
from dialoguetracker.gui.views.documents_view import DocumentsView
from dialoguetracker.services.commitments import get_commitment, list_commitments
from dialoguetracker.services.dialogues import create_dialogue
from dialoguetracker.services.documents import create_document, list_documents
from dialoguetracker.services.meetings import list_meetings

CLAUSE = (
    "They also discussed institutional capabilities to prevent and counter cyber crime, as well "
    "as efforts to foster a greater culture of cybersecurity awareness and cyber hygiene."
)


def documents_view(window: MainWindow) -> DocumentsView:
    view = window.show_view("documents")
    assert isinstance(view, DocumentsView)
    return view


def test_the_view_lists_every_document_of_the_dialogue(window: MainWindow) -> None:
    view = documents_view(window)
    assert DocumentsView.key == "documents" and DocumentsView.title == "Documents"
    documents = list_documents(window.context.services, dialogue_id=view.dialogue_id)
    assert view.list.document_ids() == [d.id for d in documents]
    assert len(documents) == 2
    group = view.list.topLevelItem(0)  # the documents are grouped under their meeting
    assert view.list.topLevelItemCount() == 1 and group is not None
    assert (
        group.text(0)
        == "2022-08-10 · First bilateral cyber dialogue under the Bicentennial Framework"
    )
    assert group.childCount() == 2
    assert view.list.current_document_id() == documents[0].id
    assert view.text_pane.editor.toPlainText() == documents[0].text
    assert view.text_pane.editor.isReadOnly()
    assert view.heading.text().startswith("2 outcome document")
    assert "Joint statement" in view.facts.text()
    assert not view.empty.isVisible()
    assert not window.grab().isNull()


def test_open_record_selects_the_document(window: MainWindow) -> None:
    documents = list_documents(window.context.services)
    spanish = next(d for d in documents if d.language == "es")
    window.open_record("document", spanish.id)
    view = window.current_view()
    assert isinstance(view, DocumentsView)
    assert view.list.current_document_id() == spanish.id
    assert view.title_label.text() == spanish.title
    assert view.text_pane.editor.toPlainText() == ""
    assert view.text_pane.editor.placeholderText() == "This document has no text in the record."


def test_a_clause_becomes_a_commitment_quoting_it(window: MainWindow, qtbot: QtBot) -> None:
    services, stack = window.context.services, window.context.undo_stack
    view = documents_view(window)
    document_id = view.list.current_document_id()
    editor = view.text_pane.editor
    start = editor.toPlainText().index(CLAUSE)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(CLAUSE), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    flt = CommitmentFilter(dialogue_id=view.dialogue_id)
    before = {c.id for c in list_commitments(services, flt)}
    view.text_pane.create_action.trigger()
    assert view.text_pane.form.owner.currentData() == JOINT
    view.text_pane.form.create_button.click()
    (new_id,) = {c.id for c in list_commitments(services, flt)} - before
    made = get_commitment(services, new_id)
    assert made.source_clause == CLAUSE and made.source_document_id == document_id
    assert made.text == CLAUSE
    assert view.open_commitment.isVisibleTo(view)
    with qtbot.waitSignal(view.open_requested) as opened:
        view.open_commitment.click()
    assert opened.args == ["commitment", new_id]
    stack.undo()
    assert {c.id for c in list_commitments(services, flt)} == before


def test_internal_documents_are_marked(window: MainWindow) -> None:
    services = window.context.services
    view = documents_view(window)
    planned = next(m for m in list_meetings(services, view.dialogue_id) if m.record == "draft")
    internal = create_document(
        services,
        DocumentDraft(
            planned.id,
            DocumentKind.MINUTES,
            "Our minutes of the preparatory call",
            text="Our delegation will press for a date.",
            handling=Handling.INTERNAL,
        ),
    )
    window.context.operations.announce({DOCUMENTS})
    assert internal.id in view.list.document_ids()
    view.open_record(internal.id)
    assert view.text_pane.banner.isVisibleTo(view)
    item = view.list.currentItem()
    assert item is not None and item.text(item.columnCount() - 1) == "Internal"
    assert item.foreground(2).color().name() == "#a93226"
    assert not view.grab().isNull()


def test_open_meeting_goes_to_the_documents_meeting(window: MainWindow, qtbot: QtBot) -> None:
    view = documents_view(window)
    with qtbot.waitSignal(view.open_requested) as opened:
        view.open_meeting.click()
    first = list_documents(window.context.services, dialogue_id=view.dialogue_id)[0]
    assert opened.args == ["meeting", first.meeting_id]


def test_a_dialogue_without_documents_says_so(window: MainWindow) -> None:
    other = create_dialogue(
        window.context.services, DialogueDraft("U.S.-Mexico Security Dialogue", ("US", "MX"))
    )
    view = documents_view(window)
    view.set_dialogue(other.id)
    assert view.empty.isVisible()
    assert view.list.topLevelItemCount() == 0
    assert view.text_pane.document is None
    assert not view.text_pane.create_action.isEnabled()
