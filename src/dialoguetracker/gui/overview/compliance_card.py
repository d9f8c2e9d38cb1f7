"""The overview's compliance card: each side's average score in the last complete period
between rounds and in the current one, ``+0.50 (75%)``, the way the G7/G20 Research Group
prints them, so "did they do what they said, did we?" is answered on the first screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from dialoguetracker.domain.compliance import Average, Period
from dialoguetracker.domain.overview import DialogueOverview
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import average_text, count_text, day_text


class ComplianceCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCompliance")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = QLabel(self.tr("Compliance"), self)
        self.caption.setObjectName("figureComplianceCaption")
        self.table = QWidget(self)
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(1)
        self.note = QLabel(self)
        self.note.setObjectName("figureComplianceNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.cells: dict[tuple[int, str], QLabel] = {}
        """(period index, side) -> the label of that average, for tests and screen readers."""

    def show_compliance(self, overview: DialogueOverview) -> None:
        names = {party.code: party.name for party in overview.parties}
        periods = overview.compliance_periods
        self._clear()
        if not periods:
            self.note.setText(self.tr("No round held yet: nothing to assess."))
            self.note.show()
            self.table.hide()
            self._describe([self.note.text()])
            return
        self.table.show()
        heads = self._period_heads(periods)
        for column, (head, span) in enumerate(heads, start=1):
            label = self._label(head, Qt.AlignmentFlag.AlignRight)
            label.setToolTip(span)
            self.grid.addWidget(label, 0, column)
        said = []
        for row, party in enumerate(overview.parties, start=1):
            side = self._label(party.code, Qt.AlignmentFlag.AlignLeft)
            side.setToolTip(party.name)
            self.grid.addWidget(side, row, 0)
            for column, period in enumerate(periods, start=1):
                average = overview.average(period, party.code)
                cell = self._label(average_text(average.value), Qt.AlignmentFlag.AlignRight)
                cell.setToolTip(_assessed(average))
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
                self.grid.addWidget(cell, row, column)
                self.cells[(column - 1, party.code)] = cell
                head, span = heads[column - 1]
                said.append(f"{names.get(party.code, party.code)}, {head} ({span}): {cell.text()}")
        self.grid.setColumnStretch(0, 1)
        scored = any(line.average.count for line in overview.compliance)
        self.note.setText("" if scored else self.tr("No commitment assessed in these periods."))
        self.note.setVisible(not scored)
        self._describe(said if scored else [self.note.text()])

    def _period_heads(self, periods: Sequence[Period]) -> list[tuple[str, str]]:
        """(column head, the period's dates) of each period shown."""
        heads = []
        for period in periods:
            if period.end is None:
                heads.append(
                    (self.tr("Current"), filled(self.tr("since %1"), day_text(period.start)))
                )
            else:
                span = filled(self.tr("%1 to %2"), day_text(period.start), day_text(period.end))
                heads.append((self.tr("Last period"), span))
        return heads

    def _label(self, text: str, align: Qt.AlignmentFlag) -> QLabel:
        label = QLabel(text, self.table)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _clear(self) -> None:
        self.cells = {}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _describe(self, lines: list[str]) -> None:
        text = "\n".join(lines)
        self.setAccessibleName(self.caption.text())
        self.setAccessibleDescription(text)
        self.setToolTip(text)


def _assessed(average: Average) -> str:
    if not average.count:
        return QCoreApplication.translate("ComplianceCard", "No commitment assessed")
    return count_text(
        average.count,
        QCoreApplication.translate("ComplianceCard", "%n commitment assessed"),
        QCoreApplication.translate("ComplianceCard", "%n commitments assessed"),
    )
