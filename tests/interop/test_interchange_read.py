"""The reader on its own: each fault named at its JSON path, before any store is touched."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.interop.interchange_read import read_interchange


def _document(**dialogue: Any) -> dict[str, Any]:
    return {
        "format": "dialoguetracker",
        "version": 1,
        "parties": [{"code": "US", "name": "United States"}, {"code": "MX", "name": "México"}],
        "people": [{"id": "p1", "name": "Head of delegation", "party": "MX"}],
        "dialogues": [{"id": "d1", "name": "Cyber WG", "parties": ["US", "MX"], **dialogue}],
    }


def _fault(document: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as raised:
        read_interchange(json.dumps(document))
    return str(raised.value)


def test_a_valid_document_reads_with_every_value_typed() -> None:
    data = read_interchange(
        json.dumps(
            _document(
                meetings=[
                    {"id": "m1", "title": "Round", "start": "2027-03-15T09:00:00-06:00"},
                ]
            )
        )
    )
    start = data.dialogues[0].meetings[0].start
    assert start.isoformat() == "2027-03-15T09:00:00-06:00"


@pytest.mark.parametrize(
    ("dialogue", "message"),
    [
        (
            {"topics": [{"id": "t1", "name": "Cybercrime"}, {"id": "t2", "name": "Cybercrime"}]},
            "dialogues[0].topics[1].name: a topic is listed twice: 'Cybercrime'",
        ),
        (
            {
                "meetings": [
                    {
                        "id": "m1",
                        "title": "Round",
                        "start": "2022-08-10",
                        "agenda": [{"title": "Opening"}, {"title": "Opening"}],
                    }
                ]
            },
            "dialogues[0].meetings[0].agenda[1].title: an agenda item is listed twice: 'Opening'",
        ),
        (
            {
                "meetings": [
                    {
                        "id": "m1",
                        "title": "Round",
                        "start": "2022-08-10",
                        "participants": [{"person": "p1"}, {"person": "p1"}],
                    }
                ]
            },
            "dialogues[0].meetings[0].participants[1].person: a participant is listed twice: 'p1'",
        ),
        (
            {
                "commitments": [
                    {"id": "c1", "text": "Share", "owner": "joint", "status": "agreed"},
                    {"id": "c2", "text": "Share", "owner": "US", "status": "agreed"},
                ]
            },
            "dialogues[0].commitments[1].text: a commitment is listed twice: 'Share'",
        ),
    ],
)
def test_entries_that_would_merge_into_one_record_are_refused(
    dialogue: dict[str, Any], message: str
) -> None:
    assert _fault(_document(**dialogue)) == message


def test_a_side_must_be_a_party_of_the_dialogue_or_joint() -> None:
    commitment = {"id": "c1", "text": "Share", "owner": "CA", "status": "agreed"}
    assert _fault(_document(commitments=[commitment])) == (
        "dialogues[0].commitments[0].owner: not one of US, MX, joint: 'CA'"
    )


def test_minutes_beyond_any_meeting_are_refused() -> None:
    meeting = {
        "id": "m1",
        "title": "Round",
        "start": "2022-08-10",
        "agenda": [{"title": "Opening", "minutes": 10**30}],
    }
    assert _fault(_document(meetings=[meeting])).startswith(
        "dialogues[0].meetings[0].agenda[0].minutes: more than 10000 minutes"
    )


def test_a_file_nested_absurdly_deep_is_refused_plainly() -> None:
    with pytest.raises(ValidationError, match=r"nested too deeply|not JSON"):
        read_interchange("[" * 100_000 + "]" * 100_000)
