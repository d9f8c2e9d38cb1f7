"""The page of a party or an organization: its name, corrected in place.

A party's code is shown but not edited here: it is the key the interchange format and every
commitment's owner use, so a mistyped name is the common fix and a new code is a new party.
The name saves when the user finishes editing it (Enter, Tab, a click elsewhere), as one
undoable step; a refusal (an empty name, a name already taken) is shown at the field.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dialoguetracker.domain.records import Organization, Party
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.widgets.labels import heading_label


class GroupPage(QWidget):
    edited = Signal()
    """The user finished editing the name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupPage")
        self.record: Party | Organization | None = None
        self.heading = heading_label("groupHeading", self, scale=1.4)
        self.name = QLineEdit(self)
        self.name.setObjectName("groupName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.editingFinished.connect(self._finished)
        self.code = QLabel(self)
        self.code.setObjectName("groupCode")
        self.hint = QLabel(
            self.tr("Select a person to see their details and meeting history, or add one."),
            self,
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        message = QLabel(self)
        self.errors = FieldErrors({"name": self.name}, message)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        self.code_row = QLabel(self.tr("Code:"), self)
        form.addRow(self.code_row, self.code)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(message)
        layout.addSpacing(12)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def show_record(self, record: Party | Organization) -> None:
        self.record = record
        code = record.code if isinstance(record, Party) else None
        self.heading.setText(record.name if code is None else f"{record.name} ({code})")
        if self.name.text() != record.name:
            self.name.setText(record.name)
        self.name.setModified(False)
        self.code.setText(code or "")
        self.code.setVisible(code is not None)
        self.code_row.setVisible(code is not None)
        self.errors.clear()

    def _finished(self) -> None:
        if self.record is not None and self.name.isModified():
            self.name.setModified(False)
            self.edited.emit()
