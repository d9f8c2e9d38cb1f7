"""Showing a stored value without taking away what the user is typing.

A reload can come while a field holds unsaved typing (an undo clicked on the toolbar takes no
focus, so the field was never left). The field keeps the typing; leaving it saves it as usual.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from dialoguetracker.gui.widgets.text_fields import CommittingTextEdit


def show_line(edit: QLineEdit, text: str) -> None:
    if edit.hasFocus() and edit.isModified():
        return
    if edit.text() != text:
        edit.setText(text)
    edit.setModified(False)


def show_text(edit: CommittingTextEdit, text: str | None) -> None:
    if edit.hasFocus() and edit.is_dirty():
        return
    edit.set_value(text)


def finished_line(edit: QLineEdit) -> str:
    """The text of a line the user finished; it counts as typing no longer."""
    edit.setModified(False)
    return edit.text().strip()
