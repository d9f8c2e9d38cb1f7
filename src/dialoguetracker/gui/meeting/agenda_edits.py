"""The agenda's undoable steps, each one service call: add, delete, change a field, move.

Commands find their item (and its meeting) through the window's ``RecordIds``, so a step
still works after an undo re-created the item under a new id. Refusals reach the caller as
the service's errors, to be shown at the field.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import AgendaItem, AgendaItemDraft
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.services.agenda import (
    create_agenda_item,
    delete_agenda_item,
    get_agenda_item,
    move_agenda_item,
    update_agenda_item,
)

KIND = RecordKind.AGENDA_ITEM

_CHANGE_TEXTS = {
    "title": QT_TRANSLATE_NOOP("AgendaEdits", "Change title of agenda item “%1”"),
    "topic_id": QT_TRANSLATE_NOOP("AgendaEdits", "Change topic of agenda item “%1”"),
    "lead": QT_TRANSLATE_NOOP("AgendaEdits", "Change lead of agenda item “%1”"),
    "presenter_id": QT_TRANSLATE_NOOP("AgendaEdits", "Change presenter of agenda item “%1”"),
    "planned_minutes": QT_TRANSLATE_NOOP("AgendaEdits", "Change minutes of agenda item “%1”"),
    "notes": QT_TRANSLATE_NOOP("AgendaEdits", "Change notes of agenda item “%1”"),
    "outcome": QT_TRANSLATE_NOOP("AgendaEdits", "Change outcome of agenda item “%1”"),
    "handling": QT_TRANSLATE_NOOP("AgendaEdits", "Change handling of agenda item “%1”"),
}


def tr(text: str) -> str:
    """For texts marked with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate("AgendaEdits", text)


class AgendaEdits:
    def __init__(self, context: AppContext) -> None:
        self.services = context.services
        self.editing = context.editing

    def current(self, item_id: int) -> int:
        return self.editing.current(KIND, item_id)

    def change(self, item: AgendaItem, field: str, value: object) -> bool:
        """False when the value is the one stored (no undo step is made)."""
        old = getattr(item, field)
        if old == value:
            return False
        services, item_id = self.services, item.id
        self.editing.change_field(
            filled(tr(str(_CHANGE_TEXTS[field])), item.title),
            lambda: get_agenda_item(services, self.current(item_id)),
            lambda changed: update_agenda_item(services, changed.id, changed),
            field,
            old,
            value,
        )
        return True

    def add(self, meeting_id: int) -> AgendaItem:
        """A new item at the end of the agenda, titled for the user to retitle at once."""
        services, title = (
            self.services,
            QCoreApplication.translate("AgendaEdits", "New agenda item"),
        )

        def create() -> AgendaItem:
            draft = AgendaItemDraft(self.editing.current(RecordKind.MEETING, meeting_id), title)
            return create_agenda_item(services, draft)

        return self.editing.create(
            KIND,
            filled(QCoreApplication.translate("AgendaEdits", "Add agenda item “%1”"), title),
            create,
            lambda item_id: delete_agenda_item(services, item_id),
        )

    def delete(self, item: AgendaItem) -> None:
        """Undo puts the item back whole (preparation included) at its old place."""
        services, editing = self.services, self.editing

        def recreate() -> AgendaItem:
            presenter = item.presenter_id
            draft = replace(
                item,
                meeting_id=editing.current(RecordKind.MEETING, item.meeting_id),
                presenter_id=None
                if presenter is None
                else editing.current(RecordKind.PERSON, presenter),
            )
            return create_agenda_item(services, draft, item.position)

        editing.delete(
            KIND,
            item.id,
            filled(
                QCoreApplication.translate("AgendaEdits", "Delete agenda item “%1”"), item.title
            ),
            lambda item_id: delete_agenda_item(services, item_id),
            recreate,
        )

    def move(self, item: AgendaItem, position: int, how: str = "") -> bool:
        """Put the item at ``position`` (from 1); ``how`` is "up", "down" or "" (dragged)."""
        if position == item.position:
            return False
        if how == "up":
            text = QCoreApplication.translate("AgendaEdits", "Move agenda item “%1” up")
        elif how == "down":
            text = QCoreApplication.translate("AgendaEdits", "Move agenda item “%1” down")
        else:
            text = QCoreApplication.translate("AgendaEdits", "Move agenda item “%1” to position %2")
        services, item_id, old = self.services, item.id, item.position

        def put(at: int) -> AgendaItem:
            return move_agenda_item(services, self.current(item_id), at)

        self.editing.change(
            filled(text, item.title, str(position)),
            lambda: put(position),
            lambda _m: put(old),
        )
        return True
