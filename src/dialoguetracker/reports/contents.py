"""The contents list of a long document: section titles that link to their pages.

Its entries are the story's headings (read from the story itself, or from a first build that
placed them); its page numbers are written by the canvas at save time (where the headings fell
in the final build). Since the list's height does not depend on the numbers in it, laying it
out cannot move any heading, and one build with the list is always enough.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from dialoguetracker.reports.canvas import SLOT_WIDTH, slot_form
from dialoguetracker.reports.fonts import REGULAR
from dialoguetracker.reports.heading import Heading
from dialoguetracker.reports.labels import label
from dialoguetracker.reports.styles import CONTENT_WIDTH, RULE, Styles

Entry = tuple[int, str, str]
"""(level, title markup, bookmark key) of a heading that belongs in the contents."""


class PageSlot(Flowable):  # type: ignore[misc]
    """Where a contents entry's page number goes: a form drawn now, defined at save time."""

    def __init__(self, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.width = SLOT_WIDTH
        self.height = style.leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # Same font and first baseline as the entry's title beside it (cells align at the top).
        baseline = self.style.leading - self.style.fontSize
        self.canv.slots[self.key] = (self.style.fontName, self.style.fontSize, baseline)
        self.canv.doForm(slot_form(self.key))


def contents_block(entries: Sequence[Entry], styles: Styles, language: str) -> list[Flowable]:
    """The "Contents" title and the list; sections in bold, subsections indented below."""
    rows = []
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for index, (level, markup, key) in enumerate(entries):
        style = styles.toc0 if level == 0 else styles.toc1
        text = f'<a href="#{key}">{markup}</a>'
        rows.append([Paragraph(text, style), PageSlot(key, style)])
        if level == 0 and index:
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.25, RULE))
            commands.append(("TOPPADDING", (0, index), (-1, index), 5))
    if not rows:
        return []
    table = Table(
        rows,
        colWidths=[CONTENT_WIDTH - SLOT_WIDTH, SLOT_WIDTH],
        repeatRows=0,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    # Space after, not a Spacer: at the top of a page a Spacer would still push the text down.
    table.spaceAfter = 12
    title = Heading(escape(label("contents", language)), styles.h1, rule=True)
    return [title, table]
