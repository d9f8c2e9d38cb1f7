"""The words the meeting screens show for the domain's closed vocabularies, and for dates.

Each label is translated in the ``MeetingLabels`` context; the enum's own value stays the
word the store and the interchange format use.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTime

from dialoguetracker.domain.enums import (
    Handling,
    MeetingFormat,
    MeetingStatus,
    Presence,
    RecordState,
    Role,
)
from dialoguetracker.domain.records import When
from dialoguetracker.gui.widgets.labels import handling_name, side_name
from dialoguetracker.gui.widgets.when_edit import offset_label, qdate

_CONTEXT = "MeetingLabels"

_SOURCE: dict[StrEnum, object] = {
    MeetingFormat.IN_PERSON: QT_TRANSLATE_NOOP("MeetingLabels", "In person"),
    MeetingFormat.VIRTUAL: QT_TRANSLATE_NOOP("MeetingLabels", "Virtual"),
    MeetingFormat.HYBRID: QT_TRANSLATE_NOOP("MeetingLabels", "Hybrid"),
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingLabels", "Planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("MeetingLabels", "Held"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("MeetingLabels", "Cancelled"),
    RecordState.DRAFT: QT_TRANSLATE_NOOP("MeetingLabels", "Draft"),
    RecordState.FINAL: QT_TRANSLATE_NOOP("MeetingLabels", "Final"),
    Role.HEAD: QT_TRANSLATE_NOOP("MeetingLabels", "Head of delegation"),
    Role.MEMBER: QT_TRANSLATE_NOOP("MeetingLabels", "Member"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("MeetingLabels", "Observer"),
    Role.COPIED: QT_TRANSLATE_NOOP("MeetingLabels", "Copied for information"),
    Presence.PRESENT: QT_TRANSLATE_NOOP("MeetingLabels", "Present"),
    Presence.ABSENT: QT_TRANSLATE_NOOP("MeetingLabels", "Absent"),
    Presence.EXCUSED: QT_TRANSLATE_NOOP("MeetingLabels", "Excused"),
    Presence.UNKNOWN: QT_TRANSLATE_NOOP("MeetingLabels", "Not known"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label(value: StrEnum | None) -> str:
    """The on-screen word for an enum member; an empty string for nothing recorded."""
    if value is None:
        return ""
    if isinstance(value, Handling):
        return handling_name(value)
    source = _SOURCE.get(value)
    return tr(str(source)) if source is not None else str(value.value)


def side_label(side: str | None) -> str:
    return side_name(side)


def day_text(day: date) -> str:
    return QLocale().toString(qdate(day), "d MMM yyyy")


def when_text(when: When) -> str:
    """``15 Mar 2027, 09:00 UTC−06:00`` or ``10 Aug 2022``."""
    if isinstance(when, datetime):
        clock = QLocale().toString(QTime(when.hour, when.minute), "HH:mm")
        return f"{day_text(when.date())}, {clock} {offset_label(when.utcoffset())}"
    return day_text(when)


def span_text(start: When, end: When | None) -> str:
    """A meeting's start and end in one line, the date said once when both share it."""
    if end is None or end == start:
        return when_text(start)
    if isinstance(start, datetime) and isinstance(end, datetime) and start.date() == end.date():
        first = QLocale().toString(QTime(start.hour, start.minute), "HH:mm")
        last = QLocale().toString(QTime(end.hour, end.minute), "HH:mm")
        if start.utcoffset() == end.utcoffset():
            return f"{day_text(start.date())}, {first}–{last} {offset_label(start.utcoffset())}"
    return f"{when_text(start)} – {when_text(end)}"
