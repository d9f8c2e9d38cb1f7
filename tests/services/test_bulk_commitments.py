"""New commitments of an interchange file are written in sets; what they leave in the store
and its audit trail is what appending them one at a time leaves, and every rule still names
the JSON path of the entry that broke it."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import CommitmentUpdateDraft
from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.services import Services
from dialoguetracker.services.commitment_updates import list_updates, record_update
from dialoguetracker.services.commitments import list_commitments
from dialoguetracker.services.interchange_import import BATCH, import_interchange
from dialoguetracker.store.models import AuditRow


def document(*commitments: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": "dialoguetracker",
        "version": 1,
        "parties": [
            {"code": "US", "name": "United States"},
            {"code": "MX", "name": "México"},
        ],
        "dialogues": [
            {
                "id": "d1",
                "name": "Cyber working group",
                "parties": ["US", "MX"],
                "meetings": [{"id": "m1", "title": "First round", "start": "2022-08-10"}],
                "commitments": list(commitments),
            }
        ],
    }


def imported(services: Services, data: dict[str, Any]) -> None:
    import_interchange(services, read_interchange(json.dumps(data)))


def trail(services: Services) -> list[tuple[object, ...]]:
    with services.read() as uow:
        rows = uow.session.scalars(select(AuditRow).order_by(AuditRow.id))
        return [
            (row.entity, row.action, row.field, row.old, row.new)
            for row in rows
            if row.entity in {"commitment", "commitment_update"}
        ]


def test_a_history_is_audited_step_by_step_and_the_files_current_state_kept(
    services: Services,
) -> None:
    imported(
        services,
        document(
            {
                "id": "c1",
                "text": "Exchange points of contact",
                "owner": "joint",
                "meeting": "m1",
                "status": "completed",
                "due": "2023-01-31",
                "updates": [
                    {"date": "2022-09-01", "note": "Lists drafted", "status": "in_progress"},
                    {"date": "2022-10-01", "note": "Date set", "due": "2023-01-31"},
                ],
            }
        ),
    )

    assert trail(services) == [
        ("commitment", "create", None, None, "Exchange points of contact"),
        ("commitment_update", "create", None, None, "Lists drafted"),
        ("commitment", "update", "status", "agreed", "in_progress"),
        ("commitment_update", "create", None, None, "Date set"),
        ("commitment", "update", "due", None, "2023-01-31"),
        ("commitment", "import", "status", "in_progress", "completed"),
    ]
    (commitment,) = list_commitments(services, CommitmentFilter())
    assert commitment.status.value == "completed" and str(commitment.due) == "2023-01-31"
    assert commitment.recorded_on is not None and str(commitment.recorded_on) == "2022-08-10"
    assert [u.note for u in list_updates(services, commitment.id)] == ["Lists drafted", "Date set"]


def test_a_file_overlapping_the_store_adds_only_what_is_new(services: Services) -> None:
    known = {"id": "c1", "text": "Hold a workshop", "owner": "US", "status": "agreed"}
    imported(services, document(known))
    later = dict(known, updates=[{"date": "2023-02-01", "note": "Venue found"}])
    new = {"id": "c2", "text": "Publish a report", "owner": "MX", "status": "agreed"}

    imported(services, document(later, new))

    rows = list_commitments(services, CommitmentFilter())
    assert sorted(row.text for row in rows) == ["Hold a workshop", "Publish a report"]
    workshop = next(row for row in rows if row.text == "Hold a workshop")
    assert [u.note for u in list_updates(services, workshop.id)] == ["Venue found"]


def test_more_commitments_than_one_set_all_arrive_and_a_reimport_adds_none(
    services: Services,
) -> None:
    many = [
        {
            "id": f"c{n}",
            "text": f"Share threat indicators ({n})",
            "owner": "MX" if n % 2 else "US",
            "meeting": "m1",
            "status": "in_progress",
            "updates": [{"date": "2022-09-01", "note": "Started", "status": "in_progress"}],
        }
        for n in range(BATCH + 5)
    ]
    imported(services, document(*many))
    imported(services, document(*many))

    rows = list_commitments(services, CommitmentFilter(limit=BATCH + 100))
    assert len(rows) == BATCH + 5
    assert {row.status.value for row in rows} == {"in_progress"}
    assert len(list_updates(services, rows[-1].id)) == 1


@pytest.mark.parametrize(
    ("update", "field", "problem"),
    [
        ({"date": "2022-01-01", "note": "Too early"}, "date", "before the commitment was recorded"),
        ({"date": "2022-09-01", "note": "Off", "status": "dropped"}, "reason", "dropping"),
        ({"date": "2022-09-01", "note": " "}, "note", ""),
    ],
)
def test_a_broken_history_names_its_path_and_leaves_the_store_as_it_was(
    services: Services, update: dict[str, Any], field: str, problem: str
) -> None:
    good = {"id": "c1", "text": "Train federal agencies", "owner": "US", "status": "agreed"}
    bad = {
        "id": "c2",
        "text": "Publish a report",
        "owner": "joint",
        "meeting": "m1",
        "status": "agreed",
        "updates": [update],
    }

    with pytest.raises(ValidationError) as raised:
        imported(services, document(good, bad))

    assert raised.value.field == f"dialogues[0].commitments[1].updates[0].{field}"
    assert problem in raised.value.problem
    assert list_commitments(services, CommitmentFilter()) == []


def test_a_reimport_never_overwrites_what_was_changed_since(services: Services) -> None:
    taken = {
        "id": "c1",
        "text": "Exchange points of contact",
        "owner": "joint",
        "meeting": "m1",
        "status": "in_progress",
        "updates": [{"date": "2022-09-01", "note": "Lists drafted", "status": "in_progress"}],
    }
    imported(services, document(taken))
    (commitment,) = list_commitments(services, CommitmentFilter())
    record_update(
        services,
        CommitmentUpdateDraft(commitment.id, date(2023, 3, 1), "Done", CommitmentStatus.COMPLETED),
    )

    imported(services, document(taken))

    (again,) = list_commitments(services, CommitmentFilter())
    assert again.status is CommitmentStatus.COMPLETED
    assert [u.note for u in list_updates(services, again.id)] == ["Lists drafted", "Done"]


def test_updates_listed_out_of_date_order_are_each_judged_against_the_history_before_them(
    services: Services,
) -> None:
    imported(
        services,
        document(
            {
                "id": "c1",
                "text": "Exchange points of contact",
                "owner": "joint",
                "meeting": "m1",
                "status": "completed",
                "due": "2023-01-31",
                "updates": [
                    {"date": "2022-10-01", "note": "Date set", "due": "2023-01-31"},
                    {"date": "2022-09-01", "note": "Lists drafted", "status": "in_progress"},
                    {"date": "2022-11-01", "note": "Done", "status": "completed"},
                ],
            }
        ),
    )

    assert trail(services) == [
        ("commitment", "create", None, None, "Exchange points of contact"),
        ("commitment_update", "create", None, None, "Date set"),
        ("commitment", "update", "due", None, "2023-01-31"),
        ("commitment_update", "create", None, None, "Lists drafted"),
        ("commitment", "update", "status", "agreed", "in_progress"),
        ("commitment_update", "create", None, None, "Done"),
        ("commitment", "update", "status", "in_progress", "completed"),
    ]


def test_an_update_out_of_date_order_needs_the_reason_its_place_in_the_history_asks(
    services: Services,
) -> None:
    moved = {
        "id": "c1",
        "text": "Publish a report",
        "owner": "US",
        "meeting": "m1",
        "status": "agreed",
        "due": "2023-06-30",
        "updates": [
            {"date": "2022-10-01", "note": "Date set", "due": "2023-03-31"},
            {"date": "2022-09-01", "note": "Earlier date", "due": "2023-01-31"},
            {"date": "2022-09-15", "note": "Moved without a word", "due": "2023-06-30"},
        ],
    }

    with pytest.raises(ValidationError) as raised:
        imported(services, document(moved))

    assert raised.value.field == "dialogues[0].commitments[0].updates[2].reason"
    assert "2023-01-31 to 2023-06-30" in raised.value.problem
