"""The table model of the Meetings view: a dialogue's meetings, newest first, a page at a time.

Rows come from :mod:`dialoguetracker.services.meeting_pages`; the model holds what was
fetched and asks for the next page only when the view scrolls near the end
(``canFetchMore``/``fetchMore``), so a dialogue of ten thousand meetings opens with one count
and one page. Order and period are applied by the query, never by a proxy.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dialoguetracker.domain.enums import MeetingStatus, RecordState
from dialoguetracker.domain.records import Meeting
from dialoguetracker.gui.commitments.marks import warning_icon
from dialoguetracker.gui.vocabulary import (
    format_name,
    meeting_status_name,
    past_planned_note,
    record_name,
    span_text,
)
from dialoguetracker.gui.widgets.table_model import HeaderedTableModel
from dialoguetracker.services import Services
from dialoguetracker.services.meeting_pages import count_meetings, meeting_page, meeting_position

DATE, TITLE, STATUS, RECORD, FORMAT, PLACE, HOST = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100

Index = QModelIndex | QPersistentModelIndex


def past_status_text() -> str:
    """The status of a meeting still marked planned although its date has passed."""
    return QCoreApplication.translate("MeetingListModel", "Planned, date passed")


def status_texts() -> list[str]:
    """Every text the status column can show, to size the column by."""
    return [meeting_status_name(status) for status in MeetingStatus] + [past_status_text()]


class MeetingListModel(HeaderedTableModel[Meeting]):
    HEADER_CONTEXT = "MeetingListModel"
    HEADERS: ClassVar[tuple[object, ...]] = (
        QT_TRANSLATE_NOOP("MeetingListModel", "Date"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Title"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Record"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Format"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Place"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Host"),
    )

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.dialogue_id: int | None = None
        self.since: date | None = None
        self.until: date | None = None
        self.total = 0
        self.today = services.today()

    # -- reading ----------------------------------------------------------------------------

    def load(
        self,
        dialogue_id: int | None,
        since: date | None = None,
        until: date | None = None,
        keep: int = 0,
    ) -> None:
        """Start afresh with the first page (or as many rows as ``keep`` asks to keep)."""
        self.beginResetModel()
        self.dialogue_id, self.since, self.until = dialogue_id, since, until
        self.today = self.services.today()
        if dialogue_id is None:
            self.total, self.rows = 0, []
        else:
            self.total = count_meetings(self.services, dialogue_id, since, until)
            wanted = max(PAGE, keep)
            self.rows = []
            while len(self.rows) < min(wanted, self.total):
                page = meeting_page(
                    self.services,
                    dialogue_id,
                    len(self.rows),
                    wanted - len(self.rows),
                    since,
                    until,
                )
                if not page:
                    break
                self.rows.extend(page)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.dialogue_id is None or len(self.rows) >= self.total:
            return
        page = meeting_page(
            self.services, self.dialogue_id, len(self.rows), PAGE, self.since, self.until
        )
        if not page:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def row_of(self, meeting_id: int, fetch: bool = True) -> int | None:
        """The meeting's row, fetching pages up to it (unless ``fetch`` is False); None when
        the period leaves it out."""
        for row, meeting in enumerate(self.rows):
            if meeting.id == meeting_id:
                return row
        if self.dialogue_id is None or not fetch:
            return None
        rank = meeting_position(self.services, self.dialogue_id, meeting_id, self.since, self.until)
        if rank is None:
            return None
        while len(self.rows) <= rank and self.canFetchMore():
            self.fetchMore()
        return rank if rank < len(self.rows) else None

    def meeting(self, row: int) -> Meeting:
        return self.rows[row]

    # -- Qt's model interface ---------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        meeting = self.row_at(index)
        if meeting is None:
            return None
        column = index.column()
        past = column == STATUS and meeting.planned_but_past(self.today)
        if role == Qt.ItemDataRole.ToolTipRole and past:
            return past_planned_note(meeting)
        if role == Qt.ItemDataRole.DecorationRole and past:
            return warning_icon()
        if role == Qt.ItemDataRole.DisplayRole and past:
            return past_status_text()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(meeting, column)
        if role == ID_ROLE:
            return meeting.id
        if role == Qt.ItemDataRole.ForegroundRole and meeting.status is MeetingStatus.CANCELLED:
            return QBrush(QColor("#7f8c8d"))
        if role == Qt.ItemDataRole.FontRole and column == RECORD:
            font = QFont()
            font.setBold(meeting.record is RecordState.FINAL)
            return font
        return None

    @staticmethod
    def _text(meeting: Meeting, column: int) -> str:
        if column == DATE:
            return span_text(meeting.start, meeting.end)
        if column == TITLE:
            return meeting.title
        if column == STATUS:
            return meeting_status_name(meeting.status)
        if column == RECORD:
            if meeting.record is RecordState.FINAL:
                return QCoreApplication.translate("MeetingListModel", "Final (locked)")
            return record_name(meeting.record)
        if column == FORMAT:
            return format_name(meeting.format)
        if column == PLACE:
            return meeting.location or ""
        if column == HOST:
            return meeting.host or ""
        return ""
