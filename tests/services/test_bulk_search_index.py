"""An import indexes its records for search in bulk: everything it brought is found, the
index triggers are back afterwards (records written later are found too), and an import that
fails half-way leaves triggers and index as they were."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import text

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import CommitmentDraft
from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.services import Services
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.dialogues import list_dialogues
from dialoguetracker.services.interchange_import import import_interchange
from dialoguetracker.services.search import search


def document(commitments: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": "dialoguetracker",
        "version": 1,
        "parties": [{"code": "US", "name": "United States"}, {"code": "MX", "name": "México"}],
        "people": [{"id": "p1", "name": "Ana Ruiz", "party": "MX", "biography": "Diplomat"}],
        "dialogues": [
            {
                "id": "d1",
                "name": "Cyber working group",
                "parties": ["US", "MX"],
                "meetings": [
                    {
                        "id": "m1",
                        "title": "Reunión técnica",
                        "start": "2022-08-10",
                        "agenda": [{"title": "Ciberdelincuencia", "notes": "Botnets"}],
                    }
                ],
                "commitments": commitments,
            }
        ],
    }


def commitment(n: int, **more: Any) -> dict[str, Any]:
    return {
        "id": f"c{n}",
        "text": f"Share indicators batch{n}",
        "owner": "joint",
        "status": "agreed",
        "updates": [{"date": "2023-01-05", "note": f"Followup{n} sent"}],
        **more,
    }


def triggers(services: Services) -> list[tuple[str, str]]:
    with services.read() as uow:
        if uow.session.get_bind().dialect.name != "sqlite":
            query = "SELECT tgname, tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal"
        else:
            query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        return sorted(tuple(row) for row in uow.session.execute(text(query)))


def found(services: Services, words: str) -> list[tuple[str, str]]:
    return [(str(hit.kind), hit.title) for hit in search(services, words)]


def test_everything_an_import_brings_is_found_and_the_triggers_are_back(
    services: Services,
) -> None:
    before = triggers(services)
    import_interchange(services, read_interchange(json.dumps(document([commitment(1)]))))

    assert triggers(services) == before
    assert found(services, "reunion tecnica") == [("meeting", "Reunión técnica")]
    assert found(services, "botnets") == [("agenda item", "Ciberdelincuencia")]
    assert found(services, "batch1") == [("commitment", "Share indicators batch1")]
    assert found(services, "followup1") == [("update", "Followup1 sent")]
    assert found(services, "diplomat") == [("person", "Ana Ruiz")]

    dialogue = list_dialogues(services)[0]
    create_commitment(services, CommitmentDraft(dialogue.id, "Written later by hand", "US"))
    assert found(services, "later hand") == [("commitment", "Written later by hand")]


def test_an_import_refused_half_way_leaves_index_and_triggers_as_they_were(
    services: Services,
) -> None:
    import_interchange(services, read_interchange(json.dumps(document([commitment(1)]))))
    before = triggers(services)
    broken = commitment(3, updates=[{"date": "2023-01-05", "note": "Off", "status": "dropped"}])
    refused = document([commitment(1), commitment(2), broken])
    refused["dialogues"][0]["meetings"][0]["title"] = "Otra reunión"

    with pytest.raises(ValidationError):
        import_interchange(services, read_interchange(json.dumps(refused)))

    assert triggers(services) == before
    assert found(services, "batch2") == [] and found(services, "otra") == []
    assert found(services, "batch1") == [("commitment", "Share indicators batch1")]
