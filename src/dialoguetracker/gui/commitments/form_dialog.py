"""What the commitment dialogs share: Save runs one service call; a refused input is shown at
its field and the dialog stays open with everything typed; Ctrl+Enter saves from anywhere.

Dialogs are opened with ``open()`` (window-modal, never a nested event loop), so nothing
blocks and a test drives them like a user.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.said import said

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.errors = FieldErrors({}, self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("formButtons")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveButton")
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)
        self.submit: Callable[[], object] | None = None

    def register_fields(self, fields: Mapping[str, QWidget]) -> None:
        self.errors.fields.update(fields)

    def accept(self) -> None:
        """Save: one service call. A refusal keeps the dialog open at the wrong field."""
        self.errors.clear()
        try:
            if self.submit is not None:
                self.submit()
        except ValidationError as error:
            self.errors.show(error)
            return
        except DialogueTrackerError as error:
            self.message.setText(said(error))
            self.message.show()
            return
        super().accept()
