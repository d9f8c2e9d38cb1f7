"""Building blocks both documents share: headings, lists, key–value panels and tables.

Every block takes user text raw and escapes it here, through :mod:`.text`; callers never write
markup around user text themselves. Tables carry Paragraphs in every cell so long text wraps,
repeat their header row on each page, and may split inside a row so that a single very long
commitment cannot stop the build with ``LayoutError``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from dialoguetracker.domain.briefing import Attachment, CommitmentLine, Participant, PartyName
from dialoguetracker.domain.enums import JOINT
from dialoguetracker.reports.fonts import REGULAR
from dialoguetracker.reports.heading import Heading
from dialoguetracker.reports.labels import label, value_label
from dialoguetracker.reports.styles import (
    ALERT_HEX,
    CONTENT_WIDTH,
    HEADER_FILL,
    NAVY,
    RULE,
    ZEBRA,
    Styles,
)
from dialoguetracker.reports.text import link, long_date, para, plain, short_date

LABEL_WIDTH = 36 * mm
SPLIT_IN_ROW = 40
"""The least height (pt) of a row part left on a page when one row must split across pages."""


def heading(text: str, level: int, styles: Styles) -> Heading:
    """A bookmarked heading: level 0 is a numbered section, 1 a subsection, 2 a group."""
    style = (styles.h1, styles.h2, styles.h3)[min(level, 2)]
    return Heading(para(text), style, outline=(level, plain(text)))


TITLE_ROOM = (44.0, 30.0, 25.0)
"""Height a heading of each level takes with its space before and after."""
TABLE_ROOM = 80.0
"""Room for a table's header row and its first rows, which a heading must not be parted from."""


def headed(text: str, level: int, part: Sequence[Flowable], styles: Styles) -> list[Flowable]:
    """A bookmarked heading followed by its part, kept together on one page.

    Before a table the heading does not use ``keepWithNext``: ReportLab would then lay out the
    whole table once more just to see whether it fits beside its heading — on a table of
    thousands of rows, a second full layout. A conditional page break asking for room for the
    heading and the first rows does the same job for nothing; an enclosing heading widens it.
    """
    title = heading(text, level, styles)
    room = TITLE_ROOM[min(level, 2)]
    if part and isinstance(part[0], CondPageBreak):
        title.keepWithNext = 0
        return [CondPageBreak(part[0].height + room), title, *part[1:]]
    if part and isinstance(part[0], Table):
        title.keepWithNext = 0
        return [CondPageBreak(room + TABLE_ROOM), title, *part]
    return [title, *part]


def group_title(text: str, styles: Styles) -> Paragraph:
    """A small title inside a subsection, not worth a bookmark."""
    return Paragraph(para(text), styles.h3)


def bullets(items: Iterable[str], styles: Styles, *, check: bool = False) -> list[Flowable]:
    """One paragraph per item (raw user text); ``check`` draws a box to tick on paper."""
    style = styles.check if check else styles.bullet
    mark = "\u2610" if check else "\u2022"
    return [Paragraph(para(item), style, bulletText=mark) for item in items if item.strip()]


def numbered(items: Iterable[str], styles: Styles) -> list[Flowable]:
    """Objectives are numbered so a principal can say "on the second objective"."""
    kept = [item for item in items if item.strip()]
    return [
        Paragraph(para(item), styles.bullet, bulletText=f"{index}.")
        for index, item in enumerate(kept, start=1)
    ]


def labelled(name: str, text: str | None, styles: Styles) -> Paragraph:
    """``Name:`` in bold followed by raw user text."""
    return Paragraph(f"<b>{escape(name)}:</b> {para(text)}", styles.body)


def meta_line(parts: Iterable[str], styles: Styles) -> Paragraph | None:
    """A grey line of small facts joined with middle dots, or None when there are none."""
    kept = [para(part) for part in parts if part]
    return Paragraph(" · ".join(kept), styles.meta) if kept else None


def side_label(side: str, language: str) -> str:
    """A side as tables print it: the party code, or "Joint"."""
    return label("joint", language) if side == JOINT else side


def party_name(code: str, parties: Sequence[PartyName], language: str) -> str:
    """A party's full name for headings; the code itself when the party is unknown."""
    if code == JOINT:
        return label("joint", language)
    return next((party.name for party in parties if party.code == code), code)


