"""The small world the commitment tests share: two dialogues with their parties, topics,
meetings, agenda items and documents.

Parties, dialogues and topics go through their services. Meetings, agenda items and
documents are inserted as rows, because their services are being written in parallel and
these tests are about commitments, not meetings.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import event

from dialoguetracker.domain.records import (
    CommitmentDraft,
    DialogueDraft,
    OrganizationDraft,
    PartyDraft,
    PersonDraft,
    TopicDraft,
)
from dialoguetracker.services import Services, dialogues, directory
from dialoguetracker.store.models import AgendaItemRow, Base, DocumentRow, MeetingRow


@dataclass(frozen=True)
class World:
    dialogue: int
    other_dialogue: int
    cybercrime: int
    infrastructure: int
    other_topic: int
    first_meeting: int
    second_meeting: int
    other_meeting: int
    first_item: int
    second_item: int
    statement: int
    other_statement: int
    state: int
    sre: int
    person: int

    def draft(self, text: str = "Share points of contact", **changes: object) -> CommitmentDraft:
        """A valid draft for the main dialogue, with any field replaced."""
        values: dict[str, object] = {"dialogue_id": self.dialogue, "text": text, "owner": "US"}
        values.update(changes)
        return CommitmentDraft(**values)  # type: ignore[arg-type]


def insert(services: Services, row: Base) -> int:
    with services.change() as change:
        change.uow.add(row)
        change.uow.flush()
        return int(row.id)  # type: ignore[attr-defined]


def meeting(services: Services, dialogue_id: int, title: str, start: date) -> int:
    return insert(
        services,
        MeetingRow(dialogue_id=dialogue_id, title=title, start_date=start, status="held"),
    )


def build_world(services: Services) -> World:
    for code, name in (("US", "United States"), ("MX", "Mexico"), ("CA", "Canada")):
        directory.create_party(services, PartyDraft(code, name))
    state = directory.create_organization(services, OrganizationDraft("US", "Department of State"))
    sre = directory.create_organization(
        services, OrganizationDraft("MX", "Secretaría de Relaciones Exteriores")
    )
    person = directory.create_person(services, PersonDraft("Ana Pérez", "MX", sre.id))
    main = dialogues.create_dialogue(
        services, DialogueDraft("U.S.-Mexico Working Group on Cyber Issues", ("US", "MX"))
    )
    other = dialogues.create_dialogue(services, DialogueDraft("U.S.-Canada Dialogue", ("US", "CA")))
    cybercrime = dialogues.create_topic(services, TopicDraft(main.id, "Cybercrime"))
    infrastructure = dialogues.create_topic(
        services, TopicDraft(main.id, "Critical infrastructure")
    )
    other_topic = dialogues.create_topic(services, TopicDraft(other.id, "Cybercrime"))
    first = meeting(services, main.id, "First meeting", date(2022, 8, 10))
    second = meeting(services, main.id, "Second meeting", date(2023, 1, 15))
    elsewhere = meeting(services, other.id, "U.S.-Canada round", date(2022, 9, 1))
    return World(
        dialogue=main.id,
        other_dialogue=other.id,
        cybercrime=cybercrime.id,
        infrastructure=infrastructure.id,
        other_topic=other_topic.id,
        first_meeting=first,
        second_meeting=second,
        other_meeting=elsewhere,
        first_item=insert(services, AgendaItemRow(meeting_id=first, position=1, title="Crime")),
        second_item=insert(services, AgendaItemRow(meeting_id=second, position=1, title="CI")),
        statement=insert(
            services,
            DocumentRow(meeting_id=first, kind="joint statement", title="Joint statement"),
        ),
        other_statement=insert(
            services,
            DocumentRow(meeting_id=elsewhere, kind="readout", title="U.S.-Canada readout"),
        ),
        state=state.id,
        sre=sre.id,
        person=person.id,
    )


@contextmanager
def selects_run(services: Services) -> Iterator[list[str]]:
    """The SELECT statements the store runs inside the block, to show what SQL a call costs."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@contextmanager
def transactions_begun(services: Services) -> Iterator[list[object]]:
    """The database transactions the store begins inside the block (one per unit of work
    that touches the database), to show how many a call opens."""
    begun: list[object] = []

    def record(connection: object) -> None:
        begun.append(connection)

    engine = services.store.engine
    event.listen(engine, "begin", record)
    try:
        yield begun
    finally:
        event.remove(engine, "begin", record)
