"""New meetings of an interchange file go in sets with their delegations and agendas: the
rows and audit entries are those adding them one at a time gives, a final record is closed
after its documents are in, and a broken rule names the JSON path of its entry."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from dialoguetracker.domain.enums import RecordState
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import DialogueDraft, MeetingDraft, PartyDraft
from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.services import Services
from dialoguetracker.services.agenda import list_agenda
from dialoguetracker.services.attendance import list_attendance
from dialoguetracker.services.dialogues import create_dialogue
from dialoguetracker.services.directory import create_party
from dialoguetracker.services.interchange_import import (
    MEETING_BATCH,
    import_interchange,
)
from dialoguetracker.services.meetings import create_meeting, finalize_record, list_meetings
from dialoguetracker.store.models import AuditRow

PEOPLE = [
    {"id": "p1", "name": "Ana Ruiz", "party": "MX"},
    {"id": "p2", "name": "John Carter", "party": "US"},
]


def document(*meetings: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": "dialoguetracker",
        "version": 1,
        "parties": [{"code": "US", "name": "United States"}, {"code": "MX", "name": "México"}],
        "people": PEOPLE,
        "dialogues": [
            {
                "id": "d1",
                "name": "Cyber working group",
                "parties": ["US", "MX"],
                "topics": [{"id": "t1", "name": "Cybercrime"}],
                "meetings": list(meetings),
            }
        ],
    }


def imported(services: Services, data: dict[str, Any]) -> None:
    import_interchange(services, read_interchange(json.dumps(data)))


ROUND = {
    "id": "m1",
    "title": "First round",
    "start": "2022-08-10T09:00:00-05:00",
    "end": "2022-08-10T17:00:00-05:00",
    "host": "US",
    "status": "held",
    "record": "final",
    "participants": [
        {"person": "p2", "role": "head of delegation", "presence": "present"},
        {"person": "p1"},
    ],
    "agenda": [
        {"title": "Opening remarks", "lead": "joint", "minutes": 15},
        {"title": "Ransomware", "topic": "t1", "lead": "MX", "presenter": "p1"},
    ],
    "documents": [
        {"id": "doc1", "kind": "joint statement", "title": "Joint statement", "text": "Agreed."}
    ],
}


def test_a_new_meeting_arrives_whole_audited_and_closed_after_its_documents(
    services: Services,
) -> None:
    imported(services, document(ROUND))

    (meeting,) = list_meetings(services)
    assert meeting.host == "US" and meeting.record is RecordState.FINAL
    assert meeting.start.isoformat() == "2022-08-10T09:00:00-05:00"
    agenda = list_agenda(services, meeting.id)
    assert [(i.position, i.title, i.lead) for i in agenda] == [
        (1, "Opening remarks", "joint"),
        (2, "Ransomware", "MX"),
    ]
    assert agenda[0].planned_minutes == 15 and agenda[1].presenter_id is not None
    attendance = list_attendance(services, meeting.id)
    assert sorted(a.role.value for a in attendance) == ["head of delegation", "member"]
    with services.read() as uow:
        rows = uow.session.scalars(select(AuditRow).order_by(AuditRow.id))
        trail = [
            (r.entity, r.action, r.new)
            for r in rows
            if r.scope_id == meeting.id or (r.entity == "meeting" and r.entity_id == meeting.id)
        ]
    assert trail == [
        ("meeting", "create", "First round"),
        ("attendance", "create", "John Carter"),
        ("attendance", "create", "Ana Ruiz"),
        ("agenda_item", "create", "Opening remarks"),
        ("agenda_item", "create", "Ransomware"),
        ("document", "create", "Joint statement"),
        ("meeting", "finalize", "final"),
    ]


def test_many_meetings_and_a_reimport_that_adds_a_part_to_a_known_one(
    services: Services,
) -> None:
    first_day = date(2000, 1, 4)
    rounds = [
        {"id": f"m{n}", "title": f"Round {n}", "start": str(first_day + timedelta(weeks=n))}
        for n in range(MEETING_BATCH + 3)
    ]
    imported(services, document(*rounds))
    rounds[0]["agenda"] = [{"title": "Added by a later file"}]
    imported(services, document(*rounds))

    meetings = list_meetings(services)
    assert len(meetings) == MEETING_BATCH + 3
    first = next(m for m in meetings if m.title == "Round 0")
    assert [i.title for i in list_agenda(services, first.id)] == ["Added by a later file"]


@pytest.mark.parametrize(
    ("change", "path", "problem"),
    [
        ({"end": "2022-08-09"}, "meetings[0].end", "ends before it starts"),
        ({"title": " "}, "meetings[0].title", ""),
        (
            {"agenda": [{"title": "Points", "points_to_make": ["Raise it", " "]}]},
            "meetings[0].agenda[0].points_to_make[1]",
            "",
        ),
        ({"agenda": [{"title": " "}]}, "meetings[0].agenda[0].title", ""),
    ],
)
def test_a_broken_meeting_names_its_path_and_leaves_the_store_as_it_was(
    services: Services, change: dict[str, Any], path: str, problem: str
) -> None:
    broken = {"id": "m1", "title": "First round", "start": "2022-08-10", **change}

    with pytest.raises(ValidationError) as raised:
        imported(services, document(broken))

    assert raised.value.field == f"dialogues[0].{path}"
    assert problem in raised.value.problem
    assert list_meetings(services) == []


def test_a_set_of_final_records_is_closed_as_one_by_one_each_after_its_own_parts(
    services: Services, fresh_services: Callable[[], Services]
) -> None:
    first_day = date(2000, 1, 4)
    rounds: list[dict[str, Any]] = [
        {
            "id": f"m{n}",
            "title": f"Round {n}",
            "start": str(first_day + timedelta(weeks=n)),
            "status": "held",
            "record": "final",
        }
        for n in range(MEETING_BATCH + 3)
    ]
    rounds[1]["brief"] = {"purpose": "Agree the work plan"}
    rounds[2]["documents"] = [{"kind": "readout", "title": "Readout", "text": "Met."}]
    imported(services, document(*rounds))

    by_hand = fresh_services()  # the one-by-one path, through the services
    for code, name in (("US", "United States"), ("MX", "México")):
        create_party(by_hand, PartyDraft(code, name))
    dialogue = create_dialogue(by_hand, DialogueDraft("Cyber working group", ("US", "MX")))
    hand_made = create_meeting(by_hand, MeetingDraft(dialogue.id, "Round 0", first_day))
    finalize_record(by_hand, hand_made.id)
    (closed_by_hand,) = list_meetings(by_hand)

    meetings = list_meetings(services)
    assert len(meetings) == MEETING_BATCH + 3
    assert {(m.record, m.version) for m in meetings} == {
        (RecordState.FINAL, closed_by_hand.version)
    }
    ids = {m.title: m.id for m in meetings}
    with services.read() as uow:
        rows = uow.session.scalars(select(AuditRow).order_by(AuditRow.id))
        after_creation = [  # each record closed after its own brief and documents
            (r.entity, r.scope_id or r.entity_id, r.action)
            for r in rows
            if r.entity in {"meeting_brief", "document"} or r.action == "finalize"
        ]
    assert after_creation[:6] == [
        ("meeting", ids["Round 0"], "finalize"),
        ("meeting_brief", ids["Round 1"], "create"),
        ("meeting", ids["Round 1"], "finalize"),
        ("document", ids["Round 2"], "create"),
        ("meeting", ids["Round 2"], "finalize"),
        ("meeting", ids["Round 3"], "finalize"),
    ]
    assert len(after_creation) == MEETING_BATCH + 3 + 2
