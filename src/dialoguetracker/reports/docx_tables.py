"""The tables both Word drafts share — commitments, people, documents — with the PDF's columns
(:mod:`.blocks`), as plain text for Word: what, who, by when, where it stands, and the latest
word on it; who a delegate is and how to say the name; which outcome documents there are.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialoguetracker.domain.briefing import Attachment, CommitmentLine, Participant
from dialoguetracker.reports.blocks import side_label
from dialoguetracker.reports.docx_parts import Cell, DocxWriter, Line, Span, plain
from dialoguetracker.reports.labels import label, value_label
from dialoguetracker.reports.text import long_date, short_date


def due_cell(line: CommitmentLine, language: str) -> Cell:
    """The due date, and "OVERDUE" in words as well as red (greyscale printers lose colour)."""
    lines: list[Line] = [(Span(short_date(line.due)),)] if line.due else []
    if line.overdue:
        lines.append((Span(label("overdue", language), bold=True, alert=True),))
    return lines


def latest_cell(line: CommitmentLine, language: str) -> Cell:
    """The latest update with its date first, so a stale update is seen as stale, and for a
    stale commitment since when there has been no news of it, in words."""
    lines: list[Line] = []
    if line.latest_update:
        day = short_date(line.latest_update_on)
        prefix = (Span(f"{day} ", bold=True),) if day else ()
        lines.append((*prefix, Span(line.latest_update)))
    if line.no_news_since is not None:
        since = long_date(line.no_news_since, language)
        lines.append((Span(label("no_news_since", language).format(date=since), italic=True),))
    return lines


def status_cell(line: CommitmentLine, language: str) -> Cell:
    return plain(value_label("status", line.status.value, language))


def commitment_table(w: DocxWriter, lines: Sequence[CommitmentLine], language: str) -> None:
    """Open commitments, as the briefing's background lists them per topic."""
    headers = [
        label(key, language)
        for key in ("col_commitment", "col_owner", "col_due", "col_status", "col_latest")
    ]
    rows = [
        [
            plain(line.text),
            plain(side_label(line.owner, language)),
            due_cell(line, language),
            status_cell(line, language),
            latest_cell(line, language),
        ]
        for line in lines
    ]
    w.table(headers, rows, (0.33, 0.14, 0.13, 0.13, 0.27))


def person_cells(person: Participant, language: str) -> tuple[Cell, Cell]:
    """(name with pronunciation and role, position with organization and biography)."""
    name: list[Line] = [(Span(person.name, bold=True),)]
    if person.pronunciation:
        said = f"{label('pronounced', language)}: {person.pronunciation}"
        name.append((Span(said, italic=True),))
    name.append((Span(value_label("role", person.role.value, language)),))
    position: list[Line] = [(Span(part),) for part in (person.title, person.organization) if part]
    if person.biography:
        position.append((Span(person.biography, small=True),))
    return name, position


def people_table(w: DocxWriter, people: Sequence[Participant], language: str) -> None:
    headers = [label("col_name", language), label("col_position", language)]
    w.table(headers, [list(person_cells(person, language)) for person in people], (0.34, 0.66))


def attachments_table(w: DocxWriter, documents: Sequence[Attachment], language: str) -> None:
    """Outcome documents; only web and mail addresses become live links."""
    headers = [
        label(key, language)
        for key in ("col_kind", "col_title", "col_date", "col_language", "col_link")
    ]
    rows = [
        [
            plain(value_label("doc", doc.kind.value, language)),
            plain(doc.title),
            plain(short_date(doc.date)),
            plain(doc.language or ""),
            ((Span(doc.url, link=doc.url),),) if doc.url else (),
        ]
        for doc in documents
    ]
    w.table(headers, rows, (0.16, 0.35, 0.12, 0.12, 0.25))
