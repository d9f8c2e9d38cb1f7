"""The dialogue's open commitments, a page at a time, with each one's latest update.

Rows come from :func:`list_commitment_page` in pages (``canFetchMore``/``fetchMore``), each
asked for after the last key of the one before, so the hundredth page costs what the first
does; the latest updates of a page are read with it in one query, so scrolling through
thousands of open commitments never loads more than the rows shown so far.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort, SortKey
from dialoguetracker.domain.records import Commitment, CommitmentUpdate
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import side_name, status_name
from dialoguetracker.gui.widgets.labels import internal_brush
from dialoguetracker.gui.widgets.table_model import HeaderedTableModel
from dialoguetracker.services.commitments import count_commitments, list_commitment_page
from dialoguetracker.services.document_sources import latest_updates

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = "#c0392b"

Index = QModelIndex | QPersistentModelIndex


def short(text: str, length: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1].rstrip() + "…"


class OpenCommitmentsModel(HeaderedTableModel[Commitment]):
    TEXT, STATUS, OWNER, DUE, LATEST = range(5)
    HEADER_CONTEXT = "OpenCommitmentsModel"
    HEADERS: ClassVar[tuple[object, ...]] = (
        QT_TRANSLATE_NOOP("OpenCommitmentsModel", "Commitment"),
        QT_TRANSLATE_NOOP("OpenCommitmentsModel", "Status"),
        QT_TRANSLATE_NOOP("OpenCommitmentsModel", "Owner"),
        QT_TRANSLATE_NOOP("OpenCommitmentsModel", "Due"),
        QT_TRANSLATE_NOOP("OpenCommitmentsModel", "Latest update"),
    )
    page_size = 100

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialogue_id: int | None = None
        self.meeting_id: int | None = None
        self.total = 0
        self.today = context.services.today()
        self._latest: dict[int, CommitmentUpdate] = {}
        self._last: SortKey | None = None
        """The key of the last row fetched: the next page starts after it."""

    def show_dialogue(self, dialogue_id: int | None, meeting_id: int | None) -> None:
        self.dialogue_id, self.meeting_id = dialogue_id, meeting_id
        self.reload()

    def _filter(self, after: SortKey | None = None, limit: int | None = None) -> CommitmentFilter:
        return CommitmentFilter(
            dialogue_id=self.dialogue_id,
            open_only=True,
            sort=CommitmentSort.DUE,
            after=after,
            limit=limit,
        )

    def reload(self) -> None:
        """Read afresh, first page only; the view asks for more as it scrolls."""
        self.beginResetModel()
        self.rows, self._latest, self._last = [], {}, None
        self.today = self.context.services.today()
        self.total = (
            0
            if self.dialogue_id is None
            else count_commitments(self.context.services, self._filter())
        )
        self.endResetModel()
        if self.total:
            self.fetchMore(QModelIndex())

    # -- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.dialogue_id is None:
            return
        services = self.context.services
        found = list_commitment_page(services, self._filter(self._last, self.page_size))
        page = found.commitments
        if not page:
            self.total = len(self.rows)
            return
        self._last = found.keys[-1]
        self._latest.update(latest_updates(services, [commitment.id for commitment in page]))
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # -- the table -------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        commitment = self.row_at(index)
        if commitment is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return commitment.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(commitment, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TEXT:
                return commitment.text
            if column == self.LATEST:
                return self.latest_text(commitment.id, full=True)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.DUE and commitment.is_overdue(self.today):
                return QBrush(QColor(OVERDUE_COLOR))
            if column == self.TEXT and commitment.handling is Handling.INTERNAL:
                return internal_brush()
        return None

    def _display(self, commitment: Commitment, column: int) -> str:
        if column == self.TEXT:
            mark = self.tr("INTERNAL · ") if commitment.handling is Handling.INTERNAL else ""
            return mark + short(commitment.text)
        if column == self.STATUS:
            return status_name(commitment.status)
        if column == self.OWNER:
            return side_name(commitment.owner)
        if column == self.DUE:
            if commitment.due is None:
                return ""
            if commitment.is_overdue(self.today):
                return filled(self.tr("%1 (overdue)"), commitment.due.isoformat())
            return commitment.due.isoformat()
        return self.latest_text(commitment.id)

    def latest_text(self, commitment_id: int, full: bool = False) -> str:
        update = self._latest.get(commitment_id)
        if update is None:
            return self.tr("No update yet") if full else ""
        note = update.note if full else short(update.note, 60)
        text = f"{update.on.isoformat()}: {note}"
        if self.meeting_id is not None and update.meeting_id == self.meeting_id:
            text += self.tr(" · at this meeting")
        return text

    # -- lookups ---------------------------------------------------------------------------

    def commitment(self, row: int) -> Commitment | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def latest(self, commitment_id: int) -> CommitmentUpdate | None:
        return self._latest.get(commitment_id)

    def row_of(self, commitment_id: int) -> int | None:
        for row, commitment in enumerate(self.rows):
            if commitment.id == commitment_id:
                return row
        return None
