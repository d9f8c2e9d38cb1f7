"""The commitments table widget: columns sized for their content without measuring every
row (a hundred thousand rows must not be measured), the status editor in its column, header
clicks that sort in the store — or, on a column the store cannot sort, do nothing — and the
header's menu that hides and shows columns, so a narrow screen keeps room for the text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView, QWidget

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling
from dialoguetracker.domain.records import Commitment
from dialoguetracker.gui.commitments.marks import Mark, mark_label
from dialoguetracker.gui.commitments.status_delegate import StatusDelegate
from dialoguetracker.gui.commitments.table_model import (
    COMMITMENT_ROLE,
    SORT_OF_COLUMN,
    Column,
    CommitmentTableModel,
)
from dialoguetracker.gui.vocabulary import day_text, handling_name, side_name, status_name


def _samples() -> dict[Column, str]:
    """Sample contents each column must fit, beside its header text (in "x" widths for the
    rest), in the interface language: read when a table is made, not when this is imported."""
    return {
        Column.ID: "00000",
        Column.STATUS: f"{status_name(CommitmentStatus.IN_PROGRESS)} ▾",
        Column.OWNER: side_name(JOINT),
        Column.TOPIC: "Critical infrastructure",
        Column.DUE: f"2023-06-30 · {mark_label(Mark.DUE_SOON)}",
        Column.HANDLING: handling_name(Handling.COUNTERPART),
        Column.NEWS: day_text(date(2022, 12, 30)),
        Column.DIALOGUE: "Cyber WG",
        Column.COMPLIANCE: "US (+1) · MX —",
    }


_ICON_ROOM = {Column.DUE: 22, Column.HANDLING: 22, Column.NEWS: 22, Column.COMPLIANCE: 22}
_TIGHT = frozenset({Column.NEWS, Column.DIALOGUE, Column.COMPLIANCE})
"""Columns no store sort can order (no room for the indicator) as wide as their header or
their contents with its icon, whichever is wider: the commitment's text keeps the room."""


HIDEABLE = (
    Column.STATUS,
    Column.OWNER,
    Column.TOPIC,
    Column.DUE,
    Column.HANDLING,
    Column.NEWS,
    Column.COMPLIANCE,
)
"""The columns the header's menu may hide: the number and the text always stay, and the
Dialogue column comes and goes with the register of every dialogue."""


MIN_TEXT_WIDTH = 260
"""Pixels the commitment's text keeps however narrow the window: some forty characters."""


class CommitmentTable(QTableView):
    columns_hidden = Signal(list)
    """The names of the hideable columns now hidden, after the user chose in the menu."""

    def __init__(self, model: CommitmentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self.setObjectName("commitmentsTable")
        self.setAccessibleName(self.tr("Commitments"))
        self.setModel(model)
        self.commitments = model
        self.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setObjectName("commitmentsHeader")
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(40)
        metrics = self.fontMetrics()
        for column, sample in _samples().items():
            text = model.headerData(column, Qt.Orientation.Horizontal)
            room = _ICON_ROOM.get(column, 0)
            title = metrics.horizontalAdvance(text if column in _TIGHT else f"{text}xxx")
            width = max(
                metrics.horizontalAdvance(sample) + room, title + (column not in _TIGHT) * room
            )
            header.resizeSection(column, width + 16)
        header.sectionResized.connect(self._other_column_resized)
        header.moveSection(header.visualIndex(Column.DIALOGUE), 1)  # after the number
        self.show_dialogue_column(False)
        sorted_by, order = model.sort_column()
        header.setSortIndicator(sorted_by, order)
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_text()

    def fit_text(self) -> None:
        """The commitment's text takes the room the other columns leave, but never less than
        it needs to be read: a narrow window scrolls sideways rather than hide the text."""
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != Column.TEXT and not header.isSectionHidden(column)
        )
        room = self.viewport().width() - others
        self._fitting = True
        try:
            header.resizeSection(Column.TEXT, max(MIN_TEXT_WIDTH, room))
        finally:
            self._fitting = False

    def _other_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column != Column.TEXT and not self._fitting:
            self.fit_text()

    def column_menu(self) -> QMenu:
        """A check per hideable column, under the header; hiding the last one shown is not
        offered, so the table always has a column beside the text."""
        menu = QMenu(self)
        menu.setObjectName("commitmentColumnsMenu")
        shown = [column for column in HIDEABLE if not self.isColumnHidden(column)]
        for column in HIDEABLE:
            action = menu.addAction(str(self.model().headerData(column, Qt.Orientation.Horizontal)))
            action.setObjectName(f"showColumn{column.name.title()}")
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])
            action.toggled.connect(lambda on, c=column: self._set_hidden(c, not on))
        return menu

    def _show_column_menu(self, position: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(position))

    def _set_hidden(self, column: Column, hidden: bool) -> None:
        self.setColumnHidden(column, hidden)
        self.fit_text()
        self.columns_hidden.emit(self.hidden_columns())

    def hidden_columns(self) -> list[str]:
        return [column.name.lower() for column in HIDEABLE if self.isColumnHidden(column)]

    def hide_columns(self, names: list[str]) -> None:
        """Hide the hideable columns named (as :meth:`hidden_columns` names them)."""
        for column in HIDEABLE:
            self.setColumnHidden(column, column.name.lower() in names)
        self.fit_text()

    def show_dialogue_column(self, shown: bool) -> None:
        """The Dialogue column, for a register of every dialogue's commitments."""
        self.setColumnHidden(Column.DIALOGUE, not shown)
        self.fit_text()

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SORT_OF_COLUMN:
            shown, order = self.commitments.sort_column()
            self.horizontalHeader().setSortIndicator(shown, order)

    def current_commitment(self) -> Commitment | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(Column.TEXT).data(COMMITMENT_ROLE)
        return value if isinstance(value, Commitment) else None

    def select_row(self, row: int, *, scroll: bool = True) -> None:
        index = self.commitments.index(row, Column.TEXT)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        if scroll:
            self.scroll_to_row(row, QAbstractItemView.ScrollHint.EnsureVisible)

    def scroll_to_row(self, row: int, hint: QAbstractItemView.ScrollHint) -> None:
        """Scroll up or down only: scrolling sideways to the far end would make Qt fetch
        another page (it fetches whenever a scroll bar reaches its end)."""
        self.scrollTo(self.commitments.index(row, Column.ID), hint)
