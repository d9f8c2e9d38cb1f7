"""What both Word drafts share: the page, the marking in every header and footer, the
document's properties, and the blocks (headings, lists, tables) they are made of.

A Word draft carries what the PDF carries for the same audience, built from the very same data
objects, but for editing: its headings are Word's own heading styles (the navigation pane and a
table of contents find them), its tables repeat their header row on each page, and its footer
says that the PDF, not this file, is the record of the store. It is never recorded as an export.

python-docx is imported here and in the two writers only, which are loaded when a draft is
made: the program's start never pays for it.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from dialoguetracker import APP_NAME
from dialoguetracker.reports.labels import label, language_of

TEXT_WIDTH_MM = 170
"""The text block is as wide as the PDF's, so the two read alike on A4 and on Letter."""
MUTED = RGBColor(0x55, 0x60, 0x6E)
ALERT = RGBColor(0x9B, 0x1C, 0x1C)
LINK = RGBColor(0x1F, 0x3A, 0x5F)
HEADER_FILL = "E4EAF1"
SAFE_SCHEMES = ("http://", "https://", "mailto:")
_NOT_XML = re.compile("[^\t\n\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    f"<Application>{escape(APP_NAME)}</Application><DocSecurity>0</DocSecurity></Properties>"
)


def text(value: str | None) -> str:
    """User text as typed, in composed form, less the characters XML cannot hold (control
    characters other than tab and newline); a newline becomes a line break in Word."""
    if not value:
        return ""
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    return _NOT_XML.sub("", value)


def one_line(value: str | None) -> str:
    """``value`` on one line, for headings and the document's properties."""
    return " ".join(text(value).split())


@dataclass(frozen=True)
class Span:
    """A stretch of text with its look; ``link`` makes a web or mail address clickable."""

    text: str
    bold: bool = False
    italic: bool = False
    small: bool = False
    alert: bool = False
    link: str | None = None


Line = Sequence[Span]
Cell = Sequence[Line]
"""A table cell: its lines, each a sequence of spans."""


def plain(value: str | None, *, bold: bool = False, small: bool = False) -> Cell:
    """A cell of one line of text (which may itself hold line breaks)."""
    return ((Span(value, bold=bold, small=small),),) if value else ()


@dataclass(frozen=True)
class DocxInfo:
    """What the header, the footer and the document's properties say; plain user text."""

    title: str
    subject: str
    author: str
    kicker: str
    running_head: str
    language: str
    marking: str
    generated: datetime
    page_size: tuple[float, float]
    """Width and height in points, the PDF's paper."""


