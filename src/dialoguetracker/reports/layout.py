"""Pages around the content: header and footer, "Page X of Y", bookmarks, contents, metadata.

A document longer than :data:`CONTENTS_AFTER` pages gets a contents list after its header; its
entries are the story's headings, known before any layout, and its page numbers are written
by the canvas at save time (:mod:`.canvas`). When the story's tables alone cannot fit in that
many pages, the list goes in at once and the document is laid out once. Only a story that
might be short is laid out first without the list, and a second time with it when it turned
out long. A full layout costs seconds on a long document (half of an 800-page briefing's
minute went to a first layout only made to count pages), and ReportLab's own ``multiBuild``
would spend three or more.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Table,
)

from dialoguetracker import APP_NAME, __version__
from dialoguetracker.reports.canvas import NumberedCanvas
from dialoguetracker.reports.contents import contents_block
from dialoguetracker.reports.fonts import BOLD, REGULAR
from dialoguetracker.reports.heading import Heading
from dialoguetracker.reports.labels import label, language_of
from dialoguetracker.reports.lengths import Mark
from dialoguetracker.reports.styles import (
    BOTTOM_MARGIN,
    CONTENT_WIDTH,
    INK,
    MUTED,
    RULE,
    TOP_MARGIN,
    Styles,
)
from dialoguetracker.reports.text import generated_text, plain

CONTENTS_AFTER = 4
"""A document longer than this many pages gets a contents list after its header."""
FIRST_TOP_MARGIN = 19 * mm
"""The first page has no running head, so its text starts higher."""


@dataclass(frozen=True)
class DocumentInfo:
    """What the page furniture and the metadata say; every string is plain user text."""

    title: str
    running_head: str
    kicker: str
    subject: str
    author: str
    language: str
    marking: str
    generated: datetime
    reproducible: bool
    page_size: tuple[float, float]


def _fitted(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """Shrink ``text`` down to 6 pt to fit ``width``, then cut it with an ellipsis: the page
    furniture has one line and must never run into the margin."""
    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…", size


class _Furniture:
    """Draws header and footer; the marking heads and foots every page."""

    def __init__(self, info: DocumentInfo) -> None:
        self.info = info
        self.marking = plain(info.marking)
        self.running = plain(info.running_head)
        footer = generated_text(info.generated, info.language)
        if info.author:
            footer += f" · {label('prepared_by', info.language)}: {plain(info.author)}"
        self.footer = footer

    def first(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._marking_and_footer(canvas)

    def later(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._marking_and_footer(canvas)
        width, height = canvas._pagesize
        left = (width - CONTENT_WIDTH) / 2
        kicker, kicker_size = _fitted(plain(self.info.kicker), BOLD, 7.5, CONTENT_WIDTH * 0.5)
        used = stringWidth(kicker, BOLD, kicker_size) + 14
        head, size = _fitted(self.running, REGULAR, 7.5, CONTENT_WIDTH - used)
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, size)
        canvas.drawString(left, height - 19 * mm, head)
        canvas.setFont(BOLD, kicker_size)
        canvas.drawRightString(left + CONTENT_WIDTH, height - 19 * mm, kicker)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, height - 21 * mm, left + CONTENT_WIDTH, height - 21 * mm)
        canvas.restoreState()

    def _marking_and_footer(self, canvas: Canvas) -> None:
        width, height = canvas._pagesize
        left = (width - CONTENT_WIDTH) / 2
        canvas.saveState()
        if self.marking:
            text, size = _fitted(self.marking, BOLD, 9, CONTENT_WIDTH)
            canvas.setFont(BOLD, size)
            canvas.setFillColor(INK)
            canvas.drawCentredString(width / 2, height - 11 * mm, text)
            canvas.drawCentredString(width / 2, 8 * mm, text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, 19 * mm, left + CONTENT_WIDTH, 19 * mm)
        text, size = _fitted(self.footer, REGULAR, 7.5, CONTENT_WIDTH * 0.72)
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, 14.5 * mm, text)
        canvas.restoreState()


class _Template(BaseDocTemplate):  # type: ignore[misc]
    """Turns headings into bookmarks, and notes where each one fell for the contents list."""

    def __init__(self, buffer: io.BytesIO, info: DocumentInfo) -> None:
        width, height = info.page_size
        left = (width - CONTENT_WIDTH) / 2
        super().__init__(
            buffer,
            pagesize=info.page_size,
            leftMargin=left,
            rightMargin=left,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=plain(info.title),
            author=plain(info.author),
            subject=plain(info.subject),
            creator=f"{APP_NAME} {__version__}",
            keywords=[plain(info.marking)] if info.marking else [],
            lang=language_of(info.language),
            invariant=1 if info.reproducible else 0,
            displayDocTitle=True,
            initialFontName=REGULAR,
        )
        furniture = _Furniture(info)
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        first_height = height - FIRST_TOP_MARGIN - BOTTOM_MARGIN
        later_height = height - TOP_MARGIN - BOTTOM_MARGIN
        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [Frame(left, BOTTOM_MARGIN, CONTENT_WIDTH, first_height, id="f1", **pad)],
                    onPage=furniture.first,
                    autoNextPageTemplate="later",
                ),
                PageTemplate(
                    "later",
                    [Frame(left, BOTTOM_MARGIN, CONTENT_WIDTH, later_height, id="f2", **pad)],
                    onPage=furniture.later,
                ),
            ]
        )
        self.entries: list[tuple[int, str, int, str]] = []
        self._last_level = -1
        self.marks: list[Mark] = []
        """Where every bookmarked heading fell, for measuring sections (:mod:`.lengths`)."""
        self.end = (1, 0.0)
        """Page and height where the text placed so far ends."""

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's name
        self.entries = []
        self._last_level = -1
        self.marks = []
        self.end = (1, 0.0)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        """Bookmark a heading where it fell and note its page for the contents list.

        An outline level may not skip (ReportLab refuses level 2 after level 0), so a level
        is never more than one deeper than the previous heading's."""
        if self.frame is not None:  # None after a page-template action
            self.end = (self.page, self.frame._y)
        outline = getattr(flowable, "outline", None)
        if not isinstance(flowable, Heading) or outline is None:
            return
        level = min(outline[0], self._last_level + 1)
        self._last_level = level
        key = f"h{len(self.entries)}"
        top = self.frame._y + flowable.height
        self.marks.append(Mark(level, outline[1], self.page, top))
        self.canv.bookmarkPage(key, fit="XYZ", top=top + 12)
        self.canv.addOutlineEntry(outline[1], key, level=level, closed=level >= 1)
        self.entries.append((level, flowable.markup, self.page, key))
        self.canv.heading_pages[key] = self.page


