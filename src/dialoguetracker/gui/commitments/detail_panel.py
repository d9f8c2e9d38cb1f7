"""The side panel: one commitment in full — its text, handling, state, source clause and the
history of its progress updates — with the actions that change it.

Enter (or Ctrl+U anywhere in the view) starts a new progress update. All user text is shown
as plain text or escaped, so a note that says ``<b>`` reads as typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.records import Commitment, CommitmentUpdate
from dialoguetracker.gui.commitments import marks
from dialoguetracker.gui.commitments.labels import handling_hint
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import handling_name, side_name, status_name, status_word

_INTERNAL_STYLE = (
    f"color: {marks.INTERNAL_FOREGROUND.name()}; background: {marks.INTERNAL_BACKGROUND.name()};"
    " border-radius: 3px; padding: 1px 6px; font-weight: bold;"
)


class DetailPanel(QWidget):
    new_update_requested = Signal()
    move_due_requested = Signal()
    edit_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        trail: QWidget | None = None,
        compliance: QWidget | None = None,
    ) -> None:
        """``trail`` is the commitment's change history and ``compliance`` its assessments,
        each shown on a tab beside the progress updates; they read the store themselves,
        which this panel never does."""
        super().__init__(parent)
        self.setObjectName("commitmentDetail")
        self.setAccessibleName(self.tr("Commitment details"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.commitment: Commitment | None = None
        self.updates: list[CommitmentUpdate] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("detailHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.handling_icon = QLabel(self)
        self.handling_icon.setObjectName("detailHandlingIcon")
        self.handling_icon.setPixmap(marks.lock_icon().pixmap(16, 16))
        self.handling = QLabel(self)
        self.handling.setObjectName("detailHandling")
        self.body = self._browser("detailBody", self.tr("Commitment text, state and source"))
        self.history = self._browser("detailHistory", self.tr("Update history"))

        self.new_update = self._button("newUpdateButton", self.tr("New &update…"))
        self.new_update.setToolTip(self.tr("New progress update (Ctrl+U)"))
        self.new_update.clicked.connect(self.new_update_requested)
        self.move_due = self._button("moveDueButton", self.tr("Move &due date…"))
        self.move_due.clicked.connect(self.move_due_requested)
        self.edit = self._button("editCommitmentButton", self.tr("&Edit…"))
        self.edit.setToolTip(self.tr("Edit the text, owner, topic, handling or source"))
        self.edit.clicked.connect(self.edit_requested)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.handling_icon)
        top.addWidget(self.handling)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_update)
        buttons.addWidget(self.move_due)
        buttons.addWidget(self.edit)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.body, 1)
        left.addLayout(buttons)
        self.sides = QTabWidget(self)
        self.sides.setObjectName("commitmentHistoryTabs")
        self.sides.setDocumentMode(True)
        self.sides.setAccessibleName(self.tr("Progress updates and change history"))
        self.sides.tabBar().setAccessibleName(self.sides.accessibleName())
        self.sides.addTab(self.history, self.tr("Progress updates"))
        self.compliance = compliance
        if compliance is not None:
            self.sides.addTab(compliance, self.tr("Compliance"))
        self.trail = trail
        if trail is not None:
            self.sides.addTab(trail, self.tr("Change history"))
        right = QVBoxLayout()
        right.addWidget(self.sides, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.show_commitment(None)

    def _browser(self, name: str, accessible: str) -> QTextBrowser:
        browser = QTextBrowser(self)
        browser.setObjectName(name)
        browser.setAccessibleName(accessible)
        browser.setOpenLinks(False)
        browser.setMinimumHeight(80)
        browser.setFrameShape(QFrame.Shape.StyledPanel)
        return browser

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def show_commitment(
        self,
        commitment: Commitment | None,
        updates: list[CommitmentUpdate] | None = None,
        topic: str = "",
        source_title: str = "",
        meeting_title: str = "",
        mark: marks.Mark | None = None,
    ) -> None:
        self.commitment = commitment
        self.updates = list(updates or [])
        for button in (self.new_update, self.move_due, self.edit):
            button.setEnabled(commitment is not None)
        if commitment is None:
            self.heading.setText(self.tr("No commitment selected"))
            self.handling.clear()
            self.handling.setStyleSheet("")
            self.handling_icon.hide()
            self.body.clear()
            self.history.clear()
            return
        self.heading.setText(filled(self.tr("Commitment %1"), str(commitment.id)))
        self._show_handling(commitment.handling)
        state = self._state(commitment, topic, meeting_title, mark)
        source = source_title if commitment.source_document_id else self.tr("Our paraphrase")
        self.body.setHtml(self._body_html(commitment, state, source))
        self.history.setHtml(self._history_html())

    def _body_html(self, commitment: Commitment, state: str, source: str) -> str:
        def text(value: str) -> str:
            return escape(value).replace("\n", "<br/>")

        state_label, source_label = self.tr("State:"), self.tr("Source:")
        rows = [
            f"<p>{text(commitment.text)}</p>",
            f"<p><b>{text(state_label)}</b> {text(state)}</p>",
            f"<p><b>{text(source_label)}</b> {text(source)}</p>",
        ]
        if commitment.source_clause:
            rows.append(f"<p><i>“{text(commitment.source_clause)}”</i></p>")
        return "".join(rows)

    def body_text(self) -> str:
        """The text, state and source as a screen reader (and a test) reads them."""
        return self.body.toPlainText()

    def _show_handling(self, handling: Handling) -> None:
        internal = handling is Handling.INTERNAL
        self.handling_icon.setVisible(internal)
        self.handling.setText(handling_name(handling))
        self.handling.setToolTip(handling_hint(handling))
        self.handling.setAccessibleName(handling_hint(handling))
        self.handling.setStyleSheet(_INTERNAL_STYLE if internal else "padding: 1px 6px;")

    def _state(self, commitment: Commitment, topic: str, meeting: str, mark: object) -> str:
        parts = [status_name(commitment.status), side_name(commitment.owner)]
        if topic:
            parts.append(topic)
        if commitment.due is not None:
            due = filled(self.tr("due %1"), commitment.due.isoformat())
            if isinstance(mark, marks.Mark):
                due += f" ({marks.mark_label(mark)})"
            parts.append(due)
        if meeting:
            parts.append(filled(self.tr("from %1"), meeting))
        return " · ".join(parts)

    def _history_html(self) -> str:
        if not self.updates:
            nothing = self.tr("No progress updates yet.")
            return f"<p><i>{escape(nothing)}</i></p>"
        items = []
        for update in reversed(self.updates):  # newest first
            changes = []
            if update.status is not None:
                changes.append(filled(self.tr("status → %1"), status_word(update.status)))
            if update.due is not None:
                changes.append(filled(self.tr("due → %1"), update.due.isoformat()))
            if update.reason:
                changes.append(filled(self.tr("reason: %1"), update.reason))
            tag = ""
            if update.handling is Handling.INTERNAL:
                tag = (
                    f' <span style="color:{marks.INTERNAL_FOREGROUND.name()};'
                    f' background:{marks.INTERNAL_BACKGROUND.name()}; font-weight:bold">'
                    f"&nbsp;{escape(handling_name(update.handling))}&nbsp;</span>"
                )
            note = escape(update.note).replace("\n", "<br/>")
            line = f"<b>{update.on.isoformat()}</b>{tag}<br/>{note}"
            if changes:
                line += f"<br/><small>{escape(' · '.join(changes))}</small>"
            items.append(f"<p>{line}</p>")
        return "".join(items)

    def history_text(self) -> str:
        """The history as a screen reader (and a test) reads it."""
        return self.history.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.commitment is not None:
            self.new_update_requested.emit()
            return
        super().keyPressEvent(event)
