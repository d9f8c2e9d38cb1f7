from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from meeting_scenario import EDT, WorkingGroup, plan_meeting, working_group

from dialoguetracker.domain.enums import DocumentKind, Handling
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import Document, DocumentDraft, MeetingDraft
from dialoguetracker.services import Services, documents, meetings
from dialoguetracker.services.audit import history


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


def statement(meeting_id: int, **changes: object) -> DocumentDraft:
    draft = DocumentDraft(
        meeting_id,
        DocumentKind.JOINT_STATEMENT,
        "Joint Statement on the U.S.-Mexico Working Group on Cyber Issues",
        date=date(2022, 8, 11),
        language="en",
        url="https://example.org/joint-statement",
        text="The delegations reaffirmed…",
    )
    return replace(draft, **changes)


def test_a_joint_statement_is_kept_exactly_and_audited(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    created = documents.create_document(services, statement(meeting.id))

    assert documents.get_document(services, created.id) == created
    assert created == Document(**vars(statement(meeting.id)), id=created.id)
    assert created.handling is Handling.PUBLIC
    entries = history(services, "document", created.id)
    assert [(e.action, e.new) for e in entries] == [("create", created.title)]


def test_documents_are_listed_by_meeting_by_dialogue_or_all(
    services: Services, wg: WorkingGroup
) -> None:
    first = plan_meeting(services, wg, "First round", date(2021, 12, 1))
    second = plan_meeting(services, wg, "Second round", datetime(2022, 8, 10, 9, tzinfo=EDT))
    elsewhere = meetings.create_meeting(
        services, MeetingDraft(wg.other_dialogue_id, "Elsewhere", date(2020, 1, 1))
    )
    undated = documents.create_document(services, statement(second.id, title="Notes", date=None))
    later = documents.create_document(services, statement(second.id, date=date(2022, 8, 12)))
    sooner = documents.create_document(services, statement(second.id, date=date(2022, 8, 10)))
    old = documents.create_document(services, statement(first.id, title="Readout"))
    other = documents.create_document(services, statement(elsewhere.id, title="Other"))

    def ids(**filters: int) -> list[int]:
        return [d.id for d in documents.list_documents(services, **filters)]

    assert ids(meeting_id=second.id) == [sooner.id, later.id, undated.id]
    assert ids(dialogue_id=wg.dialogue_id) == [old.id, sooner.id, later.id, undated.id]
    assert ids() == [other.id, old.id, sooner.id, later.id, undated.id]
    assert ids(meeting_id=second.id, dialogue_id=wg.other_dialogue_id) == []


def test_an_update_audits_each_changed_field(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    created = documents.create_document(services, statement(meeting.id))

    documents.update_document(
        services, created.id, statement(meeting.id, kind=DocumentKind.READOUT, language="es")
    )

    stored = documents.get_document(services, created.id)
    assert (stored.kind, stored.language) == (DocumentKind.READOUT, "es")
    changes = [(e.field, e.old, e.new) for e in history(services, "document", created.id)[1:]]
    assert changes == [("kind", "joint statement", "readout"), ("language", "en", "es")]


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("kind", {"kind": "press release"}),
        ("title", {"title": ""}),
        ("date", {"date": datetime(2022, 8, 11, 9, tzinfo=EDT)}),
        ("text", {"text": "bad \ud800 surrogate"}),
        ("handling", {"handling": "secret"}),
    ],
)
def test_a_bad_document_names_its_field(
    services: Services, wg: WorkingGroup, field: str, changes: dict[str, object]
) -> None:
    meeting = plan_meeting(services, wg)
    with pytest.raises(ValidationError) as raised:
        documents.create_document(services, statement(meeting.id, **changes))
    assert raised.value.field == field
    assert documents.list_documents(services) == []


def test_deleting_a_document_is_audited(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    created = documents.create_document(services, statement(meeting.id))

    documents.delete_document(services, created.id)

    assert documents.list_documents(services, meeting_id=meeting.id) == []
    entries = history(services, "document", created.id)
    assert [(e.action, e.old) for e in entries] == [
        ("create", None),
        ("delete", created.title),
    ]


def test_a_document_read_earlier_can_be_edited_and_handed_back(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    created = documents.create_document(services, statement(meeting.id))

    documents.update_document(services, created.id, replace(created, title="Readout"))

    assert documents.get_document(services, created.id) == replace(created, title="Readout")