StoryMaker = Callable[[list[Flowable]], list[Flowable]]
"""Makes a fresh story; its argument is the contents block to place after the header. Stories
are made anew for each build because a build consumes them."""


def _build(info: DocumentInfo, story: list[Flowable]) -> tuple[bytes, _Template]:
    """One full layout of ``story``; returns the file and the template that measured it."""
    buffer = io.BytesIO()
    doc = _Template(buffer, info)
    maker = partial(
        NumberedCanvas,
        page_label=label("page_of", info.language),
        made_at=None if info.reproducible else info.generated,
    )
    doc.build(story, canvasmaker=maker)
    return buffer.getvalue(), doc


@dataclass(frozen=True)
class Laid:
    """A PDF laid out, with where its headings fell and where its text ends."""

    pdf: bytes
    pages: int
    marks: tuple[Mark, ...]
    end: tuple[int, float]
    text_height: float
    """The height of text a page after the first holds."""


def build_pdf(info: DocumentInfo, styles: Styles, make_story: StoryMaker) -> tuple[bytes, int]:
    """Lay the story out on pages; return the PDF and its page count (see :func:`lay_out`)."""
    laid = lay_out(info, styles, make_story)
    return laid.pdf, laid.pages


def lay_out(info: DocumentInfo, styles: Styles, make_story: StoryMaker) -> Laid:
    """Lay the story out on pages; return the PDF, its page count and its headings' places.

    The story is made once, with a marker where the contents list would go. When its tables
    alone need more than :data:`CONTENTS_AFTER` pages, the list (of the headings in the story)
    replaces the marker and one build is all. Otherwise the marker is dropped and the story
    built; only if that runs past :data:`CONTENTS_AFTER` pages after all is it built again with
    the list, of the headings that build placed. Either way the file is the same: the list's
    entries are the same headings, and their page numbers are filled in at save time.
    """
    slot = _ContentsSlot()
    story = make_story([slot])
    at = next((index for index, flowable in enumerate(story) if flowable is slot), None)
    if at is None:  # a story without a place for contents: lay it out as it is
        return _laid(info, *_build(info, story))
    del story[at]
    entries = _contents_entries(story)
    if entries and _least_height(story) > _room(info, CONTENTS_AFTER):
        story[at:at] = contents_block(entries, styles, info.language)
        pdf, doc = _build(info, story)
        placed = _placed_entries(doc)
        if placed == entries:
            return _laid(info, pdf, doc)
    else:
        pdf, doc = _build(info, story)
        if doc.canv.page_count <= CONTENTS_AFTER:
            return _laid(info, pdf, doc)
        placed = _placed_entries(doc)
    # Long after all, or (never expected) the headings were not placed as the story listed
    # them: build once more with the contents of the headings as placed.
    pdf, doc = _build(info, make_story(contents_block(placed, styles, info.language)))
    return _laid(info, pdf, doc)


