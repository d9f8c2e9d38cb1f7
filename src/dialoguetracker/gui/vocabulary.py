"""The one catalogue of on-screen words for the domain's closed vocabularies, and for dates.

Every word a closed vocabulary of :mod:`dialoguetracker.domain.enums` shows on screen is written
here once, marked with ``QT_TRANSLATE_NOOP`` in the ``Vocabulary`` context so that lupdate finds
it, and translated when shown. An enum's own value stays the word the store and the interchange
format use; nothing here is ever stored.

Names (``status_name``) are for table cells, combo boxes and labels; words (``status_word``,
``format_word``) are the lower-case forms that stand inside a sentence. Dates read as
``10 Aug 2022``, times as ``09:00`` on the 24-hour clock with their offset as ``UTC−06:00``,
the notation of the date and time editor.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from dialoguetracker.domain.enums import (
    JOINT,
    CommitmentStatus,
    DocumentKind,
    Handling,
    MeetingFormat,
    MeetingStatus,
    Presence,
    RecordState,
    Role,
)
from dialoguetracker.domain.records import Meeting, When
from dialoguetracker.gui.placeholders import filled

CONTEXT: Final = "Vocabulary"

_HANDLING: Final[Mapping[Handling, object]] = {
    Handling.INTERNAL: QT_TRANSLATE_NOOP("Vocabulary", "Internal"),
    Handling.COUNTERPART: QT_TRANSLATE_NOOP("Vocabulary", "Counterpart"),
    Handling.PUBLIC: QT_TRANSLATE_NOOP("Vocabulary", "Public"),
}
_STATUS: Final[Mapping[CommitmentStatus, object]] = {
    CommitmentStatus.PROPOSED: QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
    CommitmentStatus.AGREED: QT_TRANSLATE_NOOP("Vocabulary", "Agreed"),
    CommitmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    CommitmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    CommitmentStatus.DEFERRED: QT_TRANSLATE_NOOP("Vocabulary", "Deferred"),
    CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
    CommitmentStatus.REFERRED: QT_TRANSLATE_NOOP("Vocabulary", "Referred"),
}
_STATUS_WORD: Final[Mapping[CommitmentStatus, object]] = {
    CommitmentStatus.PROPOSED: QT_TRANSLATE_NOOP("Vocabulary", "proposed"),
    CommitmentStatus.AGREED: QT_TRANSLATE_NOOP("Vocabulary", "agreed"),
    CommitmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "in progress"),
    CommitmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Vocabulary", "completed"),
    CommitmentStatus.DEFERRED: QT_TRANSLATE_NOOP("Vocabulary", "deferred"),
    CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("Vocabulary", "dropped"),
    CommitmentStatus.REFERRED: QT_TRANSLATE_NOOP("Vocabulary", "referred"),
}
_KIND: Final[Mapping[DocumentKind, object]] = {
    DocumentKind.JOINT_STATEMENT: QT_TRANSLATE_NOOP("Vocabulary", "Joint statement"),
    DocumentKind.READOUT: QT_TRANSLATE_NOOP("Vocabulary", "Readout"),
    DocumentKind.FACT_SHEET: QT_TRANSLATE_NOOP("Vocabulary", "Fact sheet"),
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP("Vocabulary", "Minutes"),
}
_FORMAT: Final[Mapping[MeetingFormat, object]] = {
    MeetingFormat.IN_PERSON: QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    MeetingFormat.VIRTUAL: QT_TRANSLATE_NOOP("Vocabulary", "Virtual"),
    MeetingFormat.HYBRID: QT_TRANSLATE_NOOP("Vocabulary", "Hybrid"),
}
_FORMAT_WORD: Final[Mapping[MeetingFormat, object]] = {
    MeetingFormat.IN_PERSON: QT_TRANSLATE_NOOP("Vocabulary", "in person"),
    MeetingFormat.VIRTUAL: QT_TRANSLATE_NOOP("Vocabulary", "virtual"),
    MeetingFormat.HYBRID: QT_TRANSLATE_NOOP("Vocabulary", "hybrid"),
}
_MEETING_STATUS: Final[Mapping[MeetingStatus, object]] = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("Vocabulary", "Held"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}
_RECORD: Final[Mapping[RecordState, object]] = {
    RecordState.DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    RecordState.FINAL: QT_TRANSLATE_NOOP("Vocabulary", "Final"),
}
_ROLE: Final[Mapping[Role, object]] = {
    Role.HEAD: QT_TRANSLATE_NOOP("Vocabulary", "Head of delegation"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Vocabulary", "Member"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("Vocabulary", "Observer"),
    Role.COPIED: QT_TRANSLATE_NOOP("Vocabulary", "Copied for information"),
}
_PRESENCE: Final[Mapping[Presence, object]] = {
    Presence.PRESENT: QT_TRANSLATE_NOOP("Vocabulary", "Present"),
    Presence.ABSENT: QT_TRANSLATE_NOOP("Vocabulary", "Absent"),
    Presence.EXCUSED: QT_TRANSLATE_NOOP("Vocabulary", "Excused"),
    Presence.UNKNOWN: QT_TRANSLATE_NOOP("Vocabulary", "Not recorded"),
}
_JOINT: Final = QT_TRANSLATE_NOOP("Vocabulary", "Joint")


def tr(marked: object) -> str:
    """The translation of a text marked in the ``Vocabulary`` context.

    ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; its value is the source text."""
    return QCoreApplication.translate(CONTEXT, str(marked))


# -- the closed vocabularies ----------------------------------------------------------------


def handling_name(handling: Handling) -> str:
    return tr(_HANDLING[handling])


def status_name(status: CommitmentStatus) -> str:
    """A commitment's status as a table cell, a chart legend or a combo box item shows it."""
    return tr(_STATUS[status])


