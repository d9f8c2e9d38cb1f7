"""The briefing PDF of the largest dialogue, beside a plain ReportLab document of its tables.

The program's side is what ``dialoguetracker briefing`` runs between reading its options and
writing the file: :func:`~dialoguetracker.services.briefing_data.briefing_data` gathers the
rows, :func:`~dialoguetracker.reports.briefing_pdf.render_briefing` lays them out (with its
headings, bookmarks, "Page X of Y", contents list and chart).

The baseline is the least a ReportLab user would write to print the same rows: one
``SimpleDocTemplate``, one ``build``, a heading paragraph above each table and the same tables
(open commitments per topic, the scorecards, the topic history, the delegations) with the same
cells, fonts, column widths and padding, so the two lay out about the same pages. It is given
the rows the program gathered, so it is timed for the layout alone; the program is timed for
the gathering too.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from importlib.resources import files
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from bench.results import Figure
from bench.timing import median_ms, paired_medians
from dialoguetracker.domain.briefing import BriefingData, BriefingOptions, CommitmentLine
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.services import Services
from dialoguetracker.services.briefing_data import briefing_data
from dialoguetracker.services.commitments import count_commitments
from dialoguetracker.services.dialogues import list_dialogues
from dialoguetracker.store.engine import open_store

BRIEFED = 2_000
"""The size of dialogue the briefing figure wants at least (see :func:`briefing_store`)."""
PLAIN_FONT, PLAIN_BOLD = "BenchPlainSans", "BenchPlainSans-Bold"
WIDTH = 170 * mm


def briefing_store(stores: list[Path]) -> Path:
    """The smallest store whose largest dialogue holds :data:`BRIEFED` commitments, else the
    largest store. The 100,000-commitment store's dialogues hold 20,000 each: an 800-page
    briefing that takes a minute, which five repetitions and a baseline cannot fit in the
    five minutes of the whole benchmark; a dialogue of 2,000 (80 pages) still exercises
    every page-level cost of a long briefing."""
    sizes = {store: largest_dialogue(store)[1] for store in stores}
    big_enough = [store for store in stores if sizes[store] >= BRIEFED]
    if big_enough:
        return min(big_enough, key=lambda store: sizes[store])
    return max(stores, key=lambda store: sizes[store])


def largest_dialogue(store: Path) -> tuple[int, int]:
    """(id, number of commitments) of the dialogue with the most commitments."""
    services = Services(open_store(store), actor="bench")
    try:
        counts = {
            dialogue.id: count_commitments(services, CommitmentFilter(dialogue_id=dialogue.id))
            for dialogue in list_dialogues(services)
        }
    finally:
        services.store.close()
    largest = max(counts, key=lambda dialogue_id: counts[dialogue_id])
    return largest, counts[largest]


# -- the baseline ---------------------------------------------------------------------------


def _register_plain_fonts() -> None:
    """The program's own DejaVu files under other names: the same glyph widths and embedding
    cost, without leaning on the program's registration."""
    if PLAIN_FONT in pdfmetrics.getRegisteredFontNames():
        return
    fonts = files("dialoguetracker.resources").joinpath("fonts")
    for name, face in ((PLAIN_FONT, "DejaVuSans"), (PLAIN_BOLD, "DejaVuSans-Bold")):
        with fonts.joinpath(f"{face}.ttf").open("rb") as stream:
            pdfmetrics.registerFont(TTFont(name, stream))
    pdfmetrics.registerFontFamily(PLAIN_FONT, normal=PLAIN_FONT, bold=PLAIN_BOLD)


