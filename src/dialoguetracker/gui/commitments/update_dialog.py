"""A new progress update: a dated note, and optionally a new status, a new due date with its
reason, and the meeting where it was reviewed. Opens with the note focused; Ctrl+Enter saves.

The reason is marked as needed while the chosen status or date calls for one (the rule of
:func:`dialoguetracker.domain.rules.needs_reason`); the service still has the last word.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain import rules
from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.domain.records import Commitment, CommitmentUpdateDraft
from dialoguetracker.gui.commitments.choices import (
    combo,
    fill_handling,
    fill_records,
    fill_statuses,
    no_change_text,
    select_data,
)
from dialoguetracker.gui.commitments.form_dialog import FormDialog
from dialoguetracker.gui.commitments.labels import reason_prompt, short_text
from dialoguetracker.services.commitment_lookup import Choice


def date_edit(name: str, accessible: str, value: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class UpdateDialog(FormDialog):
    def __init__(
        self,
        commitment: Commitment,
        meetings: list[Choice],
        on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.commitment = commitment
        self.setObjectName("updateDialog")
        self.setWindowTitle(self.tr("New progress update"))
        heading = QLabel(short_text(commitment.text, 90), self)
        heading.setObjectName("updateCommitment")
        heading.setWordWrap(True)
        heading.setToolTip(commitment.text)

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("updateNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What happened, in a sentence or two"))
        self.on = date_edit("updateDate", self.tr("Date of the update"), on, self)
        self.status = combo("updateStatus", self.tr("New status"), self)
        self.status.addItem(no_change_text(), None)
        fill_statuses(self.status)
        self.move_due = QCheckBox(
            self.tr("Move the due date") if commitment.due else self.tr("Set a due date"), self
        )
        self.move_due.setObjectName("updateMoveDue")
        self.due = date_edit(
            "updateDue",
            self.tr("New due date"),
            commitment.due or on + timedelta(days=30),
            self,
        )
        self.due.setEnabled(False)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("updateReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason_hint = QLabel(self)
        self.reason_hint.setObjectName("updateReasonHint")
        self.reason_hint.setWordWrap(True)
        self.meeting = combo("updateMeeting", self.tr("Reviewed at meeting"), self)
        fill_records(self.meeting, meetings, self.tr("Not reviewed at a meeting"))
        self.handling = combo("updateHandling", self.tr("Handling"), self)
        fill_handling(self.handling)
        select_data(self.handling, Handling.INTERNAL.value)

        due_row = QHBoxLayout()
        due_row.addWidget(self.move_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Note:"), self.note), self.note)
        form.addRow(self._label(self.tr("&Date:"), self.on), self.on)
        form.addRow(self._label(self.tr("New &status:"), self.status), self.status)
        form.addRow(self._label(self.tr("D&ue date:"), self.move_due), due_row)
        form.addRow(self._label(self.tr("&Reason:"), self.reason), self.reason)
        form.addRow("", self.reason_hint)
        form.addRow(self._label(self.tr("Reviewed at &meeting:"), self.meeting), self.meeting)
        form.addRow(self._label(self.tr("&Handling:"), self.handling), self.handling)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.register_fields(
            {
                "note": self.note,
                "on": self.on,
                "status": self.status,
                "due": self.due,
                "reason": self.reason,
                "meeting": self.meeting,
                "handling": self.handling,
            }
        )
        order = [self.note, self.on, self.status, self.move_due, self.due, self.reason]
        order += [self.meeting, self.handling, self.buttons]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.status.currentIndexChanged.connect(self._reason_needed)
        self.move_due.toggled.connect(self.due.setEnabled)
        self.move_due.toggled.connect(self._reason_needed)
        self.due.dateChanged.connect(self._reason_needed)
        self._reason_needed()
        self.resize(520, self.sizeHint().height())
        self.note.setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def new_status(self) -> CommitmentStatus | None:
        value = self.status.currentData()
        return None if value is None else CommitmentStatus(value)

    def new_due(self) -> date | None:
        return date_of(self.due) if self.move_due.isChecked() else None

    def _reason_needed(self) -> None:
        status, due = self.new_status(), self.new_due()
        current = self.commitment
        needed = rules.needs_reason(current.status, current.due, status, due) is not None
        moves = due is not None and current.due is not None and due != current.due
        self.reason_hint.setText(reason_prompt(status, moves) if needed else "")
        self.reason_hint.setVisible(needed)
        self.reason.setPlaceholderText(self.tr("Needed") if needed else self.tr("Optional"))

    def draft(self) -> CommitmentUpdateDraft:
        meeting = self.meeting.currentData()
        return CommitmentUpdateDraft(
            commitment_id=self.commitment.id,
            on=date_of(self.on),
            note=self.note.toPlainText().strip(),
            status=self.new_status(),
            due=self.new_due(),
            reason=self.reason.text().strip() or None,
            meeting_id=None if meeting is None else int(meeting),
            handling=Handling(self.handling.currentData()),
        )

    def start_with_due(self) -> None:
        """Open on the due date, for "Move due date…"."""
        self.move_due.setChecked(True)
        self.due.setFocus()
