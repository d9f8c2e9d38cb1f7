"""The briefing as an official gets it: every section in DESIGN's order, the page furniture on
every page, bookmarks, metadata, embedded fonts, and no section the data does not call for."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from briefing_builders import (
    OBJECTIVES,
    POINT,
    PREPARATION,
    PURPOSE,
    THEIR_ASKS,
    THEIR_POSITION,
    all_text,
    checklist_briefing,
    empty_briefing,
    full_briefing,
    options,
    outline_titles,
    page_texts,
    reader,
    shared_briefing,
)
from reportlab.lib.pagesizes import A4, LETTER

from dialoguetracker.domain.briefing import (
    DEFAULT_MARKING,
    AgendaPoint,
    Attachment,
    BriefingData,
    BriefingFormat,
)
from dialoguetracker.domain.enums import Audience, DocumentKind
from dialoguetracker.reports import render_briefing
from dialoguetracker.reports.briefing_pdf import BriefingRenderer
from dialoguetracker.reports.layout import build_pdf

SECTIONS = [
    "1. Purpose and objectives",
    "2. Points to make",
    "3. Their objectives and expected asks",
    "4. Background",
    "5. Participants",
    "6. Attachments",
]


@pytest.fixture(scope="module")
def full_pdf() -> bytes:
    return render_briefing(full_briefing())


def _fonts(pdf: bytes) -> dict[str, bool]:
    """Every font any page uses → whether its program is embedded in the file."""
    fonts: dict[str, bool] = {}
    for page in reader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def test_every_section_is_printed_in_the_order_of_the_design(full_pdf: bytes) -> None:
    text = all_text(full_pdf)
    positions = [text.index(section) for section in SECTIONS]
    assert positions == sorted(positions)
    for fact in (
        "Second bilateral cyber dialogue",
        "Wednesday 15 March 2023, 09:00–13:00 CST",
        "Secretaría de Relaciones Exteriores, Mexico City · In person",
        "Mexico: Alejandra Núñez Peña and 1 more",
        "Internal: our side only",
        PURPOSE,
        *OBJECTIVES,
        POINT,
        f"Their likely position: {THEIR_POSITION}",
        *THEIR_ASKS,
        "Last met 10 August 2022",
        "Agreed to exchange points of contact",
        "Agreed → In progress (2022-11-02)",
        "2023-01-31 → 2023-04-30",
        "Reason: Legal review in the SRE took longer",
        "Cybercrime prevention — 2 open, 1 overdue",
        "OVERDUE",
        "Update on commitment 1",
        "Scorecard by side",
        "Topic history",
        "Commitments by status and side",
        "ah-leh-HAHN-drah",
        "Career diplomat",
        "Joint Statement on the U.S.-Mexico Cyber Dialogue",
        "Document Title Date Language Link",
        "Commitment Owner Due Status Latest update",
    ):
        assert fact in text, fact


def test_the_counterpart_delegation_comes_before_ours(full_pdf: bytes) -> None:
    text = all_text(full_pdf)
    participants = text[text.index("5. Participants") :]
    assert participants.index("Mexico delegation") < participants.index("United States delegation")
    assert participants.index("Alejandra Núñez Peña") < participants.index("Jordan Smith")


def test_every_page_carries_the_marking_at_top_and_bottom_and_page_x_of_y(full_pdf: bytes) -> None:
    pages = page_texts(full_pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert text.count(DEFAULT_MARKING) >= 2, number
        assert f"Page {number} of {len(pages)}" in text


def test_a_custom_marking_heads_every_page() -> None:
    marking = "SENSITIVE BUT UNCLASSIFIED"
    pdf = render_briefing(full_briefing(options=options(marking=marking)))
    assert all(text.count(marking) >= 2 for text in page_texts(pdf))
    assert DEFAULT_MARKING not in all_text(pdf)


def test_every_section_and_agenda_item_has_a_bookmark(full_pdf: bytes) -> None:
    titles = outline_titles(full_pdf)
    assert [title for title in titles if re.match(r"\d\. ", title)] == SECTIONS
    assert "Item 1: Institutional structures and strategies" in titles
    assert "Press line" in titles
    assert "Cybercrime prevention — 2 open, 1 overdue" in titles


def test_bookmarks_point_at_the_page_where_their_heading_is(full_pdf: bytes) -> None:
    pdf = reader(full_pdf)
    texts = page_texts(full_pdf)

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                page = pdf.get_destination_page_number(item)  # type: ignore[arg-type]
                assert item.title in " ".join(texts[page].split()), item.title  # type: ignore[attr-defined]

    walk(pdf.outline)


def test_metadata_names_the_document_its_author_and_the_program(full_pdf: bytes) -> None:
    meta = reader(full_pdf).metadata
    assert meta is not None
    assert meta.title == "Briefing: Second bilateral cyber dialogue"
    assert meta.author == "Desk officer, Mexico desk"
    assert meta.subject == "U.S.-Mexico Working Group on Cyber Issues — Internal: our side only"
    assert meta.creator is not None and meta.creator.startswith("Dialogue Tracker 0.")
    assert reader(full_pdf).trailer["/Root"]["/Lang"] == "en"


def test_only_the_embedded_dejavu_family_is_used(full_pdf: bytes) -> None:
    """No Helvetica anywhere — not in a table's default font, not in the chart's — and every
    face embedded, so the file prints the same on any machine."""
    fonts = _fonts(full_pdf)
    faces = {name.split("+")[-1] for name in fonts}
    family = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}
    assert faces <= family
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= faces
    assert all(fonts.values())


def test_reproducible_mode_gives_identical_bytes_with_fixed_dates() -> None:
    pdf = render_briefing(full_briefing())
    assert pdf == render_briefing(full_briefing())
    meta = reader(pdf).metadata
    assert meta is not None and str(meta["/CreationDate"]).startswith("D:2000")
    live = reader(render_briefing(full_briefing(options=options(reproducible=False)))).metadata
    assert live is not None and not str(live["/CreationDate"]).startswith("D:2000")


def test_a_live_file_is_dated_by_the_programs_clock_not_the_systems() -> None:
    made = datetime(2031, 6, 1, 9, 30, tzinfo=timezone(timedelta(hours=-6)))
    data = full_briefing(generated=made, options=options(reproducible=False))

    meta = reader(render_briefing(data)).metadata

    assert meta is not None
    assert meta.creation_date == datetime(2031, 6, 1, 15, 30, tzinfo=UTC)
    assert str(meta["/ModDate"]) == str(meta["/CreationDate"])


def test_paper_follows_the_side_being_briefed() -> None:
    def size(data: BriefingData) -> tuple[float, float]:
        box = reader(render_briefing(data)).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    letter = (round(LETTER[0]), round(LETTER[1]))
    a4 = (round(A4[0]), round(A4[1]))
    assert size(empty_briefing(our_side="US")) == letter
    assert size(empty_briefing(our_side="MX", options=options(language="es"))) == letter
    assert size(empty_briefing(our_side="GB")) == a4
    assert size(empty_briefing(our_side="EU", options=options(language="en"))) == a4


def test_an_empty_dialogue_gives_one_sensible_page() -> None:
    pdf = render_briefing(empty_briefing())
    text = all_text(pdf)
    assert len(reader(pdf).pages) == 1
    assert "Background briefing".upper() in text
    assert "New working group" in text
    assert "No meeting is planned" in text
    assert "Nothing has been recorded for this dialogue yet." in text
    assert outline_titles(pdf) == []
    assert "Page 1 of 1" in text


def test_without_a_meeting_the_briefing_is_background_and_last_participants() -> None:
    data = full_briefing(meeting=None)
    text = all_text(render_briefing(data))
    assert "Background briefing".upper() in text
    assert "Participants at the last meeting" in text
    assert "Last met 10 August 2022" in text
    assert "Date and time" not in text


def test_sections_empty_for_the_data_are_left_out_not_printed_as_headings() -> None:
    attachment = Attachment(DocumentKind.READOUT, "Readout of the first round", None, None, None)
    pdf = render_briefing(empty_briefing(attachments=(attachment,)))
    assert outline_titles(pdf) == ["1. Attachments"]
    text = all_text(pdf)
    for absent in ("Purpose", "Points to make", "Background", "Participants", "Nothing has"):
        assert absent not in text


@pytest.mark.parametrize("audience", [Audience.COUNTERPART, Audience.PUBLIC])
def test_a_shared_briefing_carries_no_preparation(audience: Audience) -> None:
    pdf = render_briefing(shared_briefing(audience))
    text = all_text(pdf)
    meta = reader(pdf).metadata
    assert meta is not None
    for word in PREPARATION:
        assert word not in text
        assert all(word not in title for title in outline_titles(pdf))
        assert all(word not in str(value) for value in meta.values())
    for heading in ("Purpose and objectives", "Points to make", "Their objectives", "Press line"):
        assert heading not in text
    # The shared running order stands where the points to make stood.
    assert text.index("1. Agenda") < text.index("2. Background")
    assert "Item 2: Cybercrime prevention and the Budapest Convention" in text
    assert "45 min" in text or "45 minutes" in text
    assert "Alejandra Núñez Peña" in text


def test_a_shared_checklist_ticks_off_the_agenda_and_nothing_of_ours() -> None:
    data = shared_briefing(Audience.COUNTERPART)
    pdf = render_briefing(
        replace(data, options=replace(data.options, format=BriefingFormat.CHECKLIST))
    )
    text = all_text(pdf)
    assert "☐ Item 1: Institutional structures and strategies" in text
    assert "Background" not in text
    for word in PREPARATION:
        assert word not in text


def test_the_renderer_never_prints_preparation_for_a_shared_audience_even_if_given_it() -> None:
    """Defence in depth: the services filter, and the renderer drops sections 2–4 anyway."""
    data = full_briefing(options=options(audience=Audience.COUNTERPART))
    text = all_text(render_briefing(data))
    for word in PREPARATION:
        assert word not in text
    assert "Counterpart: may be shared with the other delegation" in text


def test_the_checklist_is_header_objectives_and_points_on_at_most_two_pages() -> None:
    pdf = render_briefing(checklist_briefing())
    text = all_text(pdf)
    assert len(reader(pdf).pages) <= 2
    assert "BRIEFING CHECKLIST" in text
    assert "☐" in text
    assert OBJECTIVES[0] in text
    assert POINT in text
    for absent in (THEIR_POSITION, "Background", "Participants", "Attachments", *THEIR_ASKS):
        assert absent not in text


def _long_agenda(items: int, points: int) -> tuple[AgendaPoint, ...]:
    base = checklist_briefing().agenda[0]
    return tuple(
        replace(
            base,
            position=n,
            title=f"Agenda item number {n}",
            points_to_make=tuple(f"Point {n}.{k}: raise the matter" for k in range(points)),
        )
        for n in range(1, items + 1)
    )


def test_a_long_checklist_is_set_compact_to_stay_on_two_pages() -> None:
    data = checklist_briefing(agenda=_long_agenda(13, 4))
    loose = BriefingRenderer(data)
    _, loose_pages = build_pdf(loose.info(), loose.styles, loose.story)
    assert loose_pages > 2, "the case must need the compact setting"
    pdf = render_briefing(data)
    assert len(reader(pdf).pages) <= 2
    assert "Point 13.3: raise the matter" in all_text(pdf)


def test_an_overlong_checklist_drops_nothing_to_fit() -> None:
    text = all_text(render_briefing(checklist_briefing(agenda=_long_agenda(30, 8))))
    assert "Point 30.7: raise the matter" in text