def _table(rows: list[list[str]], widths: tuple[float, ...], cell: ParagraphStyle) -> Table:
    head = ParagraphStyle("head", parent=cell, fontName=PLAIN_BOLD)
    data = [
        [Paragraph(text, head if number == 0 else cell) for text in row]
        for number, row in enumerate(rows)
    ]
    table = Table(
        data,
        colWidths=[WIDTH * share for share in widths],
        repeatRows=1,
        splitInRow=40,  # a topic's meetings can fill more than a page: without it, LayoutError
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EAF1")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, colors.HexColor("#F5F7FA")]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def _commitment_row(line: CommitmentLine) -> list[str]:
    due = line.due.isoformat() if line.due else ""
    if line.overdue:
        due += "<br/><b>OVERDUE</b>"
    latest = escape(line.latest_update or "")
    if line.latest_update_on:
        latest = f"<b>{line.latest_update_on.isoformat()}</b> {latest}"
    status = line.status.value.replace("_", " ").capitalize()
    return [escape(line.text), escape(line.owner), due, status, latest]


def plain_briefing(data: BriefingData) -> tuple[bytes, int]:
    """The same rows in the same tables, laid out once by ``SimpleDocTemplate``: the PDF and
    its page count."""
    _register_plain_fonts()
    cell = ParagraphStyle("cell", fontName=PLAIN_FONT, fontSize=8.4, leading=10.8)
    title = ParagraphStyle("title", fontName=PLAIN_BOLD, fontSize=10.8, leading=14, spaceBefore=10)
    story = [Paragraph(escape(data.dialogue), title)]
    for topic, lines in data.open_by_topic:
        if lines:
            story.append(Paragraph(escape(f"{topic or 'No topic'} — {len(lines)} open"), title))
            rows = [["Commitment", "Owner", "Due", "Status", "Latest update"]]
            rows += [_commitment_row(line) for line in lines]
            story.append(_table(rows, (0.33, 0.14, 0.13, 0.13, 0.27), cell))
    if data.scorecards:
        story.append(Paragraph("Scorecard", title))
        rows = [["Side", "On time", "Late", "Open", "Overdue"]]
        rows += [
            [
                f"<b>{escape(card.side)}</b>",
                *map(str, (card.on_time, card.late, card.open, card.overdue)),
            ]
            for card in data.scorecards
        ]
        story.append(_table(rows, (0.36, 0.16, 0.16, 0.16, 0.16), cell))
    if data.topic_history:
        story.append(Paragraph("Topic history", title))
        rows = [["Topic", "Discussed at", "Open", "Closed"]]
        for item in data.topic_history:
            meetings = "<br/>".join(
                f"<b>{day.isoformat()}</b> {escape(name)}" for day, name in item.meetings
            )
            rows.append(
                [f"<b>{escape(item.topic)}</b>", meetings, str(item.open), str(item.closed)]
            )
        story.append(_table(rows, (0.28, 0.46, 0.13, 0.13), cell))
    for people in (data.counterpart_delegation, data.our_delegation):
        if people:
            story.append(Paragraph("Delegation", title))
            rows = [["Name", "Position"]]
            rows += [
                [
                    f"<b>{escape(person.name)}</b><br/>{escape(person.role.value)}",
                    escape(", ".join(part for part in (person.title, person.organization) if part)),
                ]
                for person in people
            ]
            story.append(_table(rows, (0.34, 0.66), cell))
    buffer = io.BytesIO()
    size = LETTER if data.our_side in ("US", "MX") else A4
    margin = (size[0] - WIDTH) / 2
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=27 * mm,
        bottomMargin=25 * mm,
    )
    doc.build(story)
    return buffer.getvalue(), doc.page


# -- the figure -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BriefingTimes:
    commitments: int
    program_ms: float
    plain_ms: float
    gather_ms: float
    program_pages: int
    plain_pages: int


def measure_briefing(store: Path, repeat: int) -> BriefingTimes:
    """The median of ``repeat`` briefings of the store's largest dialogue (gathered and laid
    out) and of as many plain documents of its tables."""
    from dialoguetracker.reports.briefing_pdf import render_briefing
    from dialoguetracker.services.provenance import page_count

    dialogue_id, commitments = largest_dialogue(store)
    services = Services(open_store(store), actor="bench")
    try:
        options = BriefingOptions(dialogue_id=dialogue_id, prepared_by="bench", reproducible=True)
        data = briefing_data(services, options)

        def program() -> bytes:
            return render_briefing(briefing_data(services, options))

        program_ms, pdf, plain_ms, (_plain, plain_pages) = paired_medians(
            program, partial(plain_briefing, data), repeat
        )
        gather_ms = median_ms(lambda: briefing_data(services, options), repeat, warm_up=False)
    finally:
        services.store.close()
    return BriefingTimes(
        commitments, program_ms, plain_ms, gather_ms, page_count(pdf) or 0, plain_pages
    )


def briefing_figures(times: BriefingTimes) -> list[Figure]:
    return [
        Figure(
            f"briefing PDF of the largest dialogue ({times.commitments:,} commitments, "
            f"{times.program_pages} pages, {times.program_pages / times.program_ms * 1000:.0f}"
            f" pages/s; its rows gathered in {times.gather_ms / 1000:.2f} s of it)",
            times.program_ms / 1000,
            times.plain_ms / 1000,
            "s",
            f"plain ReportLab, same tables, one `build` ({times.plain_pages} pages; "
            f"{times.plain_pages / times.plain_ms * 1000:.0f} pages/s)",
            1.5,
        )
    ]
