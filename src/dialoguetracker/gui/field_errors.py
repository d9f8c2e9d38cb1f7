"""Showing a service's ValidationError at the field it names.

A form registers its editors by the service's field names; the error marks that editor (a red
frame, the problem as tooltip and accessible description), moves the focus there and writes the
problem in the form's message label. The mark goes as soon as the user edits the field again.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.gui.said import said

INVALID_STYLE = "border: 2px solid #c0392b;"


class FieldErrors:
    def __init__(self, fields: Mapping[str, QWidget], message: QLabel) -> None:
        self.fields = dict(fields)
        self.message = message
        self.message.setObjectName(self.message.objectName() or "fieldErrorMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.message.hide()
        self._marked: QWidget | None = None
        self._edited: SignalInstance | None = None

    def show(self, error: ValidationError) -> None:
        self.clear()
        name = error.field.split(".")[-1].split("[")[0]
        widget = self.fields.get(name)
        self.message.setText(said(error.problem) if widget is not None else said(error))
        self.message.show()
        if widget is None:
            return
        widget.setProperty("invalid", True)
        widget.setStyleSheet(INVALID_STYLE)
        widget.setToolTip(said(error.problem))
        widget.setAccessibleDescription(said(error.problem))
        widget.setFocus()
        self._marked = widget
        self._edited = _edit_signal(widget)
        if self._edited is not None:
            self._edited.connect(self.clear)

    def clear(self) -> None:
        if self._edited is not None:
            self._edited.disconnect(self.clear)
            self._edited = None
        if self._marked is not None:
            self._marked.setProperty("invalid", False)
            self._marked.setStyleSheet("")
            self._marked.setToolTip("")
            self._marked.setAccessibleDescription("")
            self._marked = None
        self.message.clear()
        self.message.hide()

    def marked_field(self) -> str | None:
        """The name of the field shown as wrong, for tests and accessibility checks."""
        for name, widget in self.fields.items():
            if widget is self._marked:
                return name
        return None


def _edit_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a widget sends when the user changes it: typing in a line, choosing in a
    list, editing a text (a change made by the program to a line does not count)."""
    for name in ("textEdited", "currentIndexChanged", "textChanged", "dateChanged"):
        signal = getattr(widget, name, None)
        if isinstance(signal, SignalInstance):
            return signal
    return None
