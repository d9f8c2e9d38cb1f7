"""How the audit trail's stored words read on screen.

The store keeps entity, action and field names as the program's own identifiers
(``agenda_item``, ``update``, ``due``); each is written here once, marked in the ``Trail``
context so that lupdate finds it. Values of the closed vocabularies (a status, a record state)
read as the vocabulary's names; every other value is shown as it was recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import Enum
from typing import Final, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialoguetracker.domain.enums import (
    CommitmentStatus,
    Handling,
    MeetingFormat,
    MeetingStatus,
    Presence,
    RecordState,
    Role,
)
from dialoguetracker.gui.vocabulary import (
    day_text,
    format_name,
    handling_name,
    meeting_status_name,
    presence_name,
    record_name,
    role_name,
    status_name,
)

CONTEXT: Final = "Trail"

_ENTITY: Final[Mapping[str, object]] = {
    "meeting": QT_TRANSLATE_NOOP("Trail", "Meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("Trail", "Agenda item"),
    "attendance": QT_TRANSLATE_NOOP("Trail", "Delegation member"),
    "document": QT_TRANSLATE_NOOP("Trail", "Document"),
    "meeting_brief": QT_TRANSLATE_NOOP("Trail", "Brief"),
    "briefing_export": QT_TRANSLATE_NOOP("Trail", "Exported PDF"),
    "commitment": QT_TRANSLATE_NOOP("Trail", "Commitment"),
    "commitment_update": QT_TRANSLATE_NOOP("Trail", "Progress update"),
    "assessment": QT_TRANSLATE_NOOP("Trail", "Compliance assessment"),
}
_ACTION: Final[Mapping[str, object]] = {
    "create": QT_TRANSLATE_NOOP("Trail", "Created"),
    "update": QT_TRANSLATE_NOOP("Trail", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Trail", "Deleted"),
    "move": QT_TRANSLATE_NOOP("Trail", "Moved"),
    "finalize": QT_TRANSLATE_NOOP("Trail", "Finalized"),
    "reopen": QT_TRANSLATE_NOOP("Trail", "Reopened"),
    "import": QT_TRANSLATE_NOOP("Trail", "Imported"),
    "export again": QT_TRANSLATE_NOOP("Trail", "Exported again"),
}
_FIELD: Final[Mapping[str, object]] = {
    "title": QT_TRANSLATE_NOOP("Trail", "title"),
    "start": QT_TRANSLATE_NOOP("Trail", "start"),
    "end": QT_TRANSLATE_NOOP("Trail", "end"),
    "location": QT_TRANSLATE_NOOP("Trail", "location"),
    "format": QT_TRANSLATE_NOOP("Trail", "format"),
    "host": QT_TRANSLATE_NOOP("Trail", "host"),
    "status": QT_TRANSLATE_NOOP("Trail", "status"),
    "record": QT_TRANSLATE_NOOP("Trail", "record"),
    "summary": QT_TRANSLATE_NOOP("Trail", "summary"),
    "summary_handling": QT_TRANSLATE_NOOP("Trail", "handling of the summary"),
    "position": QT_TRANSLATE_NOOP("Trail", "position"),
    "notes": QT_TRANSLATE_NOOP("Trail", "notes"),
    "outcome": QT_TRANSLATE_NOOP("Trail", "outcome"),
    "points_to_make": QT_TRANSLATE_NOOP("Trail", "points to make"),
    "their_position": QT_TRANSLATE_NOOP("Trail", "their position"),
    "our_response": QT_TRANSLATE_NOOP("Trail", "our response"),
    "planned_minutes": QT_TRANSLATE_NOOP("Trail", "planned minutes"),
    "topic_id": QT_TRANSLATE_NOOP("Trail", "topic"),
    "lead": QT_TRANSLATE_NOOP("Trail", "lead"),
    "leads": QT_TRANSLATE_NOOP("Trail", "leads"),
    "text": QT_TRANSLATE_NOOP("Trail", "text"),
    "owner": QT_TRANSLATE_NOOP("Trail", "owner"),
    "due": QT_TRANSLATE_NOOP("Trail", "due date"),
    "handling": QT_TRANSLATE_NOOP("Trail", "handling"),
    "source_clause": QT_TRANSLATE_NOOP("Trail", "source clause"),
    "source_document_id": QT_TRANSLATE_NOOP("Trail", "source document"),
    "agenda_item_id": QT_TRANSLATE_NOOP("Trail", "agenda item"),
    "role": QT_TRANSLATE_NOOP("Trail", "role"),
    "presence": QT_TRANSLATE_NOOP("Trail", "presence"),
    "person_id": QT_TRANSLATE_NOOP("Trail", "person"),
    "kind": QT_TRANSLATE_NOOP("Trail", "kind"),
    "date": QT_TRANSLATE_NOOP("Trail", "date"),
    "url": QT_TRANSLATE_NOOP("Trail", "address"),
    "language": QT_TRANSLATE_NOOP("Trail", "language"),
    "purpose": QT_TRANSLATE_NOOP("Trail", "purpose"),
    "press_line": QT_TRANSLATE_NOOP("Trail", "press line"),
    "objectives": QT_TRANSLATE_NOOP("Trail", "objectives"),
    "their_objectives": QT_TRANSLATE_NOOP("Trail", "their objectives"),
    "their_asks": QT_TRANSLATE_NOOP("Trail", "their asks"),
    "file_name": QT_TRANSLATE_NOOP("Trail", "file name"),
}


E = TypeVar("E", bound=Enum)


def _named(kind: type[E], name: Callable[[E], str]) -> Callable[[str], str]:
    """Show a stored value by its vocabulary name; a value the vocabulary no longer has (an
    older program's word) stays as it was recorded."""

    def show(value: str) -> str:
        try:
            return name(kind(value))
        except ValueError:
            return value

    return show


def _status(value: str) -> str:
    """Commitments and meetings both have a status, from different vocabularies."""
    if value in {status.value for status in CommitmentStatus}:
        return status_name(CommitmentStatus(value))
    return _named(MeetingStatus, meeting_status_name)(value)


def _day(value: str) -> str:
    """A recorded ISO date as the screen writes dates; anything else as it was recorded."""
    try:
        return day_text(date.fromisoformat(value))
    except ValueError:
        return value


_VALUES: Final[Mapping[str, Callable[[str], str]]] = {
    "status": _status,
    "due": _day,
    "date": _day,
    "record": _named(RecordState, record_name),
    "format": _named(MeetingFormat, format_name),
    "handling": _named(Handling, handling_name),
    "summary_handling": _named(Handling, handling_name),
    "role": _named(Role, role_name),
    "presence": _named(Presence, presence_name),
}


def _tr(marked: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(marked))


def entity_name(entity: str) -> str:
    """The kind of record an entry is about; an unknown kind reads as its identifier."""
    marked = _ENTITY.get(entity)
    return entity.replace("_", " ") if marked is None else _tr(marked)


def action_name(action: str) -> str:
    marked = _ACTION.get(action)
    return action if marked is None else _tr(marked)


def field_name(field: str | None) -> str:
    if field is None:
        return ""
    marked = _FIELD.get(field)
    return field.replace("_", " ") if marked is None else _tr(marked)


def value_text(field: str | None, value: str | None) -> str:
    """A recorded value as the screen names it: vocabulary words translated, the rest as is."""
    if value is None:
        return ""
    show = _VALUES.get(field or "")
    return value if show is None else show(value)
