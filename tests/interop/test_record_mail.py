"""The record's e-mail draft, read back with the standard library: a draft for the user's mail
program (no sender, ``X-Unsent``), addressed as given, the PDF attached byte for byte, and a
short body in the record's language that opens and closes with the marking."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default

import pytest

from dialoguetracker.domain.briefing import BriefingOptions, MeetingHeader, MeetingRecordData
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.recipients import Recipient, RecordRecipients
from dialoguetracker.interop.record_mail import record_mail

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
MARKING = "SENSITIVE BUT UNCLASSIFIED"
RECIPIENTS = RecordRecipients(
    to=(
        Recipient("Carla Núñez", "carla.nunez@sre.gob.mx", "MX"),
        Recipient('Ortiz, Diego "DO"', "diego.ortiz@sre.gob.mx", "MX"),
    ),
    cc=(Recipient("Ana Paz", "ana.paz@sre.gob.mx", "MX"),),
)


def record(language: str = "en", record_state: str = "final") -> MeetingRecordData:
    options = BriefingOptions(
        language=language,
        marking=MARKING,
        audience=Audience.COUNTERPART,
        prepared_by="Desk officer",
    )
    meeting = MeetingHeader(
        id=1,
        title="First bilateral\ncyber dialogue",
        start=date(2022, 8, 10),
        end=None,
        location="Mexico City",
        format="in-person",
        host="MX",
        status="held",
        record=record_state,
    )
    return MeetingRecordData(
        options=options,
        generated=datetime(2023, 3, 1, 12, 0, tzinfo=UTC),
        dialogue="U.S.-Mexico Working Group on Cyber Issues",
        parties=(),
        meeting=meeting,
        summary=None,
        delegations=(),
        agenda=(),
        commitments_made=(),
        commitments_reviewed=(),
        documents=(),
    )


def parsed(data: bytes) -> EmailMessage:
    message = message_from_bytes(data, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_draft_parses_and_carries_the_pdf_byte_for_byte() -> None:
    message = parsed(record_mail(record(), RECIPIENTS, PDF, "minutes 2022-08-10.pdf"))

    assert message["X-Unsent"] == "1"
    assert message["From"] is None  # the mail program fills in the user's own account
    assert [address.addr_spec for address in message["To"].addresses] == [
        "carla.nunez@sre.gob.mx",
        "diego.ortiz@sre.gob.mx",
    ]
    assert [address.display_name for address in message["To"].addresses] == [
        "Carla Núñez",
        'Ortiz, Diego "DO"',
    ]
    assert [address.addr_spec for address in message["Cc"].addresses] == ["ana.paz@sre.gob.mx"]
    assert message["Subject"] == ("Meeting record: First bilateral cyber dialogue (10 August 2022)")
    assert message["Date"].datetime == datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "minutes 2022-08-10.pdf"
    assert attachment.get_content() == PDF


def test_the_body_says_what_is_attached_between_two_markings() -> None:
    message = parsed(record_mail(record(), RECIPIENTS, PDF, "m.pdf"))

    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")  # the file's lines end as RFC 5322 says
    lines = text.strip().splitlines()
    assert lines[0] == lines[-1] == MARKING
    assert "Dear colleagues," in lines
    assert (
        "Please find attached the record of the meeting “First bilateral cyber dialogue” "
        "of 10 August 2022 (U.S.-Mexico Working Group on Cyber Issues)." in text
    )
    assert "Audience: Counterpart: may be shared with the other delegation" in lines
    assert "Desk officer" in lines
    assert "draft" not in text


def test_a_spanish_draft_of_a_record_still_in_draft() -> None:
    message = parsed(record_mail(record("es", "draft"), RECIPIENTS, PDF, "minuta.pdf"))

    assert message["Subject"] == (
        "Minuta de la reunión: First bilateral cyber dialogue (10 de agosto de 2022)"
    )
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Estimados colegas:" in text
    assert "Adjunto encontrarán la minuta de la reunión «First bilateral" in text
    assert "Esta minuta es todavía un borrador y puede cambiar." in text
    assert "Saludos cordiales," in text


@pytest.mark.parametrize("recipients", [RecordRecipients(), RecordRecipients(cc=RECIPIENTS.cc)])
def test_a_draft_without_some_recipients_has_no_empty_address_lines(
    recipients: RecordRecipients,
) -> None:
    message = parsed(record_mail(record(), recipients, PDF, "m.pdf"))

    assert message["To"] is None
    assert (message["Cc"] is None) == (not recipients.cc)
    assert next(message.iter_attachments()).get_content() == PDF
