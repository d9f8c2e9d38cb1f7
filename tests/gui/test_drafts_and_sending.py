"""The export dialogs beyond the PDF: Send record… in the meeting editor (the PDF saved and
recorded, an e-mail draft beside it opened in the mail program), a Word draft saved by naming
the file ``.docx``, and the line that names a section running longer than a read-ahead allows.
Only the platform is stood in for: the file dialog and the system's opening of a file."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from docx import Document
from meeting_support import open_editor, sample_meetings
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.briefing import BriefingFormat
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.provenance import ExportKind
from dialoguetracker.domain.records import PersonDraft
from dialoguetracker.gui.export.dialog import ExportDialog
from dialoguetracker.gui.export.jobs import BuiltPdf
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.services import Services
from dialoguetracker.services.directory import list_people, update_person
from dialoguetracker.services.provenance import list_exports, verify_pdf

BUILD_TIMEOUT = 30_000


def preview(qtbot: QtBot, dialog: ExportDialog, unlike: BuiltPdf | None = None) -> BuiltPdf:
    """Wait until the preview shows a finished PDF (other than ``unlike``'s), ready to save."""

    def ready() -> bool:
        built = dialog.built
        return (
            built is not None
            and built is not unlike
            and dialog.preview.document.status() is QPdfDocument.Status.Ready
            and dialog.save_button.isEnabled()
        )

    qtbot.waitUntil(ready, timeout=BUILD_TIMEOUT)
    assert dialog.built is not None
    return dialog.built


def choose(dialog: ExportDialog, audience: Audience) -> None:
    dialog.audience.setCurrentIndex(dialog.audience.findData(audience.value))


def give_addresses(services: Services) -> dict[str, set[str]]:
    """An e-mail address in everyone's contact; the addresses by party."""
    found: dict[str, set[str]] = {}
    for person in list_people(services):
        address = f"{person.party.lower()}.{person.id}@example.org"
        fields = {name: value for name, value in vars(person).items() if name != "id"}
        update_person(services, person.id, PersonDraft(**{**fields, "contact": address}))
        found.setdefault(person.party, set()).add(address)
    return found


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """The system's opening of files, stood in for: what was asked to open."""
    asked: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        asked.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return asked


def test_send_record_saves_the_pdf_and_opens_a_mail_draft_to_the_other_delegation(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    services = window.context.services
    addresses = give_addresses(services)
    held, _planned = sample_meetings(window)
    editor = open_editor(window, qtbot, held.id)
    assert editor.send_button.isEnabled()

    qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    dialog = editor.record_export
    assert dialog is not None and dialog.isVisible()
    assert dialog.send_button.isDefault()
    first = preview(qtbot, dialog)
    choose(dialog, Audience.COUNTERPART)
    assert not dialog.send_button.isEnabled()  # the preview no longer matches the options
    built = preview(qtbot, dialog, unlike=first)
    assert dialog.send_button.isEnabled()

    dialog.ask_send_path = lambda _parent, _caption, _suggested: str(tmp_path / "record")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    pdf, mail = tmp_path / "record.pdf", tmp_path / "record.eml"
    assert pdf.read_bytes() == built.pdf
    record = verify_pdf(services, built.pdf)
    assert record is not None and record.kind is ExportKind.MINUTES
    assert record.audience is Audience.COUNTERPART and record.meeting_id == held.id
    message = message_from_bytes(mail.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    sent_to = {address.addr_spec for address in message["To"].addresses}
    assert sent_to == addresses["MX"]
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "record.pdf" and attachment.get_content() == built.pdf
    assert opened_urls == [QUrl.fromLocalFile(str(mail))]
    assert dialog.status.text() == (
        f"Saved {pdf} and wrote the e-mail draft {mail} to {len(addresses['MX'])} recipients"
    )


def test_send_refuses_anything_but_a_pdf_and_opens_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    held, _planned = sample_meetings(window)
    editor = open_editor(window, qtbot, held.id)
    dialog = editor.send_record()
    assert dialog is not None
    preview(qtbot, dialog)

    dialog.ask_send_path = lambda _parent, _caption, _suggested: str(tmp_path / "record.docx")
    assert dialog.send() is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        f"The PDF was not saved: {tmp_path / 'record.docx'}: the e-mail carries the PDF "
        "record; name a .pdf file"
    )
    assert list(tmp_path.glob("record*")) == [] and opened_urls == []

    # Nobody in the sample has an address on file: the draft is written all the same.
    dialog.ask_send_path = lambda _parent, _caption, _suggested: str(tmp_path / "record.pdf")
    mail = dialog.send()
    assert mail == tmp_path / "record.eml" and opened_urls == [QUrl.fromLocalFile(str(mail))]
    assert "to 0 recipients" in dialog.status.text()
    assert "No e-mail address on file for Head of delegation" in dialog.status.text()


def open_briefing(window: MainWindow) -> ExportDialog:
    action = window.findChild(QAction, "exportBriefing")
    assert action is not None
    action.trigger()
    dialog = window.briefing_export
    assert dialog is not None
    return dialog


def test_a_briefing_named_docx_is_saved_as_a_word_draft_and_not_recorded(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    services = window.context.services
    dialog = open_briefing(window)
    preview(qtbot, dialog)
    recorded = len(list_exports(services))

    asked: list[str] = []

    def ask(_parent: QWidget, caption: str, _suggested: str) -> str:
        asked.append(caption)
        return str(tmp_path / "briefing.docx")

    dialog.ask_path = ask
    saved = dialog.save()

    assert saved == tmp_path / "briefing.docx"
    document = Document(str(saved))
    titles = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert titles[:2] == ["1. Purpose and objectives", "2. Points to make"]
    assert len(list_exports(services)) == recorded
    assert "Word draft" in dialog.status.text() and not dialog.error.isVisible()
    assert asked == ["Save the PDF, or a Word draft"]

    dialog.ask_path = lambda _parent, _caption, _suggested: str(tmp_path / "briefing.odt")
    assert dialog.save() is None
    assert dialog.error.text() == (
        f"The PDF was not saved: {tmp_path / 'briefing.odt'}: only .pdf, .docx files can be saved"
    )
    assert not (tmp_path / "briefing.odt").exists()


def test_the_briefing_dialog_names_each_section_past_its_limit(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_briefing(window)
    built = preview(qtbot, dialog)

    assert [section.key for section in built.long_sections] == ["sec_points", "sec_background"]
    assert dialog.length_warning.isVisible()
    points, background = dialog.length_warning.text().splitlines()
    assert re.fullmatch(
        r"“2\. Points to make” runs to 1\.\d pages: "
        r"a read-ahead keeps the points to make to one page\.",
        points,
    ), points
    assert background.startswith("“4. Background” runs to ")

    dialog.format.setCurrentIndex(dialog.format.findData(BriefingFormat.CHECKLIST.value))
    choose(dialog, Audience.COUNTERPART)
    preview(qtbot, dialog, unlike=built)
    assert not dialog.length_warning.isVisible()
