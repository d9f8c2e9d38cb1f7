"""The Word drafts of the briefing and the meeting record: the PDF's content in Word's own
heading styles, tables whose header row repeats, the marking in every header and footer, the
document's properties filled, the footer saying the PDF is the record — and for a shared
audience not one word of the preparation anywhere in the package."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from briefing_builders import (
    PREPARATION,
    checklist_briefing,
    commitment,
    empty_briefing,
    full_briefing,
    meeting_record,
    options,
    shared_briefing,
)
from docx.oxml.ns import qn
from docx_reading import body_text, headings, leaks, opened, parts

from dialoguetracker.domain.briefing import AgendaPoint, BriefingFormat
from dialoguetracker.domain.enums import Audience
from dialoguetracker.reports import render_briefing_docx, render_meeting_record_docx
from dialoguetracker.reports.labels import label

DRAFT = "Editable draft — the PDF is the record of this store"


@pytest.fixture(scope="module")
def full_docx() -> bytes:
    return render_briefing_docx(full_briefing())


def test_the_sections_are_word_headings_in_the_order_of_the_pdf(full_docx: bytes) -> None:
    found = headings(opened(full_docx))

    assert [text for style, text in found if style == "Heading 1"] == [
        "1. Purpose and objectives",
        "2. Points to make",
        "3. Their objectives and expected asks",
        "4. Background",
        "5. Participants",
        "6. Attachments",
    ]
    subsections = [text for style, text in found if style == "Heading 2"]
    assert subsections[:2] == [
        "Item 1: Institutional structures and strategies",
        "Item 2: Cybercrime prevention and the Budapest Convention",
    ]
    assert "Press line" in subsections and "Mexico delegation" in subsections
    assert subsections.index("Mexico delegation") < subsections.index("United States delegation")
    assert ("Heading 3", "Cybercrime prevention — 2 open, 1 overdue") in found


def test_the_content_is_the_briefings(full_docx: bytes) -> None:
    text = body_text(opened(full_docx))

    for expected in (
        *PREPARATION,
        "Second bilateral cyber dialogue",
        "Wednesday 15 March 2023, 09:00–13:00 CST",
        "Last met 10 August 2022: First bilateral cyber dialogue under the Bicentennial Framework",
        "Legal review in the SRE took longer",
        "OVERDUE",
        "Say: ah-leh-HAHN-drah NOO-nyes PEH-nyah",
        "Joint Statement on the U.S.-Mexico Cyber Dialogue",
        "Internal: our side only",
    ):
        assert expected in text, expected
    # the chart is given as the table of its counts: a status per row, a side per column
    chart = opened(full_docx).tables[-4]
    assert [cell.text for cell in chart.rows[0].cells] == [
        "Status",
        "United States",
        "Mexico",
        "Joint",
    ]
    assert [cell.text for cell in chart.rows[-1].cells] == ["Completed", "4", "2", "0"]


def test_every_table_repeats_its_header_row_except_the_header_panel(full_docx: bytes) -> None:
    tables = opened(full_docx).tables
    repeated = [
        table.rows[0]._tr.trPr is not None
        and table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        for table in tables
    ]

    assert repeated[0] is False  # the key-value panel has no header row
    assert len(repeated) > 6 and all(repeated[1:])


def test_the_marking_heads_and_foots_every_page_and_the_footer_says_it_is_a_draft() -> None:
    marking = "SENSITIVE BUT UNCLASSIFIED"
    document = opened(render_briefing_docx(full_briefing(options=options(marking=marking))))

    for section in document.sections:
        header = [paragraph.text for paragraph in section.header.paragraphs]
        footer = [paragraph.text for paragraph in section.footer.paragraphs]
        assert header[0] == marking
        assert footer[-1] == marking
        assert DRAFT in footer
        assert not section.different_first_page_header_footer
    package = parts(render_briefing_docx(full_briefing()))
    footer_xml = next(text for name, text in package.items() if name.startswith("word/footer"))
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml


def test_the_document_properties_are_filled_and_nothing_of_the_template_is_left(
    full_docx: bytes,
) -> None:
    core = opened(full_docx).core_properties

    assert core.title == "Briefing: Second bilateral cyber dialogue"
    assert core.subject == "U.S.-Mexico Working Group on Cyber Issues — Internal: our side only"
    assert core.author == core.last_modified_by == "Desk officer, Mexico desk"
    assert core.keywords == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    assert core.language == "en"
    assert core.comments == DRAFT
    assert core.created == core.modified == datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
    package = parts(full_docx)
    assert "docProps/thumbnail.jpeg" not in package
    assert "python-docx" not in " ".join(package.values())
    assert "<Application>Dialogue Tracker</Application>" in package["docProps/app.xml"]
    without_author = render_briefing_docx(full_briefing(options=options(prepared_by="")))
    assert opened(without_author).core_properties.author == "Dialogue Tracker"


@pytest.mark.parametrize("audience", [Audience.COUNTERPART, Audience.PUBLIC])
def test_a_shared_draft_holds_no_preparation_anywhere_in_the_package(audience: Audience) -> None:
    for data in (
        shared_briefing(audience),
        full_briefing(options=options(audience=audience)),  # given it, it still drops it
        replace(shared_briefing(audience), options=options(audience=audience, language="es")),
    ):
        document = render_briefing_docx(data)
        assert leaks(document, PREPARATION) == []
        text = body_text(opened(document))
        item = label("agenda_item", data.options.language).format(number=2)
        assert f"{item}: Cybercrime prevention and the Budapest Convention" in text
        assert label("sec_background", data.options.language) in text


def test_a_checklist_draft_is_the_header_objectives_and_points_with_boxes() -> None:
    document = opened(render_briefing_docx(checklist_briefing()))

    assert [text for style, text in headings(document) if style == "Heading 1"] == [
        "1. Purpose and objectives",
        "2. Points to make",
    ]
    text = body_text(document)
    assert "☐ Secure a date for the incident-response exercise" in text
    assert "Background" not in text
    shared = replace(
        shared_briefing(Audience.COUNTERPART),
        options=options(audience=Audience.COUNTERPART, format=BriefingFormat.CHECKLIST),
    )
    assert "☐ Item 1: Institutional structures and strategies" in body_text(
        opened(render_briefing_docx(shared))
    )


def test_user_text_is_written_as_typed_and_characters_xml_cannot_hold_are_dropped() -> None:
    typed = "a<b & <b>bold</b> &copy; AT&T\nsecond line\tand a tab\x00\x07 end"
    data = full_briefing(purpose=typed)
    text = body_text(opened(render_briefing_docx(data)))

    assert "a<b & <b>bold</b> &copy; AT&T\nsecond line\tand a tab end" in text


def test_empty_parts_are_left_out_not_written_as_headings() -> None:
    document = opened(render_briefing_docx(empty_briefing()))
    assert headings(document) == []
    assert "Nothing has been recorded for this dialogue yet." in body_text(document)
    item = AgendaPoint(1, "Opening", None, None, None, None, None, None)
    shared = replace(shared_briefing(Audience.PUBLIC), agenda=(item,))
    assert ("Heading 2", "Item 1: Opening") in headings(opened(render_briefing_docx(shared)))


def test_the_record_as_a_word_draft() -> None:
    document = opened(render_meeting_record_docx(meeting_record()))

    assert [text for style, text in headings(document) if style == "Heading 1"] == [
        "1. Summary",
        "2. Delegations",
        "3. Agenda",
        "4. Commitments made",
        "5. Commitments reviewed",
        "6. Documents",
    ]
    text = body_text(document)
    for expected in ("Excused", "Notes on item 1", "Draft shared with SRE", "Held · Record: Final"):
        assert expected in text
    assert document.core_properties.title == "Meeting record: First bilateral cyber dialogue"
    for section in document.sections:
        assert DRAFT in [paragraph.text for paragraph in section.footer.paragraphs]


def test_a_spanish_draft_has_spanish_labels_and_properties() -> None:
    data = meeting_record(options=options(language="es"))
    document = opened(render_meeting_record_docx(data))

    assert [text for style, text in headings(document) if style == "Heading 1"][:3] == [
        "1. Resumen",
        "2. Delegaciones",
        "3. Orden del día",
    ]
    assert document.core_properties.language == "es"
    footer = [paragraph.text for paragraph in document.sections[0].footer.paragraphs]
    assert label("docx_draft", "es") in footer
    assert any(text.startswith("Página ") for text in footer)


def test_importing_the_reports_package_does_not_load_python_docx() -> None:
    code = (
        "import sys, dialoguetracker.reports; "
        "print(any(name == 'docx' or name.startswith('docx.') for name in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_stale_commitment_says_since_when_there_is_no_news_as_the_pdf_does() -> None:
    stale = commitment(1, no_news_since=date(2025, 3, 14))
    data = full_briefing(open_by_topic=(("Cybercrime prevention", (stale,)),))

    assert "No news since 14 March 2025" in body_text(opened(render_briefing_docx(data)))
