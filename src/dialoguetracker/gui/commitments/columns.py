"""The columns of the commitments table and what each cell shows in each role.

Pure functions of a commitment (and the day it is judged on, its last news when it is stale,
the names of topics and dialogues), so the model stays small and the marks read the same
wherever a commitment is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from dialoguetracker.domain.compliance import LatestScores
from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.domain.filters import CommitmentSort
from dialoguetracker.domain.records import Commitment
from dialoguetracker.gui.commitments import marks
from dialoguetracker.gui.commitments.labels import handling_hint
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import (
    day_text,
    handling_name,
    score_text,
    side_name,
    status_name,
)

Role = Qt.ItemDataRole


class Column(IntEnum):
    ID = 0
    TEXT = 1
    STATUS = 2
    OWNER = 3
    TOPIC = 4
    DUE = 5
    HANDLING = 6
    NEWS = 7
    """The last news of a stale commitment; empty for the others."""
    DIALOGUE = 8
    """Shown when the register lists every dialogue's commitments."""
    COMPLIANCE = 9
    """The latest score per side it is assessed for, marked when one is still due."""


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
        Column.NEWS: QCoreApplication.translate("CommitmentTableModel", "No news since"),
        Column.DIALOGUE: QCoreApplication.translate("CommitmentTableModel", "Dialogue"),
        Column.COMPLIANCE: QCoreApplication.translate("CommitmentTableModel", "Compliance"),
    }
    return texts[column]


def no_news_text(since: date) -> str:
    return filled(
        QCoreApplication.translate(
            "CommitmentTableModel", "Stale: open, with no progress update since %1"
        ),
        day_text(since),
    )


def scores_text(scores: LatestScores) -> str:
    """``US +1 · MX (0)``: each side's latest score, in brackets when it is for an earlier
    period, a dash for a side never assessed."""
    shown = []
    for side in scores.sides:
        if side.score is None:
            if scores.due:
                shown.append(f"{side.side} —")
        elif side.this_period:
            shown.append(f"{side.side} {score_text(side.score)}")
        else:
            shown.append(f"{side.side} ({score_text(side.score)})")
    return " · ".join(shown)


def scores_hint(scores: LatestScores) -> str:
    """What the cell's marks mean, side by side, for its tooltip and for a screen reader."""
    lines = []
    if scores.due and not scores.unassessed:
        lines.append(QCoreApplication.translate("CommitmentTableModel", "Assessed this period"))
    if scores.unassessed:
        lines.append(
            filled(
                QCoreApplication.translate(
                    "CommitmentTableModel", "Not yet assessed this period: %1"
                ),
                ", ".join(scores.unassessed),
            )
        )
    for side in scores.sides:
        if side.score is None:
            text = QCoreApplication.translate("CommitmentTableModel", "%1: never assessed")
            lines.append(filled(text, side.side))
            continue
        if side.this_period:
            text = QCoreApplication.translate("CommitmentTableModel", "%1: %2 this period")
        else:
            text = QCoreApplication.translate("CommitmentTableModel", "%1: %2 in an earlier period")
        lines.append(filled(text, side.side, score_text(side.score)))
    return "\n".join(lines)


def display_text(
    commitment: Commitment,
    column: Column,
    mark: marks.Mark | None,
    topics: Mapping[int, str],
    *,
    stale_since: date | None = None,
    dialogues: Mapping[int, str] | None = None,
    scores: LatestScores | None = None,
) -> str:
    """What a cell shows; ``stale_since`` is the last news of a stale commitment (None for
    one that is not), ``dialogues`` the dialogues' names by id, ``scores`` its latest
    compliance scores."""
    if column == Column.COMPLIANCE:
        return "" if scores is None else scores_text(scores)
    if column == Column.NEWS:
        return "" if stale_since is None else day_text(stale_since)
    if column == Column.DIALOGUE:
        return (dialogues or {}).get(commitment.dialogue_id, "")
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


def sort_value(
    commitment: Commitment,
    column: Column,
    topics: Mapping[int, str],
    *,
    stale_since: date | None = None,
    dialogues: Mapping[int, str] | None = None,
    scores: LatestScores | None = None,
) -> object:
    """A plain value that orders the column as the store's sort does."""
    if column == Column.COMPLIANCE:
        return "" if scores is None else scores_text(scores)
    if column == Column.NEWS:
        return "" if stale_since is None else stale_since.isoformat()
    if column == Column.ID:
        return commitment.id
    if column == Column.STATUS:
        return _STATUS_ORDER[commitment.status]
    if column == Column.DUE:
        return commitment.due.isoformat() if commitment.due else "9999-12-31"
    if column == Column.HANDLING:
        return commitment.handling.rank
    return display_text(commitment, column, None, topics, dialogues=dialogues).casefold()


def styled(
    commitment: Commitment,
    column: Column,
    mark: marks.Mark | None,
    role: int,
    topics: Mapping[int, str],
    *,
    stale_since: date | None = None,
    scores: LatestScores | None = None,
) -> Any:
    """Tooltips, icons, colours and fonts: the marks for overdue, due-soon, stale,
    not yet assessed and internal."""
    if column == Column.NEWS and role in _STALE_ROLES:
        return _stale_style(stale_since, role)
    if column == Column.COMPLIANCE and role in _STALE_ROLES:
        return None if scores is None else _scores_style(scores, role)
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


_STALE_ROLES = (Role.ToolTipRole, Role.AccessibleTextRole, Role.DecorationRole)


def _scores_style(scores: LatestScores, role: int) -> Any:
    """Scores still due this period, or all given: an icon, and the sides named in words."""
    if role == Role.DecorationRole:
        if not scores.due:
            return None
        return marks.unscored_icon() if scores.unassessed else marks.scored_icon()
    hint = scores_hint(scores)
    return hint or None


def _stale_style(since: date | None, role: int) -> Any:
    """The stale mark: an icon and a sentence with the date, never a colour alone."""
    if since is None:
        return None
    if role == Role.DecorationRole:
        return marks.quiet_icon()
    return no_news_text(since)
