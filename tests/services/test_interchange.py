"""Import and export of interchange documents, through the services, on real store files."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import pytest

from dialoguetracker.domain.enums import Audience, CommitmentStatus
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.interop.interchange_write import write_interchange
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services
from dialoguetracker.services.interchange_export import export_interchange
from dialoguetracker.services.interchange_import import import_interchange

ServicesFactory = Callable[[], Services]


def _export(services: Services, audience: Audience = Audience.INTERNAL) -> str:
    return write_interchange(export_interchange(services, audience))


def test_export_import_export_gives_the_same_document(
    services: Services, fresh_services: ServicesFactory
) -> None:
    load_sample(services)
    first = _export(services)

    other = fresh_services()
    import_interchange(other, read_interchange(first))

    assert _export(other) == first


def test_reimporting_the_same_file_duplicates_nothing(services: Services) -> None:
    report = load_sample(services)
    before = _export(services)

    again = load_sample(services)

    assert sum(report.added.values()) > 50
    assert sum(again.added.values()) == 0
    assert again.kept == sum(report.added.values())
    assert _export(services) == before


def test_a_reimport_keeps_edits_made_since(services: Services) -> None:
    document = _sample_document(services)
    import_interchange(services, document)
    edited = json.loads(_export(services))
    edited["dialogues"][0]["description"] = "Rewritten in a later file"
    import_interchange(services, read_interchange(json.dumps(edited)))
    assert "Rewritten in a later file" not in _export(services)


def test_an_import_is_all_or_nothing(services: Services) -> None:
    load_sample(services)
    before = _export(services)
    document = json.loads(before)
    dialogue = document["dialogues"][0]
    dialogue["topics"].append({"id": "t-new", "name": "A topic the failed import must not leave"})
    dialogue["commitments"].append(
        {
            "id": "c-new",
            "text": "Hold a workshop",
            "owner": "joint",
            "status": "deferred",
            "updates": [{"date": "2023-01-10", "note": "Put off", "status": "deferred"}],
        }
    )

    with pytest.raises(ValidationError) as raised:
        import_interchange(services, read_interchange(json.dumps(document)))

    index = len(dialogue["commitments"]) - 1
    assert raised.value.field == f"dialogues[0].commitments[{index}].updates[0].reason"
    assert "deferring" in raised.value.problem
    assert _export(services) == before


def test_a_rule_broken_deep_in_a_meeting_is_reported_at_its_path(
    services: Services, fresh_services: ServicesFactory
) -> None:
    load_sample(services)
    document = json.loads(_export(services))
    meeting = document["dialogues"][0]["meetings"][1]
    meeting["start"], meeting["end"] = "2027-03-15T09:00:00-06:00", "2027-03-15T08:00:00-06:00"
    meeting["title"] = "A round that ends before it starts"

    with pytest.raises(ValidationError, match=r"^dialogues\[0\]\.meetings\[1\]\.end: "):
        import_interchange(fresh_services(), read_interchange(json.dumps(document)))


def test_a_final_meeting_takes_no_new_agenda_items(services: Services) -> None:
    load_sample(services)
    document = json.loads(_export(services))
    held = next(m for m in document["dialogues"][0]["meetings"] if m.get("record") == "final")
    held["agenda"].append({"title": "An item added after the record was closed"})

    with pytest.raises(ValidationError, match="is final; reopen it"):
        import_interchange(services, read_interchange(json.dumps(document)))


def test_a_counterpart_export_holds_nothing_internal(services: Services) -> None:
    load_sample(services)
    internal = export_interchange(services, Audience.INTERNAL)
    shared = _export(services, Audience.COUNTERPART)

    secrets = [m.brief.purpose for d in internal.dialogues for m in d.meetings if m.brief]
    secrets += [
        point
        for d in internal.dialogues
        for m in d.meetings
        for a in m.agenda
        for point in a.points_to_make
    ]
    secrets += [
        u.note
        for d in internal.dialogues
        for c in d.commitments
        for u in c.updates
        if u.handling == "internal"
    ]
    assert len(secrets) >= 5
    secrets += [
        text
        for d in internal.dialogues
        for m in d.meetings
        for a in m.agenda
        if a.handling == "internal"
        for text in (a.notes, a.outcome)
        if text
    ]
    assert not [secret for secret in secrets if secret in shared]


def test_a_counterpart_export_round_trips_too(
    services: Services, fresh_services: ServicesFactory
) -> None:
    load_sample(services)
    shared = _export(services, Audience.COUNTERPART)
    other = fresh_services()
    import_interchange(other, read_interchange(shared))
    assert _export(other, Audience.COUNTERPART) == shared


def test_status_history_survives_the_round_trip(
    services: Services, fresh_services: ServicesFactory
) -> None:
    load_sample(services)
    data = export_interchange(services)
    other = fresh_services()
    import_interchange(other, data)
    moved = [c for d in export_interchange(other).dialogues for c in d.commitments if c.updates]
    assert moved
    for commitment in moved:
        assert commitment.status in set(CommitmentStatus)
    original = {c.text: c for d in data.dialogues for c in d.commitments}
    for commitment in moved:
        assert replace(commitment, id="", topic=None, meeting=None) == replace(
            original[commitment.text], id="", topic=None, meeting=None
        )


def _sample_document(services: Services) -> object:
    from dialoguetracker.interop.sample import sample_document, sample_files

    assert sample_files() == ["us-mexico-cyber-2022.json"]
    resolved = sample_document(sample_files()[0], services.today())
    return read_interchange(json.dumps(resolved))
