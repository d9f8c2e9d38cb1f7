"""A meeting's agenda: items at dense positions 1..n, with the preparation for each.

The store holds UNIQUE(meeting_id, position) and CHECK(position >= 1), and checks the unique
rule row by row, so a shift cannot be one ``position + 1``: rows that move are first parked
at large temporary positions, flushed, and only then given their final places.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from dialoguetracker.domain.enums import JOINT, Handling
from dialoguetracker.domain.errors import ValidationError, no_record
from dialoguetracker.domain.records import MAX_MINUTES, AgendaItem, AgendaItemDraft
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.meetings import dialogue_party_id, ensure_editable
from dialoguetracker.services.sides import side_of
from dialoguetracker.services.validation import (
    as_draft,
    check_choice,
    check_same_dialogue,
    check_text,
    check_texts,
    require_text,
)
from dialoguetracker.store.models import AgendaItemRow, MeetingRow, PersonRow, TopicRow
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "agenda_item"

_PARKED = 1_000_000
"""Added to a position while it moves; far above any real agenda's length."""


def agenda_record(uow: UnitOfWork, row: AgendaItemRow) -> AgendaItem:
    return AgendaItem(
        meeting_id=row.meeting_id,
        title=row.title,
        topic_id=row.topic_id,
        lead=side_of(uow, row.lead_party_id, row.lead_joint),
        presenter_id=row.presenter_id,
        planned_minutes=row.planned_minutes,
        notes=row.notes,
        outcome=row.outcome,
        handling=Handling(row.handling),
        points_to_make=tuple(row.points_to_make),
        their_position=row.their_position,
        our_response=row.our_response,
        id=row.id,
        position=row.position,
    )


class _Checked(NamedTuple):
    draft: AgendaItemDraft
    lead_party_id: int | None
    lead_joint: bool


def check_item_fields(draft: AgendaItemDraft) -> AgendaItemDraft:
    """The rules an item's own fields keep, needing nothing from the store (a bulk import
    checks them too): the draft with its choices as members."""
    require_text("title", draft.title)
    for name in ("notes", "outcome", "their_position", "our_response"):
        check_text(name, getattr(draft, name))
    minutes: object = draft.planned_minutes
    if minutes is not None:
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise ValidationError(
                "planned_minutes", translate("Errors", "must be a whole number of minutes")
            )
        if minutes < 0:
            raise ValidationError("planned_minutes", translate("Errors", "must not be negative"))
        if minutes > MAX_MINUTES:
            raise ValidationError(
                "planned_minutes",
                translate("Errors", "must not exceed {limit} minutes").format(limit=MAX_MINUTES),
            )
    return replace(
        draft,
        points_to_make=check_texts("points_to_make", draft.points_to_make),
        handling=check_choice("handling", Handling, draft.handling),
    )


def _check_item(uow: UnitOfWork, draft: AgendaItemDraft) -> _Checked:
    draft = as_draft(AgendaItemDraft, draft)
    meeting = ensure_editable(uow, draft.meeting_id)
    clean = check_item_fields(draft)
    if draft.topic_id is not None:
        topic = uow.get(TopicRow, draft.topic_id)
        if topic is None:
            raise ValidationError("topic", no_record("topic", draft.topic_id))
        check_same_dialogue("topic", "topic", topic.name, topic.dialogue_id, meeting.dialogue_id)
    lead_party_id, lead_joint = None, draft.lead == JOINT
    if draft.lead is not None and not lead_joint:
        lead_party_id = dialogue_party_id(uow, meeting.dialogue_id, draft.lead, "lead")
    if draft.presenter_id is not None and uow.get(PersonRow, draft.presenter_id) is None:
        raise ValidationError("presenter", no_record("person", draft.presenter_id))
    return _Checked(clean, lead_party_id, lead_joint)


def _fill_item(row: AgendaItemRow, checked: _Checked) -> None:
    draft = checked.draft
    row.meeting_id, row.title, row.topic_id = draft.meeting_id, draft.title, draft.topic_id
    row.lead_party_id, row.lead_joint = checked.lead_party_id, checked.lead_joint
    row.presenter_id, row.planned_minutes = draft.presenter_id, draft.planned_minutes
    row.notes, row.outcome, row.handling = draft.notes, draft.outcome, draft.handling.value
    row.points_to_make = list(draft.points_to_make)
    row.their_position, row.our_response = draft.their_position, draft.our_response


def _items(uow: UnitOfWork, meeting_id: int) -> list[AgendaItemRow]:
    return uow.all(AgendaItemRow, "position", meeting_id=meeting_id)