def key_values(rows: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """The header panel: label on the left, value (already markup) on the right."""
    data = [
        [Paragraph(escape(name), styles.cell_label), Paragraph(value, styles.body)]
        for name, value in rows
    ]
    table = Table(data, colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, NAVY),
            ]
        )
    )
    return table


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: Styles,
    *,
    numbers: Sequence[int] = (),
) -> Table:
    """A table with a repeated header row; ``rows`` hold markup, ``widths`` fractions of the
    text block (so every table fits A4 and Letter alike); the columns in ``numbers`` hold
    counts and are centred."""
    head = [
        styles.cell_head_number if i in numbers else styles.cell_head for i in range(len(headers))
    ]
    body = [styles.cell_number if i in numbers else styles.cell for i in range(len(headers))]
    data: list[list[Paragraph]] = [
        [Paragraph(escape(text), style) for text, style in zip(headers, head, strict=True)]
    ]
    data.extend(
        [Paragraph(cell, style) for cell, style in zip(row, body, strict=True)] for row in rows
    )
    table = Table(
        data,
        colWidths=[CONTENT_WIDTH * share for share in widths],
        repeatRows=1,
        splitByRow=1,
        splitInRow=SPLIT_IN_ROW,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    table.spaceAfter = 8
    return table


def due_cell(line: CommitmentLine, language: str) -> str:
    """The due date, and "OVERDUE" in words as well as red (greyscale printers lose colour)."""
    cell = escape(short_date(line.due))
    if line.overdue:
        tag = f'<font color="{ALERT_HEX}"><b>{escape(label("overdue", language))}</b></font>'
        cell = f"{cell}<br/>{tag}" if cell else tag
    return cell


def latest_cell(line: CommitmentLine, language: str) -> str:
    """The latest update with its date first, so a stale update is seen as stale, and for a
    stale commitment since when there has been no news of it, in words."""
    cell = ""
    if line.latest_update:
        day = short_date(line.latest_update_on)
        prefix = f"<b>{escape(day)}</b> " if day else ""
        cell = prefix + para(line.latest_update)
    if line.no_news_since is not None:
        since = long_date(line.no_news_since, language)
        stale = f"<i>{escape(label('no_news_since', language).format(date=since))}</i>"
        cell = f"{cell}<br/>{stale}" if cell else stale
    return cell


def commitment_table(lines: Sequence[CommitmentLine], language: str, styles: Styles) -> Table:
    """Open commitments: what, who, by when, where it stands, and the latest word on it."""
    headers = [
        label(key, language)
        for key in ("col_commitment", "col_owner", "col_due", "col_status", "col_latest")
    ]
    rows = [
        [
            para(line.text),
            escape(side_label(line.owner, language)),
            due_cell(line, language),
            escape(value_label("status", line.status.value, language)),
            latest_cell(line, language),
        ]
        for line in lines
    ]
    return data_table(headers, rows, (0.33, 0.14, 0.13, 0.13, 0.27), styles)


def person_cells(person: Participant, language: str) -> tuple[str, str]:
    """(name with pronunciation and role, position with biography) as markup."""
    name = f"<b>{para(person.name)}</b>"
    if person.pronunciation:
        name += f"<br/><i>{escape(label('pronounced', language))}: {para(person.pronunciation)}</i>"
    name += f"<br/>{escape(value_label('role', person.role.value, language))}"
    position = "<br/>".join(para(part) for part in (person.title, person.organization) if part)
    if person.biography:
        bio = f'<font size="8">{para(person.biography)}</font>'
        position = f"{position}<br/>{bio}" if position else bio
    return name, position


def people_table(people: Sequence[Participant], language: str, styles: Styles) -> Table:
    """A delegation: who they are and how to say their name, then position and biography."""
    headers = [label("col_name", language), label("col_position", language)]
    rows = [list(person_cells(person, language)) for person in people]
    return data_table(headers, rows, (0.34, 0.66), styles)


def attachments_table(documents: Sequence[Attachment], language: str, styles: Styles) -> Table:
    """Outcome documents; only web and mail addresses become live links."""
    headers = [
        label(key, language)
        for key in ("col_kind", "col_title", "col_date", "col_language", "col_link")
    ]
    rows = [
        [
            escape(value_label("doc", doc.kind.value, language)),
            para(doc.title),
            escape(short_date(doc.date)),
            para(doc.language or ""),
            link(doc.url),
        ]
        for doc in documents
    ]
    return data_table(headers, rows, (0.16, 0.35, 0.12, 0.12, 0.25), styles)
