"""The commitments table: a paged Qt model over the services' filtered, sorted lists.

A store may hold a hundred thousand commitments, so the model never loads them all: it asks
for the count and shows one page of rows; Qt's ``canFetchMore``/``fetchMore`` add a page as the
view scrolls, and a page's records are read only when one of its rows is shown (see
:mod:`~dialoguetracker.gui.commitments.pages`). Sorting rebuilds the filter with another
:class:`CommitmentSort` and starts again from the first page, because a proxy model could only
sort the rows already fetched.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter, SortKey
from dialoguetracker.domain.records import Commitment
from dialoguetracker.domain.staleness import STALE_MONTHS, is_stale
from dialoguetracker.gui.commitments import marks
from dialoguetracker.gui.commitments.columns import (
    COLUMN_OF_SORT,
    COMMITMENT_ROLE,
    MARK_ROLE,
    SORT_OF_COLUMN,
    SORT_ROLE,
    Column,
    display_text,
    header_text,
    sort_value,
    styled,
)
from dialoguetracker.gui.commitments.pages import PAGE_SIZE, CommitmentPages
from dialoguetracker.gui.commitments.source import CommitmentSource

__all__ = [
    "COMMITMENT_ROLE",
    "MARK_ROLE",
    "PAGE_SIZE",
    "SORT_OF_COLUMN",
    "SORT_ROLE",
    "Column",
    "CommitmentTableModel",
]

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class CommitmentTableModel(QAbstractTableModel):
    status_requested = Signal(object, object)
    """(commitment, new status): the user chose a status in the table. The model changes
    nothing itself; its owner asks for a reason where needed and calls the services."""

    def __init__(self, source: CommitmentSource, parent: Any = None) -> None:
        super().__init__(parent)
        self.pages = CommitmentPages(source)
        self.topics: dict[int, str] = {}
        self.dialogues: dict[int, str] = {}
        """Dialogue names by id, for the Dialogue column."""
        self.stale_months = STALE_MONTHS
        """Months without news that make an open commitment stale (Preferences)."""
        self.status_editable = True
        self._changing = False
        """True while the model announces a reset or an insertion: a fetch asked for from a
        slot of those signals would nest one change inside another, so it waits."""

    # -- loading ---------------------------------------------------------------------------

    @property
    def criteria(self) -> CommitmentFilter | None:
        """The filter the rows come from (without paging), or None when nothing is shown."""
        return self.pages.criteria

    @property
    def total(self) -> int:
        """How many commitments the filter lets through, fetched or not."""
        return self.pages.total

    @property
    def today(self) -> date:
        return self.pages.today

    @property
    def page_size(self) -> int:
        return self.pages.page_size

    def set_filter(self, criteria: CommitmentFilter | None) -> None:
        """Show the first page of what ``criteria`` lets through (None: show nothing)."""
        self._reset(criteria, self.page_size)

    def refresh(self) -> None:
        """Count and read again after a change, keeping as many rows as were announced
        (at least a page); rows are read again only as they are shown."""
        self._reset(self.pages.criteria, max(self.page_size, self.pages.count), read_first=False)

    def _reset(
        self, criteria: CommitmentFilter | None, count: int, *, read_first: bool = True
    ) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self.pages.restart(criteria, count, read_first=read_first)
            self.endResetModel()
        finally:
            self._changing = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._changing and self.pages.more() > 0

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._changing or self.pages.more() <= 0:
            return
        self._grow(self.pages.count + self.pages.more())

    def fetch_through(self, row: int) -> bool:
        """Announce the pages down to ``row`` (reading none of them yet); False when the
        list is shorter than that."""
        if row < self.pages.count:
            return True
        if row >= self.pages.total:
            return False
        self._grow(self.pages.extend_through(row))
        return True

    def place(self, row: int, key: SortKey) -> None:
        """Tell the model which commitment (by its key) is on ``row``, as the store found it,
        so the page around that row is read by key rather than by counting rows to it."""
        self.pages.place(row, key)

    def _grow(self, count: int) -> None:
        first = self.pages.count
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, count - 1)
            self.pages.count = count
            self.endInsertRows()
        finally:
            self._changing = False

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store; a column without a store order leaves the order as it is."""
        current = self.pages.criteria
        if current is None or column not in SORT_OF_COLUMN:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        sort = SORT_OF_COLUMN[Column(column)]
        if sort == current.sort and descending == current.descending:
            return
        self.set_filter(replace(current, sort=sort, descending=descending))

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the rows are in, for the header's indicator."""
        current = self.pages.criteria
        if current is None:
            return Column.DUE, Qt.SortOrder.AscendingOrder
        order = Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder
        return COLUMN_OF_SORT.get(current.sort, Column.ID), order

    # -- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.pages.count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def commitment(self, row: int) -> Commitment | None:
        """The record on ``row`` (its page is read on first use)."""
        return self.pages.get(row)

    def stale_since(self, row: int) -> date | None:
        """The last news of the commitment on ``row`` when it is stale, else None."""
        commitment = self.pages.get(row)
        news = self.pages.last_news(row)
        if commitment is None or not is_stale(
            commitment.status, news, self.pages.today, self.stale_months
        ):
            return None
        return news

    def row_of(self, commitment_id: int) -> int | None:
        """The row of a commitment among the rows read so far."""
        return self.pages.row_of(commitment_id)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Role.DisplayRole:
            return header_text(Column(section))
        if role == Role.ToolTipRole and section not in SORT_OF_COLUMN:
            return QCoreApplication.translate(
                "CommitmentTableModel", "This column cannot be sorted"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.STATUS and self.status_editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        commitment = self.pages.get(index.row()) if index.isValid() else None
        if commitment is None:
            return None
        column = Column(index.column())
        mark = marks.mark_of(commitment, self.pages.today)
        since = self.stale_since(index.row()) if column == Column.NEWS else None
        scores = self.pages.latest_scores(index.row()) if column == Column.COMPLIANCE else None
        if role in (Role.DisplayRole, Role.EditRole):
            if role == Role.EditRole and column == Column.STATUS:
                return commitment.status.value
            return display_text(
                commitment,
                column,
                mark,
                self.topics,
                stale_since=since,
                dialogues=self.dialogues,
                scores=scores,
            )
        if role == COMMITMENT_ROLE:
            return commitment
        if role == MARK_ROLE:
            return None if mark is None else mark.value
        if role == SORT_ROLE:
            return sort_value(
                commitment,
                column,
                self.topics,
                stale_since=since,
                dialogues=self.dialogues,
                scores=scores,
            )
        return styled(commitment, column, mark, role, self.topics, stale_since=since, scores=scores)

    # -- editing ---------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802
        """A status chosen in the table becomes a request; the store is changed by the owner,
        and the row shows the new status once the change is announced and read back."""
        if role != Role.EditRole or not index.isValid() or index.column() != Column.STATUS:
            return False
        commitment = self.commitment(index.row())
        try:
            status = CommitmentStatus(value)
        except ValueError:
            return False
        if commitment is None or status == commitment.status:
            return False
        self.status_requested.emit(commitment, status)
        return False
