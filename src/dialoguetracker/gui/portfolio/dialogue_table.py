"""Every dialogue's figures, one row each: open, overdue, due soon and stale commitments, the
last and the next round, and the latest compliance average. A header click sorts the rows
(a dozen of them, all in memory); a click or Enter on a row opens that dialogue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QGroupBox, QHeaderView, QStyle, QTreeWidgetItem, QVBoxLayout, QWidget

from dialoguetracker.domain.portfolio import DialogueFigures
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.overview.figures import ALERT_COLOR
from dialoguetracker.gui.overview.panels import fit_rows, list_tree
from dialoguetracker.gui.vocabulary import average_text, count_text, day_text, when_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, OPEN, OVERDUE, DUE_SOON, STALE, LAST, NEXT, COMPLIANCE = range(8)
NUMBERS = (OPEN, OVERDUE, DUE_SOON, STALE, COMPLIANCE)
NO_VALUE = "—"


class _Row(QTreeWidgetItem):
    """A row that sorts by each column's value, not its text (9 after 10 otherwise)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else NAME
        mine, theirs = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if mine is None or theirs is None:
            return theirs is not None  # rows without a value last
        return bool(mine < theirs)


class DialogueTable(QGroupBox):
    dialogue_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dialogues"), parent)
        self.setObjectName("portfolioDialogues")
        headers = [
            self.tr("Dialogue"),
            self.tr("Open"),
            self.tr("Overdue"),
            "",  # "Due within N days", set with the figures
            self.tr("Stale"),
            self.tr("Last round"),
            self.tr("Next round"),
            self.tr("Compliance"),
        ]
        self.tree = list_tree("portfolioDialoguesTree", headers, self)
        self.tree.setAccessibleName(self.tr("Dialogues"))
        self.tree.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.tree.headerItem().setToolTip(
            COMPLIANCE, self.tr("The latest compliance average across the dialogue's sides")
        )
        for column in NUMBERS:
            self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.tree.itemActivated.connect(self._chosen)
        single_click = QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick
        if not self.tree.style().styleHint(single_click, None, self.tree):
            self.tree.itemClicked.connect(self._chosen)  # a list of links, as in the overview
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)

    def show_dialogues(
        self, rows: Sequence[DialogueFigures], soon_days: int, stale_months: int
    ) -> None:
        header = self.tree.headerItem()
        header.setText(
            DUE_SOON,
            count_text(soon_days, self.tr("Due within %n day"), self.tr("Due within %n days")),
        )
        header.setToolTip(
            STALE,
            count_text(
                stale_months,
                self.tr("Open, with no progress update for %n month"),
                self.tr("Open, with no progress update for %n months"),
            ),
        )
        column, order = self.tree.sortColumn(), self.tree.header().sortIndicatorOrder()
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for position, figures in enumerate(rows):
            self.tree.addTopLevelItem(self._row(figures, position))
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(column, order)
        fit_rows(self.tree, len(rows), least=2, most=14)

    def _row(self, figures: DialogueFigures, position: int) -> _Row:
        """A dialogue's row; ``position`` is its place in the navigator's order, by name."""
        locale = QLocale()
        counts = (figures.open, figures.overdue, figures.due_soon, figures.stale)
        item = _Row(
            [
                figures.label,
                *(locale.toString(count) for count in counts),
                _round_text(figures.last_round),
                _round_text(figures.next_round),
                average_text(figures.compliance),
            ]
        )
        item.setData(NAME, ID_ROLE, figures.dialogue.id)
        item.setToolTip(NAME, figures.dialogue.name)
        values: dict[int, object] = {
            NAME: position,
            LAST: _round_day(figures.last_round),
            NEXT: _round_day(figures.next_round),
            COMPLIANCE: figures.compliance,
        }
        values.update(zip((OPEN, OVERDUE, DUE_SOON, STALE), counts, strict=True))
        for column, value in values.items():
            item.setData(column, SORT_ROLE, value)
        for column in NUMBERS:
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        for column, meeting in ((LAST, figures.last_round), (NEXT, figures.next_round)):
            if meeting is not None:
                item.setToolTip(column, f"{meeting.title}\n{when_text(meeting.start)}")
        if figures.overdue:  # the column says what the number is; bold and red alert
            font = QFont(item.font(OVERDUE))
            font.setBold(True)
            item.setFont(OVERDUE, font)
            item.setForeground(OVERDUE, QBrush(QColor(ALERT_COLOR)))
        return item

    def dialogue_ids(self) -> list[int]:
        """The dialogues listed, top to bottom."""
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [int(item.data(NAME, ID_ROLE)) for item in items if item is not None]

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        record_id = item.data(NAME, ID_ROLE)
        if record_id is not None:
            self.dialogue_chosen.emit(int(record_id))


def _round_day(meeting: Meeting | None) -> date | None:
    """The day a round starts on, where it is held."""
    if meeting is None:
        return None
    start = meeting.start
    return start.date() if isinstance(start, datetime) else start


def _round_text(meeting: Meeting | None) -> str:
    day = _round_day(meeting)
    return NO_VALUE if day is None else day_text(day)
