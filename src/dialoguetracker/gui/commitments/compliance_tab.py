"""The *Compliance* tab beside a commitment's progress updates: how far each side kept it in
the current period, and scoring it (:mod:`dialoguetracker.domain.compliance`).

Scoring takes two keystrokes: the evidence starts as the latest progress update's note, so
``1``, ``0`` or ``-`` picks the score and Enter records it (for the side chosen; a joint
commitment is scored for each side in turn, the next side chosen after each). Every
assessment made stays listed, newest first; the one that counts for a side is the latest.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.compliance import Assessment, AssessmentDraft, Period
from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import day_text, handling_name, score_text, side_name

if TYPE_CHECKING:
    from dialoguetracker.domain.records import Commitment
    from dialoguetracker.gui.context import AppContext

SCORE_KEYS = ((1, ("1", "+")), (0, ("0",)), (-1, ("-",)))


class ComplianceTab(QWidget):
    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        """``context`` None: the first screen's panel, which reads and writes nothing."""
        super().__init__(parent)
        self.setObjectName("complianceTab")
        self.context = context
        self.commitment: Commitment | None = None
        self.assessments: list[Assessment] = []
        self.waiting: list[str] = []
        """The sides not yet scored for the current period, in the dialogue's order."""
        self.editable = True

        self.period = QLabel(self)
        self.period.setObjectName("compliancePeriod")
        self.period.setWordWrap(True)
        self.side = QComboBox(self)
        self.side.setObjectName("complianceSide")
        self.side.setAccessibleName(self.tr("Side assessed"))
        self.scores = QButtonGroup(self)
        score_row = QHBoxLayout()
        for score, keys in SCORE_KEYS:
            button = QPushButton(self._score_label(score), self)
            button.setObjectName(f"complianceScore{score:+d}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(filled(self.tr("Key: %1"), " ".join(keys)))
            self.scores.addButton(button, score)
            score_row.addWidget(button)
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda chosen=score: self.choose_score(chosen))
        self.evidence = QLineEdit(self)
        self.evidence.setObjectName("complianceEvidence")
        self.evidence.setPlaceholderText(self.tr("Evidence: what shows it (a document, a URL)"))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.returnPressed.connect(self.record)
        self.final = QCheckBox(self.tr("&Final"), self)
        self.final.setObjectName("complianceFinal")
        self.handling = QComboBox(self)
        self.handling.setObjectName("complianceHandling")
        for handling in (Handling.INTERNAL, Handling.COUNTERPART, Handling.PUBLIC):
            self.handling.addItem(handling_name(handling), handling)
        self.save = QPushButton(self.tr("&Assess"), self)
        self.save.setObjectName("complianceAssess")
        self.save.setAutoDefault(False)
        self.save.clicked.connect(self.record)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self)
        enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        enter.activated.connect(self.record)
        self.message = QLabel(self)
        self.message.setObjectName("complianceMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.history = QTextBrowser(self)
        self.history.setObjectName("complianceHistory")
        self.history.setAccessibleName(self.tr("Assessments"))
        self.history.setFrameShape(QFrame.Shape.StyledPanel)

        form = QHBoxLayout()
        form.addWidget(self.side)
        form.addLayout(score_row)
        form.addWidget(self.final)
        form.addWidget(self.handling)
        form.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.period)
        layout.addLayout(form)
        layout.addWidget(self.evidence)
        layout.addWidget(self.message)
        layout.addWidget(self.history, 1)
        self.show_commitment(None)

    def _score_label(self, score: int) -> str:
        if score == 1:
            return self.tr("+1 Full")
        if score == 0:
            return self.tr("0 Partial")
        return self.tr("−1 None")

    def offer_no_edits(self) -> None:
        """Scores are read here, never given (a login that may change nothing)."""
        self.editable = False
        for widget in (self.side, self.evidence, self.final, self.handling, self.save):
            widget.hide()
        for button in self.scores.buttons():
            button.hide()

    def show_commitment(self, commitment: Commitment | None, latest_note: str = "") -> None:
        """Read and show one commitment's assessments; None shows nothing."""
        self.commitment = commitment
        self.message.hide()
        self.side.clear()
        self.assessments = []
        self.waiting = []
        period: Period | None = None
        if commitment is not None and self.context is not None:
            from dialoguetracker.services.assessments import commitment_compliance

            shown = commitment_compliance(self.context.services, commitment.id)
            for side in shown.sides:
                self.side.addItem(side_name(side), side)
            self.assessments = list(shown.assessments)
            period = shown.current
            scored = {a.side for a in self.assessments if a.period.is_current}
            self.waiting = [side for side in shown.sides if side not in scored]
            if self.waiting:  # the side still to score this period comes first
                self.side.setCurrentIndex(shown.sides.index(self.waiting[0]))
        self.evidence.setText(latest_note)
        self.evidence.setCursorPosition(0)  # a long note reads from its start
        checked = self.scores.checkedButton()
        if checked is not None:
            self.scores.setExclusive(False)
            checked.setChecked(False)
            self.scores.setExclusive(True)
        ready = commitment is not None and period is not None
        for widget in (self.side, self.evidence, self.final, self.handling, self.save):
            widget.setEnabled(ready)
        for button in self.scores.buttons():
            button.setEnabled(ready)
        self.period.setText(self._period_text(commitment, period))
        self.history.setHtml(self._history_html())

    def _period_text(self, commitment: Commitment | None, period: Period | None) -> str:
        if commitment is None:
            return self.tr("No commitment selected")
        if period is None:
            return self.tr("The dialogue has held no round yet: there is no period to assess.")
        return filled(self.tr("Current period: since the round of %1"), day_text(period.start))

    def _history_html(self) -> str:
        if not self.assessments:
            nothing = self.tr("Not assessed yet.")
            return f"<p><i>{escape(nothing)}</i></p>"
        items = []
        for assessment in reversed(self.assessments):
            kind = self.tr("final") if assessment.final else self.tr("interim")
            end = (
                self.tr("ongoing")
                if assessment.period.end is None
                else day_text(assessment.period.end)
            )
            head = " · ".join(
                [
                    side_name(assessment.side),
                    f"<b>{escape(score_text(assessment.score))}</b> ({escape(kind)})",
                    escape(
                        filled(self.tr("period %1 – %2"), day_text(assessment.period.start), end)
                    ),
                    escape(day_text(assessment.assessed_on)),
                    escape(assessment.assessed_by),
                ]
            )
            items.append(f"<p>{head}<br/>{escape(assessment.evidence)}</p>")
        return "".join(items)

    def choose_score(self, score: int) -> None:
        button = self.scores.button(score)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def record(self) -> None:
        """Record the assessment as filled in, for the current period."""
        commitment, context = self.commitment, self.context
        score = self.scores.checkedId()
        if commitment is None or context is None or not self.editable or not self.save.isEnabled():
            return
        if score not in (-1, 0, 1):
            self._refuse(self.tr("Choose a score: 1, 0 or - (+1 full, 0 partial, −1 none)."))
            return
        from dialoguetracker.services.assessments import assess, withdraw_assessment

        side = str(self.side.currentData())
        draft = AssessmentDraft(
            commitment.id,
            side,
            score,
            self.evidence.text(),
            final=self.final.isChecked(),
            handling=Handling(self.handling.currentData()),
        )
        done = filled(
            self.tr("Commitment %1 assessed for %2: %3"),
            str(commitment.id),
            side_name(side),
            score_text(score),
        )
        # the view reads the commitment again as the change is announced, inside ``run``
        following = (self.side.currentIndex() + 1) % max(1, self.side.count())
        try:
            context.editing.change(
                done,
                lambda: assess(context.services, draft),
                lambda made: withdraw_assessment(context.services, made.id),
            )
        except DialogueTrackerError as error:
            self._refuse(said(error))
            return
        note = self.evidence.text()
        self.show_commitment(commitment, note)
        if not self.waiting:  # every side scored: the next in turn, to score again
            self.side.setCurrentIndex(following)

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
