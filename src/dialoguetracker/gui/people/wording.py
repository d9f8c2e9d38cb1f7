"""How attendance reads on screen: roles and presence, translated in the ``People`` context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialoguetracker.domain.enums import MeetingStatus, Presence, Role

CONTEXT = "People"

_ROLE = {
    Role.HEAD: QT_TRANSLATE_NOOP("People", "Head of delegation"),
    Role.MEMBER: QT_TRANSLATE_NOOP("People", "Member"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("People", "Observer"),
    Role.COPIED: QT_TRANSLATE_NOOP("People", "Copied for information"),
}
_PRESENCE = {
    Presence.PRESENT: QT_TRANSLATE_NOOP("People", "Present"),
    Presence.ABSENT: QT_TRANSLATE_NOOP("People", "Absent"),
    Presence.EXCUSED: QT_TRANSLATE_NOOP("People", "Excused"),
    Presence.UNKNOWN: QT_TRANSLATE_NOOP("People", "Not recorded"),
}
_MEETING_STATUS = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("People", "Planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("People", "Held"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("People", "Cancelled"),
}


def _tr(marked: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(marked))


def role_name(role: Role) -> str:
    return _tr(_ROLE[role])


def presence_name(presence: Presence) -> str:
    return _tr(_PRESENCE[presence])


def meeting_status_name(status: MeetingStatus) -> str:
    return _tr(_MEETING_STATUS[status])
