"""The panel beside the open commitments: the one selected, and a progress update for it.

The reason line says when it is required, as the user picks a status or a due date, by the
same rule the services apply (:func:`dialoguetracker.domain.rules.needs_reason`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain import clock, rules
from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.domain.records import Commitment, CommitmentUpdate, CommitmentUpdateDraft
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import handling_name, side_name, status_name
from dialoguetracker.gui.widgets.labels import handling_combo, select_data
from dialoguetracker.gui.widgets.optional_date import OptionalDateEdit


class ReviewForm(QWidget):
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewForm")
        self.commitment: Commitment | None = None
        self.heading = QLabel(self.tr("Select a commitment to record its progress."), self)
        self.heading.setObjectName("reviewCommitmentText")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.facts = QLabel(self)
        self.facts.setObjectName("reviewCommitmentFacts")
        self.facts.setWordWrap(True)
        self.latest = QLabel(self)
        self.latest.setObjectName("reviewLatestUpdate")
        self.latest.setWordWrap(True)
        self.latest.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("reviewNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What was said or done about it"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.status = QComboBox(self)
        self.status.setObjectName("reviewStatus")
        self.status.addItem(self.tr("(unchanged)"), None)
        for status in CommitmentStatus:
            self.status.addItem(status_name(status), status)
        self.due = OptionalDateEdit(self.tr("Change"), self)
        self.due.setObjectName("reviewDue")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reviewReason")
        self.reason_hint = QLabel(self)
        self.reason_hint.setObjectName("reasonHint")
        self.reason_hint.setWordWrap(True)
        self.on = QDateEdit(self)
        self.on.setObjectName("reviewDate")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.handling = handling_combo(self)
        self.handling.setObjectName("reviewHandling")
        self.save_button = QPushButton(self.tr("&Record update"), self)
        self.save_button.setObjectName("recordUpdate")
        self.save_button.setToolTip(
            self.tr("Record the update, linked to this meeting (Ctrl+Return)")
        )
        self.save_button.clicked.connect(self.submitted)
        message = QLabel(self)
        message.setObjectName("reviewMessage")
        self.errors = FieldErrors(
            {
                "note": self.note,
                "status": self.status,
                "due": self.due,
                "reason": self.reason,
                "on": self.on,
                "handling": self.handling,
            },
            message,
        )
        self.done = QLabel(self)
        self.done.setObjectName("reviewDone")
        self.done.setWordWrap(True)
        names = {
            self.note: self.tr("Progress note"),
            self.status: self.tr("New status"),
            self.due: self.tr("New due date"),
            self.reason: self.tr("Reason"),
            self.on: self.tr("Date of the update"),
            self.handling: self.tr("Handling of the update"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.due.check.setAccessibleName(self.tr("Change the due date"))
        self.due.editor.setAccessibleName(self.tr("New due date"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Note:"), self.note),
            (self.tr("New &status:"), self.status),
            (self.tr("New d&ue date:"), self.due),
            (self.tr("Rea&son:"), self.reason),
            ("", self.reason_hint),
            (self.tr("&Date:"), self.on),
            (self.tr("&Handling:"), self.handling),
        ):
            form.addRow(label, widget)
            buddy = form.labelForField(widget)
            if isinstance(buddy, QLabel) and label:
                buddy.setBuddy(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.latest)
        layout.addLayout(form)
        layout.addWidget(message)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.done)
        layout.addStretch(1)
        submit = QShortcut(QKeySequence("Ctrl+Return"), self)
        submit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        submit.activated.connect(self.submitted)
        self.status.currentIndexChanged.connect(lambda _index: self._reason_rule())
        self.due.edited.connect(self._reason_rule)
        self.due.editor.dateChanged.connect(lambda _day: self._reason_rule())
        self.due.check.toggled.connect(lambda _checked: self._reason_rule())
        self.show_commitment(None, None, clock.today())

    def show_commitment(
        self, commitment: Commitment | None, latest: CommitmentUpdate | None, day: date
    ) -> None:
        """Show a commitment and start a fresh update for it, dated ``day``."""
        changed = (
            commitment is None or self.commitment is None or (commitment.id != self.commitment.id)
        )
        self.commitment = commitment
        self.errors.clear()
        if commitment is None:
            self.heading.setText(self.tr("Select a commitment to record its progress."))
            self.facts.clear()
            self.latest.clear()
        else:
            self.heading.setText(commitment.text)
            facts = [
                status_name(commitment.status),
                filled(self.tr("owner: %1"), side_name(commitment.owner)),
                filled(
                    self.tr("due: %1"),
                    commitment.due.isoformat() if commitment.due else self.tr("no date"),
                ),
                handling_name(commitment.handling),
            ]
            self.facts.setText(" · ".join(facts))
            self.latest.setText(
                filled(
                    self.tr("Latest update: %1"),
                    f"{latest.on.isoformat()} — {latest.note}" if latest else self.tr("none"),
                )
            )
        if changed:
            self.clear_inputs(day)

    def clear_inputs(self, day: date) -> None:
        self.note.clear()
        self.status.setCurrentIndex(0)
        due = self.commitment.due if self.commitment is not None else None
        self.due.set_value(None, due or day)
        self.reason.clear()
        self.on.setDate(QDate(day.year, day.month, day.day))
        select_data(self.handling, Handling.INTERNAL)
        self._reason_rule()

    def set_enabled_for_input(self, enabled: bool) -> None:
        for widget in (self.note, self.status, self.due, self.reason, self.on, self.handling):
            widget.setEnabled(enabled and self.commitment is not None)
        self.save_button.setEnabled(enabled and self.commitment is not None)

    def new_status(self) -> CommitmentStatus | None:
        data = self.status.currentData()
        return None if data is None else CommitmentStatus(data)

    def _reason_rule(self) -> str | None:
        why = None
        if self.commitment is not None:
            why = rules.needs_reason(
                self.commitment.status, self.commitment.due, self.new_status(), self.due.value()
            )
        self.reason_hint.setText(filled(self.tr("Required: %1."), said(why)) if why else "")
        self.reason_hint.setVisible(why is not None)
        self.reason.setPlaceholderText(
            self.tr("Why (required)") if why else self.tr("Why (optional)")
        )
        return why

    def draft(self, meeting_id: int) -> CommitmentUpdateDraft:
        assert self.commitment is not None
        on: date = self.on.date().toPython()  # type: ignore[assignment]
        reason = self.reason.text().strip() or None
        return CommitmentUpdateDraft(
            commitment_id=self.commitment.id,
            on=on,
            note=self.note.toPlainText().strip(),
            status=self.new_status(),
            due=self.due.value(),
            reason=reason,
            meeting_id=meeting_id,
            handling=Handling(self.handling.currentData()),
        )
