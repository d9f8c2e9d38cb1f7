"""Which views refresh after an edit comes from what the transaction wrote to the audit trail,
not from a list each caller keeps: an edit announces exactly the kinds of record it wrote, a
deletion also what the store deletes or unlinks with the record, a refused change nothing."""

from __future__ import annotations

import threading

import pytest
from meeting_support import sample_meetings
from pytestqt.qtbot import QtBot
from sqlalchemy import Table

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import Topic, TopicDraft
from dialoguetracker.gui import operations as kinds
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services
from dialoguetracker.services.context import watch_writes
from dialoguetracker.services.dialogues import (
    create_topic,
    list_dialogues,
    list_topics,
    update_topic,
)
from dialoguetracker.services.meeting_removal import remove_meeting
from dialoguetracker.store.models import Base

TABLE_KINDS = {
    "parties": kinds.PARTIES,
    "organizations": kinds.PARTIES,
    "people": kinds.PEOPLE,
    "dialogues": kinds.DIALOGUES,
    "dialogue_parties": kinds.DIALOGUES,
    "topics": kinds.TOPICS,
    "meetings": kinds.MEETINGS,
    "meeting_briefs": kinds.BRIEFS,
    "attendance": kinds.ATTENDANCE,
    "agenda_items": kinds.AGENDA,
    "commitments": kinds.COMMITMENTS,
    "commitment_leads": kinds.COMMITMENTS,
    "commitment_updates": kinds.UPDATES,
    "assessments": kinds.UPDATES,
    "documents": kinds.DOCUMENTS,
    "document_files": kinds.DOCUMENTS,
    "briefing_exports": kinds.EXPORTS,
}
"""How the views name what each table holds (the audit trail itself is shown by no view)."""

ENTITY_TABLES = {
    "party": "parties",
    "organization": "organizations",
    "person": "people",
    "dialogue": "dialogues",
    "topic": "topics",
    "meeting": "meetings",
    "agenda_item": "agenda_items",
    "attendance": "attendance",
    "meeting_brief": "meeting_briefs",
    "document": "documents",
    "commitment": "commitments",
    "commitment_update": "commitment_updates",
    "assessment": "assessments",
    "briefing_export": "briefing_exports",
}


def touched_by_deleting(table: Table) -> set[str]:
    """Tables whose rows the store deletes or unlinks when a row of ``table`` goes."""
    touched: set[str] = set()
    for other in Base.metadata.sorted_tables:
        for key in other.foreign_keys:
            if key.column.table is not table or other.name == "audit_entries":
                continue
            if key.ondelete == "CASCADE":
                touched |= {other.name} | touched_by_deleting(other)
            elif key.ondelete == "SET NULL":
                touched.add(other.name)
    return touched


def test_every_table_a_view_shows_has_a_kind_and_every_audited_entity_a_table() -> None:
    # the trail is shown by no view; logins are kept by administrators, on the command line
    shown = {table.name for table in Base.metadata.sorted_tables} - {"audit_entries", "logins"}
    assert shown == set(TABLE_KINDS)
    assert set(kinds.SHOWN_AS) == set(ENTITY_TABLES)
    for entity, table in ENTITY_TABLES.items():
        assert kinds.SHOWN_AS[entity] == TABLE_KINDS[table], entity


@pytest.mark.parametrize("entity", sorted(ENTITY_TABLES))
def test_what_goes_with_a_deletion_follows_the_stores_delete_rules(entity: str) -> None:
    table = Base.metadata.tables[ENTITY_TABLES[entity]]
    expected = {TABLE_KINDS[name] for name in touched_by_deleting(table)} - {kinds.SHOWN_AS[entity]}
    goes_with = kinds.GOES_WITH.get(entity, frozenset())
    if entity == "dialogue":  # everything hangs off a dialogue: every view reads afresh
        assert expected <= goes_with == kinds.EVERYTHING
    else:
        assert goes_with == expected


def first_topic(services: Services) -> Topic:
    return list_topics(services, list_dialogues(services)[0].id)[0]


def test_an_edit_announces_exactly_what_it_wrote(window: MainWindow, qtbot: QtBot) -> None:
    services, operations = window.context.services, window.context.operations
    topic = first_topic(services)
    renamed = TopicDraft(topic.dialogue_id, "Cyber norms")
    with qtbot.waitSignal(operations.changed) as announced:
        operations.run(lambda: update_topic(services, topic.id, renamed))
    assert announced.args == [frozenset({kinds.TOPICS})]


def test_deleting_a_meeting_announces_what_went_with_it(window: MainWindow, qtbot: QtBot) -> None:
    services, operations = window.context.services, window.context.operations
    _held, planned = sample_meetings(window)
    with qtbot.waitSignal(operations.changed) as announced:
        operations.run(lambda: remove_meeting(services, planned.id))
    assert announced.args[0] >= {
        kinds.MEETINGS,
        kinds.AGENDA,
        kinds.ATTENDANCE,
        kinds.BRIEFS,
        kinds.COMMITMENTS,
    }


def test_a_refused_change_announces_nothing(window: MainWindow, qtbot: QtBot) -> None:
    services, operations = window.context.services, window.context.operations
    topic = first_topic(services)
    blank = TopicDraft(topic.dialogue_id, " ")
    with qtbot.assertNotEmitted(operations.changed), pytest.raises(ValidationError):
        operations.run(lambda: update_topic(services, topic.id, blank))


def test_writes_are_watched_per_thread_and_only_once_committed(services: Services) -> None:
    with watch_writes() as here:
        worker = threading.Thread(target=load_sample, args=(services,))
        worker.start()
        worker.join()
    assert here == set()  # another thread's writes are its own
    topic = first_topic(services)

    with watch_writes() as here:
        create_topic(services, TopicDraft(topic.dialogue_id, "Capacity building"))
        with pytest.raises(ValidationError):  # rolled back: not written
            update_topic(services, topic.id, TopicDraft(topic.dialogue_id, "Capacity building"))
    assert here == {("topic", "create")}
