"""A meeting's Documents tab: its outcome documents edited field by field (undoable, locked
with the record), and a sentence of a document's text made into a commitment quoting it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from meeting_fixtures import *  # noqa: F403 (its fixtures: make_tab, tab_context, the meetings)
from meeting_fixtures import refresh
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import JOINT, DocumentKind, Handling
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Document, DocumentDraft, Meeting
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.meeting.documents_tab import DocumentsTab
from dialoguetracker.gui.widgets.confirm import ask
from dialoguetracker.gui.widgets.document_text import DocumentTextPane, sentence_at
from dialoguetracker.services.commitments import get_commitment, list_commitments
from dialoguetracker.services.document_sources import commitments_quoting
from dialoguetracker.services.documents import create_document, get_document, list_documents
from dialoguetracker.services.meetings import get_meeting, reopen_record

MakeTab = Callable[[type[DocumentsTab], int], DocumentsTab]

SENTENCE = (
    "Both governments committed to continue strengthening cooperation to build a more secure, "
    "resilient region and expand collaboration to address shared threats in cyberspace."
)


def statement(context: AppContext, meeting: Meeting) -> Document:
    return next(
        d for d in list_documents(context.services, meeting_id=meeting.id) if d.language == "en"
    )


def select_text(pane: DocumentTextPane, text: str) -> None:
    """Select ``text`` in the pane as a user dragging over it would."""
    start = pane.editor.toPlainText().index(text)
    cursor = pane.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)


def commitments(context: AppContext, dialogue_id: int) -> list[int]:
    flt = CommitmentFilter(dialogue_id=dialogue_id)
    return [c.id for c in list_commitments(context.services, flt)]


def test_it_lists_the_meetings_documents_and_shows_the_statement_text(
    make_tab: MakeTab, final_meeting: Meeting, tab_context: AppContext
) -> None:
    tab = make_tab(DocumentsTab, final_meeting.id)
    assert tab.list.topLevelItemCount() == 2
    english = statement(tab_context, final_meeting)
    assert tab.list.current_document_id() == english.id
    assert tab.text_pane.editor.toPlainText() == english.text
    assert tab.form.title.text() == english.title
    first = tab.list.topLevelItem(0)
    assert first is not None
    assert (first.text(0), first.text(1)) == (english.title, "Joint statement")
    assert not tab.grab().isNull()


def test_a_final_record_is_read_only_but_its_clauses_can_still_be_quoted(
    make_tab: MakeTab, final_meeting: Meeting
) -> None:
    tab = make_tab(DocumentsTab, final_meeting.id)
    assert tab.locked and tab.lock_notice.isVisible()
    assert not tab.add_button.isEnabled() and not tab.delete_button.isEnabled()
    assert tab.form.title.isReadOnly() and not tab.form.kind.isEnabled()
    assert tab.text_pane.editor.isReadOnly()
    assert tab.text_pane.create_action.isEnabled()
    assert tab.add_document() is None


def test_create_commitment_from_a_selected_clause_quotes_it(
    make_tab: MakeTab, final_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services, stack = tab_context.services, tab_context.undo_stack
    before = commitments(tab_context, final_meeting.dialogue_id)
    tab = make_tab(DocumentsTab, final_meeting.id)
    pane = tab.text_pane
    select_text(pane, SENTENCE)
    pane.create_action.trigger()
    form = pane.form
    assert form.isVisible()
    assert form.text.toPlainText() == SENTENCE
    assert form.quote.text() == f"“{SENTENCE}”"
    assert form.owner.currentData() == JOINT
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)

    after = commitments(tab_context, final_meeting.dialogue_id)
    (new_id,) = set(after) - set(before)
    made = get_commitment(services, new_id)
    assert made.source_clause == SENTENCE
    assert made.source_document_id == statement(tab_context, final_meeting).id
    assert made.text == SENTENCE
    assert made.owner == JOINT
    assert made.meeting_id == final_meeting.id
    assert not form.isVisible()
    assert stack.undoText().startswith("Create commitment from a clause of")

    stack.undo()
    assert commitments(tab_context, final_meeting.dialogue_id) == before
    stack.redo()
    again = set(commitments(tab_context, final_meeting.dialogue_id)) - set(before)
    assert len(again) == 1
    assert get_commitment(services, again.pop()).source_clause == SENTENCE


def test_the_commitment_text_and_owner_can_be_changed_before_creating(
    make_tab: MakeTab, final_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    before = commitments(tab_context, final_meeting.dialogue_id)
    tab = make_tab(DocumentsTab, final_meeting.id)
    select_text(tab.text_pane, SENTENCE)
    qtbot.mouseClick(tab.text_pane.create_button, Qt.MouseButton.LeftButton)
    form = tab.text_pane.form
    form.text.selectAll()
    qtbot.keyClicks(form.text, "Hold a regional cyber resilience workshop.")
    form.owner.setCurrentIndex(form.owner.findData("MX"))
    qtbot.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (new_id,) = set(commitments(tab_context, final_meeting.dialogue_id)) - set(before)
    made = get_commitment(tab_context.services, new_id)
    assert made.text == "Hold a regional cyber resilience workshop."
    assert made.owner == "MX"
    assert made.source_clause == SENTENCE


def test_the_clause_action_is_in_the_context_menu_and_on_a_shortcut(
    make_tab: MakeTab, final_meeting: Meeting, qtbot: QtBot
) -> None:
    tab = make_tab(DocumentsTab, final_meeting.id)
    pane = tab.text_pane
    pane._context_menu(QPoint(10, 10))
    menu = pane.context_menu
    assert menu is not None and pane.create_action in menu.actions()
    menu.close()
    select_text(pane, SENTENCE)
    pane.editor.setFocus()
    qtbot.keyClick(
        pane.editor,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert pane.form.isVisible() and pane.form.clause == SENTENCE
    qtbot.keyClick(pane.form.text, Qt.Key.Key_Escape)
    assert not pane.form.isVisible()


def test_without_a_selection_the_sentence_at_the_cursor_is_quoted(
    make_tab: MakeTab, final_meeting: Meeting
) -> None:
    tab = make_tab(DocumentsTab, final_meeting.id)
    pane = tab.text_pane
    cursor = pane.editor.textCursor()
    cursor.setPosition(pane.editor.toPlainText().index("resilient region"))
    pane.editor.setTextCursor(cursor)
    pane.create_action.trigger()
    assert pane.form.clause == SENTENCE
    assert pane.editor.textCursor().selectedText() == SENTENCE


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("One. Two words here. Three", 8, "Two words here."),
        ("One. Two words here. Three", 0, "One."),
        ("One. Two words here. Three", 24, "Three"),
        ("First line\nSecond “quoted.” Next", 14, "Second “quoted.”"),
        ("", 0, ""),
    ],
)
def test_sentence_at(text: str, at: int, expected: str) -> None:
    start, end = sentence_at(text, at)
    assert text[start:end] == expected


def test_adding_editing_and_deleting_a_document_with_undo(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services, stack = tab_context.services, tab_context.undo_stack
    tab = make_tab(DocumentsTab, planned_meeting.id)
    assert tab.empty.isVisible() and tab.list.topLevelItemCount() == 0
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    (added,) = list_documents(services, meeting_id=planned_meeting.id)
    assert added.title == "New document" and added.handling is Handling.PUBLIC
    assert tab.list.current_document_id() == added.id
    assert tab.form.title.hasFocus()

    qtbot.keyClicks(tab.form.title, "Readout of the second dialogue")
    qtbot.keyClick(tab.form.title, Qt.Key.Key_Return)
    tab.form.kind.setCurrentIndex(tab.form.kind.findData(DocumentKind.READOUT))
    tab.form.kind.activated.emit(tab.form.kind.currentIndex())
    tab.form.handling.setCurrentIndex(tab.form.handling.findData(Handling.INTERNAL))
    tab.form.handling.activated.emit(tab.form.handling.currentIndex())
    tab.text_pane.editor.setFocus()
    qtbot.keyClicks(tab.text_pane.editor, "The delegations met in Mexico City.")
    tab.form.url.setFocus()  # leaving the text saves it
    edited = get_document(services, added.id)
    assert edited.title == "Readout of the second dialogue"
    assert edited.kind is DocumentKind.READOUT
    assert edited.handling is Handling.INTERNAL
    assert edited.text == "The delegations met in Mexico City."
    assert tab.text_pane.banner.isVisible()  # internal documents are marked
    assert stack.count() == 5

    stack.undo()  # the text
    stack.undo()  # the handling
    assert get_document(services, added.id).handling is Handling.PUBLIC
    stack.redo()
    stack.redo()
    assert get_document(services, added.id) == edited

    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Delete)
    assert list_documents(services, meeting_id=planned_meeting.id) == []
    assert tab.empty.isVisible()
    stack.undo()
    (restored,) = list_documents(services, meeting_id=planned_meeting.id)
    assert {**vars(restored), "id": 0} == {**vars(edited), "id": 0}
    stack.undo()  # back past the delete: the text edit, on the document brought back
    assert get_document(services, restored.id).text is None
    for _ in range(5):
        stack.undo()
    assert list_documents(services, meeting_id=planned_meeting.id) == []
    while stack.canRedo():
        stack.redo()
    assert list_documents(services, meeting_id=planned_meeting.id) == []


def test_a_blank_title_is_refused_at_the_field(
    make_tab: MakeTab, planned_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services = tab_context.services
    document = create_document(
        services, DocumentDraft(planned_meeting.id, DocumentKind.MINUTES, "Minutes")
    )
    tab = make_tab(DocumentsTab, planned_meeting.id)
    tab.form.title.setFocus()
    tab.form.title.selectAll()
    qtbot.keyClick(tab.form.title, Qt.Key.Key_Delete)
    qtbot.keyClick(tab.form.title, Qt.Key.Key_Return)
    assert tab.errors.marked_field() == "title"
    assert tab.errors.message.text() == "must not be empty"
    assert get_document(services, document.id).title == "Minutes"


def test_deleting_a_quoted_document_asks_first_and_undo_links_the_commitments_again(
    final_meeting: Meeting, tab_context: AppContext, qtbot: QtBot
) -> None:
    services, stack = tab_context.services, tab_context.undo_stack
    reopen_record(services, final_meeting.id)
    english = statement(tab_context, final_meeting)
    quoting = commitments_quoting(services, english.id)
    assert len(quoting) == 10
    questions: list[str] = []
    answer = [False]

    def confirm(_parent: QWidget, question: str, _yes: str, proceed: Callable[[], None]) -> None:
        questions.append(question)
        if answer[0]:
            proceed()

    tab = DocumentsTab(tab_context, confirm=confirm)
    qtbot.addWidget(tab)
    tab_context.operations.changed.connect(tab.on_changed)
    tab.set_meeting(get_meeting(tab_context.services, final_meeting.id))
    tab.list.select(english.id)
    tab.delete_document()
    assert questions and questions[0].startswith("10 commitment")
    assert get_document(services, english.id) == english  # declined: nothing changed

    answer[0] = True
    tab.delete_document()
    assert all(english.id != d.id for d in list_documents(services, meeting_id=final_meeting.id))
    assert all(get_commitment(services, c).source_document_id is None for c in quoting)
    assert all(get_commitment(services, c).source_clause for c in quoting)

    stack.undo()
    restored = statement(tab_context, final_meeting)
    assert restored.text == english.text and restored.id != english.id
    assert commitments_quoting(services, restored.id) == quoting
    stack.redo()
    assert all(get_commitment(services, c).source_document_id is None for c in quoting)
    stack.undo()
    assert commitments_quoting(services, statement(tab_context, final_meeting).id) == quoting


def test_reopening_the_record_unlocks_the_tab(
    make_tab: MakeTab, final_meeting: Meeting, tab_context: AppContext
) -> None:
    tab = make_tab(DocumentsTab, final_meeting.id)
    assert tab.form.title.isReadOnly()
    reopen_record(tab_context.services, final_meeting.id)
    refresh(tab)
    assert not tab.lock_notice.isVisible()
    assert tab.add_button.isEnabled() and tab.delete_button.isEnabled()
    assert not tab.form.title.isReadOnly() and not tab.text_pane.editor.isReadOnly()


def test_a_document_without_text_gives_no_clause_and_says_why(
    make_tab: MakeTab, final_meeting: Meeting, tab_context: AppContext
) -> None:
    spanish = next(
        d for d in list_documents(tab_context.services, meeting_id=final_meeting.id) if not d.text
    )
    tab = make_tab(DocumentsTab, final_meeting.id)
    tab.list.select(spanish.id)
    tab.text_pane.create_action.trigger()
    assert not tab.text_pane.form.isVisible()
    assert tab.text_pane.hint.text().startswith("Select the sentence to quote first")


def test_the_default_question_opens_without_blocking_and_proceeds_only_on_yes(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    answers: list[str] = []
    ask(parent, "Delete it?", "Delete", lambda: answers.append("yes"))
    box = parent.findChild(QMessageBox, "confirmBox")
    assert box is not None and box.isVisible() and box.text() == "Delete it?"
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.click()
    assert answers == ["yes"]
    ask(parent, "Delete it?", "Delete", lambda: answers.append("again"))
    boxes = [b for b in parent.findChildren(QMessageBox, "confirmBox") if b.isVisible()]
    boxes[-1].button(QMessageBox.StandardButton.Cancel).click()
    assert answers == ["yes"]
