"""Send record…: the meeting's record as an e-mail draft, opened in the user's mail program.

The PDF previewed is saved and recorded as Save… does; an ``.eml`` draft beside it, of the
same name, carries it attached, addressed to the participants the audience lets it go to
(:mod:`dialoguetracker.services.record_recipients`), with a short body in the record's
language. The system then opens the draft with the program it opens ``.eml`` files with. The
program sends nothing itself: the user reads, changes and sends the draft from their own account.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from dialoguetracker.domain.briefing import MeetingRecordData
from dialoguetracker.files import write_whole

if TYPE_CHECKING:
    from dialoguetracker.domain.recipients import RecordRecipients
    from dialoguetracker.gui.export.jobs import BuiltPdf
    from dialoguetracker.services.context import Services

MAIL_SUFFIX = ".eml"


def write_record_mail(
    services: Services, built: BuiltPdf, pdf_path: Path
) -> tuple[Path, RecordRecipients]:
    """Write the e-mail draft of ``built`` (saved as ``pdf_path``) beside it; returns the
    draft's path and whom it is addressed to."""
    from dialoguetracker.interop.record_mail import record_mail
    from dialoguetracker.services.record_recipients import record_recipients

    data = built.data
    if not isinstance(data, MeetingRecordData):  # only a meeting's record is sent
        raise TypeError("only a meeting's record can be sent")
    options = data.options
    recipients = record_recipients(services, data.meeting.id, options.audience, options.our_side)
    mail = pdf_path.with_suffix(MAIL_SUFFIX)
    write_whole(mail, record_mail(data, recipients, built.pdf, pdf_path.name))
    return mail, recipients


def open_in_mail_program(path: Path) -> bool:
    """Ask the system to open the draft (in the program it opens ``.eml`` files with)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
