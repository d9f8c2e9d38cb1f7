"""Provenance: every PDF the store produces is recorded by the SHA-256 of its exact bytes, so
a copy can later be checked against the store."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from meeting_scenario import WorkingGroup, plan_meeting, working_group
from reportlab.pdfgen.canvas import Canvas

from dialoguetracker.domain.briefing import BriefingFormat, BriefingOptions
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.provenance import (
    ExportKind,
    ExportRecord,
    options_from_json,
    options_to_json,
)
from dialoguetracker.services import Services, dialogues
from dialoguetracker.services.audit import history
from dialoguetracker.services.provenance import list_exports, record_export, verify_pdf

FIXED_NOW = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)


def a_pdf(*lines: str, pages: int = 2) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for page in range(pages):
        for number, line in enumerate(lines or ("Briefing",)):
            canvas.drawString(72, 720 - 14 * number, f"{line} ({page + 1})")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


def test_a_recorded_pdf_verifies_as_the_record(services: Services, wg: WorkingGroup) -> None:
    pdf = a_pdf("Points to make")
    options = BriefingOptions(dialogue_id=wg.dialogue_id, prepared_by="tester")

    recorded = record_export(services, ExportKind.BRIEFING, options, pdf, "briefing.pdf")

    assert verify_pdf(services, pdf) == recorded
    assert recorded == ExportRecord(
        id=recorded.id,
        made_at=FIXED_NOW,
        made_by="tester",
        kind=ExportKind.BRIEFING,
        options=options,
        sha256=hashlib.sha256(pdf).hexdigest(),
        size=len(pdf),
        pages=2,
        file_name="briefing.pdf",
        dialogue_id=wg.dialogue_id,
        dialogue="U.S.-Mexico Working Group on Cyber Issues",
        meeting_id=None,
    )
    assert recorded.audience is Audience.INTERNAL


def test_one_changed_byte_is_not_the_pdf_that_was_recorded(
    services: Services, wg: WorkingGroup
) -> None:
    pdf = a_pdf("Their likely position")
    record_export(services, "briefing", BriefingOptions(dialogue_id=wg.dialogue_id), pdf, "b.pdf")
    middle = len(pdf) // 2
    changed = pdf[:middle] + bytes([pdf[middle] ^ 0x01]) + pdf[middle + 1 :]

    assert verify_pdf(services, changed) is None
    assert verify_pdf(services, pdf + b"\n") is None
    assert verify_pdf(services, a_pdf("Something else")) is None


def test_recording_writes_one_audit_entry_in_the_same_transaction(
    services: Services, wg: WorkingGroup
) -> None:
    pdf = a_pdf()
    recorded = record_export(
        services, ExportKind.BRIEFING, BriefingOptions(dialogue_id=wg.dialogue_id), pdf, "b.pdf"
    )

    [entry] = history(services, "briefing_export", recorded.id)
    assert (entry.actor, entry.action, entry.at.replace(tzinfo=UTC)) == (
        "tester",
        "create",
        FIXED_NOW,
    )
    assert entry.new == f"briefing b.pdf {recorded.sha256}"


def test_the_same_bytes_twice_keep_the_first_record(services: Services, wg: WorkingGroup) -> None:
    """A reproducible build gives the same file again: the first record stands."""
    pdf = a_pdf()
    options = BriefingOptions(dialogue_id=wg.dialogue_id, reproducible=True)
    first = record_export(services, ExportKind.BRIEFING, options, pdf, "first.pdf")
    later = Services(services.store, actor="someone else", clock=lambda: FIXED_NOW + timedelta(1))

    again = record_export(later, ExportKind.BRIEFING, options, pdf, "again.pdf")

    assert again == first
    assert list_exports(services) == [first]
    actions = [(e.actor, e.action, e.new) for e in history(services, "briefing_export", first.id)]
    # a server names the login that connected, whatever the services were told
    named = "someone else" if services.store.login is None else "tester"
    assert actions[1:] == [(named, "export again", "again.pdf")]


def test_minutes_are_recorded_with_their_meeting_and_its_dialogue(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    options = BriefingOptions(meeting_id=meeting.id, audience=Audience.COUNTERPART)

    recorded = record_export(services, ExportKind.MINUTES, options, a_pdf(pages=1), "m.pdf")

    assert (recorded.kind, recorded.meeting_id, recorded.dialogue_id, recorded.pages) == (
        ExportKind.MINUTES,
        meeting.id,
        wg.dialogue_id,
        1,
    )
    assert recorded.audience is Audience.COUNTERPART


def test_the_meeting_a_briefing_turned_out_to_be_for_is_recorded(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    options = BriefingOptions(dialogue_id=wg.dialogue_id)

    recorded = record_export(
        services, ExportKind.BRIEFING, options, a_pdf(), "b.pdf", meeting_id=meeting.id
    )

    assert (recorded.meeting_id, recorded.options.meeting_id) == (meeting.id, None)


def test_what_is_not_a_pdf_is_not_recorded(services: Services, wg: WorkingGroup) -> None:
    options = BriefingOptions(dialogue_id=wg.dialogue_id)

    with pytest.raises(ValidationError, match=r"notes\.txt: not a PDF file"):
        record_export(services, ExportKind.BRIEFING, options, b"Talking points", "notes.txt")
    with pytest.raises(ValidationError, match="kind: must be one of"):
        record_export(services, "memo", options, a_pdf(), "b.pdf")
    with pytest.raises(NotFoundError, match="no dialogue with id 999"):
        record_export(services, "briefing", BriefingOptions(dialogue_id=999), a_pdf(), "b.pdf")

    assert list_exports(services) == []


def test_the_record_outlives_its_dialogue(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    pdf = a_pdf()
    options = BriefingOptions(dialogue_id=wg.dialogue_id, meeting_id=meeting.id)
    record_export(services, ExportKind.BRIEFING, options, pdf, "b.pdf")

    dialogues.delete_dialogue(services, wg.dialogue_id)

    found = verify_pdf(services, pdf)
    assert found is not None
    assert (found.dialogue_id, found.dialogue, found.meeting_id) == (None, None, None)
    assert found.options == options  # what was asked for is kept as it was


def test_exports_are_listed_newest_first(services: Services, wg: WorkingGroup) -> None:
    made = []
    for day in (3, 1, 2):
        at = Services(
            services.store, actor="tester", clock=lambda day=day: FIXED_NOW + timedelta(day)
        )
        options = BriefingOptions(dialogue_id=wg.dialogue_id)
        made.append(record_export(at, "briefing", options, a_pdf(f"day {day}"), f"{day}.pdf"))

    assert [record.file_name for record in list_exports(services)] == ["3.pdf", "2.pdf", "1.pdf"]
    assert [record.file_name for record in list_exports(services, limit=2)] == ["3.pdf", "2.pdf"]
    assert list_exports(services, limit=0) == []


def test_options_are_kept_as_plain_json_and_read_back_whole() -> None:
    options = BriefingOptions(
        dialogue_id=1,
        meeting_id=7,
        since=date(2022, 8, 1),
        until=date(2023, 3, 1),
        topic_ids=frozenset({5, 2}),
        format=BriefingFormat.CHECKLIST,
        language="es",
        marking="SENSITIVE BUT UNCLASSIFIED",
        audience=Audience.COUNTERPART,
        include_notes=False,
        our_side="MX",
        prepared_by="tester",
        reproducible=True,
    )

    plain = options_to_json(options)

    assert plain["since"] == "2022-08-01"
    assert plain["topic_ids"] == [2, 5]
    assert (plain["format"], plain["audience"]) == ("checklist", "counterpart")
    assert options_from_json(plain) == options
    assert options_from_json({"audience": "everyone", "since": "soon", "extra": 1}) == (
        BriefingOptions()
    )
