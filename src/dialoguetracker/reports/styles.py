"""The look of every PDF: page geometry, colours and paragraph styles in one place.

Officials read these on paper, often in greyscale, minutes before a meeting. So the hierarchy
is carried by size and weight rather than colour alone, body text is large enough to read in a
moving car, and anything that matters (an overdue commitment) is said in words as well as red.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from dialoguetracker.reports.fonts import BOLD, REGULAR, register_fonts

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#55606E")
RULE = colors.HexColor("#9AA5B1")
HEADER_FILL = colors.HexColor("#E4EAF1")
ZEBRA = colors.HexColor("#F5F7FA")
PANEL = colors.HexColor("#EEF2F6")
ALERT_HEX = "#9B1C1C"
ALERT = colors.HexColor(ALERT_HEX)

LETTER_SIDES = frozenset(
    {"US", "CA", "MX", "CL", "CO", "CR", "DO", "GT", "HN", "NI", "PA", "PH", "PR", "SV", "VE"}
)
"""Parties whose offices print on US Letter; every other party prints on A4."""

CONTENT_WIDTH = 170 * mm
"""The text block is as wide on Letter as on A4 (A4 is the narrower sheet), so a page printed
on the other paper size at "actual size" loses nothing at the sides."""
TOP_MARGIN = 27 * mm
BOTTOM_MARGIN = 25 * mm


def page_size_for(side: str | None) -> tuple[float, float]:
    """The paper of the side being briefed: Letter for the parties in :data:`LETTER_SIDES`
    (the U.S., Canada, Mexico and most of the Americas), A4 for everyone else.

    Paper follows the office that prints the brief, not the language of its labels: a Spanish
    briefing for the Mexican side prints on Letter, as Mexican offices do.
    """
    size: tuple[float, float] = LETTER if (side or "").upper() in LETTER_SIDES else A4
    return size


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document; ``compact`` tightens them for the checklist."""

    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    meta: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    check: ParagraphStyle
    panel: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_number: ParagraphStyle
    cell_head_number: ParagraphStyle
    cell_label: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    chart_title: ParagraphStyle


def make_styles(*, compact: bool = False) -> Styles:
    """Build the styles; fonts are registered first so every style can name DejaVu Sans."""
    register_fonts()
    size = 8.6 if compact else 9.8
    lead = size * (1.26 if compact else 1.38)
    gap = 0.45 if compact else 1.0

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": REGULAR,
            "bulletFontName": REGULAR,
            "fontSize": size,
            "leading": lead,
            "textColor": INK,
            "alignment": TA_LEFT,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    body = style("body", spaceAfter=4 * gap)
    cell = style("cell", fontSize=8.4, leading=10.8)
    cell_head = style("cell_head", fontName=BOLD, fontSize=8.2, leading=10.5, textColor=NAVY)
    return Styles(
        kicker=style("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=NAVY),
        title=style("title", fontName=BOLD, fontSize=19, leading=23, textColor=NAVY, spaceAfter=3),
        subtitle=style("subtitle", fontSize=11, leading=14.5, textColor=MUTED, spaceAfter=8),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=NAVY,
            spaceBefore=16 * gap,
            spaceAfter=8 * gap,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=10.8,
            leading=14,
            spaceBefore=10 * gap,
            spaceAfter=4 * gap,
            keepWithNext=1,
        ),
        h3=style(
            "h3",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=NAVY,
            spaceBefore=8 * gap,
            spaceAfter=2 * gap,
            keepWithNext=1,
        ),
        body=body,
        meta=style("meta", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=3 * gap),
        note=style("note", fontSize=9, leading=12.5, textColor=MUTED, spaceAfter=4),
        bullet=style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=2.5 * gap),
        check=style("check", leftIndent=17, bulletIndent=1, spaceAfter=3 * gap),
        panel=style(
            "panel",
            backColor=PANEL,
            leftIndent=8,
            rightIndent=8,
            borderPadding=(6, 8, 6, 8),
            spaceBefore=4,
            spaceAfter=10 * gap,
        ),
        cell=cell,
        cell_head=cell_head,
        cell_number=ParagraphStyle("cell_number", parent=cell, alignment=TA_CENTER),
        cell_head_number=ParagraphStyle("cell_head_number", parent=cell_head, alignment=TA_CENTER),
        cell_label=style("cell_label", fontName=BOLD, fontSize=8.5, leading=12, textColor=MUTED),
        toc0=style("toc0", fontName=BOLD, fontSize=10, leading=14),
        toc1=style("toc1", fontSize=9.2, leading=13, leftIndent=14),
        chart_title=style("chart_title", fontSize=8.5, leading=11, alignment=TA_CENTER),
    )
