"""What ``briefing`` and ``minutes`` write besides a recorded PDF: a Word draft when the file
is named ``.docx``, the e-mail draft of ``minutes --mail``, and the warnings that go with them.

The extension of ``--out`` chooses the format, and an extension neither command writes is
refused before anything is built, never written in another format. A Word draft is for
editing: it is never recorded, so ``verify`` can only ever vouch for the PDF.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dialoguetracker.cli.language import current
from dialoguetracker.domain.errors import UsageError
from dialoguetracker.domain.words import listed, translate

if TYPE_CHECKING:
    from dialoguetracker.domain.briefing import MeetingRecordData
    from dialoguetracker.domain.recipients import RecordRecipients
    from dialoguetracker.reports.lengths import LongSection
    from dialoguetracker.services import Services

PDF, DOCX = ".pdf", ".docx"
FORMATS = (PDF, DOCX)
MAIL = ".eml"


def output_format(out: str, command: str) -> str:
    """``.pdf`` or ``.docx``, told by the name of the file to write; anything else is a usage
    error in one line."""
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(
            translate(
                "CommandLine",
                "{path}: {command} writes {formats} files; "
                "name the file with one of these extensions",
            ).format(path=out, command=command, formats=", ".join(FORMATS))
        )
    return suffix


def check_mail(mail: str | None, out_format: str) -> None:
    """``--mail`` carries the PDF record, and writes an ``.eml`` file."""
    if mail is None:
        return
    if out_format != PDF:
        raise UsageError(
            translate(
                "CommandLine",
                "--mail: the e-mail carries the PDF record; name a .pdf file with --out",
            )
        )
    if Path(mail).suffix.lower() != MAIL:
        raise UsageError(
            translate(
                "CommandLine",
                "{path}: --mail writes an .eml file; name the file with that extension",
            ).format(path=mail)
        )


def drafted(out: str, kind: str, audience: str) -> str:
    """The result line of a Word draft (on stdout, the same in every language)."""
    return (
        f"Wrote {out} (an editable Word draft of the {kind} for the {audience} audience); "
        "not recorded: the PDF is the record"
    )


def warn_long_sections(sections: tuple[LongSection, ...]) -> None:
    """One line per section that runs past what a read-ahead allows it, naming the section."""
    from dialoguetracker.cli.commands import note

    for section in sections:
        if section.key == "sec_points":
            message = translate(
                "CommandLine",
                "warning: section “{section}” runs to {pages} pages; "
                "a read-ahead keeps the points to make to one page",
            )
        else:
            message = translate(
                "CommandLine",
                "warning: section “{section}” runs to {pages} pages; "
                "a read-ahead keeps the background to two pages",
            )
        pages = f"{section.pages:.1f}"
        if current() == "es":  # Spanish writes a decimal comma
            pages = pages.replace(".", ",")
        note(message.format(section=section.title, pages=pages))


def write_mail(
    services: Services, data: MeetingRecordData, pdf: bytes, pdf_name: str, mail: Path
) -> RecordRecipients:
    """Write the e-mail draft of the record to ``mail`` and say on stderr whom it could not
    address; returns whom it is addressed to."""
    from dialoguetracker.files import write_whole
    from dialoguetracker.interop.record_mail import record_mail
    from dialoguetracker.services.record_recipients import record_recipients

    options = data.options
    recipients = record_recipients(services, data.meeting.id, options.audience, options.our_side)
    write_whole(mail, record_mail(data, recipients, pdf, pdf_name))
    _warn_unaddressed(recipients)
    return recipients


def _warn_unaddressed(recipients: RecordRecipients) -> None:
    from dialoguetracker.cli.commands import note

    if recipients.without_address:
        note(
            translate(
                "CommandLine",
                "warning: no e-mail address on file for {names}; "
                "add one to their contact, or address the draft yourself",
            ).format(names=listed(recipients.without_address, separator="; "))
        )
    if recipients.count == 0:
        note(
            translate(
                "CommandLine",
                "warning: the e-mail draft has no recipients; address it in your mail program",
            )
        )


def mailed(mail: str, recipients: RecordRecipients) -> str:
    """What the result line adds for ``--mail`` (on stdout, the same in every language)."""
    count = recipients.count
    return f" and the e-mail draft {mail} to {count} recipient{'s' * (count != 1)}"