def _laid(info: DocumentInfo, pdf: bytes, doc: _Template) -> Laid:
    text_height = info.page_size[1] - TOP_MARGIN - BOTTOM_MARGIN
    return Laid(pdf, doc.canv.page_count, tuple(doc.marks), doc.end, text_height)


class _ContentsSlot(Flowable):  # type: ignore[misc]
    """Marks where a story maker put the contents block; never laid out."""


def _placed_entries(doc: _Template) -> list[tuple[int, str, str]]:
    """The contents entries of the headings a build placed (levels 0 and 1)."""
    return [(level, markup, key) for level, markup, _, key in doc.entries if level <= 1]


def _headings(story: list[Flowable]) -> list[tuple[int, str]]:
    """(outline level, markup) of the story's bookmarked headings in the order a build places
    them: the template sees the flowables inside a KeepTogether one by one, and never those
    inside a table cell."""
    found: list[tuple[int, str]] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            found.extend(_headings(list(flowable._content)))
        elif isinstance(flowable, Heading) and flowable.outline is not None:
            found.append((flowable.outline[0], flowable.markup))
    return found


def _contents_entries(story: list[Flowable]) -> list[tuple[int, str, str]]:
    """The entries :meth:`_Template.afterFlowable` will record for the story's headings, with
    the same levels (never more than one deeper than the last) and bookmark keys."""
    entries = []
    last = -1
    for number, (outline, markup) in enumerate(_headings(story)):
        level = min(outline, last + 1)
        last = level
        if level <= 1:
            entries.append((level, markup, f"h{number}"))
    return entries


def _least_height(story: list[Flowable]) -> float:
    """A height the story's tables cannot be laid out in less of: every row at least as high
    as its cells' top and bottom padding (or its fixed height). Rows only grow when laid out:
    by their text, by padding again where a row splits, by a header repeated on a new page."""
    total = 0.0
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            total += _least_height(list(flowable._content))
        elif isinstance(flowable, Table):
            for fixed, cells in zip(flowable._argH, flowable._cellStyles, strict=True):
                padding = max((cell.topPadding + cell.bottomPadding for cell in cells), default=0)
                total += max(fixed or 0, padding)
    return total


def _room(info: DocumentInfo, pages: int) -> float:
    """The height of text the first ``pages`` pages hold at most."""
    height = info.page_size[1]
    first = height - FIRST_TOP_MARGIN - BOTTOM_MARGIN
    later = height - TOP_MARGIN - BOTTOM_MARGIN
    return float(first + (pages - 1) * later)
