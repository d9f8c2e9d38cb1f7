"""A date that may be left out: a check box beside a date editor with a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from dialoguetracker.domain import clock


class OptionalDateEdit(QWidget):
    edited = Signal()
    """The user ticked or cleared the box, or finished editing the date."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.check.setObjectName("dateGiven")
        self.check.setAccessibleName(label)
        self.editor = QDateEdit(self)
        self.editor.setObjectName("dateEditor")
        self.editor.setAccessibleName(label)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        today = clock.today()
        self.editor.setDate(QDate(today.year, today.month, today.day))
        self.editor.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self.editor.setEnabled)
        self.check.clicked.connect(lambda _checked: self.edited.emit())
        self.editor.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        if self.check.isChecked():
            self.edited.emit()

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        picked: date = self.editor.date().toPython()  # type: ignore[assignment]
        return picked

    def set_value(self, value: date | None, fallback: date | None = None) -> None:
        """Show ``value``; when there is none the editor shows ``fallback`` for the user to
        start from once they tick the box."""
        self.check.setChecked(value is not None)
        shown = value or fallback
        if shown is not None:
            self.editor.setDate(QDate(shown.year, shown.month, shown.day))

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.editor.setReadOnly(read_only)
