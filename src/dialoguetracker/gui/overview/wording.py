"""How the overview's values read on screen: statuses, sides and dates.

Source texts are marked with ``QT_TRANSLATE_NOOP`` so that lupdate finds them, and translated
when shown, in the ``Overview`` context.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.domain.records import When

CONTEXT = "Overview"

_STATUS = {
    CommitmentStatus.PROPOSED: QT_TRANSLATE_NOOP("Overview", "Proposed"),
    CommitmentStatus.AGREED: QT_TRANSLATE_NOOP("Overview", "Agreed"),
    CommitmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Overview", "In progress"),
    CommitmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Overview", "Completed"),
    CommitmentStatus.DEFERRED: QT_TRANSLATE_NOOP("Overview", "Deferred"),
    CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("Overview", "Dropped"),
    CommitmentStatus.REFERRED: QT_TRANSLATE_NOOP("Overview", "Referred"),
}
_JOINT = QT_TRANSLATE_NOOP("Overview", "Joint")


def tr(marked: object) -> str:
    """The translation of a text marked with ``QT_TRANSLATE_NOOP`` in this context."""
    return QCoreApplication.translate(CONTEXT, str(marked))


def status_name(status: CommitmentStatus) -> str:
    return tr(_STATUS[status])


def side_name(side: str | None, party_names: Mapping[str, str] | None = None) -> str:
    """A party by its name when known (its code otherwise); the joint side as the word."""
    if side is None:
        return ""
    if side == JOINT:
        return tr(_JOINT)
    return (party_names or {}).get(side, side)


def format_day(day: date) -> str:
    """A calendar date in the user's language, e.g. "10 Aug 2022"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _wall(when: datetime) -> str:
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def _zone(when: datetime) -> str:
    offset = when.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f" (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"


def format_when(when: When) -> str:
    """A meeting's start: the date, and for a timed meeting the wall time and its offset."""
    if not isinstance(when, datetime):
        return format_day(when)
    return f"{format_day(when.date())}, {_wall(when)}{_zone(when)}"


def format_span(start: When, end: When | None) -> str:
    """A meeting's dates: "15 Mar 2027, 09:00–17:00 (UTC−06:00)" within one day and zone,
    "10 Aug 2022 – 11 Aug 2022" across days."""
    if end is None or (end == start and type(end) is type(start)):
        return format_when(start)
    if (
        isinstance(start, datetime)
        and isinstance(end, datetime)
        and start.date() == end.date()
        and start.utcoffset() == end.utcoffset()
    ):
        return f"{format_day(start.date())}, {_wall(start)}–{_wall(end)}{_zone(start)}"
    return f"{format_when(start)} – {format_when(end)}"


def count_text(count: int, one: str, other: str) -> str:
    """``one`` or ``other`` by the count, with ``%n`` replaced by the number as the user's
    locale writes it. English and Spanish need no more plural forms than these two."""
    return (one if count == 1 else other).replace("%n", QLocale().toString(count))


def days_late(due: date, today: date) -> str:
    return count_text(
        (today - due).days,
        QCoreApplication.translate("Overview", "%n day late"),
        QCoreApplication.translate("Overview", "%n days late"),
    )


def days_left(due: date, today: date) -> str:
    days = (due - today).days
    if days == 0:
        return QCoreApplication.translate("Overview", "due today")
    return count_text(
        days,
        QCoreApplication.translate("Overview", "in %n day"),
        QCoreApplication.translate("Overview", "in %n days"),
    )
