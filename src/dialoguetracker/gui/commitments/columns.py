"""The columns of the commitments table and what each cell shows in each role.

Pure functions of a commitment (and the day it is judged on), so the model stays small and
the marks read the same wherever a commitment is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.domain.filters import CommitmentSort
from dialoguetracker.domain.records import Commitment
from dialoguetracker.gui.commitments import marks
from dialoguetracker.gui.commitments.labels import handling_hint
from dialoguetracker.gui.vocabulary import handling_name, side_name, status_name

Role = Qt.ItemDataRole


class Column(IntEnum):
    ID = 0
    TEXT = 1
    STATUS = 2
    OWNER = 3
    TOPIC = 4
    DUE = 5
    HANDLING = 6


SORT_OF_COLUMN = {
    Column.ID: CommitmentSort.ID,
    Column.STATUS: CommitmentSort.STATUS,
    Column.OWNER: CommitmentSort.OWNER,
    Column.TOPIC: CommitmentSort.TOPIC,
    Column.DUE: CommitmentSort.DUE,
}
"""The columns a header click sorts by, in SQL; the others keep the current order."""

COLUMN_OF_SORT = {sort: column for column, sort in SORT_OF_COLUMN.items()}

COMMITMENT_ROLE = Role.UserRole + 1
"""The :class:`Commitment` record of the row."""
SORT_ROLE = Role.UserRole + 2
"""A plain value that orders the column the way the store's sort does."""
MARK_ROLE = Role.UserRole + 3
"""``"overdue"``, ``"due soon"`` or None."""

_STATUS_ORDER = {status: position for position, status in enumerate(CommitmentStatus)}
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def header_text(column: Column) -> str:
    texts = {
        Column.ID: QCoreApplication.translate("CommitmentTableModel", "No."),
        Column.TEXT: QCoreApplication.translate("CommitmentTableModel", "Commitment"),
        Column.STATUS: QCoreApplication.translate("CommitmentTableModel", "Status"),
        Column.OWNER: QCoreApplication.translate("CommitmentTableModel", "Owner"),
        Column.TOPIC: QCoreApplication.translate("CommitmentTableModel", "Topic"),
        Column.DUE: QCoreApplication.translate("CommitmentTableModel", "Due"),
        Column.HANDLING: QCoreApplication.translate("CommitmentTableModel", "Handling"),
    }
    return texts[column]


def display_text(
    commitment: Commitment, column: Column, mark: marks.Mark | None, topics: Mapping[int, str]
) -> str:
    """What a cell shows."""
    if column == Column.ID:
        return str(commitment.id)
    if column == Column.TEXT:
        return " ".join(commitment.text.split())
    if column == Column.STATUS:
        return status_name(commitment.status)
    if column == Column.OWNER:
        return side_name(commitment.owner)
    if column == Column.TOPIC:
        return topics.get(commitment.topic_id, "") if commitment.topic_id else ""
    if column == Column.DUE:
        if commitment.due is None:
            return ""
        if mark is None:
            return commitment.due.isoformat()
        return f"{commitment.due.isoformat()} · {marks.mark_label(mark)}"
    return handling_name(commitment.handling)


def sort_value(commitment: Commitment, column: Column, topics: Mapping[int, str]) -> object:
    """A plain value that orders the column as the store's sort does."""
    if column == Column.ID:
        return commitment.id
    if column == Column.STATUS:
        return _STATUS_ORDER[commitment.status]
    if column == Column.DUE:
        return commitment.due.isoformat() if commitment.due else "9999-12-31"
    if column == Column.HANDLING:
        return commitment.handling.rank
    return display_text(commitment, column, None, topics).casefold()


def styled(
    commitment: Commitment,
    column: Column,
    mark: marks.Mark | None,
    role: int,
    topics: Mapping[int, str],
) -> Any:
    """Tooltips, icons, colours and fonts: the marks for overdue, due-soon and internal."""
    internal = commitment.handling is Handling.INTERNAL
    if role == Role.ToolTipRole:
        if column == Column.TEXT:
            return commitment.text
        if column == Column.HANDLING:
            return handling_hint(commitment.handling)
        if column == Column.DUE and mark is not None:
            return display_text(commitment, column, mark, topics)
        return None
    if role == Role.AccessibleTextRole and column in (Column.DUE, Column.HANDLING):
        return display_text(commitment, column, mark, topics)
    if role == Role.TextAlignmentRole:
        return int(_ALIGN_RIGHT if column == Column.ID else _ALIGN_LEFT)
    if role == Role.DecorationRole:
        if column == Column.DUE and mark is not None:
            return marks.mark_icon(mark)
        if column == Column.HANDLING and internal:
            return marks.lock_icon()
        return None
    if role == Role.BackgroundRole:
        if column == Column.HANDLING and internal:
            return marks.INTERNAL_BACKGROUND
        return None if mark is None else marks.BACKGROUND[mark]
    if role == Role.ForegroundRole:
        if column == Column.HANDLING and internal:
            return marks.INTERNAL_FOREGROUND
        return None if mark is None else marks.FOREGROUND[mark]
    if role == Role.FontRole:
        bold = (column == Column.DUE and mark is not None) or (
            column == Column.HANDLING and internal
        )
        if bold:
            font = QFont()
            font.setBold(True)
            return font
    return None
