"""A meeting's record as an e-mail draft: an RFC 5322 message (``.eml``) with the PDF attached.

The program sends nothing itself: it writes the draft and the user's own mail program opens it,
where the user reads it, changes it and sends it from their own account. ``X-Unsent: 1`` makes
Outlook open the file as a draft rather than as a message received; there is no ``From`` line,
since the mail program fills in the account the user sends from. The subject and the short body
are in the record's language, and the body opens and closes with the record's marking, as the
e-mail rules of most offices require.
"""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from dialoguetracker.domain.briefing import MeetingRecordData
from dialoguetracker.domain.enums import RecordState
from dialoguetracker.domain.recipients import Recipient, RecordRecipients
from dialoguetracker.reports.labels import label
from dialoguetracker.reports.text import long_date, when_day


def record_mail(
    data: MeetingRecordData, recipients: RecordRecipients, pdf: bytes, file_name: str
) -> bytes:
    """The draft as the bytes of an ``.eml`` file: addressed to ``recipients``, with ``pdf``
    (the record drawn from ``data``) attached byte for byte as ``file_name``."""
    message = EmailMessage()
    message["X-Unsent"] = "1"
    if recipients.to:
        message["To"] = _addresses(recipients.to)
    if recipients.cc:
        message["Cc"] = _addresses(recipients.cc)
    message["Subject"] = subject(data)
    message["Date"] = format_datetime(data.generated)
    message.set_content(body(data))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=file_name)
    return message.as_bytes(policy=SMTP)


def _addresses(people: tuple[Recipient, ...]) -> list[Address]:
    return [Address(display_name=" ".join(p.name.split()), addr_spec=p.address) for p in people]


def subject(data: MeetingRecordData) -> str:
    meeting, language = data.meeting, data.options.language
    day = long_date(when_day(meeting.start), language)
    title = " ".join(meeting.title.split())
    return label("mail_subject", language).format(title=title, date=day)


def body(data: MeetingRecordData) -> str:
    """A few lines: the marking, a greeting, what is attached, the audience, a signature."""
    options, meeting, language = data.options, data.meeting, data.options.language
    attached = label("mail_attached", language).format(
        title=" ".join(meeting.title.split()),
        date=long_date(when_day(meeting.start), language),
        dialogue=data.dialogue,
    )
    if meeting.record == RecordState.DRAFT.value:
        attached += "\n" + label("mail_still_draft", language)
    audience = label(f"audience_{options.audience.value}", language)
    lines = [
        label("mail_greeting", language),
        "",
        attached,
        "",
        f"{label('audience', language)}: {audience}",
        "",
        label("mail_regards", language),
    ]
    if options.prepared_by:
        lines.append(options.prepared_by)
    marking = options.marking.strip()
    if marking:
        lines = [marking, "", *lines, "", marking]
    return "\n".join(lines) + "\n"