def status_word(status: CommitmentStatus) -> str:
    """The status inside a sentence ("… to completed")."""
    return tr(_STATUS_WORD[status])


def kind_name(kind: DocumentKind) -> str:
    return tr(_KIND[kind])


def format_name(meeting_format: MeetingFormat | None) -> str:
    """A meeting's format; an empty string when none is recorded."""
    return "" if meeting_format is None else tr(_FORMAT[meeting_format])


def format_word(meeting_format: MeetingFormat) -> str:
    """The format inside a sentence or a list of facts ("… · in person · …")."""
    return tr(_FORMAT_WORD[meeting_format])


def meeting_status_name(status: MeetingStatus) -> str:
    return tr(_MEETING_STATUS[status])


def record_name(record: RecordState) -> str:
    return tr(_RECORD[record])


def role_name(role: Role) -> str:
    return tr(_ROLE[role])


def presence_name(presence: Presence) -> str:
    return tr(_PRESENCE[presence])


def side_name(side: str | None, party_names: Mapping[str, str] | None = None) -> str:
    """The joint side as the word for it; a party as its name where ``party_names`` knows
    it, by its code otherwise; an empty string for no side."""
    if side is None:
        return ""
    if side == JOINT:
        return tr(_JOINT)
    return (party_names or {}).get(side, side)


# -- dates, times and counts -----------------------------------------------------------------


def past_planned_note(meeting: Meeting) -> str:
    """What a meeting still marked planned after its date asks of the user."""
    return filled(
        QCoreApplication.translate(
            "Vocabulary", "Planned for %1, now past: mark it held or cancelled."
        ),
        day_text(meeting.start),
    )


def day_text(day: date) -> str:
    """A calendar date in the user's language: ``10 Aug 2022``."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def day_month_text(day: date) -> str:
    """A day of the year as the user's language writes it short ("10 Aug", "10 ago")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM")


def clock_text(when: datetime) -> str:
    """A wall time on the 24-hour clock, as the time editor shows it: ``09:00``."""
    return QLocale().toString(QTime(when.hour, when.minute), "HH:mm")


def offset_text(offset: timedelta | None) -> str:
    """``UTC−06:00`` style, with a true minus sign; an empty string for no offset."""
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def _timed(day: date, clock: str, offset: timedelta | None) -> str:
    zone = offset_text(offset)
    return f"{day_text(day)}, {clock} {zone}" if zone else f"{day_text(day)}, {clock}"


def when_text(when: When) -> str:
    """A date, or a date with its wall time and offset: ``15 Mar 2027, 09:00 UTC−06:00``."""
    if isinstance(when, datetime):
        return _timed(when.date(), clock_text(when), when.utcoffset())
    return day_text(when)


def span_text(start: When, end: When | None) -> str:
    """A meeting's start and end in one line, the date and offset said once when both share
    them: ``15 Mar 2027, 09:00–17:00 UTC−06:00``; ``10 Aug 2022 – 11 Aug 2022`` across days."""
    if end is None or end == start:
        return when_text(start)
    if (
        isinstance(start, datetime)
        and isinstance(end, datetime)
        and start.date() == end.date()
        and start.utcoffset() == end.utcoffset()
    ):
        return _timed(start.date(), f"{clock_text(start)}–{clock_text(end)}", start.utcoffset())
    return f"{when_text(start)} – {when_text(end)}"


def count_text(count: int, one: str, other: str) -> str:
    """``one`` or ``other`` by the count, with ``%n`` replaced by the number as the user's
    locale writes it. English and Spanish need no more plural forms than these two."""
    return (one if count == 1 else other).replace("%n", QLocale().toString(count))


NO_AVERAGE = "—"


def average_text(average: float | None) -> str:
    """An average on the −1…+1 scale as printed everywhere, ``+0.50 (75%)``, in the
    interface language's numbers; a dash for none."""
    if average is None:
        return NO_AVERAGE
    locale = QLocale()
    sign = "+" if average > 0 else "−" if average < 0 else ""
    share = locale.toString(round((average + 1) * 50))
    return f"{sign}{locale.toString(abs(average), 'f', 2)} ({share}%)"


def score_text(score: int) -> str:
    """A compliance score as the window shows it: +1, 0, −1 (a true minus sign)."""
    return {1: "+1", 0: "0", -1: "−1"}[score]