class DocxWriter:
    """One Word document being written, block after block."""

    def __init__(self, info: DocxInfo) -> None:
        self.info = info
        self.language = language_of(info.language)
        self.document = Document()
        self.body = self.document.element.body
        self._page()
        self._styles()
        self._furniture()
        self._properties()

    def _l(self, key: str) -> str:
        return label(key, self.language)

    # -- the document around the text ------------------------------------------------------

    def _page(self) -> None:
        section = self.document.sections[0]
        width, height = self.info.page_size
        section.page_width, section.page_height = Pt(width), Pt(height)
        side = Emu((Pt(width) - Mm(TEXT_WIDTH_MM)) // 2)
        section.left_margin = section.right_margin = side
        section.top_margin, section.bottom_margin = Mm(27), Mm(30)
        section.header_distance, section.footer_distance = Mm(9), Mm(7)

    def _styles(self) -> None:
        """Body text in the document's language (Word checks the spelling in it), a size
        read easily on paper; every other style inherits both."""
        normal = self.document.styles["Normal"]
        normal.font.size = Pt(10.5)
        properties = normal.element.get_or_add_rPr()
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), self.language)
        properties.append(language)

    def _furniture(self) -> None:
        """The marking heads and foots every page, as on the PDF; the footer also says when
        the file was made, by whom, that it is an editable draft, and the page number."""
        info = self.info
        section = self.document.sections[0]
        header = section.header.paragraphs[0]
        self._marking(header)
        running = section.header.add_paragraph()
        self._spans(running, [Span(f"{one_line(info.running_head)} · {info.kicker}", small=True)])
        footer = section.footer
        made = label("generated", self.language).format(date=_stamp(info.generated))
        if info.author:
            made += f" · {self._l('prepared_by')}: {one_line(info.author)}"
        self._spans(footer.paragraphs[0], [Span(made, small=True)])
        self._spans(footer.add_paragraph(), [Span(self._l("docx_draft"), small=True, italic=True)])
        self._page_number(footer.add_paragraph())
        self._marking(footer.add_paragraph())

    def _marking(self, paragraph: Paragraph) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.info.marking.strip():
            paragraph.add_run(one_line(self.info.marking)).bold = True

    def _page_number(self, paragraph: Paragraph) -> None:
        """ "Page X of Y" with Word's PAGE and NUMPAGES fields, in the label's word order."""
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for part in re.split(r"(\{page\}|\{total\})", self._l("page_of")):
            if part in ("{page}", "{total}"):
                field = OxmlElement("w:fldSimple")
                field.set(qn("w:instr"), "PAGE" if part == "{page}" else "NUMPAGES")
                field.append(_run_xml("1", small=True))
                paragraph._p.append(field)
            elif part:
                paragraph._p.append(_run_xml(part, small=True))

    def _properties(self) -> None:
        """Title, subject, author, keywords and language, as the PDF's metadata says them;
        python-docx's own placeholders and the template's thumbnail are not left behind."""
        info = self.info
        core = self.document.core_properties
        core.title = one_line(info.title)
        core.subject = one_line(info.subject)
        core.author = one_line(info.author) or APP_NAME
        core.last_modified_by = core.author
        core.keywords = one_line(info.marking)
        core.comments = self._l("docx_draft")
        core.category = one_line(info.kicker)
        core.content_status = self._l("record_draft")
        core.language = self.language
        made = info.generated.astimezone(UTC).replace(tzinfo=None)
        core.created = core.modified = made
        core.revision = 1
        package = self.document.part.package
        for rel_id, relationship in list(package.rels.items()):
            if relationship.reltype == RT.THUMBNAIL:
                package.rels.pop(rel_id)
        for part in package.iter_parts():
            if part.partname == "/docProps/app.xml":
                part._blob = _APP_XML.encode("utf-8")

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    # -- blocks ----------------------------------------------------------------------------

    def headed(
        self, title: str, level: int, build: Callable[[], object], *, always: bool = False
    ) -> bool:
        """A heading (level 0 is Word's Heading 1) with what ``build`` writes under it; when
        ``build`` writes nothing the heading is taken out again, so no empty heading shows,
        unless the heading says something by itself (``always``: an agenda item's title).
        Returns whether it stayed."""
        heading = self.document.add_heading(one_line(title), level=min(level, 2) + 1)
        heading.paragraph_format.keep_with_next = True
        before = len(self.body)
        build()
        if always or len(self.body) > before:
            return True
        self.body.remove(heading._p)
        return False

    def title_block(self, kicker: str, title: str, subtitle: str | None) -> None:
        self._spans(self.document.add_paragraph(), [Span(kicker.upper(), bold=True, small=True)])
        self.document.add_paragraph(text(title), style="Title")
        if subtitle:
            self.document.add_paragraph(text(subtitle), style="Subtitle")

    def paragraph(self, spans: Line, *, style: str | None = None) -> Paragraph:
        paragraph = self.document.add_paragraph(style=style)
        self._spans(paragraph, spans)
        return paragraph

    def note(self, value: str) -> None:
        self.paragraph([Span(value, italic=True)])

    def group(self, value: str) -> None:
        """A small title inside a subsection, kept with what follows."""
        self.paragraph([Span(value, bold=True)]).paragraph_format.keep_with_next = True

    def labelled(self, name: str, value: str | None) -> None:
        """``Name:`` in bold followed by the user's text."""
        self.paragraph([Span(f"{name}: ", bold=True), Span(value or "")])

    def meta(self, parts: Sequence[str]) -> None:
        """A grey line of small facts joined with middle dots; nothing when there are none."""
        kept = [part for part in parts if part]
        if kept:
            self.paragraph([Span(" · ".join(kept), small=True)])

    def bullets(self, items: Sequence[str | Line], *, check: bool = False) -> None:
        """One item per paragraph; ``check`` gives each a box to tick on paper."""
        for item in items:
            spans = [Span(item)] if isinstance(item, str) else list(item)
            if not any(span.text.strip() for span in spans):
                continue
            if check:
                self.paragraph([Span("\u2610 "), *spans], style="List Paragraph")
            else:
                self.paragraph(spans, style="List Bullet")

    def numbered(self, items: Sequence[str]) -> None:
        """Numbered so a principal can say "on the second objective"."""
        kept = [item for item in items if item.strip()]
        for number, item in enumerate(kept, start=1):
            self.paragraph([Span(f"{number}.\t"), Span(item)], style="List Paragraph")

    def key_values(self, rows: Sequence[tuple[str, Cell]]) -> None:
        """The header panel: the label on the left, the value on the right."""
        table = self.document.add_table(rows=0, cols=2)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for name, value in rows:
            cells = table.add_row().cells
            self._fill(cells[0], [[Span(name, bold=True)]])
            self._fill(cells[1], value)
        _widths(table, (0.22, 0.78))
        self.document.add_paragraph()

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        numbers: Sequence[int] = (),
    ) -> None:
        """A table whose header row repeats on every page it runs onto; ``widths`` are
        fractions of the text block; the columns in ``numbers`` hold counts, centred."""
        table = self.document.add_table(rows=1, cols=len(headers))
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        head = table.rows[0]
        head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for index, (cell, title) in enumerate(zip(head.cells, headers, strict=True)):
            self._fill(cell, [[Span(title, bold=True)]], centred=index in numbers)
            _shade(cell, HEADER_FILL)
        for row in rows:
            for index, (cell, value) in enumerate(zip(table.add_row().cells, row, strict=True)):
                self._fill(cell, value, centred=index in numbers)
        _widths(table, widths)
        self.document.add_paragraph()

    # -- text ------------------------------------------------------------------------------

    def _fill(self, cell: _Cell, lines: Cell, *, centred: bool = False) -> None:
        paragraphs = [cell.paragraphs[0]]
        for _ in range(1, len(lines)):
            paragraphs.append(cell.add_paragraph())
        for paragraph, line in zip(paragraphs, lines, strict=False):
            self._spans(paragraph, line)
        if centred:
            for paragraph in paragraphs:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def _spans(self, paragraph: Paragraph, spans: Line) -> None:
        for span in spans:
            value = text(span.text)
            if not value:
                continue
            if span.link and span.link.lower().startswith(SAFE_SCHEMES):
                _hyperlink(paragraph, one_line(span.link), value)
                continue
            run = paragraph.add_run(value)
            run.bold = span.bold or None
            run.italic = span.italic or None
            if span.small:
                run.font.size = Pt(8.5)
                run.font.color.rgb = MUTED
            if span.alert:
                run.font.color.rgb = ALERT


