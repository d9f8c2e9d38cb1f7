"""A document's text, where a selected sentence becomes a commitment quoting it.

The same pane serves a meeting's Documents tab (where the text may be edited while the record
is a draft) and the Documents view (read-only). *Create commitment from this clause* is in the
text's context menu, on a button under it, and on Ctrl+Shift+L; with nothing selected it takes
the sentence the cursor is in, and selects it so the user sees what will be quoted.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.records import Document
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.widgets.clause_commitment import ClauseCommitmentForm, ClauseSource
from dialoguetracker.gui.widgets.labels import mark_banner
from dialoguetracker.gui.widgets.text_fields import CommittingTextEdit

CREATE_CLAUSE_SHORTCUT = "Ctrl+Shift+L"

_SENTENCE_END = re.compile(r"[.!?;](?:[\"”’)\]]*)(?=\s|$)")


def sentence_at(text: str, position: int) -> tuple[int, int]:
    """The [start, end) of the sentence of one paragraph of ``text`` around ``position``,
    without the white space around it; an empty span when there is no sentence there."""
    position = max(0, min(position, len(text)))
    start = text.rfind("\n", 0, position) + 1
    stop = text.find("\n", position)
    stop = len(text) if stop < 0 else stop
    for end in _SENTENCE_END.finditer(text, start, stop):
        if end.end() <= position:
            start = end.end()
        else:
            stop = end.end()
            break
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def plain_selection(cursor: QTextCursor) -> str:
    """What a cursor selects, with Qt's paragraph separators turned back into new lines."""
    return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n").strip()


class DocumentTextPane(QWidget):
    commitment_created = Signal(int)
    text_edited = Signal()
    """The user finished an edit of the text (only while the pane is editable)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document: Document | None = None
        self.dialogue_id: int | None = None
        self.context_menu: QMenu | None = None
        self.setObjectName("documentTextPane")
        self.banner = mark_banner(QLabel(self))
        self.banner.setObjectName("documentInternalBanner")
        self.banner.setText(
            self.tr("INTERNAL — this document is for our side only and is never shared.")
        )
        self.banner.hide()
        self.editor = CommittingTextEdit(self, lines=8)
        self.editor.setObjectName("documentText")
        self.editor.setAccessibleName(self.tr("Document text"))
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(self._context_menu)
        self.editor.editingFinished.connect(self.text_edited)
        self.editor.setPlaceholderText(self.tr("No document selected"))
        self.create_action = QAction(self.tr("Create commitment from this clause"), self)
        self.create_action.setObjectName("createCommitmentFromClause")
        self.create_action.setShortcut(QKeySequence(CREATE_CLAUSE_SHORTCUT))
        self.create_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.create_action.setToolTip(
            filled(
                self.tr(
                    "Select a sentence of the text (or put the cursor in it) to make a commitment "
                    "that quotes it (%1)"
                ),
                QKeySequence(CREATE_CLAUSE_SHORTCUT).toString(),
            )
        )
        self.create_action.triggered.connect(self.start_commitment)
        self.addAction(self.create_action)
        self.create_button = QToolButton(self)
        self.create_button.setObjectName("createCommitmentFromClauseButton")
        self.create_button.setDefaultAction(self.create_action)
        self.create_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.create_button.setAccessibleName(self.create_action.text())
        self.hint = QLabel(self)
        self.hint.setObjectName("clauseHint")
        self.hint.setWordWrap(True)
        self.form = ClauseCommitmentForm(context, self)
        self.form.created.connect(self._created)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(self.form)
        self.set_document(None, None)

    def set_document(
        self, document: Document | None, dialogue_id: int | None, editable: bool = False
    ) -> None:
        """Show ``document`` (None for none). The clause form stays open while the same
        document is shown again after a reload, and closes when another one is shown."""
        same = (
            document is not None and self.document is not None and document.id == self.document.id
        )
        self.document, self.dialogue_id = document, dialogue_id
        if not same:
            self.form.cancel()
            self.hint.clear()
            self.editor.setPlainText(document.text or "" if document else "")
            self.editor.mark_saved()
        elif not self.editor.is_dirty() and document is not None:
            self.editor.set_value(document.text)
        self.editor.setReadOnly(not editable or document is None)
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextEditorInteraction
            if editable and document is not None
            else Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        internal = document is not None and document.handling is Handling.INTERNAL
        self.banner.setVisible(internal)
        if document is not None and not document.text and not editable:
            self.editor.setPlaceholderText(self.tr("This document has no text in the record."))
        elif document is not None:
            self.editor.setPlaceholderText(self.tr("The document's text"))
        else:
            self.editor.setPlaceholderText(self.tr("No document selected"))
        self.create_action.setEnabled(document is not None and dialogue_id is not None)

    def selected_clause(self) -> str:
        """The selection, or else the sentence around the cursor (which is then selected)."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            start, end = sentence_at(self.editor.toPlainText(), cursor.position())
            if start == end:
                return ""
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
        return plain_selection(cursor)

    def start_commitment(self) -> None:
        if self.document is None or self.dialogue_id is None:
            return
        clause = self.selected_clause()
        if not clause:
            self.hint.setText(
                self.tr("Select the sentence to quote first, or put the cursor in it.")
            )
            return
        self.hint.clear()
        self.form.start(ClauseSource(self.document, self.dialogue_id), clause)

    def _created(self, commitment_id: int) -> None:
        self.hint.setText(
            self.tr("Commitment created; it quotes this clause as its source. Undo removes it.")
        )
        self.editor.setFocus()
        self.commitment_created.emit(commitment_id)

    def _context_menu(self, position: QPoint) -> None:
        menu = self.editor.createStandardContextMenu(position)
        menu.setObjectName("documentTextMenu")
        menu.addSeparator()
        menu.addAction(self.create_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.editor.viewport().mapToGlobal(position))
        self.context_menu = menu
