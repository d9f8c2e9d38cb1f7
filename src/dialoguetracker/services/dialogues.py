"""Dialogues (the standing working groups) and their agenda taxonomy of topics."""

from __future__ import annotations

from dialoguetracker.domain.enums import DialogueStatus
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import Dialogue, DialogueDraft, Topic, TopicDraft
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.sides import party_id
from dialoguetracker.services.validation import check_text, require_text
from dialoguetracker.store.models import DialoguePartyRow, DialogueRow, TopicRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def dialogue_record(row: DialogueRow) -> Dialogue:
    return Dialogue(
        name=row.name,
        parties=tuple(member.party.code for member in row.members),
        short_name=row.short_name,
        framework=row.framework,
        description=row.description,
        status=DialogueStatus(row.status),
        id=row.id,
    )


def _check_dialogue(uow: UnitOfWork, draft: DialogueDraft, row_id: int | None) -> list[int]:
    name = require_text("name", draft.name)
    for field in ("short_name", "framework", "description"):
        check_text(field, getattr(draft, field))
    DialogueStatus(draft.status)
    if len(draft.parties) < 2:
        raise ValidationError(
            "parties", translate("Errors", "a dialogue needs at least two parties")
        )
    if len(set(draft.parties)) != len(draft.parties):
        raise ValidationError("parties", translate("Errors", "a party is listed twice"))
    other = uow.find(DialogueRow, name=name)
    if other is not None and other.id != row_id:
        raise ValidationError(
            "name",
            translate("Errors", "a dialogue named {name!r} already exists").format(name=name),
        )
    return [party_id(uow, code, f"parties[{index}]") for index, code in enumerate(draft.parties)]


def _fill_dialogue(row: DialogueRow, draft: DialogueDraft, party_ids: list[int]) -> None:
    row.name, row.short_name, row.framework = draft.name, draft.short_name, draft.framework
    row.description, row.status = draft.description, draft.status.value
    current = [member.party_id for member in row.members]
    if current != party_ids:
        row.members.clear()
        row.members.extend(
            DialoguePartyRow(party_id=pid, position=index) for index, pid in enumerate(party_ids)
        )


def add_dialogue(change: Change, draft: DialogueDraft) -> Dialogue:
    party_ids = _check_dialogue(change.uow, draft, None)
    row = DialogueRow()
    _fill_dialogue(row, draft, party_ids)
    change.uow.add(row)
    change.uow.flush()
    change.audit("dialogue", row.id, "create", new=draft.name)
    return dialogue_record(row)


def create_dialogue(services: Services, draft: DialogueDraft) -> Dialogue:
    with services.change() as change:
        return add_dialogue(change, draft)


def update_dialogue(services: Services, row_id: int, draft: DialogueDraft) -> Dialogue:
    with services.change() as change:
        row = change.uow.require(DialogueRow, row_id, "dialogue")
        party_ids = _check_dialogue(change.uow, draft, row.id)
        change.audit_fields(
            "dialogue", row.id, dialogue_record(row), Dialogue(**vars(draft), id=row.id)
        )
        if [member.party_id for member in row.members] != party_ids:
            row.members.clear()
            change.uow.flush()
        _fill_dialogue(row, draft, party_ids)
        change.uow.flush()
        return dialogue_record(row)


def delete_dialogue(services: Services, row_id: int) -> None:
    """Removes the dialogue with its topics, meetings and commitments (audited)."""
    with services.change() as change:
        row = change.uow.require(DialogueRow, row_id, "dialogue")
        change.audit("dialogue", row.id, "delete", old=row.name)
        change.uow.delete(row)
        change.uow.flush()


def get_dialogue(services: Services, row_id: int) -> Dialogue:
    with services.read() as uow:
        return dialogue_record(uow.require(DialogueRow, row_id, "dialogue"))


def find_dialogue(services: Services, name: str) -> Dialogue | None:
    """A dialogue by its full or short name, as a user would type it on the command line."""
    with services.read() as uow:
        row = uow.find(DialogueRow, name=name) or uow.find(DialogueRow, short_name=name)
        return None if row is None else dialogue_record(row)


def list_dialogues(services: Services) -> list[Dialogue]:
    with services.read() as uow:
        return [dialogue_record(row) for row in uow.all(DialogueRow, "name")]


# -- topics --------------------------------------------------------------------------------


def topic_record(row: TopicRow) -> Topic:
    return Topic(dialogue_id=row.dialogue_id, name=row.name, id=row.id)


def _check_topic(uow: UnitOfWork, draft: TopicDraft, row_id: int | None) -> None:
    uow.require(DialogueRow, draft.dialogue_id, "dialogue")
    name = require_text("name", draft.name)
    other = uow.find(TopicRow, dialogue_id=draft.dialogue_id, name=name)
    if other is not None and other.id != row_id:
        raise ValidationError(
            "name",
            translate("Errors", "the dialogue already has a topic named {name!r}").format(
                name=name
            ),
        )


def add_topic(change: Change, draft: TopicDraft) -> Topic:
    _check_topic(change.uow, draft, None)
    row = TopicRow(dialogue_id=draft.dialogue_id, name=draft.name)
    change.uow.add(row)
    change.uow.flush()
    change.audit("topic", row.id, "create", new=draft.name)
    return topic_record(row)


def create_topic(services: Services, draft: TopicDraft) -> Topic:
    with services.change() as change:
        return add_topic(change, draft)


def update_topic(services: Services, row_id: int, draft: TopicDraft) -> Topic:
    with services.change() as change:
        row = change.uow.require(TopicRow, row_id, "topic")
        _check_topic(change.uow, draft, row.id)
        new = Topic(**vars(draft), id=row.id)
        change.audit_fields("topic", row.id, topic_record(row), new)
        row.dialogue_id, row.name = draft.dialogue_id, draft.name
        return new


def delete_topic(services: Services, row_id: int) -> None:
    with services.change() as change:
        row = change.uow.require(TopicRow, row_id, "topic")
        change.audit("topic", row.id, "delete", old=row.name)
        change.uow.delete(row)
        change.uow.flush()


def list_topics(services: Services, dialogue_id: int) -> list[Topic]:
    with services.read() as uow:
        return [topic_record(row) for row in uow.all(TopicRow, dialogue_id=dialogue_id)]