def _renumber(change: Change, placed: Iterable[tuple[AgendaItemRow, int]]) -> None:
    """Move rows to new positions in two flushed passes, auditing each row that moved."""
    moving = [(row, row.position, target) for row, target in placed if row.position != target]
    if not moving:
        return
    for row, _old, target in moving:
        row.position = target + _PARKED
    change.uow.flush()
    for row, old, target in moving:
        row.position = target
        change.audit(
            ENTITY, row.id, "move", "position", old, target, scope=("meeting", row.meeting_id)
        )
    change.uow.flush()


def _check_position(field: str, position: object, highest: int) -> int:
    if isinstance(position, bool) or not isinstance(position, int) or not 1 <= position <= highest:
        raise ValidationError(
            field,
            translate("Errors", "must be a whole number from 1 to {highest}").format(
                highest=highest
            ),
        )
    return position


# -- use cases -----------------------------------------------------------------------------


def add_agenda_item(
    change: Change, draft: AgendaItemDraft, position: int | None = None
) -> AgendaItem:
    """Append the item, or insert it at ``position`` and move the items from there down."""
    checked = _check_item(change.uow, draft)
    items = _items(change.uow, draft.meeting_id)
    at = (
        len(items) + 1
        if position is None
        else _check_position("position", position, len(items) + 1)
    )
    _renumber(
        change, ((row, index if index < at else index + 1) for index, row in enumerate(items, 1))
    )
    row = AgendaItemRow(position=at)
    _fill_item(row, checked)
    change.uow.add(row)
    change.uow.flush()
    change.audit(ENTITY, row.id, "create", new=draft.title, scope=("meeting", row.meeting_id))
    return agenda_record(change.uow, row)


def create_agenda_item(
    services: Services, draft: AgendaItemDraft, position: int | None = None
) -> AgendaItem:
    with services.change() as change:
        return add_agenda_item(change, draft, position)


def update_agenda_item(services: Services, item_id: int, draft: AgendaItemDraft) -> AgendaItem:
    """Changes what an item says; its place changes only through move and reorder."""
    with services.change() as change:
        row = change.uow.require(AgendaItemRow, item_id, "agenda item")
        ensure_editable(change.uow, row.meeting_id)
        if draft.meeting_id != row.meeting_id:
            raise ValidationError(
                "meeting_id", translate("Errors", "an agenda item cannot move to another meeting")
            )
        checked = _check_item(change.uow, draft)
        new = AgendaItem(**vars(checked.draft), id=row.id, position=row.position)
        change.audit_fields(
            ENTITY,
            row.id,
            agenda_record(change.uow, row),
            new,
            scope=("meeting", row.meeting_id),
        )
        _fill_item(row, checked)
        change.uow.flush()
        return new


def delete_agenda_item(services: Services, item_id: int) -> None:
    """Removes the item and closes the gap it leaves."""
    with services.change() as change:
        row = change.uow.require(AgendaItemRow, item_id, "agenda item")
        ensure_editable(change.uow, row.meeting_id)
        change.audit(ENTITY, row.id, "delete", old=row.title, scope=("meeting", row.meeting_id))
        change.uow.delete(row)
        change.uow.flush()
        rest = _items(change.uow, row.meeting_id)
        _renumber(change, ((item, index) for index, item in enumerate(rest, 1)))


def move_agenda_item(services: Services, item_id: int, new_position: int) -> AgendaItem:
    with services.change() as change:
        row = change.uow.require(AgendaItemRow, item_id, "agenda item")
        ensure_editable(change.uow, row.meeting_id)
        items = _items(change.uow, row.meeting_id)
        at = _check_position("position", new_position, len(items))
        items.remove(row)
        items.insert(at - 1, row)
        _renumber(change, ((item, index) for index, item in enumerate(items, 1)))
        return agenda_record(change.uow, row)


def reorder_agenda(
    services: Services, meeting_id: int, ordered_item_ids: Sequence[int]
) -> list[AgendaItem]:
    """Puts the agenda in the given order, which must name every item of the meeting once."""
    with services.change() as change:
        ensure_editable(change.uow, meeting_id)
        by_id = {row.id: row for row in _items(change.uow, meeting_id)}
        ids = list(ordered_item_ids)
        if len(ids) != len(by_id) or set(ids) != set(by_id):
            raise ValidationError(
                "agenda", translate("Errors", "must list each of the meeting's items exactly once")
            )
        _renumber(change, ((by_id[item_id], index) for index, item_id in enumerate(ids, 1)))
        return [agenda_record(change.uow, by_id[item_id]) for item_id in ids]


def get_agenda_item(services: Services, item_id: int) -> AgendaItem:
    with services.read() as uow:
        return agenda_record(uow, uow.require(AgendaItemRow, item_id, "agenda item"))


def list_agenda(services: Services, meeting_id: int) -> list[AgendaItem]:
    with services.read() as uow:
        uow.require(MeetingRow, meeting_id, "meeting")
        return [agenda_record(uow, row) for row in _items(uow, meeting_id)]