def _stamp(moment: datetime) -> str:
    """When the file was made, as the PDF's footer says it: date, clock and zone."""
    zone = moment.tzname()
    return f"{moment.date().isoformat()} {moment.strftime('%H:%M')}{f' {zone}' if zone else ''}"


def _run_xml(value: str, *, small: bool = False) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    if small:
        properties = OxmlElement("w:rPr")
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "17")
        properties.append(size)
        run.append(properties)
    content = OxmlElement("w:t")
    content.text = value
    content.set(qn("xml:space"), "preserve")
    run.append(content)
    return run


def _hyperlink(paragraph: Paragraph, url: str, shown: str) -> None:
    """A clickable web or mail address; any other scheme is printed, never linked."""
    relationship = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    run = _run_xml(shown)
    properties = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), str(LINK))
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    properties.extend([colour, underline])
    run.insert(0, properties)
    link.append(run)
    paragraph._p.append(link)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _widths(table: Table, shares: Sequence[float]) -> None:
    """Column widths as shares of the text block: on the table's grid, which LibreOffice
    reads, and on every cell, which Word reads."""
    table.autofit = False
    for column, share in zip(table.columns, shares, strict=True):
        width = Mm(TEXT_WIDTH_MM * share)
        column.width = width
        for cell in column.cells:
            cell.width = width
